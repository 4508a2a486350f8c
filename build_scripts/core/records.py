"""The rows the pipeline produces, one dataclass per resource of the data contract.

Field names are the contract's column names (../shared/CONTRACT.md); `build_scripts/package` writes them in
this order. Stages exchange these records and nothing else.
"""
from __future__ import annotations

from dataclasses import dataclass, field


QUALIFIERS = ("exact", "approx", "more_than", "less_than")
AGREEMENTS = ("agree", "zh_only", "en_only", "disagree")
DISCREPANCY_KINDS = ("translation", "arithmetic", "label", "other")


@dataclass
class Observation:
    indicator_id: str
    region_code: str
    year: int
    period: str
    value: float
    unit: str
    qualifier: str
    report_id: str
    source: str                 # "table" or "text"
    line_zh: int | None = None
    quote_zh: str = ""
    line_en: int | None = None
    quote_en: str = ""
    agreement: str = "agree"
    table: str = ""             # as-published resource name, for table values
    note_zh: str = ""           # what narrows the value (counties listed apart, a yearbook's date)
    note_en: str = ""

    @property
    def key(self) -> tuple:
        return (self.indicator_id, self.region_code, self.period, self.report_id)


def restated(fact_id: str) -> bool:
    """Whether a fact restates a number already listed (`<fact>.2`: one rank said of several statements,
    one figure of several places, 均): no number of its own, so it has no twin and is no unmatched number."""
    return "." in fact_id.rsplit("-", 1)[-1]


@dataclass
class Fact:
    fact_id: str
    report_id: str
    lang: str
    line: int
    section: str
    value: float
    unit: str
    qualifier: str
    text: str                   # the exact substring of the line that states the number
    indicator_id: str = ""
    region_code: str = ""
    period: str = ""
    clause: str = ""            # the clause of the sentence the number sits in
    twin_fact_id: str = ""      # the other language's fact stating the same number (normalize/pairing.py)


@dataclass
class Discrepancy:
    report_id: str
    kind: str                   # one of DISCREPANCY_KINDS
    check: str                  # machine name of the check that found it, e.g. "column_sum"
    line_zh: int | None
    line_en: int | None
    text_zh: str
    text_en: str
    value_zh: str
    value_en: str
    resolution: str             # which value is published and why (English)
    resolution_zh: str = ""     # the same in Chinese
    indicator_id: str = ""
    region_code: str = ""


@dataclass
class CheckRun:
    """One check run on one table (or a report's text, or a whole report), passed or not."""
    check: str                  # id in catalog/checks.yaml
    kind: str                   # kind of the findings it publishes (one of DISCREPANCY_KINDS)
    report_id: str
    scope: str                  # as-published table resource, "text" or "report"
    compares: str               # what was compared (English), from catalog/checks.yaml
    compares_zh: str
    comparisons: int
    passed: int
    findings: int               # rows of discrepancies with this check, report and scope
    description_en: str
    description_zh: str
    unmatched: int | None = None    # text_numbers: the numbers stated in one language only


@dataclass
class PublishedTable:
    """A source table as printed: one as-published resource `<report_id>-<slug>`."""
    name: str
    report_id: str
    lang: str                   # language of the labels kept in `rows` ("zh" when a zh twin exists)
    title_zh: str
    title_en: str
    unit_zh: str
    unit_en: str
    columns: list[dict]         # {"name", "type"} + for value columns {"title", "title_zh", "indicator_id", "year"}
    rows: list[dict]            # column name -> cell as printed (str), plus "region_code"
    line_first: int = 0
    line_last: int = 0
    twin_lines: tuple[int, int] | None = None
    notes: list[str] = field(default_factory=list)
