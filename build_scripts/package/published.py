"""Stage 5, package: a zh/en table pair -> its as-published resource (the rows as printed, zh
labels and values with the en twin's labels and lines beside them)."""
from __future__ import annotations

import re

from build_scripts.catalog import Catalog
from build_scripts.core.records import PublishedTable
from build_scripts.normalize.tables import TablePair, column_unit, match_columns, match_rows
from build_scripts.parse.tables import Column, Vocab, clean, unit_of


def field_name(col: Column, used: set[str]) -> str:
    base = col.indicator_id.replace(".", "_") if col.indicator_id else f"column_{col.index + 1}"
    if col.year is not None:
        base += f"_{col.year}"
    name, k = base, 2
    while name in used:
        name, k = f"{base}_{k}", k + 1
    used.add(name)
    return name




def field_type(cells: list[str], vocab: Vocab) -> str:
    given = [c for c in cells if c not in vocab.missing]
    if given and all(re.fullmatch(r"[+-]?\d+", c) for c in given):
        return "integer"
    if given and all(re.fullmatch(r"[+-]?\d+(?:\.\d+)?", c) for c in given):
        return "number"
    return "string"


def published(pair: TablePair, catalog: Catalog, vocab: Vocab) -> PublishedTable:
    """The as-published resource: the table's rows as printed, zh labels and values (the
    authoritative text) with the en twin's region labels and lines beside them."""
    main = pair.main
    rows = match_rows(pair)
    used = {"region", "region_en", "region_code", "line_zh", "line_en"}
    fixed = [n for n, present in (("region", pair.zh), ("region_en", pair.en)) if present] + ["region_code"]
    columns = [{"name": n, "type": "string"} for n in fixed]
    out_rows = [{"region_code": (z or e).code, "line_zh": z.line.number if z else None,
                 "line_en": e.line.number if e else None,
                 **({"region": z.label if z else ""} if pair.zh else {}),
                 **({"region_en": e.label if e else ""} if pair.en else {})} for z, e in rows]
    for zc, ec in match_columns(pair)[1:]:
        c = zc or ec
        ind = catalog.indicators.get(c.indicator_id)
        name = field_name(c, used)
        year = f" {c.year}" if c.year is not None else ""
        for row, (z, e) in zip(out_rows, rows):
            src_row, src_col = (z, zc) if z is not None and zc is not None else (e, ec)
            row[name] = src_row.cells[src_col.index] if src_row is not None and src_col is not None else ""
        # a header printed in one language only: the other title is the catalog's label
        title_zh = zc.title if zc else (f"{ind.label_zh}{year}" if ind else ec.title)
        title_en = ec.title if ec else (f"{ind.label_en}{year}" if ind else zc.title)
        printed = {lang: column_unit(t, col, catalog, vocab) for lang, t, col in (("zh", pair.zh, zc), ("en", pair.en, ec))
                   if t is not None and col is not None}
        columns.append({"name": name, "title": title_en, "title_zh": title_zh,
                        "type": field_type([r[name] for r in out_rows], vocab),
                        "indicator_id": c.indicator_id, "year": c.year,
                        "printed_unit_zh": printed.get("zh", ("", 0))[0], "printed_unit_en": printed.get("en", ("", 0))[0],
                        "scale": (printed.get("zh") or printed["en"])[1]})
    columns += [{"name": "line_zh", "type": "integer"}, {"name": "line_en", "type": "integer"}]
    zt, et = pair.zh, pair.en
    return PublishedTable(
        name=pair.name, report_id=main.report.id, lang=main.lang,
        title_zh=zt.title_text if zt else "", title_en=et.title_text if et else "",
        unit_zh=(unit_of(zt.unit.text, vocab) or "") if zt and zt.unit else "",
        unit_en=(unit_of(et.unit.text, vocab) or "") if et and et.unit else "",
        columns=columns, rows=out_rows, line_first=min(main.lines), line_last=max(main.lines),
        twin_lines=(min(et.lines), max(et.lines)) if zt and et else None,
        notes=[clean(n.text) for t in pair.tables for n in t.notes],
    )
