"""The peer scorer's readers: a CSV export (prompts or ids as headers, labels or ids as cells,
case and runs of spaces ignored), JSON Lines, and a folder of YAML answers files, each
turned into (respondent, [(question id, value)]) with values as medcareer's resolve_answers()
leaves them: an option id, a list of ids, or a float. Well-formed input only: the benchmark's
inputs come from medcareer-gen."""
import csv
import glob
import json
import os
import re

import yaml

BASE = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # every scalar a string, like yaml-cpp
SPACE = re.compile("[ \t\r\n]+")
LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def normalise(text):
    return SPACE.sub(" ", text).strip(" ").translate(LOWER)


def trim(text):
    return text.strip(" \t\r\n")


def canonical(q, value):
    """The value as resolve_answers() leaves it."""
    kind = q["type"]
    if kind in ("scale", "number"):
        if isinstance(value, str):
            text = value.strip(" \t")
            try:
                return float(text)
            except ValueError:
                for k, anchor in enumerate(q.get("anchors", [])):
                    if normalise(anchor) == normalise(text):
                        return float(k + 1)
                raise
        return float(value)
    if kind == "multi":
        return [value] if isinstance(value, str) else list(value)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if kind == "yes_no":
        value = {"true": "yes", "false": "no"}.get(value, value)
    return value


class Column:
    def __init__(self, q):
        self.q, self.exact, self.loose, self.most = q, {}, {}, 1
        names = [(o["id"], o["id"]) for o in q["options"]] + \
                [(o["label"], o["id"]) for o in q["options"]]
        if q["type"] == "yes_no":
            names += [("true", "yes"), ("false", "no")]
        names += [(a, str(k + 1)) for k, a in enumerate(q.get("anchors", []))]
        for name, answer in names:
            self.exact.setdefault(name, answer)
            self.loose.setdefault(normalise(name), answer)
            self.most = max(self.most, name.count(",") + 1, name.count(";") + 1)

    def one(self, text):
        found = self.exact.get(text)
        return found if found is not None else self.loose.get(normalise(text), text)

    def choose(self, pieces, names):
        out, i, every = [], 0, True
        while i < len(pieces):
            step, found = 1, None
            for j in range(min(len(pieces), i + self.most), i, -1):
                found = names.get(trim(self.sep.join(pieces[i:j])))
                if found is not None:
                    step = j - i
                    break
            if found is not None:
                out.append(found)
            elif trim(pieces[i]):
                out.append(trim(pieces[i]))
                every = False
            i += step
        return out, every

    def many(self, text):
        self.sep = ";" if ";" in text else ","
        pieces = text.split(self.sep)
        out, every = self.choose(pieces, self.exact)
        if every:
            return out
        return self.choose(normalise(text).split(self.sep), self.loose)[0]


def csv_records(model, path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        by_name = {normalise(q["id"]): q for q in model.questions}
        for q in model.questions:
            by_name.setdefault(normalise(q["prompt"]), q)
        columns = [Column(by_name[normalise(h)]) if normalise(h) in by_name else None
                   for h in header]
        line = reader.line_num
        for cells in reader:
            respondent = "%s:%d" % (path, line + 1)
            line = reader.line_num
            given = []
            for column, cell in zip(columns, cells):
                text = trim(cell)
                if column is None or not text:
                    continue
                if column.q["type"] == "multi":
                    value = column.many(text)
                    if not value:
                        continue
                else:
                    value = column.one(text)
                given.append((column.q["id"], canonical(column.q, value)))
            yield respondent, given


def mapped(model, answers):
    return [(qid, canonical(model.by_id[qid], v)) for qid, v in answers.items()]


def jsonl_records(model, path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            record = json.loads(line)
            yield record.get("respondent") or "%s:%d" % (path, n), mapped(model, record["answers"])


def yaml_records(model, folder):
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=BASE)
        yield doc.get("respondent") or path + "#1", mapped(model, doc.get("answers") or {})


def records(model, path):
    if os.path.isdir(path):
        return yaml_records(model, path)
    if path.endswith(".csv"):
        return csv_records(model, path)
    return jsonl_records(model, path)
