"""Shared by the text-extractor unit tests: run `extract_text` on a small inline report."""
import pytest

from build_scripts.catalog import load_catalog
from build_scripts.normalize.gazetteer import load_gazetteer
from build_scripts.read import load_reports
from build_scripts.normalize.text import extract_text

INLINE_META = """reports:
  - id: r
    file: r.txt
    region_code: "{region}"
    year: 2023
    title_zh: 测试
    title_en: Test
    publisher_zh: 测试
    publisher_en: Test
    languages: {languages}
"""


@pytest.fixture(scope="session")
def tools():
    return load_catalog(), load_gazetteer()


@pytest.fixture
def text_runner(tmp_path, tools):
    """`text_runner(default_region)` -> `run(text, region=..., languages=...)` -> TextResult."""
    def make(default_region):
        def run(text, region=default_region, languages="[zh, en]", meta=""):
            (tmp_path / "r.txt").write_text(text, encoding="utf-8")
            (tmp_path / "reports.yaml").write_text(INLINE_META.format(region=region, languages=languages) + meta,
                                                   encoding="utf-8")
            (report,) = load_reports(tmp_path)
            return extract_text(report, *tools, set())
        return run
    return make
