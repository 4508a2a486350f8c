"""Stage 2a, tables: the tab-separated tables of a report -> as-published tables and observations.

General rules, no per-table code (vocabulary in `catalog/tables.yaml`, indicators in
`catalog/indicators.yaml`, regions in `catalog/regions.yaml`):

- a block is a run of tab-separated lines; blank lines inside it do not end it;
- its leading rows without figures form the header (several rows: a group label such as
  专利权人类型 spans the sub-columns under it); a copy of the header inside the block is skipped;
- a block with no header is rows printed away from their table: it joins the next headed block
  of the same width (rows printed before their title), else the previous one;
- the title is the nearest title-like line above the block (unit lines skipped), else below it;
  the unit line (单位：件 / Unit: piece) and the notes (注 / Note, numbered on) belong to the table;
- `<b>`, `**` and `\\*` leftovers are removed from cells; every defect is a finding;
- the first column names regions (gazetteer); each other column is an indicator through the
  catalog's column terms (a year column takes the indicator the title names);
- each zh table is matched with its en twin; one as-published resource per pair.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from build_scripts import check as checks
from build_scripts.core import paths
from build_scripts.catalog import Catalog, Indicator
from build_scripts.core.errors import BuildError
from build_scripts.normalize.gazetteer import Gazetteer
from build_scripts.read import Line, Report
from build_scripts.core.records import CheckRun, Discrepancy, Observation, PublishedTable
from build_scripts.core.yamlio import load_yaml

MARKUP_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\s*/?>|\*\*|__")
PAREN_RE = re.compile(r"\s*[（(]([^()（）]*)[)）]\s*")
NUMBER_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
SENTENCE_END = tuple("。．.;；:：!！?？")
TITLE_MAX = 160


@dataclass(frozen=True)
class Vocab:
    region_headers: dict
    unit_line: tuple
    note_line: tuple
    missing: frozenset
    scales: tuple            # (word, multiplier), longest word first
    year_header: re.Pattern
    as_of: tuple


@lru_cache(maxsize=4)
def load_vocab(path: Path = paths.CATALOG_DIR / "tables.yaml") -> Vocab:
    doc = load_yaml(path)
    try:
        return Vocab(
            region_headers={lg: {norm(h) for h in doc["region_headers"][lg]} for lg in ("zh", "en")},
            unit_line=tuple(re.compile(p) for p in doc["unit_line"]),
            note_line=tuple(re.compile(p) for p in doc["note_line"]),
            missing=frozenset(str(m) for m in doc["missing"]),
            scales=tuple(sorted(((str(k), Decimal(str(v))) for k, v in doc["scales"].items()),
                                key=lambda kv: -len(kv[0]))),
            year_header=re.compile(doc["year_header"]),
            as_of=tuple(re.compile(p) for p in doc["as_of"]),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise BuildError(path, f"invalid table vocabulary: {exc} / 表格词表无效") from None


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def clean(cell: str) -> str:
    """A cell without HTML/Markdown leftovers; an escaped asterisk becomes a plain one."""
    return re.sub(r"\s+", " ", MARKUP_RE.sub("", cell).replace("\\*", "*")).strip()


def strip_heading(text: str) -> str:
    return re.sub(r"^\s*#+\s*", "", clean(text))


# --- finding the blocks ---------------------------------------------------------------------

@dataclass
class Finding:
    check: str
    line: int
    detail: str


@dataclass
class Column:
    index: int
    label: str                 # leaf header label as printed (cleaned)
    group: str = ""            # group header spanning it, if any
    unit_text: str = ""        # text in brackets after the label (万人, Unit: 10,000, 件/万人)
    indicator_id: str = ""
    year: int | None = None    # for a year column
    header_line: int = 0
    printed: str = ""          # the leaf header cell as printed (cleaned), unit included

    @property
    def title(self) -> str:
        sep = "：" if re.search(r"[\u3400-\u9fff]", self.group) else ": "
        return f"{self.group}{sep}{self.printed}" if self.group else self.printed


@dataclass
class Row:
    line: Line
    cells: list[str]           # cleaned, one per column
    raw: list[str]             # as in the line
    code: str = ""

    @property
    def label(self) -> str:
        return self.cells[0]


@dataclass
class Table:
    report: Report
    lang: str
    block_first: int
    title: Line | None = None
    unit: Line | None = None
    header: list[Line] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)
    title_indicator: str = ""
    as_of: str = ""            # YYYY-MM-DD when the title or header gives a reference date
    scale: Decimal = Decimal(1)

    @property
    def file(self) -> str:
        return str(self.report.path)

    @property
    def title_text(self) -> str:
        return strip_heading(self.title.text) if self.title else ""

    @property
    def width(self) -> int:
        return len(self.columns)


def split_cells(text: str) -> list[str]:
    cells = text.split("\t")
    while len(cells) > 1 and not cells[-1].strip():
        cells.pop()
    return cells


def is_value(cell: str, vocab: Vocab) -> bool:
    return bool(NUMBER_RE.match(cell)) or cell in vocab.missing


def is_header_row(cells: list[str], lang: str, vocab: Vocab) -> bool:
    first = cells[0]
    if not first or norm(first) in vocab.region_headers[lang] | vocab.region_headers["zh" if lang == "en" else "en"]:
        return True
    return not any(is_value(c, vocab) for c in cells[1:] if c)


def raw_blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of tab-separated lines; blank lines between two of them stay inside the run."""
    blocks, current, gap = [], [], []
    for ln in lines:
        if "\t" in ln.text:
            current.extend(gap)
            current.append(ln)
            gap = []
        elif ln.blank and current:
            gap.append(ln)
        else:
            if current:
                blocks.append(current)
            current, gap = [], []
    if current:
        blocks.append(current)
    return blocks


