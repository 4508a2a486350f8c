"""When a value is: one rule for tables and running text (CONTRACT.md: `2022` a flow over the year,
`2022-12-31` a stock at that date, `2024-01/2024-09` part of a year).

A value is dated (a stock at a day) when its indicator is a stock, or a ratio of a stock (per
10,000 people: of the valid patents at the year end), or a change, share or rank of such a value
(a valid-trademark rank is dated as the valid trademarks are); otherwise it is a flow over the
report's period or the year its statement names.
"""
from __future__ import annotations

import calendar

from build_scripts.catalog import Catalog, Indicator, base_id


def dated(ind: Indicator, catalog: Catalog) -> bool:
    """Is a value of `ind` a stock at a date (rather than a flow over a period)?"""
    if ind.measure in ("change", "share", "rank"):
        ind = catalog.indicators.get(base_id(ind), ind)
    if ind.measure == "ratio":
        numerator = (ind.extra.get("ratio_of") or {}).get("numerator")
        return catalog.indicators[numerator].measure == "stock" if numerator in catalog.indicators else True
    return ind.measure == "stock"


def month_end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def period_end(period: str) -> tuple[int, int]:
    """(year, month) of the last month of a report period (2022 -> (2022, 12))."""
    end = period.split("/")[-1]
    y, _, m = end.partition("-")
    return int(y), int(m) if m else 12
