"""A region page's key figures and its table by year (site/summary.py), on the small synthetic
package of tests/fixtures/pages_package and the real catalog."""
from pathlib import Path

import pytest

from build_scripts.catalog import load_catalog
from build_scripts.site import summary
from build_scripts.site.model import Site, load_package
from build_scripts.site.ui import load_ui

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "pages_package"


@pytest.fixture(scope="module")
def site():
    return Site(load_package(FIXTURE), load_catalog(), load_ui())


def test_the_stated_change_is_the_change_in_percent_where_the_catalog_has_one(site):
    changes = summary.changes(site)
    assert changes["patents.granted"] == "patents.granted.yoy_pct"
    assert changes["trademarks.valid"] == "trademarks.valid.yoy_pct"      # not trademarks.valid.change


def test_key_figures_are_headline_indicators_in_catalog_order_latest_period(site):
    keys = summary.key_figures(site, "320000")
    assert [k.indicator for k in keys] == [i.id for i in site.headlines if i.id in {k.indicator for k in keys}]
    per_10k = next(k for k in keys if k.indicator == "patents.valid.invention.per_10k")
    assert per_10k.obs["period"] == "2022-12-31" and per_10k.obs["value"] == "49.4"
    nanjing = next(k for k in summary.key_figures(site, "320100") if k.indicator == "patents.valid.invention.per_10k")
    assert nanjing.rank == (1, 3)          # 107.2 > 81.3 > 25.1 among Jiangsu's prefecture-level cities


def test_table_has_one_row_per_indicator_and_a_column_per_year(site):
    table = summary.period_table(site, "320000")
    assert table.years == ["2020", "2022"]
    rows = {r.indicator: r for r in table.rows}
    assert len(rows) == len(table.rows)
    assert set(rows["patents.valid.invention.per_10k"].cells) == {"2020", "2022"}


def test_anchor_is_an_html_id(site):
    o = site.by_region["320000"][0]
    assert summary.anchor(o).startswith("obs-") and " " not in summary.anchor(o)
