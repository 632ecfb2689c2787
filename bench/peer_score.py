#!/usr/bin/env python3
"""A plain Python peer of `medcareer score --format csv` for bench/run.sh: PyYAML (Debian's
python3-yaml) and the standard library only, the same model read from questions/ and data/.
It reads what medcareer-gen writes (a CSV export with prompts and labels, JSON Lines, a
folder of answers files) and writes the same rows, byte for byte; bench/run.sh checks that.

    bench/peer_score.py ROOT INPUT > results.csv    (ROOT: the folder with questions/, data/)
"""
import os
import sys

from peer_model import Model, cpp_round, number_words, round_match
from peer_readers import records


def holds(when, answers):
    if not when:
        return True
    value = answers.get(when["question"])
    if value is None:
        return False
    for op in ("at_least", "at_most"):
        if op in when:
            if not isinstance(value, float):
                return False
            return value >= when[op] if op == "at_least" else value <= when[op]
    ids = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    listed = when.get("in", when.get("not_in", []))
    hit = any(i in listed for i in ids)
    return hit if "in" in when else not hit


def chosen(q, value):
    ids = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    by_id = {o["id"]: o for o in q["options"]}
    return [by_id[i] for i in ids if i in by_id]


def answer_words(q, value):
    if isinstance(value, str):
        o = chosen(q, value)
        return o[0]["label"] if o else value
    if isinstance(value, list):
        words = [o["label"] for o in chosen(q, value)]
        return "; ".join(words) if words else "none of these"
    number = number_words(value)
    if q["type"] == "scale":
        anchors = q.get("anchors", [])
        i = int(value) - 1
        return "%s (%s)" % (number, anchors[i] if 0 <= i < len(anchors) else "")
    unit = q.get("unit", "")
    if not unit:
        return number
    if value == 1 and len(unit) > 1 and unit.endswith("s"):
        unit = unit[:-1]
    return number + " " + unit


def answer_weights(q, value):
    sub, order = {}, []

    def add(t, w):
        if t not in sub:
            sub[t] = 0.0
            order.append(t)
        sub[t] += w

    if q["type"] in ("single", "multi", "yes_no"):
        for o in chosen(q, value):
            for t, w in o["w"]:
                add(t, w)
    elif q["type"] == "scale":
        for t, w in q["scale_w"]:
            add(t, w * ((value - 3) / 2))
    else:
        for band, ws in q["bands_w"]:
            if ("at_most" in band and value <= band["at_most"]) or \
               ("at_least" in band and value >= band["at_least"]):
                for t, w in ws:
                    add(t, w)
                break
    return sub, order


def same_position(model, given):
    position, counted = None, 0
    for qid, value in given:
        q = model.by_id.get(qid)
        if not q or q["type"] not in ("scale", "single"):
            continue
        if q["type"] == "scale":
            p = int(value) - 1
        else:
            p = next((i for i, o in enumerate(q["options"]) if o["id"] == value), None)
            if p is None:
                continue
        if position is not None and position != p:
            return False
        position, counted = p, counted + 1
    return counted >= 5