def header_columns(header: list[list[str]], lines: list[Line]) -> list[Column]:
    """Columns from one or more header rows; a label over empty cells spans the sub-labels below."""
    width = max(len(h) for h in header)
    rows = [h + [""] * (width - len(h)) for h in header]
    groups = [""] * width
    for cells, below in zip(rows, rows[1:]):
        i = 0
        while i < width:
            if not (cells[i] and below[i]):
                i += 1
                continue
            j = i
            while j < width and (j == i or not cells[j]) and below[j]:
                groups[j] = " ".join(filter(None, [groups[j], cells[i]]))
                j += 1
            i = j
    columns = []
    for i in range(width):
        r = next(r for r in range(len(rows) - 1, -1, -1) if rows[r][i] or r == 0)
        leaf, unit = rows[r][i], ""
        m = PAREN_RE.search(leaf)
        if m:
            unit = m.group(1).strip()
            leaf = (leaf[: m.start()] + " " + leaf[m.end():]).strip()
        columns.append(Column(index=i, label=leaf, group=groups[i], unit_text=unit, header_line=lines[r].number,
                              printed=rows[r][i]))
    return columns


def parse_block(report: Report, lang: str, block: list[Line], vocab: Vocab) -> list[Table]:
    """One raw block -> tables (a different header inside starts a new one); headerless -> width only."""
    tables: list[Table] = []
    table: Table | None = None
    header_rows: list[list[str]] = []
    for ln in block:
        if ln.blank:
            if table is not None:
                table.lines.add(ln.number)
                if table.rows:
                    table.findings.append(Finding("layout.blank_line", ln.number, ""))
            continue
        raw = split_cells(ln.text)
        cells = [clean(c) for c in raw]
        header = is_header_row(cells, lang, vocab)
        if table is not None and table.rows and header:
            if header_rows and cells == header_rows[0]:
                table.findings.append(Finding("layout.repeated_header", ln.number, ln.text.strip()))
                table.lines.add(ln.number)
                continue
            table = None
        if table is None:
            table = Table(report=report, lang=lang, block_first=ln.number)
            tables.append(table)
            header_rows = []
        table.lines.add(ln.number)
        if [c for c in raw if MARKUP_RE.search(c) or "\\*" in c]:
            table.findings.append(Finding("layout.markup", ln.number, ln.text.strip()))
        if header and not table.rows:
            header_rows.append(cells)
            table.header.append(ln)
            continue
        table.rows.append(Row(line=ln, cells=cells, raw=raw))
    for t in tables:
        if t.header:
            t.columns = header_columns([[clean(c) for c in split_cells(h.text)] for h in t.header], t.header)
        else:
            t.columns = [Column(index=i, label="") for i in range(max(len(r.cells) for r in t.rows))]
    return tables


