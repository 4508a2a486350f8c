"""Independent audit of the narrative extraction against tests/gold_independent/ (issue 4 audit).

The gold set there was built by hand from 16 paragraphs of the seeds, without looking at the
extractor's output or at tests/gold/ (see its README). `audit()` runs the whole pipeline in memory
(`pipeline.extract`) and compares its observations with that set:

- recall: gold rows that carry an indicator and are found among the observations with the same
  report, indicator, region, period and value. An English row whose value contradicts the
  Chinese text counts as found when the observation carries that English line and says
  `disagree` (the Chinese value is the one published);
- precision: observations whose Chinese or English line lies inside one of the chosen paragraphs
  and that match no gold row are false positives. Each is explained (what the gold says about
  that number) and, where it has been inspected, carries the verdict of review.csv
  (`error`, `gold_omission` or `debatable`).
- one-sided observations: in-scope observations of a bilingual report that carry one language
  only, with the lines where the other half states the same number (an alignment the extractor
  missed, or a twin that really is absent).

- facts: every gold row (mapped or not) should be a fact of its line with the same signed value;
  the rows that are not, with the nearest reading (a sign lost, or not read at all).

- discrepancies: every finding the build publishes for a line of the chosen paragraphs, listed
  for inspection (not scored).

The same measure runs on the probe (tests/gold_independent/probe/: its own reports.yaml, text,
gold.csv and paragraphs.csv), a report the extractor was not written against, and on probe2
(tests/gold_independent/probe2/), two reports written after the extractor had been tuned on the
first probe: now the only held-out measure. A probe's `expected_findings.csv` lists its planted
translation errors: a published finding with the same lines and values counts as found, any other
finding on its paragraphs as false.
`python -m devtools.auditbench` prints, for the seeds and each probe, the figures, every
miss, every false positive, the findings and the observations' agreement states.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.numfmt import canonical

GOLD_DIR = paths.ROOT / "tests" / "gold_independent"
PROBE_DIR = GOLD_DIR / "probe"  # a report of invented figures in phrasings the seeds do not use
PROBE2_DIR = GOLD_DIR / "probe2"  # two more, written after the extractor was tuned on probe/


@dataclass(frozen=True)
class GoldRow:
    report_id: str
    lang: str
    line: int
    indicator_id: str
    region_code: str
    period: str
    value: Decimal
    unit: str
    qualifier: str
    quote: str
    accept_indicator_id: str
    note: str

    @property
    def key(self) -> tuple:
        return (self.indicator_id, self.region_code, self.period, self.report_id)


def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_gold(gold_dir: str | Path = GOLD_DIR) -> list[GoldRow]:
    return [GoldRow(**{**row, "line": int(row["line"]), "value": Decimal(row["value"])})
            for row in _read_csv(Path(gold_dir) / "gold.csv")]


def load_paragraphs(gold_dir: str | Path = GOLD_DIR) -> set[tuple[str, str, int]]:
    """(report, lang, line) of every line of the chosen paragraphs."""
    return {(row["report_id"], row["lang"], int(n))
            for row in _read_csv(Path(gold_dir) / "paragraphs.csv") for n in row["lines"].split(";")}


def load_review(gold_dir: str | Path = GOLD_DIR) -> dict[tuple, tuple[str, str]]:
    """(report, indicator, region, period, value) -> (verdict, reason) for inspected false positives."""
    path = Path(gold_dir) / "review.csv"
    if not path.exists():
        return {}
    return {(r["report_id"], r["indicator_id"], r["region_code"], r["period"], Decimal(r["value"])):
            (r["verdict"], r["reason"]) for r in _read_csv(path)}


def load_expected_findings(gold_dir: str | Path = GOLD_DIR) -> list[dict]:
    """The planted translation errors of a probe (empty when it has none)."""
    path = Path(gold_dir) / "expected_findings.csv"
    return _read_csv(path) if path.exists() else []


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except ArithmeticError:
        return None


def _is_expected(d, e: dict) -> bool:
    return ((d.report_id, d.line_zh, d.line_en) == (e["report_id"], int(e["line_zh"]), int(e["line_en"]))
            and (_number(d.value_zh), _number(d.value_en)) == (Decimal(e["value_zh"]), Decimal(e["value_en"])))


def _value(o) -> Decimal:
    return Decimal(str(o.value))


def _line(o, lang: str) -> int | None:
    return o.line_zh if lang == "zh" else o.line_en


def _where(o) -> str:
    return f"zh {o.line_zh or '-'} / en {o.line_en or '-'}"


def _disagreeing_twin(g: GoldRow, o) -> bool:
    """An English gold value that the Chinese contradicts: the observation publishes the zh value."""
    return g.lang == "en" and o.line_en == g.line and o.agreement == "disagree"


def _miss_reason(g: GoldRow, result) -> str:
    obs = [o for o in result.observations if o.report_id == g.report_id]
    same_key = [o for o in obs if o.key == g.key]
    if same_key:
        o = same_key[0]
        return f"wrong value: published {canonical(_value(o))} {o.qualifier} ({_where(o)}, {o.agreement})"
    other = [o for o in obs if _value(o) == g.value and _line(o, g.lang) == g.line]
    if other:
        o = other[0]
        return f"mis-mapped: observation {o.indicator_id} {o.region_code} {o.period}"
    facts = [f for f in result.facts if f.report_id == g.report_id and f.lang == g.lang
             and f.line == g.line and Decimal(str(f.value)) == g.value]
    if facts:
        f = facts[0]
        mapped = f"mapped to {f.indicator_id} {f.region_code} {f.period}" if f.indicator_id else "not mapped"
        return f"fact only ({mapped}, unit {f.unit}, quote {f.text!r})"
    return "number not read at all"


def _fp_reason(o, gold: list[GoldRow]) -> str:
    hits = [g for g in gold if g.report_id == o.report_id and g.value == _value(o)
            and g.line == _line(o, g.lang)]
    if not hits:
        return "number not in the gold set"
    g = hits[0]
    if not g.indicator_id:
        return f"gold gives this number no indicator ({g.note})"
    return f"gold maps it to {g.indicator_id} {g.region_code} {g.period}"


def audit(result=None, gold_dir: str | Path = GOLD_DIR) -> dict:
    """Recall, precision and the lists of misses and false positives (see the module docstring).
    One function of over 60 lines on purpose: a single pass over gold and output that fills every
    list the report prints."""
    if result is None:
        from build_scripts.pipeline import extract
        result = extract()
    gold = load_gold(gold_dir)
    scope = load_paragraphs(gold_dir)
    review = load_review(gold_dir)
    by_key = {o.key: o for o in result.observations}

    found, misses, notes = [], [], []
    for g in (g for g in gold if g.indicator_id):
        o = by_key.get(g.key)
        if o is not None and (_value(o) == g.value or _disagreeing_twin(g, o)):
            found.append(g)
            if _value(o) != g.value:
                notes.append((g, f"en value {canonical(g.value)} disagrees; zh {canonical(_value(o))} published"))
            if o.qualifier != g.qualifier:
                notes.append((g, f"qualifier {o.qualifier}, gold {g.qualifier}"))
            if _line(o, g.lang) != g.line:
                notes.append((g, f"observation cites {_where(o)} (source {o.source})"))
        else:
            misses.append((g, _miss_reason(g, result)))

    def matches(o) -> bool:
        return any(g.report_id == o.report_id and o.indicator_id in (g.indicator_id, g.accept_indicator_id)
                   and (g.region_code, g.period) == (o.region_code, o.period)
                   and (g.value == _value(o) or _disagreeing_twin(g, o)) for g in gold)

    in_scope = [o for o in result.observations
                if (o.report_id, "zh", o.line_zh) in scope or (o.report_id, "en", o.line_en) in scope]
    false_pos = []
    for o in in_scope:
        if not matches(o):
            verdict = review.get((o.report_id, o.indicator_id, o.region_code, o.period, _value(o)),
                                 ("uninspected", ""))
            false_pos.append((o, _fp_reason(o, gold), *verdict))
    omissions = sum(1 for fp in false_pos if fp[2] == "gold_omission")
    bilingual = {r.meta.id for r in result.reports if len(r.meta.languages) > 1}
    findings = [d for d in result.discrepancies
                if (d.report_id, "zh", d.line_zh) in scope or (d.report_id, "en", d.line_en) in scope]
    one_sided = []
    for o in in_scope:
        if o.report_id in bilingual and o.agreement in ("zh_only", "en_only"):
            other = "en" if o.agreement == "zh_only" else "zh"
            twins = sorted({f.line for f in result.facts if f.report_id == o.report_id and f.lang == other
                            and Decimal(str(f.value)) == _value(o)})
            one_sided.append((o, other, twins))
    facts = {(f.report_id, f.lang, f.line, Decimal(str(f.value))) for f in result.facts}
    facts_unread = [(g, "sign lost" if (g.report_id, g.lang, g.line, -g.value) in facts else "not read")
                    for g in gold if (g.report_id, g.lang, g.line, g.value) not in facts]
    expected = load_expected_findings(gold_dir)
    findings_found = [e for e in expected if any(_is_expected(d, e) for d in findings)]
    findings_missed = [e for e in expected if e not in findings_found]
    findings_false = [d for d in findings if not any(_is_expected(d, e) for e in expected)] if expected else []
    agreement = Counter(o.agreement for o in in_scope)
    n_gold = sum(1 for g in gold if g.indicator_id)
    right = len(in_scope) - len(false_pos)
    return {
        "gold_rows": len(gold), "gold_with_indicator": n_gold, "found": len(found),
        "recall": len(found) / n_gold if n_gold else 0.0,
        "in_scope": len(in_scope), "right": right, "false_positives": false_pos,
        "precision": right / len(in_scope) if in_scope else 0.0,
        "precision_reviewed": (right + omissions) / len(in_scope) if in_scope else 0.0,
        "misses": misses, "notes": notes, "one_sided": one_sided, "findings": findings,
        "expected_findings": expected, "findings_found": findings_found,
        "findings_missed": findings_missed, "findings_false": findings_false,
        "agreement": dict(sorted(agreement.items())), "facts_unread": facts_unread,
    }


def report_lines(res: dict) -> list[str]:
    lines = [
        f"independent gold: {res['gold_rows']} rows, {res['gold_with_indicator']} with an indicator",
        f"recall: {res['found']}/{res['gold_with_indicator']} = {res['recall']:.1%}",
        f"precision (observations inside the gold paragraphs): {res['right']}/{res['in_scope']}"
        f" = {res['precision']:.1%}; counting reviewed gold omissions as right:"
        f" {res['precision_reviewed']:.1%}",
        f"misses ({len(res['misses'])}):",
    ]
    for g, why in res["misses"]:
        lines.append(f"  {g.report_id} {g.lang} {g.line} {g.indicator_id} {g.region_code} {g.period}"
                     f" {canonical(g.value)} [{g.quote}]: {why}")
    lines.append(f"gold statistics read as facts with their signed value: {res['gold_rows'] - len(res['facts_unread'])}"
                 f"/{res['gold_rows']}")
    lines += [f"  {g.report_id} {g.lang} {g.line} {canonical(g.value)} [{g.quote}]: {why}" for g, why in res["facts_unread"]]
    lines.append(f"false positives ({len(res['false_positives'])}):")
    for o, why, verdict, reason in res["false_positives"]:
        lines.append(f"  {o.report_id} {_where(o)} {o.indicator_id} {o.region_code} {o.period}"
                     f" {canonical(_value(o))} {o.qualifier}: {why} -> {verdict}{': ' + reason if reason else ''}")
    lines.append(f"one-language observations in bilingual reports ({len(res['one_sided'])}):")
    for o, other, twins in res["one_sided"]:
        lines.append(f"  {o.report_id} {_where(o)} {o.indicator_id} {canonical(_value(o))} {o.agreement}:"
                     f" same number read in the {other} half at lines {twins or 'none'}")
    lines.append(f"findings published for these paragraphs ({len(res['findings'])}):")
    lines += [f"  {d.report_id} zh {d.line_zh} / en {d.line_en} {d.check}: {d.text_zh!r} vs {d.text_en!r}"
              f" ({d.value_zh} / {d.value_en})" for d in res["findings"]]
    if res["expected_findings"]:
        lines.append(f"planted translation errors found: {len(res['findings_found'])}/"
                     f"{len(res['expected_findings'])}; false findings: {len(res['findings_false'])}")
        lines += [f"  missed: zh {e['line_zh']} / en {e['line_en']} {e['indicator_id']} ({e['error']}):"
                  f" {e['text_zh']!r} vs {e['text_en']!r}" for e in res["findings_missed"]]
        lines += [f"  false: zh {d.line_zh} / en {d.line_en} {d.indicator_id}: {d.resolution}"
                  for d in res["findings_false"]]
    lines.append("agreement of the observations inside the gold paragraphs: "
                 + ", ".join(f"{k} {v}" for k, v in res["agreement"].items()))
    lines.append(f"notes on found rows ({len(res['notes'])}):")
    lines += [f"  {g.report_id} {g.lang} {g.line} {g.indicator_id} {canonical(g.value)}: {n}" for g, n in res["notes"]]
    return lines


def main() -> int:
    from build_scripts.pipeline import extract
    for label, seeds_dir, gold_dir in (("seeds", paths.SEEDS_DIR, GOLD_DIR), ("probe", PROBE_DIR, PROBE_DIR),
                                       ("probe2 (held out)", PROBE2_DIR, PROBE2_DIR)):
        print(f"== {label}: {gold_dir.relative_to(paths.ROOT)}")
        print("\n".join(report_lines(audit(extract(seeds_dir), gold_dir))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
