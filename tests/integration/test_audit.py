"""`make audit` (devtools/audit.py) on the committed package: the same seed draws the same rows,
another seed others, and every row of the sheet carries every column a person needs to judge it."""
from __future__ import annotations

import csv

from build_scripts.core import paths
from devtools import audit

PACKAGE, SEEDS = paths.DATAPACKAGE_DIR, paths.SEEDS_DIR


def observation_columns() -> list[str]:
    with (PACKAGE / "data" / "observations.csv").open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


def test_the_sample_is_deterministic_for_a_seed():
    first = audit.sheet_rows(PACKAGE, SEEDS, 25, 1)
    assert first == audit.sheet_rows(PACKAGE, SEEDS, 25, 1) and len(first) == 25
    assert first != audit.sheet_rows(PACKAGE, SEEDS, 25, 2)
    assert audit.sample(list(range(10)), 4, 7) == audit.sample(list(range(10)), 4, 7)
    assert audit.sample(list(range(3)), 10, 1) == [0, 1, 2]


def test_every_row_covers_every_column(tmp_path):
    rows = audit.sheet_rows(PACKAGE, SEEDS, 40, 1)
    for row in rows:
        assert set(row) == set(observation_columns()) | set(audit.EXTRA)
        assert row["label_zh"] and row["label_en"] and row["definition_zh"] and row["definition_en"]
        assert row["region_name_zh"] and row["region_name_en"] and row["verdict"] == "" == row["fault"]
        for lang in ("zh", "en"):
            if row[f"line_{lang}"]:
                assert row[f"value_printed_{lang}"], (row["indicator_id"], lang)
                assert f"[{row[f'line_{lang}']}] " in row[f"context_{lang}"]
                assert f"**{row[f'quote_{lang}']}**" in row[f"context_{lang}"] or row["source"] == "table"
    md, table = tmp_path / "audit.md", tmp_path / "audit.csv"
    for out in (md, table):
        assert audit.main(["--n", "40", "--seed", "1", "--out", str(out)]) == 0
    text = md.read_text(encoding="utf-8")
    assert text.count("\n## ") == 40 and text.count("| **verdict** |  |") == 40
    for label in ("value as stored", "value as printed", "indicator", "definition", "region", "period",
                  "quote zh", "context zh", "quote en", "context en"):
        assert text.count(f"| {label}") >= 40, label
    with table.open(encoding="utf-8", newline="") as f:
        assert [r["indicator_id"] for r in csv.DictReader(f)] == [r["indicator_id"] for r in rows]
