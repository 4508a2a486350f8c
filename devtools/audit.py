"""A sheet for a person to judge published observations against the reports (`make audit`).

`python -m devtools.audit --n 100 --seed 1 --out audit.md` samples N rows of the written
package's `observations` (datapackage/ by default) with a seeded random generator (the same seed
always draws the same rows) and writes, per row, everything needed to judge it without opening
another file: the value as stored (base units, unit, qualifier) and as the report prints it in
each language, the indicator's id, label and definition in both languages, the region's code and
names, the period, the source, the agreement and notes, both quotes with their line numbers and
the text around them (the quoted line, with the quote in bold, between the nearest non-blank
lines before and after it in the seed), and blank cells for the verdict and the kind of fault
(value, indicator scope, region, period). `--out` ending in .csv writes one CSV row per
observation instead of Markdown blocks.
"""
from __future__ import annotations

import argparse
import csv
import io
import random
import sys
from decimal import Decimal
from pathlib import Path

from build_scripts.core import paths

# every column of observations is on the sheet; these are added (and the verdict left blank)
EXTRA = ("value_printed_zh", "value_printed_en", "label_zh", "label_en", "definition_zh", "definition_en",
         "region_name_zh", "region_name_en", "context_zh", "context_en", "verdict", "fault")
FAULTS = "value, indicator scope, region, period, other"
CONTEXT_CHARS = 400      # of a neighbouring line: its end (before) or its start (after)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def sample(rows: list[dict], n: int, seed: int) -> list[dict]:
    """n rows drawn with `seed`, in the package's order (all of them when there are fewer)."""
    picked = sorted(random.Random(seed).sample(range(len(rows)), min(n, len(rows))))
    return [rows[i] for i in picked]


def neighbours(lines: list[str], number: int) -> tuple[str, str]:
    """The nearest non-blank lines before and after line `number` (1-based), shortened."""
    before = next((lines[i - 1] for i in range(number - 1, 0, -1) if lines[i - 1].strip()), "")
    after = next((lines[i - 1] for i in range(number + 1, len(lines) + 1) if lines[i - 1].strip()), "")
    cut = CONTEXT_CHARS
    return (("…" + before[-cut:]) if len(before) > cut else before, (after[:cut] + "…") if len(after) > cut else after)


def context(lines: list[str], number: str, quote: str) -> str:
    """Line `number` with the quote in bold, between its neighbours (the seed's own text)."""
    if not number:
        return ""
    n = int(number)
    before, after = neighbours(lines, n)
    line = lines[n - 1]
    if quote and quote in line:
        line = line.replace(quote, f"**{quote}**", 1)
    return "\n".join(x for x in (f"[{n - 1}↑] {before}" if before else "", f"[{n}] {line}", f"[{n + 1}↓] {after}" if after else "") if x)


def printed(obs: dict, lang: str, facts: dict[tuple, list[dict]]) -> str:
    """The number as the report prints it: a table's cell is the quote; in running text, the
    fact of that line that the observation quotes."""
    quote, line = obs[f"quote_{lang}"], obs[f"line_{lang}"]
    if not line:
        return ""
    if obs["source"] == "table":
        return quote
    candidates = facts.get((obs["report_id"], lang, line), [])
    value = abs(Decimal(obs["value"]))
    for test in (lambda f: f["indicator_id"] == obs["indicator_id"] and (f["clause"] or f["text"]) == quote,
                 lambda f: f["indicator_id"] == obs["indicator_id"],
                 lambda f: abs(Decimal(f["value"])) == value and (f["clause"] or f["text"]) == quote):
        hit = [f for f in candidates if test(f)]
        if hit:
            return hit[0]["text"]
    return ""


