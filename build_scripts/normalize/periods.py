"""When a value is: one rule for tables and running text (CONTRACT.md: `2022` a flow over the year,
`2022-12-31` a stock at that date, `2024-01/2024-09` part of a year).

A value is dated (a stock at a day) when its indicator is a stock, or a ratio of a stock (per
10,000 people: of the valid patents at the year end), or a change, share or rank of such a value
(a valid-trademark rank is dated as the valid trademarks are); otherwise it is a flow over the
report's period or the year its statement names.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from build_scripts.catalog import Catalog, Indicator, base_id


def dated(ind: Indicator, catalog: Catalog) -> bool:
    """Is a value of `ind` a stock at a date (rather than a flow over a period)?"""
    while ind.measure in ("change", "share", "rank") and catalog.indicators.get(base_id(ind), ind) is not ind:
        ind = catalog.indicators[base_id(ind)]      # (the rank of a stock's change: dated as the stock)
    if ind.measure == "ratio":
        numerator = (ind.extra.get("ratio_of") or {}).get("numerator")
        return catalog.indicators[numerator].measure == "stock" if numerator in catalog.indicators else True
    return ind.measure == "stock"


def month_end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def period_start(period: str) -> tuple[int, int]:
    """(year, month) of the first month of a period (2022 -> (2022, 1); 2020-12-16/2021-06-15 -> (2020, 12))."""
    y, _, m = period.split("/")[0].partition("-")
    return int(y), int(m[:2]) if m else 1


def period_end(period: str) -> tuple[int, int]:
    """(year, month) of the last month of a period (2022 -> (2022, 12))."""
    end = period.split("/")[-1]
    y, _, m = end.partition("-")
    return int(y), int(m[:2]) if m else 12


def multi_year(period: str) -> bool:
    """Whether a period spans months of more than one year (2016-01/2020-12, a five-year plan's review)."""
    return "/" in period and period_start(period)[0] < period_end(period)[0]


def whole_years(period: str) -> bool:
    """Whether a period is several whole calendar years (2019-01/2023-12, a review of them; not 2024-01/2025-04)."""
    return multi_year(period) and period_start(period)[1] == 1 and period_end(period)[1] == 12


def not_yet_past(period: str, report_period: str, published: date | None) -> bool:
    """Whether a value's period ends in a year after the one the report was published in (`published`: a day printed
    or given, not one supposed from a lead with no year) or, with none, after the year that follows the report's own
    period: a goal or a forecast (到2010年…注册商标达到4000件), no statistic."""
    end = period_end(period)[0]       # (by year: a year's flow stated in its September is that year's so far)
    return end > (published.year if published is not None else period_end(report_period)[0] + 1)


def before_end(day: date, period: str) -> bool:
    """Whether `day` comes before the last day of `period`'s last month (a news item of 6 December on 2021)."""
    return day.isoformat() < month_end(*period_end(period))


def to_the_day(period: str) -> bool:
    """Whether a period ends on a day rather than a month (2021-01-01/2021-12-06)."""
    return len(period.split("/")[-1]) == 10


def first_day(period: str) -> date:
    """The first day of a period (2022 -> 2022-01-01; 2020-12-16/2021-06-15 -> 2020-12-16)."""
    parts = [int(p) for p in period.split("/")[0].split("-")]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


def day_window(first: date, last: date) -> str:
    """A flow's period from day `first` to day `last`: whole months as months (2021-01/2021-11, a calendar
    year as 2021), else to the day (2021-01-01/2021-12-06, 2020-12-16/2021-06-15)."""
    if first.day == 1 and last.isoformat() == month_end(last.year, last.month):
        if (first.month, last.month) == (1, 12) and first.year == last.year:
            return str(first.year)
        return f"{first.year}-{first.month:02d}/{last.year}-{last.month:02d}"
    return f"{first.isoformat()}/{last.isoformat()}"


# a web page's dateline near its top or its end: "时间:2016-11-11 21:59", "发布时间:2022-04-27", "Updated:
# 2024-06-05", "Date: 2018/7/14", or a line that opens with the date ("2022-08-05 18:27", "2025年05月19日15:23 |",
# "2019-07-12 作者: …")
_DATE = r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d])"
DATELINE = re.compile(r"(?:(?:发布|更新|发表|成文|发稿)?(?:时间|日期)|updated?|published|posted|date|release date)\s*[:：]?\s*"
                      + _DATE, re.IGNORECASE)
DATE_OPENS_LINE = re.compile(r"\s*" + _DATE + r"日?\s*(?:/?\s*\d{1,2}:\d{2}|[|｜]|来源|作者|编辑|责任编辑|记者|通讯员|浏览|source|$)",
                             re.IGNORECASE)     # (or a byline after it: "2019-07-12 作者: …")
HEAD_LINES, TAIL_LINES = 8, 3
# (zh) a news item's lead that opens with the day and no year: "4月26日，…召开新闻发布会", "××日报讯（记者…）4月25日，
# 记者从…获悉"; its year is the first after the report's period ends, when that is soon after (LEAD_REACH days)
LEAD_DAY_ZH = re.compile(r"\s*(?:[^\d，,。；;：:]{0,40}?[讯电)）]\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[,，]")
LEAD_REACH = 200


def publication_date(report, lead: bool = True) -> date | None:
    """The day a report was published: its reports.yaml `published` (YYYY-MM-DD), else a dateline in
    its first HEAD_LINES or last TAIL_LINES lines, else (with `lead`) the day its lead opens with, in the year
    `lead_day` supposes. What "截至目前" / "to date" dates a stock at."""
    m = re.fullmatch(r"\s*" + _DATE + r"\s*", report.meta.published or "")
    lines = report.lines
    for line in (m,) if m else (*lines[:HEAD_LINES], *lines[-TAIL_LINES:]):
        found = m if m else (DATELINE.search(line.text) or DATE_OPENS_LINE.match(line.text))
        if found is not None:
            try:
                return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            except ValueError:
                continue
    return None if m or not lead else lead_day(report)


def lead_day(report) -> date | None:
    """(zh) The day a news item's lead opens with, printed with no year (4月26日，…): dated in the first year
    that puts it on or after the last day of the report's period, when that is at most LEAD_REACH days later
    (a year's white paper presented the next April; not a December item on its own year)."""
    period = report.meta.period
    end = period.split("/")[-1]
    last = date.fromisoformat(end) if len(end) == 10 else date.fromisoformat(month_end(*period_end(period)))
    for line in report.lines[:HEAD_LINES]:
        found = LEAD_DAY_ZH.match(line.text)
        if found is None:
            continue
        for year in (last.year, last.year + 1):
            try:
                day = date(year, int(found.group(1)), int(found.group(2)))
            except ValueError:
                return None
            if day >= last:
                return day if (day - last).days <= LEAD_REACH else None
        return None
    return None
