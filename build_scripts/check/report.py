"""Stage 4, check: statements of one report that meet (a table and the text giving one indicator,
region and period)."""
from __future__ import annotations

from decimal import Decimal

from build_scripts.check import Both, wording
from build_scripts.core.numfmt import canonical
from build_scripts.core.records import Discrepancy
from build_scripts.parse.tables import is_value, spaced_cells


def merge_conflict(kept, other) -> Discrepancy:
    """Two statements of one indicator, region and period in one report with different values."""
    def side(o, lang):
        return getattr(o, f"line_{lang}"), getattr(o, f"quote_{lang}")
    lang = "zh" if other.line_zh else "en"
    check = f"{kept.source}_vs_{other.source}"
    en, zh = wording(check, indicator=kept.indicator_id, region=kept.region_code, period=kept.period,
                     value=canonical(Decimal(str(kept.value))), source=kept.source,
                     other_value=canonical(Decimal(str(other.value))), other_source=other.source,
                     other_line=side(other, lang)[0])
    return Discrepancy(
        report_id=kept.report_id, kind="other", check=check,
        line_zh=side(kept, "zh")[0] if lang == "zh" else None, line_en=side(kept, "en")[0] if lang == "en" else None,
        text_zh=side(other, "zh")[1] if lang == "zh" else "", text_en=side(other, "en")[1] if lang == "en" else "",
        value_zh=canonical(Decimal(str(other.value))) if lang == "zh" else "",
        value_en=canonical(Decimal(str(other.value))) if lang == "en" else "",
        resolution=en, resolution_zh=zh, indicator_id=kept.indicator_id, region_code=kept.region_code)


def former_code(report, gazetteer) -> Discrepancy | None:
    """The finding of a report whose region_code is a former code of a renamed unit (密云县 110228, 密云区 110118
    since 2015): the report is its successor's (`region_code` of the finding), which the pipeline gives it."""
    code = report.meta.region_code
    if code in gazetteer.regions or code not in gazetteer.renamed:
        return None
    successor, name, until = gazetteer.renamed[code]
    region = gazetteer.regions[successor]
    en, zh = wording("region_code_former", former=code, name=name, until=until, code=successor,
                     successor=Both(region.name_en, region.name_zh))
    return Discrepancy(report_id=report.meta.id, kind="label", check="region_code_former", line_zh=None, line_en=None,
                       text_zh=f"region_code: {code}", text_en=f"region_code: {code}", value_zh=code, value_en=code,
                       resolution=en, resolution_zh=zh, region_code=successor)


def is_figure(cell: str, vocab) -> bool:
    return is_value(cell, vocab) and any(ch.isdigit() for ch in cell)      # (not a dash of an empty cell)


def unread_rows(report, facts, table_lines, vocab) -> tuple[list[Discrepancy], int]:
    """Lines printed as rows of figures (a label and two or more bare figures, as a space-separated
    table gives them) outside the tables read, and how many of them; those the text reader did not
    read either are said, a run of consecutive such lines in one finding, so that no figure is
    dropped in silence."""
    read = {(f.lang, f.line) for f in facts}
    out: list[Discrepancy] = []
    rows = 0
    for lang in report.meta.languages:
        runs: list[list[tuple]] = []          # runs of (line, its figures) no reader read
        for ln in report.half(lang):
            cells = spaced_cells(ln) if ln.number not in table_lines else None
            figures = sum(is_figure(c, vocab) for c in cells[1:]) if cells is not None else 0    # (after its label: 2019 …)
            if figures < 2:
                continue
            rows += 1
            if (lang, ln.number) in read:
                continue
            if runs and runs[-1][-1][0].number >= ln.number - 2:
                runs[-1].append((ln, figures))
            else:
                runs.append([(ln, figures)])
        for run in runs:
            first, last = run[0][0].number, run[-1][0].number
            lines = str(first) if first == last else f"{first}-{last}"
            en, zh = wording("layout.unread_table", lines=lines, detail=sum(n for _, n in run))
            text = run[0][0].text.strip()
            out.append(Discrepancy(
                report_id=report.meta.id, kind="other", check="layout.unread_table",
                line_zh=first if lang == "zh" else None, line_en=first if lang == "en" else None,
                text_zh=text if lang == "zh" else "", text_en=text if lang == "en" else "",
                value_zh="", value_en="", resolution=en, resolution_zh=zh))
    return out, rows
