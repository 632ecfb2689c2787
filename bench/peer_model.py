"""The peer scorer's model: the questionnaire and catalog read from questions/ and data/ with
PyYAML, and scoring as docs/data-format.md ("Scoring", "Certifications") describes it, written
the plain way a Python programmer would. bench/run.sh checks that its rows are the bytes
medcareer writes, so a speed ratio to it compares two programs doing the same work."""
import glob
import math
import os

import yaml

# Every scalar a string, as yaml-cpp reads them (`label: Yes` is a label, not true);
# numbers and flags are converted where they are used.
LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def read_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=LOADER)


def flag(text):
    return text in ("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y")


def weights(m):
    return sorted((t, float(w)) for t, w in (m or {}).items())


def cpp_round(x):  # std::round: halves away from zero
    r = math.floor(abs(x))
    if abs(x) - r >= 0.5:
        r += 1
    return math.copysign(r, x)


def round_match(m):
    return cpp_round(m * 10) / 10


def number_words(v):
    return str(int(v)) if abs(v - cpp_round(v)) < 1e-9 else "%f" % v


class Model:
    def __init__(self, root):
        q = read_yaml(os.path.join(root, "questions", "career.yaml"))
        self.tag_labels = q.get("tags") or {}
        self.trait_labels = {t["id"]: t["label"] for t in q["traits"]}
        self.questions = [x for s in q["sections"] for x in s["questions"]]
        self.by_id = {x["id"]: x for x in self.questions}
        sources = {s["id"]: s for s in read_yaml(os.path.join(root, "data", "sources.yaml"))["sources"]}
        profiles_file = read_yaml(os.path.join(root, "data", "profiles.yaml"))
        profiles = {p["role"]: p for p in profiles_file["profiles"]}
        roles = [read_yaml(p) for p in glob.glob(os.path.join(root, "data", "roles", "*.yaml"))]
        roles.sort(key=lambda r: r["id"].encode())
        self.roles = [r for r in roles if flag(r.get("entry", ""))]
        certs = read_yaml(os.path.join(root, "data", "certifications.yaml"))["certifications"]
        traits = set(self.trait_labels)
        for x in self.questions:
            x.setdefault("options", [])
            x["optional"] = flag(x.get("optional", ""))
            for key in ("at_least", "at_most"):
                if key in x.get("when", {}):
                    x["when"][key] = float(x["when"][key])
            for o in x["options"]:
                o["w"] = weights(o.get("traits"))
                traits.update(t for t, _ in o["w"])
            x["scale_w"] = weights(x.get("traits")) if x["type"] == "scale" else []
            x["bands_w"] = [({k: float(v) for k, v in b.items() if k != "traits"},
                             weights(b.get("traits"))) for b in x.get("bands", [])]
            traits.update(t for t, _ in x["scale_w"])
            for _, w in x["bands_w"]:
                traits.update(t for t, _ in w)
        self.traits = sorted(traits, key=str.encode)
        entry_ids = [r["id"] for r in self.roles]
        titles = {r["id"]: r["title"] for r in roles}
        for x in self.questions:
            for o in x["options"]:
                o["rules"], names = [], []
                for rule in o.get("rules_out", []):
                    if rule["role"] not in entry_ids:
                        continue
                    o["rules"].append(rule["role"])
                    names.append(titles.get(rule["role"], rule["role"]))
                o["note"] = o.get("warning", "")
                if flag(o.get("need", "")) and names:
                    joined = "".join((", " if i + 1 < len(names) else " and ") + n if i else n
                                     for i, n in enumerate(names))
                    o["note"] = ('Your need "%s" narrowed the field: it rules out %s%s ranked last '
                                 "with the reason." % (o["label"], joined,
                                                       ", which is" if len(names) == 1 else ", which are")
                                 + (" " + o["note"] if o["note"] else ""))
        full = q.get("full_evidence")
        self.full = float(full) if full else max(self.bounds() + (1e-9,))
        self.profiles = {}
        for r in self.roles:
            p = profiles.get(r["id"])
            if p:
                levels = p.get("traits", {})
                p["centred"] = [(int(levels.get(t, 2)) - 2) / 2.0 for t in self.traits]
                p["min_training_months"] = int(p.get("min_training_months", 0))
                p["vetoes"] = [t for t in p.get("requires", [])]
                self.profiles[r["id"]] = p
        self.certs = {r["id"]: self.role_certs(r, certs) for r in self.roles}

    def bounds(self):
        heavy = []
        for x in self.questions:
            sums = sorted((sum(abs(w) for _, w in o["w"]) for o in x["options"]), reverse=True)
            kind = x["type"]
            if kind in ("single", "yes_no"):
                heavy.append(sums[0] if sums else 0)
            elif kind == "multi":
                n = min(int(x.get("max", len(sums))) or len(sums), len(sums))
                total = 0.0
                for s in sums[:n]:
                    total += s
                heavy.append(total)
            elif kind == "scale":
                heavy.append(sum(abs(w) for _, w in x["scale_w"]))
            else:
                heavy.append(max([sum(abs(w) for _, w in b) for _, b in x["bands_w"]] + [0]))
        total, first, second = 0.0, 0.0, 0.0
        for w in heavy:
            total += w
            if w > first:
                first, second = w, first
            elif w > second:
                second = w
        return (total / 2, 2 * (first + second))

    @staticmethod
    def role_certs(role, certs):
        lists = role.get("certifications", {})
        order = lists.get("required", []) + lists.get("recommended", []) + lists.get("optional", [])
        out = []
        for c in certs:
            if role["id"] not in c.get("roles", []):
                continue
            rank = 3
            for i, name in enumerate(("required", "recommended", "optional")):
                if c["id"] in lists.get(name, []):
                    rank = i
                    break
            prep = None
            if "preparation_time" in c:
                f = c["preparation_time"]
                low = float(f.get("value", f.get("low")))
                prep = low / 4.345 if f["unit"] == "weeks" else low if f["unit"] == "months" else 0.0
            best = 0.0
            for f in c.get("pay", []):
                if f["unit"] == "usd_per_year" and f.get("kind", "typical") not in ("top", "difference"):
                    best = max(best, float(f.get("value", f.get("high"))))
            listed = order.index(c["id"]) if c["id"] in order else 1000 + len(out)
            out.append({"id": c["id"], "rank": rank, "prep": prep, "best": best, "listed": listed,
                        "tags": c.get("tags", []), "level": c.get("level", "entry")})
        for c in out:
            c["better"] = False
        pays = sorted(c["best"] for c in out if c["best"] > 0)
        if pays:
            n = len(pays)
            median = pays[n // 2] if n % 2 else (pays[n // 2 - 1] + pays[n // 2]) / 2
            for c in out:
                c["better"] = c["best"] > 0 and c["best"] >= median
        return out
