"""Recall and precision of the extractor on real reports it was not written against.

The texts live in `.corpus/` (git-ignored; tests/corpus/README.md says how to refill them), their
metadata in tests/corpus/sources.yaml and the values a reader would want in
tests/corpus/expected.csv. Each text is built alone, as `make data` builds a report added with
its text and an entry (so one text that stops the build costs only its own values), and scored:

- recall: expected values whose indicator the catalog has today published with the same
  indicator, region, period and value; also over every expected value (indicators the catalog lacks
  count as missed). The `new` column records whether the catalog had the indicator when the text
  was gathered; the split's first measurement (tests/corpus/README.md) used it;
- wrong indicator: published observations whose report, region, period and value are those of an
  expected value but whose indicator is another (the target is under 2 % of what is published);
- unmapped share: the facts that name no indicator.

`python -m devtools.corpusbench [--split dev|heldout|heldout2|all] [--misses]` prints the figures.
"""
from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import yaml

from build_scripts.core import paths
from build_scripts.core.errors import BuildError, BuildErrors
from build_scripts.normalize.periods import month_end

CORPUS = paths.ROOT / "tests" / "corpus"
TEXTS = paths.ROOT / ".corpus"


def load_sources() -> list[dict]:
    return yaml.safe_load((CORPUS / "sources.yaml").read_text(encoding="utf-8"))["sources"]


def load_expected() -> dict[str, list[dict]]:
    """The expected rows by text; a former code of a renamed unit (密云县 110228) read as its successor's, the
    code the build publishes the same territory under."""
    from build_scripts.normalize.gazetteer import load_gazetteer
    renamed = load_gazetteer().renamed
    out: dict[str, list[dict]] = defaultdict(list)
    with (CORPUS / "expected.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["region_code"] in renamed:
                row["region_code"] = renamed[row["region_code"]][0]
            out[row["id"]].append(row)
    return out


def entry(src: dict) -> dict:
    """The reports.yaml entry a user would write for the text."""
    e = {"id": src["id"], "file": f"{src['id']}.txt", "region_code": str(src["region_code"]), "year": int(src["year"]),
         "title_zh": src.get("region_name_zh", src["id"]), "title_en": src["id"], "publisher_zh": "语料",
         "publisher_en": "corpus", "languages": list(src["languages"])}
    period = str(src.get("period") or "")
    days = re.fullmatch(r"(\d{4})-(\d{2})-\d{2}/(\d{4})-(\d{2})-(\d{2})", period)
    if days:      # a window of days (2017-01-01/2017-09-15): its months as its user gives them, its last day `published`
        e["period"] = f"{days.group(1)}-{days.group(2)}/{days.group(3)}-{days.group(4)}"
        e["published"] = period[11:]
    elif "/" in period:
        e["period"] = period
    elif len(period) == 10 and period != month_end(int(period[:4]), int(period[5:7])):
        e["published"] = period  # a news item dated to a day: the day its user gives as `published`
    elif len(period) == 10 and period[:4] == str(src["year"]) and period[5:7] != "12":
        e["period"] = f"{period[:4]}-01/{period[:7]}"   # stocks at a month's end: the months so far, as its user gives them
    return e


def build_one(src: dict):
    """The extracted records of one text, or the error that stopped its build."""
    from build_scripts.pipeline import extract

    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp)
        shutil.copyfile(TEXTS / f"{src['id']}.txt", seeds / f"{src['id']}.txt")
        (seeds / "reports.yaml").write_text(yaml.safe_dump({"reports": [entry(src)]}, allow_unicode=True),
                                            encoding="utf-8")
        try:
            return extract(seeds), None
        except (BuildError, BuildErrors) as exc:
            return None, str(exc).replace(str(seeds), "")


def same(a: str, b) -> bool:
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except Exception:  # noqa: BLE001
        return False


@lru_cache(maxsize=1)
def catalog_ids() -> frozenset[str]:
    """The indicator ids the catalog has now (listed and generated), loaded once for every split."""
    from build_scripts.catalog import load_catalog
    return frozenset(load_catalog().indicators)


