"""The hand-built gold set (tests/gold/) is well formed: enough values, both languages, every
qualifier kind the seeds use, known indicators, regions and units, and lines that exist in the
right language half of the right seed and state the value."""
import re
from decimal import Decimal
from pathlib import Path

import pytest

from build_scripts.catalog import load_catalog
from build_scripts.normalize.gazetteer import load_gazetteer
from build_scripts.parse.numbers import find_numbers
from build_scripts.core.paths import SEEDS_DIR
from build_scripts.read import load_reports
from devtools.textbench import GOLD_DIR, load_gold
from build_scripts.core.yamlio import load_yaml

ROWS = [(p.stem, row) for p in sorted(Path(GOLD_DIR).glob("*.yaml")) for row in load_yaml(p)["values"]]


def test_gold_size_languages_and_kinds():
    gold = load_gold()
    assert sum(len(v) for v in gold.values()) >= 150
    assert set(gold) == {r.id for r in load_reports(SEEDS_DIR)}
    assert {row["qualifier"] for _, row in ROWS} >= {"exact", "approx", "more_than"}
    assert {row["unit"] for _, row in ROWS} >= {"pieces", "cases", "persons", "entities", "items", "batches", "transactions",
                                                "yuan", "percent", "per_10k_people", "per_10k_entities", "rank", "score"}
    assert sum(1 for _, row in ROWS if row["line_zh"]) >= 100 and sum(1 for _, row in ROWS if row["line_en"]) >= 100


@pytest.fixture(scope="module")
def context():
    return {r.id: r for r in load_reports(SEEDS_DIR)}, load_catalog(), load_gazetteer()


@pytest.mark.parametrize("report_id, row", ROWS, ids=[f"{r}:{row['indicator']}:{row['region']}:{row['period']}" for r, row in ROWS])
def test_gold_row(context, report_id, row):
    reports, catalog, gazetteer = context
    assert row["unit"] == catalog.indicators[row["indicator"]].unit
    assert row["region"] in gazetteer.regions
    assert row["qualifier"] in ("exact", "approx", "more_than", "less_than")
    assert re.fullmatch(r"\d{4}(-\d{2}-\d{2}|-\d{2}/\d{4}-\d{2})?", row["period"])
    assert row["line_zh"] or row["line_en"]
    value = abs(Decimal(str(row["value"])))
    for lang in ("zh",) if row["line_zh"] else ("en",):       # where the translation disagrees, zh is the gold
        line = reports[report_id].line(row[f"line_{lang}"])
        assert line.lang == lang
        assert value in {n.value for n in find_numbers(line.text, lang)}, line.text
    if row["line_en"]:
        assert reports[report_id].line(row["line_en"]).lang == "en"