def score(model, given):
    answers = {}
    for qid, value in given:
        answers.setdefault(qid, value)
    pref, tags, rules, notes, warnings, pulls, missing = {}, set(), [], [], [], [], []
    asked_n = answered = leaning = 0
    training = None
    for qi, q in enumerate(model.questions):
        asked = holds(q.get("when"), answers)
        value = answers.get(q["id"])
        asked_n += asked
        if value is None:
            if asked and not q.get("optional"):
                missing.append(q["id"])
            continue
        if not asked:
            warnings.append("the answer to '%s' was not counted: that question is not asked after "
                            "the answer to '%s'" % (q["id"], q["when"]["question"]))
            continue
        answered += 1
        sub, order = answer_weights(q, value)
        leaning += any(sub[t] != 0 for t in order)
        for t in order:
            if sub[t] != 0:
                pulls.append((qi, t, sub[t]))
            pref[t] = pref.get(t, 0.0) + sub[t]
        for o in chosen(q, value):
            tags.update(o.get("tags", []))
            rules.extend(o["rules"])
            if o["note"]:
                notes.append(o["note"])
        if q.get("measures") == "training_months":
            training = value
    total = 0.0
    for t in model.traits:
        if t in pref:
            total += abs(pref[t])
    evidence = min(1.0, total / model.full)
    ranking = []
    for role in model.roles:
        rid, p = role["id"], model.profiles.get(role["id"])
        match = 50.0
        if p and total > 0:
            raw = 0.0
            for i, t in enumerate(model.traits):
                if t in pref:
                    raw += pref[t] * p["centred"][i]
            match = min(100.0, max(0.0, 50 + 50 * raw / max(total, model.full)))
        out = rid in rules
        if p and training is not None and training < p.get("min_training_months", 0):
            out = True
        if p and rid not in rules:
            out = out or any(t in pref and pref[t] <= -2 for t in p["vetoes"])
        ranking.append((out, -round_match(match), rid.encode(), match))
    ranking.sort()
    few = max(3, asked_n // 3)
    low = True
    if total == 0:
        warnings.append("Your answers do not lean toward any kind of work, so every role scores the "
                        "same. Answer with what you really like or dislike.")
    elif answered < few:
        warnings.append("Only %d of %d questions are answered, so this is a rough guess." %
                        (answered, asked_n))
    elif evidence <= 0.5:
        warnings.append(
            "The evidence is low: %d of %d answers lean one way or the other, and together they "
            "carry %d%% of the weight that counts as full evidence, so every match stays near 50 "
            "and no job is picked. Answer more questions with what you really like or dislike."
            % (leaning, answered, cpp_round(100 * evidence)))
    elif same_position(model, given):
        warnings.append("You picked the same place on every question, which says little about you. "
                        "Read each question again and answer it on its own.")
    else:
        low = False
    if all(r[0] for r in ranking):
        warnings.append("Your answers rule out every role; the ranking shows how close each one "
                        "comes anyway.")
    warnings.extend(notes)
    for i, (qa, ta, wa) in enumerate(pulls):
        for qb, tb, wb in pulls[i + 1:]:
            if qa == qb or ta != tb or wa * wb >= 0 or abs(wa) < 1 or abs(wb) < 1 or \
               abs(wa) + abs(wb) < 3:
                continue
            a, b = model.questions[qa], model.questions[qb]
            warnings.append(
                'Two answers pull "%s" in opposite directions: "%s" "%s" and "%s" "%s". Both were '
                "counted, so they partly cancel out; if one matters more to you, change the other."
                % (model.trait_labels.get(ta, ta), a["prompt"], answer_words(a, answers[a["id"]]),
                   b["prompt"], answer_words(b, answers[b["id"]])))
    if missing:
        what = ("a question that may not be skipped" if len(missing) == 1 else
                "%d questions that may not be skipped" % len(missing))
        warnings.append("No answer to %s (counted as no preference): %s." % (what, ", ".join(missing)))
    return ranking, low, warnings, tags, training, pref


def first_certification(model, role, tags, training, wants_pay):
    start_free = "start_without_certification" in role
    picks = []
    for c in model.certs[role["id"]]:
        shared = sum(t in tags for t in c["tags"])
        setting = sum(t in tags and t in SETTING for t in c["tags"])
        too_long = c["prep"] is not None and training is not None and c["prep"] > training
        advanced = c["level"] == "specialty" or (c["level"] == "advanced" and setting == 0)
        later = too_long or advanced or start_free
        better = wants_pay and c["better"]
        known = c["prep"] is not None
        picks.append(((later, -setting, c["rank"], not known, c["prep"] if known else 0,
                       -(shared + better), -c["best"], c["listed"]), c["id"]))
    picks.sort(key=lambda p: p[0])
    return next((cid for key, cid in picks if not key[0]), "")


# The tags of a setting or kind of care (medcareer's is_setting_tag).
SETTING = {"hospital", "inpatient", "outpatient", "physician-office", "clinic", "urgent-care",
           "surgery-center", "insurer"}


def field(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def row(model, respondent, given):
    ranking, low, warnings, tags, training, pref = score(model, given)
    by_role = {r[2].decode(): r for r in ranking}
    top = runner = cert = ""
    if ranking and not ranking[0][0] and not low:
        top = ranking[0][2].decode()
        if len(ranking) > 1 and not ranking[1][0]:
            runner = ranking[1][2].decode()
        role = next(r for r in model.roles if r["id"] == top)
        cert = first_certification(model, role, tags, training, pref.get("pay", 0) > 0)
    cells = [field(respondent), "scored", top, runner]
    for role in model.roles:
        tenths = int(cpp_round(round_match(by_role[role["id"]][3]) * 10))
        cells.append("%d.%d" % (tenths // 10, tenths % 10))
    cells.append(" ".join(r["id"] for r in model.roles if by_role[r["id"]][0]))
    cells += [cert, "yes" if low else "no", field(" | ".join(warnings)), ""]
    return ",".join(cells) + "\n"


def main():
    root, path = sys.argv[1], sys.argv[2]
    model = Model(root)
    out = sys.stdout
    out.write("respondent,status,top_role,runner_up" +
              "".join(",match_" + r["id"] for r in model.roles) +
              ",ruled_out,first_certification,low_signal,warnings,error\n")
    for respondent, given in records(model, path):
        out.write(row(model, respondent, given))


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