def sheet_rows(package: Path, seeds: Path, n: int, seed: int) -> list[dict]:
    data = package / "data"
    observations = read_csv(data / "observations.csv")
    indicators = {r["indicator_id"]: r for r in read_csv(data / "indicators.csv")}
    regions = {r["region_code"]: r for r in read_csv(data / "regions.csv")}
    reports = {r["report_id"]: r for r in read_csv(data / "reports.csv")}
    facts: dict[tuple, list[dict]] = {}
    for f in read_csv(data / "facts.csv"):
        facts.setdefault((f["report_id"], f["lang"], f["line"]), []).append(f)
    texts: dict[str, list[str]] = {}
    out = []
    for obs in sample(observations, n, seed):
        rid = obs["report_id"]
        if rid not in texts:
            texts[rid] = (seeds / reports[rid]["file"]).read_text(encoding="utf-8").split("\n")
        ind, reg = indicators.get(obs["indicator_id"], {}), regions.get(obs["region_code"], {})
        row = dict(obs)
        row.update({
            "value_printed_zh": printed(obs, "zh", facts), "value_printed_en": printed(obs, "en", facts),
            "label_zh": ind.get("label_zh", ""), "label_en": ind.get("label_en", ""),
            "definition_zh": ind.get("definition_zh", ""), "definition_en": ind.get("definition_en", ""),
            "region_name_zh": reg.get("name_zh", ""), "region_name_en": reg.get("name_en", ""),
            "context_zh": context(texts[rid], obs["line_zh"], obs["quote_zh"]),
            "context_en": context(texts[rid], obs["line_en"], obs["quote_en"]),
            "verdict": "", "fault": ""})
        out.append(row)
    return out


def cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def markdown(rows: list[dict], n: int, seed: int, package: Path) -> str:
    out = [f"# Audit sheet: {len(rows)} observations (seed {seed}, n {n}) of {package}", "",
           "Judge each row against its quotes and context. Verdict: `right` or `wrong`; for a wrong row, "
           f"the kind of fault: {FAULTS}.", ""]
    for i, r in enumerate(rows, 1):
        qual = "" if r["qualifier"] == "exact" else f" ({r['qualifier']})"
        out += [f"## {i}. `{r['indicator_id']}` · {r['region_code']} · {r['period']} · {r['report_id']}", "",
                "| | |", "|---|---|",
                f"| value as stored | {cell(r['value'])} {cell(r['unit'])}{cell(qual)} (year {r['year']}) |",
                f"| value as printed | zh: {cell(r['value_printed_zh']) or '—'} · en: {cell(r['value_printed_en']) or '—'} |",
                f"| indicator | `{r['indicator_id']}`: {cell(r['label_zh'])} / {cell(r['label_en'])} |",
                f"| definition | {cell(r['definition_zh'])}<br>{cell(r['definition_en'])} |",
                f"| region | {r['region_code']}: {cell(r['region_name_zh'])} / {cell(r['region_name_en'])} |",
                f"| period | {r['period']} |",
                f"| source | {r['source']}{' ' + r['table'] if r['table'] else ''} · agreement {r['agreement']}"
                f"{' · note: ' + cell(r['note_en']) if r['note_en'] else ''} |",
                f"| quote zh (line {r['line_zh'] or '—'}) | {cell(r['quote_zh'])} |",
                f"| context zh | {cell(r['context_zh'])} |",
                f"| quote en (line {r['line_en'] or '—'}) | {cell(r['quote_en'])} |",
                f"| context en | {cell(r['context_en'])} |",
                f"| **verdict** | {cell(r['verdict'])} |",
                f"| **fault** ({FAULTS}) | {cell(r['fault'])} |", ""]
    return "\n".join(out)


def write(rows: list[dict], out: Path, n: int, seed: int, package: Path) -> None:
    if out.suffix.lower() == ".csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else list(EXTRA), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        out.write_text(buf.getvalue(), encoding="utf-8")
    else:
        out.write_text(markdown(rows, n, seed, package), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="how many observations (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="the random seed (default 1)")
    parser.add_argument("--out", type=Path, default=Path("audit.md"), help="audit.md (Markdown) or a .csv file")
    parser.add_argument("--package", type=Path, default=paths.DATAPACKAGE_DIR, help="the written data package")
    parser.add_argument("--seeds", type=Path, default=paths.SEEDS_DIR, help="the seed texts")
    args = parser.parse_args(argv)
    rows = sheet_rows(args.package, args.seeds, args.n, args.seed)
    write(rows, args.out, args.n, args.seed, args.package)
    print(f"{len(rows)} observations (seed {args.seed}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
