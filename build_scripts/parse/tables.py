"""Stage 2, parse: the tab-separated tables of a report -> table blocks (title, unit line,
header, rows, notes), printed structure only.

General rules, no per-table code (vocabulary in `catalog/tables.yaml`):
- a block is a run of tab-separated lines; blank lines inside it do not end it;
- its leading rows without figures form the header (several rows: a group label such as
  专利权人类型 spans the sub-columns under it); a copy of the header inside the block is skipped;
- a block with no header is rows printed away from their table: it joins the next headed block
  of the same width (rows printed before their title), else the previous one;
- the title is the nearest title-like line above the block (unit lines skipped), else below it;
  the unit line (单位：件 / Unit: piece) and the notes (注 / Note, numbered on) belong to the table;
- `<b>`, `**` and `\\*` leftovers are removed from cells; every defect is recorded as a layout
  finding on the table (`Table.findings`), which the check stage publishes.
Labels are not interpreted here: `normalize.tables` gives rows their region codes and columns
their indicators.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.yamlio import load_yaml
from build_scripts.read import Line, Report

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
    source_notes: tuple = ()     # patterns of a note naming a column's source (subject, source, year)
    yearbook_words: tuple = ()
    change_words: tuple = ()     # a column header naming an indicator's year-on-year change
    notes: dict = field(default_factory=dict)   # note templates: source, ref_stock, ref_flow, apart


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
            source_notes=tuple(re.compile(p) for p in doc.get("source_notes") or ()),
            yearbook_words=tuple(str(w).casefold() for w in doc.get("yearbook_words") or ()),
            change_words=tuple(sorted((norm(str(w)) for w in doc.get("change_words") or ()), key=len, reverse=True)),
            notes=dict(doc.get("notes") or {}),
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
    header_indicator_id: str = ""  # what the header names; indicator_id differs when the title overrules it
    source: tuple = ()         # (source, edition year, is a yearbook) when a note names the column's source
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