# --- title, unit, notes around a block -------------------------------------------------------

def unit_of(text: str, vocab: Vocab) -> str | None:
    for rx in vocab.unit_line:
        m = rx.match(clean(text))
        if m:
            return m.group("unit")
    return None


def is_note(text: str, vocab: Vocab) -> bool:
    return any(rx.match(clean(text)) for rx in vocab.note_line)


def is_title_like(text: str, vocab: Vocab) -> bool:
    t = strip_heading(text)
    return (bool(t) and "\t" not in text and len(t) <= TITLE_MAX and not t.endswith(SENTENCE_END)
            and "。" not in t and unit_of(t, vocab) is None and not is_note(t, vocab)
            and not NUMBER_RE.match(t))


ENUM_RES = (re.compile(r"^[(（](\d+)[)）]"), re.compile(r"^(\d+)\s*[.、．]"))


def enumerator(text: str) -> tuple[int, int] | None:
    """(style, number) of a numbered note item such as '(2)' or '2.'."""
    t = clean(text)
    t = re.sub(r"^(?:注|(?i:notes?))\s*[:：]\s*", "", t)
    for style, rx in enumerate(ENUM_RES):
        m = rx.match(t)
        if m:
            return style, int(m.group(1))
    return None


def attach_context(table: Table, half: list[Line], taken: set[int], vocab: Vocab) -> None:
    """Find the table's title and unit above (or below) its block, and its notes below."""
    first = table.header[0].number
    last = max(n for n in table.lines if n >= first)
    by_number = {ln.number: ln for ln in half}
    n = first - 1
    while n in by_number and n not in taken:
        ln = by_number[n]
        if ln.blank:
            n -= 1
            continue
        if unit_of(ln.text, vocab) is not None and table.unit is None:
            table.unit = ln
            n -= 1
            continue
        if is_title_like(ln.text, vocab):
            table.title = ln
        break
    # notes: 注/Note, then items numbered on in the same style
    n, expect = last + 1, None
    notes: list[Line] = []
    while n in by_number and n not in taken:
        ln = by_number[n]
        if ln.blank:
            n += 1
            continue
        en = enumerator(ln.text)
        if not notes and is_note(ln.text, vocab):
            notes.append(ln)
            expect = (en[0], en[1] + 1) if en else None
        elif notes and en and en == expect:
            notes.append(ln)
            expect = (en[0], en[1] + 1)
        elif not notes and table.title is None and table.unit is None and unit_of(ln.text, vocab) is not None:
            table.unit = ln
        elif not notes and table.title is None and is_title_like(ln.text, vocab):
            table.title = ln
            table.findings.append(Finding("layout.title_after_table", ln.number, strip_heading(ln.text)))
            break
        else:
            break
        n += 1
    table.notes = notes
    for extra in (table.title, table.unit, *notes):
        if extra is not None:
            table.lines.add(extra.number)


