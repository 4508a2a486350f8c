"""One rule dates values for tables and text (normalize/periods.py)."""
import pytest

from build_scripts.catalog import load_catalog
from build_scripts.normalize.periods import dated, month_end, period_end


@pytest.mark.parametrize("iid,expected", [
    ("trademarks.valid", True), ("trademarks.valid.rank_national", True), ("trademarks.valid.yoy_pct", True),
    ("trademarks.registrations", False), ("trademarks.registrations.rank_national", False),
    ("patents.valid.invention.per_10k", True), ("trademarks.valid.per_10k_entities", True),
    ("patents.granted.yoy_pct", False), ("population.total", True),
])
def test_a_value_is_dated_as_what_it_measures(iid, expected):
    cat = load_catalog()
    assert dated(cat.indicators[iid], cat) is expected


def test_period_ends():
    assert period_end("2022") == (2022, 12) and period_end("2024-01/2024-06") == (2024, 6)
    assert month_end(2024, 2) == "2024-02-29"


def test_tables_and_text_share_the_rule():
    import inspect

    from build_scripts.normalize import tables, text
    assert "dated(" in inspect.getsource(tables.period_of) and "dated(" in inspect.getsource(text.period_of)
