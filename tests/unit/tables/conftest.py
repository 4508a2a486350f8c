"""Inline reports for the table, check and package tests: a report is a string."""
from __future__ import annotations

import itertools

import pytest
import yaml

from build_scripts.catalog import load_catalog
from build_scripts.normalize.gazetteer import load_gazetteer
from build_scripts.read import load_reports
from build_scripts.pipeline import extract_tables


@pytest.fixture(scope="session")
def catalog():
    return load_catalog()


@pytest.fixture(scope="session")
def gazetteer():
    return load_gazetteer()


@pytest.fixture
def make_report(tmp_path):
    """make_report(text, languages=("zh",), region="320000", year=2022) -> Report read from a seeds folder."""
    counter = itertools.count()

    def make(text: str, languages=("zh",), region="320000", year=2022, period=None):
        seeds = tmp_path / f"seeds{next(counter)}"
        seeds.mkdir()
        (seeds / "t-2022.txt").write_text(text, encoding="utf-8")
        entry = {"id": "t-2022", "file": "t-2022.txt", "region_code": region, "year": year,
                 "title_zh": "测试", "title_en": "Test", "publisher_zh": "测试", "publisher_en": "Test",
                 "languages": list(languages), **({"period": period} if period else {})}
        (seeds / "reports.yaml").write_text(yaml.safe_dump({"reports": [entry]}, allow_unicode=True), encoding="utf-8")
        return load_reports(seeds)[0]
    return make


@pytest.fixture
def run(make_report, catalog, gazetteer):
    """run(text, **report options) -> TablesResult of the inline report."""
    def go(text: str, **kw):
        return extract_tables(make_report(text, **kw), catalog, gazetteer)
    return go