def find_tables(report: Report, lang: str, vocab: Vocab) -> list[Table]:
    half = report.half(lang)
    pieces = [t for block in raw_blocks(half) for t in parse_block(report, lang, block, vocab)]
    headed = [t for t in pieces if t.header]
    for orphan in (t for t in pieces if not t.header):
        after = [t for t in pieces if t.block_first > orphan.block_first]
        nxt = after[0] if after else None
        before = [t for t in headed if t.block_first < orphan.block_first]
        target = None
        if nxt is not None and nxt.header and nxt.width == orphan.width:
            target, check = nxt, "layout.rows_before_title"
        elif before and before[-1].width == orphan.width:
            target, check = before[-1], "layout.rows_apart"
        if target is None:
            raise BuildError(report.path, f"table rows without a header (no table of {orphan.width} columns "
                             f"next to them) / 表格行缺少表头", line=orphan.block_first, key=orphan.rows[0].label)
        target.rows.extend(orphan.rows)
        target.lines |= orphan.lines
        target.findings.extend(orphan.findings)
        target.findings.append(Finding(check, orphan.block_first,
                                       f"{orphan.rows[0].line.number}-{orphan.rows[-1].line.number}"))
    taken: set[int] = set()
    for t in headed:
        taken |= t.lines
    for t in headed:
        attach_context(t, half, taken, vocab)
        taken |= t.lines
    return headed


# --- reading a table: regions, columns -> indicators, values --------------------------------

def term_hit(text: str, term: str, lang: str) -> bool:
    t, x = norm(text), norm(term)
    if lang == "zh" or re.search(r"[\u3400-\u9fff]", x):
        return x in t
    return re.search(rf"(?<![a-z0-9]){re.escape(x)}(?![a-z0-9])", t) is not None


def best_indicator(text: str, lang: str, catalog: Catalog, keys: tuple[str, ...],
                   prefer_topic: str = "") -> Indicator | None:
    hits = []
    for ind in catalog.indicators.values():
        terms = [t for k in keys for t in (getattr(ind, f"{k}_{lang}", None) or ind.extra.get(f"{k}_{lang}") or [])]
        for term in terms:
            if term_hit(text, term, lang):
                hits.append((len(term), ind.topic in (prefer_topic, "general"), ind.id))
    if not hits:
        return None
    return catalog.indicators[max(hits)[2]]


def as_of_date(text: str, vocab: Vocab) -> str:
    months = {m.casefold(): i for i, m in enumerate(calendar.month_name) if m}
    for rx in vocab.as_of:
        m = rx.search(text)
        if not m:
            continue
        year = int(m.group("year"))
        gd = m.groupdict()
        month = int(gd["month"]) if gd.get("month") else months.get((gd.get("monthname") or "").strip().casefold(), 12)
        if 1 <= month <= 12:
            return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return ""


def scale_of(unit_text: str, vocab: Vocab) -> Decimal:
    if not unit_text or "/" in unit_text:
        return Decimal(1)
    t = norm(unit_text)
    for word, mult in vocab.scales:
        if norm(word) in t:
            return mult
    return Decimal(1)


