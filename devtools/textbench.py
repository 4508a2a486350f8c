"""Extraction quality of the narrative text against the hand-built gold set (tests/gold/).

`precision_recall(seeds_dir, gold_dir)` runs the text extractor on every report that has a gold
file and compares its observations (source `text`) with the gold values: an observation is right
when indicator, region, period, value and qualifier all equal a gold row's. Precision = right /
observations, recall = right / gold rows. `python -m devtools.textbench` prints the figures
and every miss; bench.py (make bench) calls the same function.
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from build_scripts.core import paths
from build_scripts.catalog import load_catalog
from build_scripts.core.errors import BuildError
from build_scripts.normalize.gazetteer import load_gazetteer
from build_scripts.core.numfmt import canonical
from build_scripts.read import load_reports
from build_scripts.pipeline import extract_tables
from build_scripts.normalize.text import extract_text
from build_scripts.core.yamlio import load_yaml

GOLD_DIR = paths.ROOT / "tests" / "gold"
GOLD_KEYS = ("indicator", "region", "period", "value", "unit", "qualifier", "line_zh", "line_en")


def load_gold(gold_dir: str | Path = GOLD_DIR) -> dict[str, dict[tuple, tuple]]:
    """report id -> {(indicator, region, period): (value, qualifier)} from tests/gold/*.yaml."""
    gold: dict[str, dict[tuple, tuple]] = {}
    for path in sorted(Path(gold_dir).glob("*.yaml")):
        doc = load_yaml(path)
        rows = gold.setdefault(str(doc["report_id"]), {})
        for row in doc["values"]:
            missing = [k for k in GOLD_KEYS if k not in row]
            if missing:
                raise BuildError(path, f"gold row misses {missing[0]!r} / 金标准条目缺少键", line=row.line, key=missing[0])
            key = (str(row["indicator"]), str(row["region"]), str(row["period"]))
            if key in rows:
                raise BuildError(path, f"duplicate gold row {key} / 金标准条目重复", line=row.line)
            rows[key] = (Decimal(str(row["value"])), str(row["qualifier"]))
    return gold


def precision_recall(seeds_dir: str | Path = paths.SEEDS_DIR, gold_dir: str | Path = GOLD_DIR) -> dict:
    gold = load_gold(gold_dir)
    catalog, gazetteer = load_catalog(), load_gazetteer()
    right = predicted = 0
    false_pos, false_neg, per_report = [], [], {}
    facts = mapped = 0
    for report in load_reports(seeds_dir):
        if report.id not in gold:
            continue
        lines = extract_tables(report, catalog, gazetteer).lines
        result = extract_text(report, catalog, gazetteer, lines)
        facts += result.counts["facts"]
        mapped += result.counts["mapped"]
        expected = gold[report.id]
        seen = set()
        for o in result.observations:
            key = (o.indicator_id, o.region_code, o.period)
            got = (Decimal(o.value), o.qualifier)
            predicted += 1
            if expected.get(key) == got:
                right += 1
                seen.add(key)
            else:
                false_pos.append((report.id, *key, canonical(got[0]), got[1], expected.get(key)))
        false_neg += [(report.id, *k, canonical(v[0]), v[1]) for k, v in expected.items() if k not in seen]
        per_report[report.id] = {"gold": len(expected), "observations": len(result.observations),
                                 "right": len(seen)}
    n_gold = sum(len(v) for v in gold.values())
    return {
        "precision": right / predicted if predicted else 0.0,
        "recall": right / n_gold if n_gold else 0.0,
        "right": right, "observations": predicted, "gold": n_gold,
        "facts": facts, "facts_mapped": mapped, "facts_unmapped": facts - mapped,
        "per_report": per_report, "false_positives": false_pos, "false_negatives": false_neg,
    }


def main(argv: list[str] | None = None) -> int:
    r = precision_recall()
    print(f"text extraction vs gold set: precision {r['precision']:.1%} ({r['right']}/{r['observations']}), "
          f"recall {r['recall']:.1%} ({r['right']}/{r['gold']}); facts {r['facts']} "
          f"({r['facts_mapped']} mapped, {r['facts_unmapped']} not mapped)")
    for rid, n in r["per_report"].items():
        print(f"  {rid}: {n['right']} right of {n['observations']} observations, {n['gold']} gold values")
    for fp in r["false_positives"]:
        print("  wrong:", *fp)
    for fn in r["false_negatives"]:
        print("  missed:", *fn)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