def score(split: str, misses: bool = False) -> dict:
    expected = load_expected()
    known = catalog_ids()
    figures = Counter()
    failed = []
    for src in load_sources():
        if split != "all" and src.get("split") != split:
            continue
        if not (TEXTS / f"{src['id']}.txt").is_file():
            figures["texts_missing"] += 1
            continue
        figures["texts"] += 1
        result, error = build_one(src)
        rows = expected.get(src["id"], [])
        if result is None:
            failed.append((src["id"], error))
            figures["expected_catalog"] += sum(r["indicator"] in known for r in rows)
            figures["expected_all"] += len(rows)
            continue
        obs = result.observations
        keyed = {(o.indicator_id, o.region_code, o.period): o for o in obs}
        for r in rows:
            catalog = r["indicator"] in known
            figures["expected_all"] += 1
            figures["expected_catalog"] += catalog
            o = keyed.get((r["indicator"], r["region_code"], r["period"]))
            hit = o is not None and same(r["value"], o.value)
            figures["found"] += hit
            figures["found_catalog"] += hit and catalog
            if misses and catalog and not hit:
                print(f"  miss {src['id']}:{r['line']} {r['indicator']} {r['region_code']} {r['period']} {r['value']}"
                      + (f" (published {o.value})" if o is not None else ""))
        values: dict[tuple, list[dict]] = {}
        by_value: dict[tuple, list[dict]] = {}
        for r in rows:
            values.setdefault((r["region_code"], r["period"]), []).append(r)
            by_value.setdefault((r["indicator"], r["period"]), []).append(r)
        for o in obs:
            figures["published"] += 1
            # wrong: a value the text states for this region and period, under none of its indicators
            stated = [r for r in values.get((o.region_code, o.period), ()) if same(r["value"], o.value)]
            if stated and all(r["indicator"] != o.indicator_id for r in stated):
                figures["wrong_indicator"] += 1
                if misses:
                    print(f"  wrong {src['id']}: {o.indicator_id} for {stated[0]['indicator']} {o.region_code} {o.period} {o.value}")
            # wrong region: a value the text states for this indicator and period of another region only
            elsewhere = [r for r in by_value.get((o.indicator_id, o.period), ()) if same(r["value"], o.value)]
            if elsewhere and all(r["region_code"] != o.region_code for r in elsewhere):
                figures["wrong_region"] += 1
                if misses:
                    print(f"  wrong region {src['id']}: {o.indicator_id} {o.region_code} for {elsewhere[0]['region_code']} {o.period} {o.value}")
        figures["facts"] += len(result.facts)
        figures["unmapped"] += sum(1 for f in result.facts if not f.indicator_id)
    for rid, err in failed:
        print(f"  build stopped: {rid}: {err[:300]}")
    figures["failed"] = len(failed)
    return dict(figures)


def line(split: str, f: dict) -> str:
    def pct(a, b):
        return f"{100 * a / b:.1f} %" if b else "n/a"
    return (f"{split}: {f.get('texts', 0)} texts ({f.get('failed', 0)} stopped the build); recall "
            f"{pct(f.get('found_catalog', 0), f.get('expected_catalog', 0))} of {f.get('expected_catalog', 0)} catalog values, "
            f"{pct(f.get('found', 0), f.get('expected_all', 0))} of all {f.get('expected_all', 0)}; wrong indicator "
            f"{f.get('wrong_indicator', 0)} of {f.get('published', 0)} published ({pct(f.get('wrong_indicator', 0), f.get('published', 0))}); "
            f"wrong region {f.get('wrong_region', 0)}; unmapped facts {pct(f.get('unmapped', 0), f.get('facts', 0))}")


def by_split() -> dict:
    """Recall, wrong indicators and unmapped facts on the real-report corpus, per split (only when
    `.corpus/` holds the texts: they are not in the repository)."""
    if not TEXTS.is_dir():
        return {}
    return {split: score(split) for split in splits()}


def splits() -> list[str]:
    """The corpus's splits in the order sources.yaml first names them (dev, heldout, heldout2 ...)."""
    return list(dict.fromkeys(str(s.get("split")) for s in load_sources()))


def bench_lines(corpus: dict, long: dict | None) -> list[str]:
    """The corpus figures and the long-sentence growth as BENCHMARKS.md lines (make bench)."""
    out = ["", "### Real reports never seen by the rules (tests/corpus, texts in .corpus/)", ""]
    if not corpus:
        out.append("`.corpus/` is empty on this machine: see tests/corpus/README.md to refill it.")
    else:
        out += ["| split | texts | recall (catalog values) | recall (all values) | wrong indicator | wrong region | unmapped facts |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        for split, f in corpus.items():
            def pct(a, b):
                return f"{100 * f.get(a, 0) / f[b]:.1f} %" if f.get(b) else "n/a"
            out.append(f"| {split} | {f.get('texts', 0)} | {pct('found_catalog', 'expected_catalog')} of "
                       f"{f.get('expected_catalog', 0)} | {pct('found', 'expected_all')} of {f.get('expected_all', 0)} | "
                       f"{f.get('wrong_indicator', 0)} of {f.get('published', 0)} ({pct('wrong_indicator', 'published')}) | "
                       f"{f.get('wrong_region', 0)} | {pct('unmapped', 'facts')} |")
    if long:
        sizes = [k for k in long if k != "growth"]
        out += ["", "One sentence of n numbers: " + ", ".join(
            f"{n:,} numbers ({long[n]['chars'] / 1000:.0f} KB) {long[n]['seconds']:.1f} s" for n in sizes)
            + f"; growth n^{long['growth']:.2f} (target: linear)."]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m devtools.corpusbench", description=__doc__.split("\n\n")[0])
    p.add_argument("--split", default="dev", choices=(*splits(), "all"))
    p.add_argument("--misses", action="store_true", help="list every missed value and wrong indicator")
    args = p.parse_args(argv)
    if not TEXTS.is_dir():
        print(f"{TEXTS} is missing: see tests/corpus/README.md to refill it")
        return 0
    print(line(args.split, score(args.split, args.misses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