def interpret(table: Table, catalog: Catalog, gazetteer: Gazetteer, vocab: Vocab) -> None:
    """Regions for the rows, indicators for the columns; width and duplicates checked."""
    report, file = table.report, table.file
    first = table.columns[0]
    if norm(first.label) not in vocab.region_headers[table.lang] | vocab.region_headers["zh"] | vocab.region_headers["en"]:
        raise BuildError(file, f"the first column of a table must name regions (地区 / Region), not {first.label!r} "
                         f"/ 表格首列须为地区", line=first.header_line, key=first.label)
    title = table.title_text
    title_ind = best_indicator(title, table.lang, catalog, ("title_terms", "column_terms")) if title else None
    table.title_indicator = title_ind.id if title_ind else ""
    table.as_of = as_of_date(title, vocab) if title else ""
    unit_text = unit_of(table.unit.text, vocab) if table.unit else ""
    table.scale = scale_of(unit_text or "", vocab)
    for col in table.columns[1:]:
        year = vocab.year_header.match(col.label)
        if year:
            col.year = int(year.group("year"))
            if title_ind is None:
                raise BuildError(file, f"year column {col.label!r} but the title names no indicator / "
                                 f"年份列无法确定指标（标题未指明）", line=col.header_line, key=col.label)
            col.indicator_id = title_ind.id
            continue
        ind = (best_indicator(col.label, table.lang, catalog, ("column_terms",), title_ind.topic if title_ind else "")
               or best_indicator(f"{col.group} {col.label}", table.lang, catalog, ("column_terms",),
                                 title_ind.topic if title_ind else ""))
        col.indicator_id = ind.id if ind else ""
        if not table.as_of:
            table.as_of = as_of_date(col.label, vocab)
    seen: dict[str, int] = {}
    for row in table.rows:
        extra = row.cells[table.width:]
        if len(row.cells) < table.width or any(extra):
            col = table.columns[min(len(row.cells), table.width) - 1].label if len(row.cells) < table.width else ""
            raise BuildError(file, f"row has {len(row.cells)} cells under a header of {table.width} / "
                             f"该行有 {len(row.cells)} 个单元格，表头有 {table.width} 列",
                             line=row.line.number, key=row.label or col)
        row.cells, row.raw = row.cells[: table.width], row.raw[: table.width]
        row.code = gazetteer.resolve(row.label, file, row.line.number, context=report.meta.region_code)
        if row.code in seen:
            raise BuildError(file, f"region {row.label!r} appears twice in one table (first at line {seen[row.code]}) "
                             f"/ 同一表格中地区“{row.label}”重复出现", line=row.line.number, key=row.label)
        seen[row.code] = row.line.number
        for col in table.columns[1:]:
            cell = row.cells[col.index]
            if cell and not is_value(cell, vocab):
                raise BuildError(file, f"cell {cell!r} in column {col.label!r} is not a number / "
                                 f"“{col.label}”列的单元格“{cell}”不是数字", line=row.line.number, key=col.label)
            if not cell:
                raise BuildError(file, f"empty cell in column {col.label!r} for {row.label!r} / 单元格为空",
                                 line=row.line.number, key=col.label)


def cell_value(table: Table, col: Column, cell: str, catalog: Catalog, vocab: Vocab) -> Decimal | None:
    """The value of a cell in the indicator's base unit, or None for a 'not given' mark."""
    if cell in vocab.missing:
        return None
    try:
        value = Decimal(cell.rstrip("%").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - is_value() let it through
        return None
    return value * column_unit(table, col, catalog, vocab)[1]


def column_unit(table: Table, col: Column, catalog: Catalog, vocab: Vocab) -> tuple[str, Decimal]:
    """The unit a column's cells are printed in and its multiplier to the base unit: the header's
    (总人口 (万人)), else the table's unit line for counts, else none (percent, ranks ...)."""
    if col.unit_text:
        return col.unit_text, scale_of(col.unit_text, vocab)
    ind = catalog.indicators.get(col.indicator_id)
    if ind is not None and ind.unit in checks.ADDITIVE_UNITS:
        return (unit_of(table.unit.text, vocab) or "") if table.unit else "", table.scale
    return "", Decimal(1)


def base_measure(ind: Indicator, catalog: Catalog) -> str:
    """A rank or ratio refers to the period of what it ranks or divides (a stock: a date)."""
    ref = ind.extra.get("rank_of") or (ind.extra.get("ratio_of") or {}).get("numerator")
    return catalog.indicators[ref].measure if ref in catalog.indicators else ind.measure


def period_of(table: Table, col: Column, ind: Indicator, catalog: Catalog) -> tuple[int, str]:
    meta = table.report.meta
    report_end = meta.period.split("/")[-1]
    if col.year is not None:
        year = col.year
    elif table.as_of:
        year = int(table.as_of[:4])
    else:
        year = meta.year
    measure = base_measure(ind, catalog)
    if measure == "stock" or (measure in ("ratio", "rank", "share", "score") and table.as_of):
        if table.as_of and col.year is None:
            return year, table.as_of
        if year == meta.year and len(report_end) == 7:
            y, m = int(report_end[:4]), int(report_end[5:7])
            return year, f"{report_end}-{calendar.monthrange(y, m)[1]:02d}"
        return year, f"{year}-12-31"
    return year, meta.period if year == meta.year else str(year)


def quote_of(row: Row, index: int) -> str:
    cell = row.cells[index]
    return cell if cell and cell in row.line.text else row.raw[index].strip()


# --- twins and output ------------------------------------------------------------------------

@dataclass
class TablePair:
    zh: Table | None
    en: Table | None
    name: str = ""

    @property
    def main(self) -> Table:
        return self.zh or self.en

    @property
    def tables(self) -> list[Table]:
        return [t for t in (self.zh, self.en) if t is not None]


def numbers(table: Table) -> Counter:
    return Counter(c for r in table.rows for c in r.cells[1:])


def pair_tables(zh: list[Table], en: list[Table]) -> list[TablePair]:
    """Each zh table with the en table sharing most of its figures (at least half of them)."""
    pairs, free = [], list(en)
    for z in zh:
        nz = numbers(z)
        scored = [(sum((nz & numbers(e)).values()) / max(sum(nz.values()), sum(numbers(e).values()), 1), -i, e)
                  for i, e in enumerate(free)]
        best = max(scored, key=lambda s: s[:2], default=None)
        if best and best[0] >= 0.5:
            free.remove(best[2])
            pairs.append(TablePair(z, best[2]))
        else:
            pairs.append(TablePair(z, None))
    pairs.extend(TablePair(None, e) for e in free)
    return sorted(pairs, key=lambda p: p.main.block_first if p.zh else 10**9 + p.main.block_first)


def match_rows(pair: TablePair) -> list[tuple[Row | None, Row | None]]:
    """zh/en rows with the same region, then the rest by position."""
    if pair.zh is None or pair.en is None:
        return [(r, None) if pair.zh else (None, r) for r in pair.main.rows]
    en_by_code = {r.code: r for r in pair.en.rows}
    matched = [(r, en_by_code.pop(r.code, None)) for r in pair.zh.rows]
    rest = [r for r in pair.en.rows if r.code in en_by_code]
    out = []
    for z, e in matched:
        if e is None and rest:
            e = rest.pop(0)
        out.append((z, e))
    out.extend((None, e) for e in rest)
    return out


def match_columns(pair: TablePair) -> list[tuple[Column | None, Column | None]]:
    if pair.zh is None or pair.en is None:
        return [(c, None) if pair.zh else (None, c) for c in pair.main.columns]
    if pair.zh.width == pair.en.width:
        return list(zip(pair.zh.columns, pair.en.columns))
    en_by_key = {(c.indicator_id, c.year): c for c in pair.en.columns[1:] if c.indicator_id}
    out = [(pair.zh.columns[0], pair.en.columns[0])]
    for c in pair.zh.columns[1:]:
        out.append((c, en_by_key.pop((c.indicator_id, c.year), None)))
    out.extend((None, c) for c in pair.en.columns[1:] if (c.indicator_id, c.year) in en_by_key)
    return out


def field_name(col: Column, used: set[str]) -> str:
    base = col.indicator_id.replace(".", "_") if col.indicator_id else f"column_{col.index + 1}"
    if col.year is not None:
        base += f"_{col.year}"
    name, k = base, 2
    while name in used:
        name, k = f"{base}_{k}", k + 1
    used.add(name)
    return name


def slug_for(pair: TablePair, catalog: Catalog, used: set[str]) -> str:
    t = pair.main
    ind = catalog.indicators.get(t.title_indicator)
    base = f"{t.report.id}-{(ind.topic if ind else 'table').replace('_', '-')}"
    name, k = base, 2
    while name in used:
        name, k = f"{base}-{k}", k + 1
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


def observations(pair: TablePair, catalog: Catalog, vocab: Vocab) -> tuple[list[Observation], list[Discrepancy]]:
    """One observation per indicator, region and period, with both languages' quotes."""
    obs: dict[tuple, Observation] = {}
    found: list[Discrepancy] = []
    report = pair.main.report
    for z, e in match_rows(pair):
        for zc, ec in match_columns(pair)[1:]:
            sides = {}
            for lang, row, col in (("zh", z, zc), ("en", e, ec)):
                table = pair.zh if lang == "zh" else pair.en
                if row is None or col is None or not col.indicator_id:
                    continue
                value = cell_value(table, col, row.cells[col.index], catalog, vocab)
                if value is None:
                    continue
                ind = catalog.indicators[col.indicator_id]
                year, period = period_of(table, col, ind, catalog)
                sides[lang] = (ind, row, col, value, year, period)
            if not sides:
                continue
            ind, row, col, value, year, period = sides.get("zh") or sides["en"]
            o = Observation(indicator_id=ind.id, region_code=row.code, year=year, period=period, value=value,
                            unit=ind.unit, qualifier="exact", report_id=report.id, source="table",
                            agreement="agree" if len(sides) == 2 else f"{next(iter(sides))}_only", table=pair.name)
            for lang, (_, r, c, _, _, _) in sides.items():
                setattr(o, f"line_{lang}", r.line.number)
                setattr(o, f"quote_{lang}", quote_of(r, c.index))
            if len(sides) == 2:
                zs, es = sides["zh"], sides["en"]
                if (zs[0].id, zs[1].code, zs[5]) != (es[0].id, es[1].code, es[5]) or zs[3] != es[3]:
                    o.agreement = "disagree"
                    found.append(checks.twin_disagreement(pair, zs, es))
            if o.key[:3] in {k[:3] for k in obs}:
                raise BuildError(report.path, f"two values for {o.indicator_id} / {o.region_code} / {o.period} "
                                 f"in one table / 同一表格中同一指标、地区、期间有两个值",
                                 line=row.line.number, key=o.indicator_id)
            obs[o.key] = o
    return list(obs.values()), found


@dataclass
class TablesResult:
    tables: list[PublishedTable] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)
    pairs: list[TablePair] = field(default_factory=list)
    cells: int = 0
    runs: list[CheckRun] = field(default_factory=list)   # the checks run on each table


def extract_tables(report: Report, catalog: Catalog, gazetteer: Gazetteer,
                   used_names: set[str] | None = None) -> TablesResult:
    vocab = load_vocab()
    by_lang = {lang: find_tables(report, lang, vocab) for lang in report.meta.languages}
    for tables in by_lang.values():
        for t in tables:
            interpret(t, catalog, gazetteer, vocab)
    pairs = pair_tables(by_lang.get("zh", []), by_lang.get("en", []))
    used = used_names if used_names is not None else set()
    result = TablesResult(pairs=pairs)
    for pair in pairs:
        pair.name = slug_for(pair, catalog, used)
        found, compared = checks.check_pair(pair, catalog, gazetteer)
        result.tables.append(published(pair, catalog, vocab))
        obs, disagreements = observations(pair, catalog, vocab)
        compared["twin_cell"] += sum(1 for o in obs if o.agreement in ("agree", "disagree"))
        result.observations += obs
        result.discrepancies += found + disagreements
        result.runs += checks.runs(report.id, pair.name, +compared, found + disagreements)
        for t in pair.tables:
            result.lines |= t.lines
            result.cells += sum(len(r.cells) for r in t.rows) + sum(len(split_cells(h.text)) for h in t.header)
    return result
