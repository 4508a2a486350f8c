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
from collections import Counter
from itertools import combinations
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.yamlio import load_yaml
from build_scripts.parse.numbers import ZH_MEASURES
from build_scripts.read import Line, Report

MARKUP_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\s*/?>|\*\*|__")
PAREN_RE = re.compile(r"\s*[（(]([^()（）]*)[)）]\s*")
NUMBER_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
LEVELS_RE = re.compile(r"[省市县区州盟旗]{1,3}")       # administrative levels named alone (县, 市州)
LEVELS_BRACKET_RE = re.compile(r"[(（][省市县区州盟旗、,，/]{1,6}[)）]")   # the levels a region column covers: (市州)
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
    stub_words: frozenset = frozenset()   # more words of a region column's header (市县, 名称)
    unit_headers: frozenset = frozenset()  # a column whose cells are each row's unit (单位 | 件 / 万元)
    unnamed_total: str = "合计"   # the label given a total column whose header was lost, found by its sums
    total_rows: frozenset = frozenset()   # a row label that is the total of the rows above it
    header_words: frozenset = frozenset()  # column headers of the genre (one cell per line: split words join)
    month_words: tuple = ()   # a column header word saying its figures are the last month's
    period_words: tuple = ()  # a column header word saying its figures are the report's period (当年, 累计)
    month_header: re.Pattern | None = None   # a row or column label that is a month of the year (3月)
    sequence_headers: frozenset = frozenset()  # a first column of row numbers (序号): regions are in the next
    indicator_header: re.Pattern | None = None  # a first column naming indicators, not regions (主要指标)
    dimension_headers: frozenset = frozenset()  # a column whose cells name the kind a row counts (专利类型)
    period_headers: frozenset = frozenset()  # the corner cell of a table whose rows are months (月份)
    source_notes: tuple = ()     # patterns of a note naming a column's source (subject, source, year)
    yearbook_words: tuple = ()
    change_words: tuple = ()     # a column header naming an indicator's year-on-year change
    earlier_words: tuple = ()    # a column header saying its figures are an earlier period's (去年同期)
    same_period_words: tuple = ()  # a column header that is the same period a year before (去年同期)
    value_words: frozenset = frozenset()   # a sub-header that is its spanned group's own figure (完成值)
    rank_headers: frozenset = frozenset()  # a column header saying it ranks the column before it (排名)
    share_headers: dict = field(default_factory=dict)  # header -> whole (national / province / own) of a share column
    furniture: tuple = ()        # page lines between a title and its table (发布时间:… 信息来源:…)
    notes: dict = field(default_factory=dict)   # note templates: source, ref_stock, ref_flow, apart

    def indicator_head(self, text: str) -> bool:
        """Whether a header cell says its column names indicators (指标, 项目, 主要指标)."""
        return self.indicator_header is not None and self.indicator_header.match(squash(text)) is not None

    def region_head(self, text: str) -> bool:
        """Whether a header cell says its column names regions, in either language: a listed header,
        or one qualified by the levels it covers in brackets, or levels alone (县(区), 地区(市州),
        市（州）)."""
        key = norm(squash(text))
        if key in self.any_region_header:
            return True
        bare = LEVELS_BRACKET_RE.sub("", key)
        return bare != key and (bare in self.region_headers["zh"] or bool(LEVELS_RE.fullmatch(bare)))

    @cached_property
    def any_region_header(self) -> frozenset:
        """The region column headers of either language."""
        return frozenset(self.region_headers["zh"] | self.region_headers["en"])

    @cached_property
    def label_headers(self) -> frozenset:
        """Headers of a column of labels, not figures: regions (either language), row numbers, kinds."""
        return self.sequence_headers | self.any_region_header | self.dimension_headers


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
            value_words=frozenset(norm(str(w)) for w in doc.get("value_words") or ()),
            earlier_words=tuple(norm(str(w)) for w in doc.get("earlier_words") or ()),
            same_period_words=tuple(norm(str(w)) for w in doc.get("same_period_words") or ()),
            rank_headers=frozenset(squash(str(w)).casefold() for w in doc.get("rank_headers") or ()),
            share_headers={squash(str(w)).casefold(): whole for whole, words in (doc.get("share_headers") or {}).items()
                           for w in words or ()},
            furniture=tuple(re.compile(p) for p in doc.get("furniture") or ()),
            notes=dict(doc.get("notes") or {}),
            stub_words=frozenset(squash(str(w)).casefold() for w in doc.get("stub_words") or ()),
            unit_headers=frozenset(squash(str(w)).casefold() for w in doc.get("unit_headers") or ()),
            unnamed_total=str(doc.get("unnamed_total") or Vocab.unnamed_total),
            total_rows=frozenset(squash(str(w)).casefold() for w in doc.get("total_rows") or ()),
            header_words=frozenset(squash(str(w)) for w in doc.get("header_words") or ()),
            month_words=tuple(str(w) for w in doc.get("month_words") or ()),
            period_words=tuple(str(w) for w in doc.get("period_words") or ()),
            month_header=re.compile(doc["month_header"]) if doc.get("month_header") else None,
            period_headers=frozenset(squash(str(w)).casefold() for w in doc.get("period_headers") or ()),
            sequence_headers=frozenset(norm(str(w)) for w in doc.get("sequence_headers") or ()),
            indicator_header=re.compile(doc["indicator_header"]) if doc.get("indicator_header") else None,
            dimension_headers=frozenset(squash(str(w)) for w in doc.get("dimension_headers") or ()),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise BuildError(path, f"invalid table vocabulary: {exc} / 表格词表无效") from None


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def squash(text: str) -> str:
    """Spaces between Chinese characters removed (全 省 -> 全省, as tables spread short labels)."""
    return re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", text.strip())


def clean(cell: str) -> str:
    """A cell without HTML/Markdown leftovers; an escaped asterisk becomes a plain one."""
    return re.sub(r"\s+", " ", MARKUP_RE.sub("", cell).replace("\\*", "*")).strip()


def strip_heading(text: str) -> str:
    return re.sub(r"\s*\|\s*$", "", re.sub(r"^\s*#+\s*", "", clean(text)))


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
    month: bool = False        # the last month's figures of a part-year table (当月)
    month_no: int | None = None  # a month column (its values take the indicator the title names)
    earlier_of: int | None = None  # 去年同期: the same period a year before that of this column (its index)
    fraction: bool = False     # a rate column printed as fractions (0.371 for 37.1 %): read times 100

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
    cell_lines: list[Line] = field(default_factory=list)   # one per cell when a table has a cell a line
    parent: str = ""           # the region of an outer stub column, printed on the first row of its block
    year: int | None = None    # a row that is a year of the report's own region (年份 | 专利申请数 | …, 2019 | …)

    @property
    def label(self) -> str:
        return self.cells[0]

    @property
    def key(self) -> tuple:
        """What a row stands for: its region, and its year in a table of a row a year."""
        return self.code, self.year

    def line_of(self, index: int) -> Line:
        """The line a cell is printed on."""
        return self.cell_lines[index] if index < len(self.cell_lines) else self.line


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
    stacked: bool = False      # printed one cell a line (see `stacked_tables`)
    piped: bool = False        # printed with pipes between cells (a | b | c |)
    own_region: bool = False   # rows were indicators (主要指标): one row, the report's own region
    turned: bool = False       # rows were indicators and columns regions (指标 | 全市 | 吴兴区 …): turned, a row a region
    listed: bool = False       # rows were indicators of the report's own region (项目 | 2020 | 2021): turned, a column each
    layouts: list = field(default_factory=list)   # a flattened header's readings the figures fit equally

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


def figure(cell: str) -> Decimal:
    """A cell's figure for sums between columns: 0 for a cell with none (empty, a missing mark, a word)."""
    cell = cell.strip()
    return Decimal(cell.replace(",", "").rstrip("%")) if NUMBER_RE.match(cell) else Decimal(0)


def is_header_row(cells: list[str], lang: str, vocab: Vocab) -> bool:
    first = cells[0]
    if not first or vocab.region_head(first):
        return True
    values = [c for c in cells[1:] if c and is_value(c, vocab)]
    return not values or year_run(values)


def year_run(cells: list[str]) -> bool:
    """Whether figures are years one after another (指标 | 2013 | 2014 | … | 2018: a header's, not a row's)."""
    years = [int(c) for c in cells if re.fullmatch(r"(?:19|20)\d{2}", c)]
    return len(years) == len(cells) >= 2 and all(b - a == 1 for a, b in zip(years, years[1:]))


PIPE_CELL_MAX = 40
RULE_ROW_RE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?")


@dataclass
class PipedLine(Line):
    piped: bool = True


def piped_line(ln: Line) -> Line:
    """A table row printed with pipes between cells (a | b | c |, as web pages give tables) as a
    tab-separated row; prose with a stray pipe stays prose (a cell of a sentence is too long)."""
    if ln.text.count("|") < 2 or "\t" in ln.text:
        return ln
    if RULE_ROW_RE.fullmatch(ln.text.strip()):   # | --- | :---: |: Markdown's rule under a header, no row
        return PipedLine(number=ln.number, text="", lang=ln.lang, section=ln.section)
    cells = [c.strip() for c in ln.text.split("|")]
    while cells and not cells[-1]:
        cells.pop()
    while cells and not cells[0]:
        cells.pop(0)
    if sum(1 for c in cells if c) < 2 or any(len(c) > PIPE_CELL_MAX or "。" in c for c in cells):
        return ln
    return PipedLine(number=ln.number, text="\t".join(cells), lang=ln.lang, section=ln.section)


@dataclass
class SpacedLine(Line):
    spaced: bool = True


# a row's unit printed as a cell after its label (万元, 件, 个): a measure word, scaled or not
UNIT_CELL_RE = re.compile(r"(?:十|百|千|万|亿|十万|百万|千万)?(?:" + "|".join(sorted(ZH_MEASURES, key=len, reverse=True)) + r")(?:/万人)?")
SPACED_HEAD_MAX = 3        # header lines of a space-separated table above its first row of figures
# (zh) a line of Latin words only, no figure: a bilingual yearbook's English header line (Year / Number of Patent)
TRANSLATION_LINE_RE = re.compile(r"[A-Za-z][A-Za-z ,.;:&()'/-]*")
PIPED_HEAD_MAX = 6         # lines a piped header may take above its last line (地 区 | … / 职 务 | … / 排名 | …)


def spaced_cells(ln: Line) -> list[str] | None:
    """(zh) The cells of a table row printed with spaces between cells (长沙市 34800 14266 … 41.46 1),
    as PDF and web tools give tables: three or more short cells, no sentence, no Latin words."""
    if ln.lang != "zh" or "\t" in ln.text or "|" in ln.text:
        return None
    cells = joined_cells(ln.text.split())
    if cells is None or len(cells) < 3 or any(re.search(r"[A-Za-z]{2}", c) for c in cells):
        return None
    return cells


def joined_cells(pieces: list[str]) -> list[str] | None:
    """The cells of a row printed with spaces between them, a label spread over single characters (地 区, 全 省,
    项 目) one cell; None when a piece is too long or ends a sentence (prose, no row)."""
    cells: list[str] = []
    for piece in pieces:
        if cells and re.fullmatch(r"[\u3400-\u9fff]", piece) and re.fullmatch(r"[\u3400-\u9fff]", cells[-1]):
            cells[-1] += piece
        else:
            cells.append(piece)
    if not cells or any(len(c) > STACK_CELL_MAX or c.endswith(STACK_END) or "。" in c for c in cells):
        return None
    return cells


def spaced_lines(lines: list[Line], vocab: Vocab) -> list[Line]:
    """`lines` with each row of a space-separated table (two or more figures) and the header lines
    right above its first row given one cell a line, so they are read as one-cell-a-line tables;
    a row's figures stay on their line (SpacedLine)."""
    cells = [spaced_cells(ln) for ln in lines]
    rows = [c is not None and sum(is_value(x, vocab) for x in c) >= 2 for c in cells]
    take = list(rows)
    passed = set()          # a bilingual yearbook's English header lines among the Chinese ones
    for n, is_row in enumerate(rows):
        if is_row and (n == 0 or not rows[n - 1]):
            k, head = n - 1, 0
            while k >= 0 and head < SPACED_HEAD_MAX:
                if TRANSLATION_LINE_RE.fullmatch(lines[k].text.strip()):
                    passed.add(k)
                elif cells[k] is not None and not rows[k]:
                    take[k] = True
                    head += 1
                else:
                    break
                k -= 1
            passed -= {x for x in passed if k < x < n and not any(take[k + 1:x])}   # (only under a header line)
    out = []
    for n, (ln, c, t) in enumerate(zip(lines, cells, take)):
        if n in passed:        # (Year / Number of Patent … under 年份 | 专利申请数 …: passed over as a blank line)
            out.append(SpacedLine(number=ln.number, text="", lang=ln.lang, section=ln.section))
            continue
        out += [SpacedLine(number=ln.number, text=x, lang=ln.lang, section=ln.section) for x in c] if t else [ln]
    return out


@dataclass
class GlossLine(Line):
    gloss: bool = True      # a line of a table of indicators printed with spaces (indicator_table_lines) that holds no
    #                         cell: an English gloss, a label's second line, a blank line between its rows


LATIN_RE = re.compile(r"[A-Za-z]{2,}")
GLOSS_PIECE_RE = re.compile(r"[A-Za-z0-9().,;:&'’/%+\-]+")     # a piece of an English gloss (… per 1 Million, (piece/10000 persons))
CJK_CELL_RE = re.compile(r"[\u3400-\u9fff]")
PLACE_END_RE = re.compile(r"[省市县区州盟旗]$")      # a header cell naming a place (全市, 吴兴区): no figure's name


def glossless_cells(text: str, header: bool = False) -> list[str] | None:
    """(zh) The cells of a row printed with spaces between them, less the English gloss a bilingual
    yearbook prints after its Chinese label (每万人口专利授权量 (件/万人) Number of Patent Applications Granted
    per 1 Million 160.75 189.83 -> 每万人口专利授权量 | (件/万人) | 160.75 | 189.83); a header's gloss may be one
    word (项 目 Item 2020 2021). None for prose, or Latin words that are no gloss after a Chinese label."""
    pieces = text.split()
    latin = [n for n, p in enumerate(pieces) if LATIN_RE.search(p) and not CJK_CELL_RE.search(p)]
    if latin:
        a, b = latin[0], latin[-1]
        if not (header or len(latin) > 1) or not any(CJK_CELL_RE.search(p) for p in pieces[:a]) \
                or not all(GLOSS_PIECE_RE.fullmatch(p) for p in pieces[a:b + 1]):
            return None
        pieces = pieces[:a] + pieces[b + 1:]
    return joined_cells(pieces)


def indicator_table_lines(lines: list[Line], vocab: Vocab) -> list[Line]:
    """(zh) `lines` with each table of indicators printed with spaces between its cells (主要指标 / 项 目  2020
    2021 / 每万人口专利授权量 (件/万人) 160.75 189.83, also glossed in English as a yearbook prints it) given
    as piped rows, so it is read as a table of the report's own region whose rows are indicators: a header
    whose first cell is an indicator header (指标, 项目) over two or more rows of a label (its unit in brackets
    after it) and figures; an English gloss line, a label's second line or a blank line among them is no row."""
    out = list(lines)
    i = 0
    while i < len(lines):
        head = glossless_cells(lines[i].text, header=True) if "\t" not in lines[i].text else None
        if head is None or len(head) < 2 or not vocab.indicator_head(head[0]) \
                or any(is_value(c, vocab) and not vocab.year_header.match(c) for c in head[1:]) \
                or any(PLACE_END_RE.search(c) for c in head[1:]):
            i += 1          # (指标 全市 吴兴区 …: places across, read by the cell-a-line reader, turned a row a region)
            continue
        rows, other, j = [], [], i + 1
        while j < len(lines):
            text = lines[j].text.strip()
            if "\t" in lines[j].text:
                break
            cells = glossless_cells(text) if text and CJK_CELL_RE.search(text) else None
            if not text or (cells is None and LATIN_RE.search(text) and all(GLOSS_PIECE_RE.fullmatch(p) for p in text.split())):
                other.append(j)         # (blank, or Persons (piece/10000 persons): the gloss's second line)
            elif cells is None:
                break
            else:
                if len(cells) > 2 and PAREN_RE.fullmatch(cells[1]):
                    cells = [cells[0] + cells[1]] + cells[2:]    # (件/万人) after its label: the label's unit
                figures = cells[1:]
                if not is_value(cells[0], vocab) and figures and all(is_value(c, vocab) for c in figures) \
                        and len(figures) < len(head):
                    rows.append((j, cells))
                elif rows and len(cells) <= 2 and not any(is_value(c, vocab) for c in cells) \
                        and not (other and other[-1] > rows[-1][0]):     # (right under its row, no gloss between)
                    rows[-1] = (rows[-1][0], [rows[-1][1][0] + PAREN_RE.sub("", cells[0])] + rows[-1][1][1:])
                    other.append(j)     # (占全社会新增固定资产比重 (%): the second line of the label above it)
                else:
                    break
            j += 1
        if len(rows) < 2:
            i += 1
            continue
        last = rows[-1][0]
        out[i] = PipedLine(number=lines[i].number, text="\t".join(head), lang=lines[i].lang, section=lines[i].section)
        for k, cells in rows:
            out[k] = PipedLine(number=lines[k].number, text="\t".join(cells), lang=lines[k].lang, section=lines[k].section)
        for k in other:
            if k < last:
                out[k] = GlossLine(number=lines[k].number, text="", lang=lines[k].lang, section=lines[k].section)
        i = last + 1
    return out


EMPTY_CELL = "—"       # an empty cell among a flattened table's figures (one of tables.yaml's `missing`)
ESTIMATE_RE = re.compile(r"[\[［【]\s*[+-]?\d[\d,.]*%?\s*[\]］】]")      # a figure in square brackets: an estimate


def flattened_cells(ln: Line, vocab: Vocab) -> list[tuple[Line, str]] | None:
    """A whole table printed on one line of pipes (its header cells, then each row's label and
    figures: 类型 | 申请量 | … | 全 市 | 183 | 66 | … | 武陵区 | 36 | …) as its cells one by one, to be
    read as a table printed one cell a line; an empty cell among the figures stays in its place as
    a missing mark. None for a line that is one row (no label after a figure twice)."""
    if not getattr(ln, "piped", False):
        return None
    raw = [squash(clean(c)) for c in ln.text.split("\t")]
    labels_after_figures = sum(1 for a, b in zip(raw, raw[1:]) if a and b and is_value(a, vocab) and not is_value(b, vocab))
    if labels_after_figures < 2:
        return None
    out, figures = [], False
    for c in raw:
        figures = figures or (bool(c) and is_value(c, vocab))
        if c or figures:
            out.append(c or EMPTY_CELL)
    return [(SpacedLine(number=ln.number, text=c, lang=ln.lang, section=ln.section), c) for c in out]


def pipe_cells(text: str) -> list[str]:
    """The non-empty cells of a line of pipes or tabs (专利密度 (件/万人) | and 排名 | |||| included)."""
    return [c for c in (squash(clean(p)) for p in re.split(r"[|\t]", text)) if c]


def restacked(t: Table, vocab: Vocab, words: frozenset) -> Table | None:
    """A piped table whose rows have more cells than its header (a header printed over several
    lines, 地区 | 有效发明专利量 / 职务 | 非职务 | … / 大专院校 | 科研单位 …) read again cell by cell,
    as a table printed one cell a line; None when it is no such table or still cannot be read."""
    if not (t.piped and t.header and any(any(r.cells[t.width:]) for r in t.rows)):
        return None
    lines = sorted({ln.number: ln for ln in [*t.header, *(r.line for r in t.rows)]}.values(), key=lambda ln: ln.number)
    above = [piped_line(ln) for ln in t.report.half(t.lang) if lines[0].number - PIPED_HEAD_MAX <= ln.number < lines[0].number]
    for n in range(len(above) - 1, -1, -1):        # the header's first lines, up to its region cell (地 区 | …)
        pieces = pipe_cells(above[n].text)
        if not pieces or any(len(c) > STACK_CELL_MAX or is_value(c, vocab) for c in pieces):
            break
        if vocab.region_head(pieces[0]):
            lines = above[n:] + lines
            break
    cells = [(SpacedLine(number=ln.number, text=c, lang=ln.lang, section=ln.section), c)
             for ln in lines for c in pipe_cells(ln.text)]
    again = read_stacked(t.report, t.lang, cells, vocab, words) if cells else None
    if again is None or any(f.check == "layout.stacked_header" for f in again.findings) or len(again.rows) < len(t.rows):
        return None
    again.piped = True
    return again


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


def header_columns(header: list[list[str]], lines: list[Line], vocab: Vocab | None = None) -> list[Column]:
    """Columns from one or more header rows; a label over empty cells spans the sub-labels below (with the
    vocabulary: a lower row whose leading empty cells were dropped is first put back, `shifted_back`)."""
    width = max(len(h) for h in header)
    rows = [h + [""] * (width - len(h)) for h in header]
    if vocab is not None:
        rows = [rows[0], *(shifted_back(r, rows[0], vocab) for r in rows[1:])]
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


def shifted_back(row: list[str], top: list[str], vocab: Vocab) -> list[str]:
    """A lower header row whose empty cells a PDF or web tool dropped from its front (序号 | 区域 | 合同数 |
    成交额 | 成交额 over 同比增长率 | 排名 | | | |): the first columns name the rows and span both header
    rows, so sub-labels under them are the last columns' -- the row's labels move to its end."""
    filled = [c for c in row if c]
    n = len(filled)
    if not (row[0] and squash(top[0]).casefold() in vocab.label_headers
            and squash(row[0]).casefold() not in vocab.label_headers and row[:n] == filled and n < len(row)):
        return row
    return [""] * (len(row) - n) + filled


def parse_block(report: Report, lang: str, block: list[Line], vocab: Vocab) -> list[Table]:
    """One raw block -> tables (a different header inside starts a new one); headerless -> width only."""
    tables: list[Table] = []
    table: Table | None = None
    header_rows: list[list[str]] = []
    for ln in block:
        if ln.blank:
            if table is not None:
                table.lines.add(ln.number)
                if table.rows and not getattr(ln, "gloss", False):
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
            t.columns = header_columns([[clean(c) for c in split_cells(h.text)] for h in t.header], t.header, vocab)
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
        if ln.blank or re.fullmatch(r"[|\s]+", ln.text):     # a row rule of pipes is no title
            n -= 1
            continue
        if unit_of(ln.text, vocab) is not None and table.unit is None:
            table.unit = ln
            n -= 1
            continue
        if any(rx.match(ln.text.strip()) for rx in vocab.furniture):     # 发布时间:… 信息来源:… between title and table
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


def find_tables(report: Report, lang: str, vocab: Vocab, words: frozenset = frozenset()) -> list[Table]:
    """The tables of one language half: tab-separated blocks and tables printed one cell a line
    (`words`: header words whose pieces a narrow column split over lines join again)."""
    half = [piped_line(ln) for ln in report.half(lang)]
    if lang == "zh":
        half = indicator_table_lines(half, vocab)
    cell_words = words | vocab.header_words | vocab.region_headers[lang] | set(vocab.change_words)
    flat = {}
    for ln in half:
        cells = flattened_cells(ln, vocab)
        table = read_stacked(report, lang, cells, vocab, cell_words) if cells else None
        if table is not None:
            flat[ln.number] = table
    blocks = raw_blocks([ln for ln in half if ln.number not in flat])
    pieces = [t for block in blocks for t in parse_block(report, lang, block, vocab)] + list(flat.values())
    in_blocks = {ln.number for block in blocks for ln in block} | set(flat)
    pieces += stacked_tables(report, lang, spaced_lines([ln for ln in half if ln.number not in in_blocks], vocab), vocab,
                             cell_words)
    pieces.sort(key=lambda t: t.block_first)
    for t in pieces:
        t.piped = any(getattr(h, "piped", False) for h in t.header) or any(getattr(r.line, "piped", False) for r in t.rows)
        if t.piped and t.header:
            reshape_piped(t, vocab)
    pieces = [restacked(t, vocab, cell_words) or t for t in pieces]
    # a piped line with no figures under it (a heading between pipes, a row cut off at its label) is no table
    pieces = [t for t in pieces if not (t.piped and not t.rows)]
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


# --- tables printed one cell a line ------------------------------------------------------------
# HTML and PDF tools often give a table one cell per line (blank lines between them), its header
# flattened: the cells of the first header row, then those of the second. The table is read back
# by its shape: a region column's header starts it; the rows are label cells followed by the same
# number of figures; the header words left over are column labels and group labels. Which are
# groups, and how many columns each spans, is settled by the figures: a group's columns add up to
# another column (a total) in every row. A header that no layout explains is left unread, with a
# finding naming its line.
STACK_CELL_MAX = 32
STACK_END = tuple("。;；!！?？:：")
CONTINUATION_RE = re.compile(r"^(?:[(（][^()（）]+[)）]|\d{1,2}\s*月)$")   # a unit or a month alone: a cell's second line
MONTH_ONLY_RE = re.compile(r"^\d{1,2}\s*月$")
STACK_GROUPS_MAX = 4       # group labels in a flattened header (more: too many layouts to tell apart)
STACK_SUM_WIDTH = 30       # columns up to which sums between columns are looked for
STACK_LABEL_MAX = 3        # cells of one row's label (outer region, inner region)


def cell_text(ln: Line) -> str | None:
    """The cell on a line, or None when the line is prose (too long, a sentence, a tab table)."""
    t = squash(clean(ln.text))
    if re.fullmatch(r"\|+", t):
        return ""                      # a row rule of pipes: no cell
    if t.endswith("|") and t.count("|") == 1:
        t = t[:-1].strip()             # a cell closed by a pipe (2083 |)
    if not t or "\t" in ln.text or "|" in t or len(t) > STACK_CELL_MAX or t.endswith(STACK_END) or "。" in t:
        return None
    return t


UNIT_TAIL_RE = re.compile(r"\s*[(（]?\s*(?:100)?\s*[%％]\s*[)）]?$")   # a percent column's unit after its word: 增长(%)、增长100%


def join_words(cells: list[tuple[Line, str]], words: frozenset) -> list[tuple[Line, str]]:
    """Header pieces joined where two or three in a row make one known word (实用 + 新型)."""
    out, i = [], 0
    while i < len(cells):
        for j in (3, 2, 1):
            text = "".join(c for _, c in cells[i:i + j])
            if j == 1 or (i + j <= len(cells) and (text in words or UNIT_TAIL_RE.sub("", text) in words)):
                out.append((cells[i][0], text))
                i += j
                break
    return out


def sum_spans(rows: list[list[Decimal]], width: int) -> dict[tuple[int, int], int]:
    """(first, last) span of two or more columns -> the column outside it that every row's span
    adds up to (a single column equal to another says nothing of a header's layout); one row in
    ten may be off (a misprint in the source does not hide its table's shape; where the catalog has
    that sum, the check stage publishes the misprint)."""
    out = {}
    if width > STACK_SUM_WIDTH or not rows:
        return out
    off = (len(rows) + 4) // 10
    for a in range(width):
        for b in range(a + 1, width):
            for t in range(width):
                if a <= t <= b:
                    continue
                if sum(sum(r[a:b + 1]) != r[t] for r in rows) <= off and any(r[t] for r in rows):
                    out[(a, b)] = t
                    break
    return out


def compositions(total: int, parts: int):
    if parts == 1:
        if total >= 1:
            yield (total,)
        return
    for first in range(1, total - parts + 2):
        for rest in compositions(total - first, parts - 1):
            yield (first, *rest)


def header_layouts(tokens: list[str], width: int, spans: dict,
                   splits: set[int] | None = None) -> tuple[float, list[list[tuple[str, str]]]]:
    """(share of groups explained, layouts): the (group, label) of each column for the layouts of
    a two-row header that the figures explain best, a group being explained when its columns add up
    to a total column in every row (a layout without groups when the tokens are as many as the
    columns)."""
    cont = [n > 0 and bool(CONTINUATION_RE.match(t)) for n, t in enumerate(tokens)]
    groups = len(tokens) - sum(cont) - width
    if groups == 0 and not any(cont):
        if splits:            # two printed header rows, as many cells as columns: the first row's
            led = total_led_layouts(tokens, spans, splits)      # labels head groups and their totals
            return (1.0, led) if led else (0.0, [])            # (a second row is under some first-row cell)
        return 1.0, [[("", t) for t in tokens]]
    if groups < 0 or groups > STACK_GROUPS_MAX:
        return 0.0, []
    best, found = 0.0, []
    for m in range(max(groups, 1), len(tokens)):
        if any(cont[:m]) or (groups == 0 and m != len(tokens) - sum(cont)) or (splits is not None and groups and m not in splits):
            continue           # (`splits`: where the header's printed lines start, when the lines are known)
        row1 = tokens[:m]
        row2 = [t for t, c in zip(tokens[m:], cont[m:]) if not c]
        # the second line of a first-row cell (2020年 / 11月, 常住人口 / (万人)): before the spanned
        # labels it belongs to the cells left of the groups, after them to those right of them
        first_label = next((n for n, c in enumerate(cont[m:]) if not c), len(tokens) - m)
        lead = [t for t, c in zip(tokens[m:m + first_label], cont[m:m + first_label]) if c]
        trail = [t for t, c in zip(tokens[m + first_label:], cont[m + first_label:]) if c]
        for gpos in combinations(range(m), groups):
            for spans_ in compositions(len(row2), groups) if groups else [()]:
                cols, k, explained = [], 0, 0
                it = iter(spans_)
                for i, tok in enumerate(row1):
                    if i in gpos:
                        n = next(it)
                        first = len(cols)
                        cols += [(tok, label) for label in row2[k:k + n]]
                        k += n
                        explained += explains(spans, first, len(cols) - 1)
                    else:
                        cols.append(("", tok))
                cols = continued(cols, row1, gpos, lead, trail)
                score = explained / groups if groups else 1.0
                if score > best:
                    best, found = score, [cols]
                elif score == best and score > 0:
                    found.append(cols)
    return best, found


def explains(spans: dict, first: int, last: int) -> bool:
    """Whether the figures explain a group over columns first..last: they add up to a column outside
    it, or its last columns add up to the column just before them inside it (合计 | 发明 | 实用新型 |
    外观设计; 当年累计 | 月累计 | 发明 | 实用新型 | 外观设计)."""
    return (first, last) in spans or any(spans.get((x, last)) == x - 1 for x in range(first + 1, last))


def total_led_layouts(tokens: list[str], spans: dict, splits: set[int] | None) -> list[list[tuple[str, str]]]:
    """A two-line header whose group labels also head their group's first column, a total left
    unnamed on the second line (专利申请数 | 专利授权数 over 发明 实用新型 外观设计 twice, above eight
    columns: each group's total, then its kinds), when the figures say so: in every row the columns
    under each group's labels add up to its first column. [] when any group is not explained."""
    found = []
    for m in sorted(splits or ()):
        row1, row2 = tokens[:m], tokens[m:]
        for groups in range(1, min(len(row1), STACK_GROUPS_MAX) + 1):
            for gpos in combinations(range(len(row1)), groups):
                for sizes in compositions(len(row2), groups):
                    cols, k, explained, it = [], 0, 0, iter(sizes)
                    for i, tok in enumerate(row1):
                        if i not in gpos:
                            cols.append(("", tok))
                            continue
                        n = next(it)
                        explained += spans.get((len(cols) + 1, len(cols) + n)) == len(cols)
                        cols += [("", tok)] + [(tok, label) for label in row2[k:k + n]]
                        k += n
                    if explained == groups:
                        found.append(cols)
    return found


def unnamed_total(tokens: list[tuple[Line, str]], width: int, spans: dict) -> tuple[int, int] | None:
    """(first, last) when a header names one column fewer than the rows have figures and,
    in every row, the first column is the sum of named columns next to each other (a yearbook's table by
    county whose total column lost its header: 单位 | 吴兴区 … △市区 over 60 | 10 | 3 | …): that column is
    the table's total, not guessed but added up. None otherwise."""
    if len(tokens) != width - 1 or width < 3:
        return None
    for (a, b), t in sorted(spans.items()):
        if t == 0 and a >= 1:
            return a, b
    return None


def nested_layouts(tokens: list[str], width: int, spans: dict) -> tuple[float, list[list[tuple[str, str]]]]:
    """A header of three rows flattened: top labels each over an equal share of the columns
    (申请量 | 授权量), then a two-row header under them (月合计 | 其中 | … over 发明 | 实用新型 | 外观设计);
    the layouts of the rows under the top one, each column's group led by its top label."""
    for top in range(2, STACK_GROUPS_MAX + 1):
        if width % top or len(tokens) <= top or any(CONTINUATION_RE.match(t) for t in tokens[:top]):
            continue
        score, layouts = header_layouts(tokens[top:], width, spans)
        if score <= 0 or not layouts:
            continue
        per = width // top
        return score, [[(" ".join(filter(None, [tokens[n // per], group])), label) for n, (group, label) in enumerate(lay)]
                       for lay in layouts]
    return 0.0, []


def continued(cols: list[tuple[str, str]], row1: list[str], gpos, lead: list[str], trail: list[str]) -> list[tuple[str, str]]:
    """`cols` with the second lines of first-row cells joined to them, in order: `lead` to the cells
    left of the first group, `trail` to those right of the last (a month under a year adds nothing:
    the title or the report dates the table)."""
    if not lead and not trail:
        return cols
    left = [t for i, t in enumerate(row1) if not gpos or i < min(gpos)]
    right = [t for i, t in enumerate(row1) if gpos and i > max(gpos)]
    joined = {}
    for cells, more in ((left, lead), (right, trail)):
        for cell, piece in zip(cells, more):
            joined[cell] = cell if MONTH_ONLY_RE.match(piece) else f"{cell} {piece}"
    return [(g, joined.get(label, label) if not g else label) for g, label in cols]


def year_label(cells: list[tuple[Line, str]], n: int, vocab: Vocab) -> bool:
    """Whether cell `n` is a year heading its printed row (2019 at the start of a line of figures)."""
    line = cells[n][0]
    return getattr(line, "spaced", False) and bool(vocab.year_header.match(cells[n][1])) \
        and (n == 0 or cells[n - 1][0].number != line.number)


def header_years(cells: list[tuple[Line, str]], n: int, vocab: Vocab) -> int:
    """The end of a run of column years from cell `n` of a one-cell-a-line header (2020 | 2019 | … |
    2015 after 地区, or first of all when a tool dropped the empty corner): two or more distinct
    years in order, then a label (增长率, a row's region) or a row's number; `n` when there is none."""
    years, j = [], n
    while j < len(cells) and not getattr(cells[j][0], "spaced", False):
        m = vocab.year_header.match(cells[j][1])
        if m is None:
            break
        year = int(m.group("year"))
        if len(years) >= 2 and (year - years[-1]) * (years[1] - years[0]) <= 0:
            break                      # (the order turns: a figure after the years)
        if years and year == years[-1]:
            break
        years.append(year)
        j += 1
    if len(years) < 2 or j >= len(cells):
        return n
    return j if not is_value(cells[j][1], vocab) or row_number(cells, j, vocab) else n


def row_number(cells: list[tuple[Line, str]], n: int, vocab: Vocab, years: bool = False) -> bool:
    """Whether cell `n` numbers a row whose number column has no header (1 | 深圳 | 21324 …; in a
    table of a row a year, 1 | 2011 | 274): a whole number of up to three digits before the row's
    label and its first figure."""
    return numbers_row(cells, n, vocab, years) and n + 2 < len(cells) and is_value(cells[n + 2][1], vocab)


def numbers_row(cells: list[tuple[Line, str]], n: int, vocab: Vocab, years: bool = False) -> bool:
    """Whether cell `n`, in a table whose rows are numbered, is a row's number: a whole number of up
    to three digits before a label, or a year in a table of a row a year (the last row may end the
    text with its label)."""
    return bool(re.fullmatch(r"\d{1,3}", cells[n][1])) and n + 1 < len(cells) \
        and (not is_value(cells[n + 1][1], vocab) or (years and bool(vocab.year_header.match(cells[n + 1][1]))))


def stacked_rows(cells: list[tuple[Line, str]], vocab: Vocab, start: int, years: bool = False,
                 numbered: bool = False):
    """Rows from `start` on: (label cells, figure cells) with the same number of figures each;
    the last row may be cut short (the text ends inside it). `years`: rows are years, each printed
    on its own line, and a row of another count of figures is kept as it is (its cells cannot be
    placed: the reader reports it); the width is the count most rows have. `numbered`: each row
    starts with its number, no data (a row number without a header)."""
    rows, i, width = [], start, None
    while i < len(cells):
        counted = numbered and numbers_row(cells, i, vocab, years)
        if counted:
            i += 1
        j = i
        while j < len(cells) and (not is_value(cells[j][1], vocab) or (years and j == i and (
                year_label(cells, j, vocab) or (counted and vocab.year_header.match(cells[j][1]))))) \
                and j - i < STACK_LABEL_MAX:
            j += 1
        if j == i or j >= len(cells) or not is_value(cells[j][1], vocab):
            break
        k = j
        while k < len(cells) and is_value(cells[k][1], vocab) and not (
                getattr(cells[k][0], "spaced", False) and cells[k][0].number != cells[j][0].number) \
                and not (numbered and k > j and numbers_row(cells, k, vocab, years)):
            k += 1                     # (a row printed with spaces ends with its line; the next row's number)
        n = k - j
        if width is None:
            width = n
        if n != width and not years and not ((k == len(cells) or n == width - 1) and n < width):
            break          # a row one cell short before the next label: its last cell was left blank (排名)
        rows.append((cells[i:j], cells[j:k]))
        i = k
    if years and rows:
        width = Counter(len(figs) for _, figs in rows).most_common(1)[0][0]
    return rows, width or 0, i


def ends_text(report: Report, line: Line) -> bool:
    """Whether `line` is the report's last line with any text on it (an excerpt cut there)."""
    return not any(ln.text.strip() for ln in report.lines[line.number:])


def column_of(index: int, group: str, label: str, line: Line) -> Column:
    leaf, unit = label, ""
    m = PAREN_RE.search(leaf)
    if m:
        unit, leaf = m.group(1).strip(), (leaf[: m.start()] + " " + leaf[m.end():]).strip()
    return Column(index=index, label=leaf, group=group, unit_text=unit, printed=label, header_line=line.number)


def transposed(table: Table, rows: list, width: int, tokens: list[tuple[Line, str]], vocab: Vocab) -> Table | None:
    """A table whose rows are months and whose columns are regions (各区专利申请情况汇总表, 1月 ...
    12月 down, 福田 南山 ... 全市 across), turned so its rows are regions and its columns months."""
    if len(tokens) != width:
        return None
    corner = table.columns[0]
    table.columns = [corner] + [Column(index=n, label=labels[-1][1], printed=labels[-1][1],
                                       header_line=labels[-1][0].number) for n, (labels, _) in enumerate(rows, start=1)]
    for n, (line, region) in enumerate(tokens):
        cells = [figs[n] if n < len(figs) else None for _, figs in rows]
        table.rows.append(Row(line=line, cells=[region] + [c[1] if c else "" for c in cells],
                              raw=[region] + [c[1] if c else "" for c in cells],
                              cell_lines=[line] + [c[0] if c else line for c in cells]))
    for labels, figs in rows:
        table.lines |= {ln.number for ln, _ in labels + figs}
        if len(figs) < width:
            table.findings.append(Finding("layout.row_cut_off", labels[-1][0].number,
                                          f"{labels[-1][1]}: {len(figs)} of {width} cells"))
    table.layouts = [table.columns[1:]]
    table.lines |= {ln.number for ln in table.header}
    lo, hi = min(table.lines), max(table.lines)
    table.lines |= set(range(lo, hi + 1))
    return table


def stacked_rows_as_lines(cells: list[tuple[Line, str]], vocab: Vocab,
                          words: frozenset = frozenset()) -> tuple[list[Line], dict] | None:
    """A one-cell-a-line table with a row-number or a kind column (序号 | 地区 | 专利类型 | 职务发明 |
    非职务发明 | 合计, the kinds printed down each region's block) as tab-separated rows, one a printed
    row, for the piped reader (spanned regions carried down, kinds turned into column groups): the
    rows, the line of each of their cells and the lines of estimates left out ([360]). None for any other table."""
    header, first_value, n = [], len(cells), 0
    while n < len(cells):
        ln, c = cells[n]
        after = header_years(cells, n, vocab) if header else n
        if after > n:          # (指标 | 2013 | 2014 | … | 2018年同比增长率: years heading columns are labels, not figures)
            header += cells[n:after]
            n = after
            continue
        if is_value(c, vocab):
            first_value = n
            break
        if header and CONTINUATION_RE.match(c):
            header[-1] = (header[-1][0], f"{header[-1][1]} {c}")       # 合计 / (件)
        else:
            header.append((ln, c))
        n += 1
    header = join_words(header, words)          # (大专 / 院校 split by a narrow column)
    names = [squash(c).casefold() for _, c in header]
    labels = vocab.label_headers
    if not (set(names) & (vocab.sequence_headers | vocab.dimension_headers)) or first_value >= len(cells):
        return None
    indicator = vocab.indicator_header
    k = len(header) - sum(1 for n in names if n in labels or (indicator is not None and indicator.match(n)))   # the figures of a row
    #                     (序号 | 类别 | 指标 | 2013 …: the indicators' columns are labels too)
    if k < 1:
        return None
    seq = bool(set(names) & vocab.sequence_headers)
    rest = cells[first_value:]
    heads = [header]
    width = first_row_figures(rest, seq, vocab)
    if 0 < width < k:          # a header of two rows flattened (职务发明 | 非职务发明 | 合计 over 企业 | 院校 | … | 个人)
        split = header_split(names, len(header) - k + width, labels | vocab.total_rows)
        if split is None:
            return None
        heads, k = [header[:split], header[split:]], width
    rows, cell_lines, current, values, estimated = [], {}, [], [], []
    for n, (ln, c) in enumerate(rest):
        if ESTIMATE_RE.fullmatch(c) and (current or values):
            estimated.append(ln.number)
            c = EMPTY_CELL     # [360], an estimate in brackets (a note says so): its place kept, no figure of the period
        value = is_value(c, vocab)
        is_seq = seq and value and not current and not values and n + 1 < len(rest) and not is_value(rest[n + 1][1], vocab)
        if value and not is_seq:
            values.append((ln, c))
        else:
            if values:                 # labels after figures short of a row: no such table
                return None
            current.append((ln, c))
        if len(values) == k:
            row = current + values
            first = row[0][0]
            line = PipedLine(number=first.number, text="\t".join(c for _, c in row), lang=first.lang, section=first.section)
            rows.append(line)
            cell_lines[first.number] = [x for x, _ in row]
            current, values = [], []
    if len(rows) < 2:
        return None
    lines = [PipedLine(number=h[0][0].number, text="\t".join(c for _, c in h), lang=h[0][0].lang, section=h[0][0].section)
             for h in heads]
    if len(lines) == 2 and lines[1].number == lines[0].number:
        return None            # (two header rows need two lines to stay two rows)
    return [*lines, *rows], cell_lines, estimated


def first_row_figures(rest: list[tuple[Line, str]], seq: bool, vocab: Vocab) -> int:
    """The figures of the first row of a one-cell-a-line table with a row-number or kind column:
    after its number and its labels, up to the next label."""
    i = 1 if seq and rest and is_value(rest[0][1], vocab) else 0
    while i < len(rest) and not is_value(rest[i][1], vocab):
        i += 1
    j = i
    while j < len(rest) and is_value(rest[j][1], vocab):
        j += 1
    return j - i if j < len(rest) else 0


def header_split(names: list[str], width: int, first_row: frozenset) -> int | None:
    """Where the first row of a flattened two-row header ends: the labels over both rows (地区, 合计)
    are the first row's, the sub-labels after them the second's, as few as the groups need; None
    when no split leaves each group a sub-label."""
    groups = len(names) - width
    last = max((n for n, name in enumerate(names) if squash(PAREN_RE.sub("", name)) in first_row), default=-1)
    for m in range(last + 1, len(names)):
        if len(names) - m >= groups and m - groups > 0:
            return m
    return None


def cell_run(lines: list[Line], i: int) -> tuple[list[tuple[Line, str]], int]:
    """The cells printed one a line from `lines[i]` on, blank lines passed over, up to the first line
    of prose; and the index where the run ends."""
    cells, j = [], i
    while j < len(lines):
        if not lines[j].blank:
            t = cell_text(lines[j])
            if t is None:
                break
            if t:
                cells.append((lines[j], t))
        j += 1
    return cells, j


def rowed_tables(report: Report, lang: str, cells: list[tuple[Line, str]], vocab: Vocab,
                 words: frozenset = frozenset()) -> list[Table]:
    """The tables of a run of cells with numbered rows or a kind column, read as piped rows
    (stacked_rows_as_lines), each value keeping its own cell's line; [] for any other run."""
    rowed = stacked_rows_as_lines(cells, vocab, words)
    if rowed is None:
        return []
    lines, cell_lines, estimated = rowed
    found = parse_block(report, lang, lines, vocab)
    for t in found:
        t.piped = True
        if estimated:
            t.findings.append(Finding("layout.estimated_cells", estimated[0], f"{len(estimated)}"))
        for row in t.rows:
            row.cell_lines = list(cell_lines.get(row.line.number, ()))
        reshape_piped(t, vocab)
    return found


def stacked_tables(report: Report, lang: str, lines: list[Line], vocab: Vocab, words: frozenset) -> list[Table]:
    """Tables printed one cell a line among `lines` (those outside tab-separated blocks)."""
    tables, i = [], 0
    while i < len(lines):
        first = cell_text(lines[i])
        if first and first.casefold() in vocab.sequence_headers:
            cells, j = cell_run(lines, i)
            found = rowed_tables(report, lang, cells, vocab, words)
            if found:
                for t in found:
                    t.lines |= set(range(lines[i].number, lines[j - 1].number + 1))
                tables += found
                i = j
                continue
        if not first or (not vocab.region_head(first) and first.casefold() not in vocab.period_headers
                         and not vocab.year_header.match(first) and squash(first).casefold() not in vocab.unit_headers
                         and not vocab.indicator_head(first)):   # (指标 | 全市 | 吴兴区 …)
            i += 1
            continue
        cells, _ = cell_run(lines, i)
        table = read_stacked(report, lang, cells, vocab, words)
        if table is None:
            i += 1
            continue
        tables.append(table)
        last = max(table.lines)
        while i < len(lines) and lines[i].number <= last:
            i += 1
    return tables


def read_stacked(report: Report, lang: str, cells: list[tuple[Line, str]], vocab: Vocab,
                 words: frozenset) -> Table | None:
    stub = 1
    while stub < len(cells) and (cells[stub][1].casefold() in vocab.stub_words or vocab.region_head(cells[stub][1])):
        stub += 1
    n = header_years(cells, 0, vocab)
    if n > 0:
        stub = 0                       # (2018 | 2017 | 2014 | 增长率 first: the corner was dropped)
    else:
        n = stub
    years = stub > 0 and cells[0][1].casefold() in vocab.period_headers     # 年份 | …: a row a year, its first cell the year
    first_value = None
    while n < len(cells):
        after = header_years(cells, n, vocab)
        if after > n:
            n = after                  # (years heading columns are labels, not figures)
            continue
        if is_value(cells[n][1], vocab) and not (years and year_label(cells, n, vocab)):
            first_value = n
            break
        n += 1
    if first_value is None:
        return None
    numbered = row_number(cells, first_value, vocab, years) and cells[first_value][1].lstrip("0") == "1"
    best = None
    # the first row's label has as many cells as the other rows' labels, or one more (an outer
    # region printed on the first row of its block): the one whose header the figures explain wins
    for label_cells in ([1] if numbered else range(1, STACK_LABEL_MAX + 1)):
        start = first_value if numbered else first_value - label_cells
        if start <= stub:
            break
        rows, width, end = stacked_rows(cells, vocab, start, years, numbered)
        if len(rows) < 2 or width < 1:
            continue
        usual = Counter(len(labels) for labels, _ in rows[1:]).most_common(1)[0][0]
        if label_cells not in (usual, usual + 1):
            continue
        tokens = join_words(cells[stub:start], words)
        full = [[figure(c) for _, c in figs] for _, figs in rows if len(figs) == width]
        lined = all(getattr(ln, "spaced", False) for ln, _ in tokens) and len({ln.number for ln, _ in tokens}) > 1
        splits = {n for n in range(1, len(tokens)) if tokens[n][0].number != tokens[n - 1][0].number} if lined else None
        spans = sum_spans(full, width)
        score, layouts = header_layouts([t for _, t in tokens], width, spans, splits)
        if not layouts:        # 申请量 | 授权量 over the same columns twice, a corner's second line (单位) among them
            tokens = [(ln, t) for ln, t in tokens if squash(t).casefold() not in vocab.stub_words]
            score, layouts = nested_layouts([t for _, t in tokens], width, spans)
        summed = None if layouts else unnamed_total(tokens, width, spans)
        if summed:             # (单位 | 吴兴区 … △市区 over one column more than it names, the first their sum)
            score, layouts = 1.0, [[("", vocab.unnamed_total)] + [("", t) for _, t in tokens]]
        distinct = [lay for n, lay in enumerate(layouts) if lay not in layouts[:n]]
        rank = (bool(distinct), score, -label_cells)
        if best is None or rank > best[0]:
            best = (rank, rows, width, tokens, distinct, end, summed)
    if best is None:
        return None
    _, rows, width, tokens, layouts, end, summed = best
    table = Table(report=report, lang=lang, block_first=cells[0][0].number, stacked=True)
    table.header = [ln for ln, _ in cells[:stub]] + [ln for ln, _ in tokens]
    stub_label = "".join(c for _, c in cells[:stub])
    table.columns = [Column(index=0, label=stub_label, header_line=cells[0][0].number, printed=stub_label)]
    if summed:                 # (单位 | 吴兴区 … △市区 over one more column than it names: the first, a total)
        table.findings.append(Finding("layout.unnamed_total", cells[0][0].number,
                                      " + ".join(t for _, t in tokens[summed[0] - 1:summed[1]])))
    if not layouts:
        table.findings.append(Finding("layout.stacked_header", cells[0][0].number,
                                      f"{len(tokens)} header cells, {width} columns: " + " / ".join(t for _, t in tokens)))
        layouts = [[("", "")] * width]
    # a corner that names the unit column (单位 | 吴兴区 …, the indicators' corner lost): each row's unit, printed
    # after its label or not at all, in a column of its own
    unit_corner = stub == 1 and squash(cells[0][1]).casefold() in vocab.unit_headers
    if unit_corner:
        table.columns.append(Column(index=1, label=stub_label, header_line=cells[0][0].number, printed=stub_label))
    by_token = {t: ln for ln, t in tokens}
    table.layouts = [[column_of(n, group, label, by_token.get(label) or cells[0][0])
                      for n, (group, label) in enumerate(lay, start=len(table.columns))] for lay in layouts]
    table.columns += table.layouts[0]
    months = [labels[-1][1] for labels, _ in rows]
    if vocab.month_header and 3 * sum(bool(vocab.month_header.match(m)) for m in months) >= 2 * len(months):
        return transposed(table, rows, width, tokens, vocab)
    parent = ""
    for labels, figs in rows:
        unit = labels.pop() if unit_corner and len(labels) > 1 and UNIT_CELL_RE.fullmatch(labels[-1][1]) else None
        if len(labels) > 1:
            parent = labels[0][1]
        label_line, label = labels[-1]
        if years and len(figs) != width:      # (1985 137 74 63 1 1 under eight columns: which cells are empty is not printed)
            table.findings.append(Finding("layout.ragged_row", label_line.number, f"{label}: {len(figs)}/{width}"))
            table.lines |= {ln.number for ln, _ in labels + figs}
            continue
        blank_rank = len(figs) == width - 1 and squash(table.columns[-1].label).casefold() in vocab.rank_headers
        cut = len(figs) < width and figs and ends_text(report, figs[-1][0]) and not blank_rank
        kept = figs[:-1] if cut else figs        # (the text ends inside the row: its last figure may be cut too)
        units = ([unit[1] if unit else ""], [unit[0] if unit else label_line]) if unit_corner else ([], [])
        printed = [label] + units[0] + [c for _, c in kept] + [""] * (width - len(kept))   # a row cut off: cells left empty
        row = Row(line=label_line, cells=printed, raw=list(printed),
                  cell_lines=[label_line] + units[1] + [ln for ln, _ in kept], parent=parent)
        if len(figs) < width:
            table.findings.append(Finding("layout.row_cut_off", label_line.number,
                                          f"{label}: {len(figs)} of {width} cells" + (f", {figs[-1][1]}…" if cut else "")))
        table.rows.append(row)
        table.lines |= {ln.number for ln, _ in labels + figs}
    if end < len(cells) and is_value(cells[end][1], vocab):     # figures whose label was lost
        table.findings.append(Finding("layout.unknown_row", cells[end][0].number, "—"))
    table.lines |= {ln.number for ln in table.header}
    lo, hi = min(table.lines), max(table.lines)
    table.lines |= set(range(lo, hi + 1))        # the pieces of split header words, the blank lines
    return table


# --- tables printed with pipes -------------------------------------------------------------------
# Web pages give tables as rows of cells between pipes, with what HTML spanned over several rows
# printed once: a row short of cells carries down the first cells of the row above (its region);
# a first column of row numbers (序号) is no data; a column naming the kind a row counts
# (专利类型: 发明 / 实用新型 / 合计) is turned into column groups, one row per region; a table
# whose rows are indicators (主要指标 | 1-6月 | 同比±%) is one row of the report's own region.

def spanned_header(t: Table, vocab: Vocab) -> None:
    """A two-row piped header whose spans a web page dropped (序号 | 地区 | 申请量 | 注册量 | 有效量 over
    完成值 | 同比增长 | 完成值 | 同比增长, rows of 7 cells): the upper labels that span are those whose
    sub-labels fit the figures below (a change word over percentages); each column is named by its
    group and sub-label (商标申请量同比增长), a value word (完成值) leaving the group's own name.
    Sub-labels that do not divide evenly among the groups (职务发明 | 非职务发明 over 企业 | 院校 | 科研
    | 机关 | 个人) fit several spans; a column whose group differs between them is left unnamed (a
    finding), the others are read."""
    if len(t.header) != 2 or not t.rows:
        return
    upper, lower = ([c for c in (clean(x) for x in split_cells(h.text)) if c] for h in t.header)
    width = max(len(r.cells) for r in t.rows)
    single = width - len(lower)          # upper labels over one column each, both rows high
    groups = len(upper) - single
    if not (len(upper) < width and 0 < groups and 0 < single and len(lower) >= groups):
        return
    full = [r.cells for r in t.rows if len(r.cells) == width]
    even = len(lower) % groups == 0
    spans_ = [(len(lower) // groups,) * groups] if even else list(compositions(len(lower), groups))

    # a label column (地区, 序号, 专利类型) or a column of words is no group's; a column that is the
    # sum of others in every row (合计) stands on its own
    words = {j for cells in full for j, c in enumerate(cells) if c.strip() and not is_value(c.strip(), vocab)}
    totals = set(sum_spans([[figure(c) for c in cells] for cells in full], width).values())

    def fit(labels: list[tuple[str, str]]) -> tuple[int, int] | None:
        if any(g and (j in words or squash(g).casefold() in vocab.label_headers) for j, (g, _) in enumerate(labels)):
            return None
        change = [any(w in norm(sub) for w in vocab.change_words) for _, sub in labels]
        return (sum((cells[j].strip().endswith("%")) == change[j] for cells in full for j in range(width)),
                sum(1 for j, (g, _) in enumerate(labels) if not g and j in totals))
    scored = []
    for start in range(single + 1):
        for spans in spans_:
            labels: list[tuple[str, str]] = []
            it, k = iter(spans), 0
            for i, label in enumerate(upper):
                if start <= i < start + groups:
                    n = next(it)
                    labels += [(label, sub) for sub in lower[k:k + n]]
                    k += n
                else:
                    labels.append(("", label))
            score = fit(labels)
            if score is not None:
                scored.append((score, labels))
    if not scored:
        return
    top = max(n for n, _ in scored)
    best = [labels for n, labels in scored if n == top]
    columns, unsure = [], []
    for j, (group, sub) in enumerate(best[0]):
        if any(b[j] != best[0][j] for b in best[1:]):
            unsure.append(sub)
            group, sub = "", ""
        label = group if group and norm(sub) in vocab.value_words else (group + sub if group else sub)
        columns.append(Column(index=j, label=label, group="", unit_text="",
                              header_line=t.header[1 if group else 0].number, printed=sub))
    if unsure:
        t.findings.append(Finding("layout.spanned_columns", t.header[0].number,
                                  f"{' / '.join(dict.fromkeys(g for g, _ in best[0] if g))}: {' / '.join(unsure)}"))
    t.columns = columns


def reshape_piped(t: Table, vocab: Vocab) -> None:
    spanned_header(t, vocab)
    width = t.width
    full: list[str] | None = None
    numbered = bool(t.columns) and norm(t.columns[0].label) in vocab.sequence_headers
    for row in t.rows:
        # (after a row's number: 2 | 规上… under 类别, when the row has all its figures, not a row the text cuts off)
        at = 1 if numbered and row.cells and is_value(row.cells[0], vocab) and full is not None \
            and sum(is_value(c, vocab) for c in row.cells[1:]) == sum(is_value(c, vocab) for c in full[1:]) else 0
        if len(row.cells) < width and full is not None and len(row.cells) > at and not is_value(row.cells[at], vocab):
            lead = full[at: at + width - len(row.cells)]
            row.cells, row.raw = row.cells[:at] + lead + row.cells[at:], row.raw[:at] + lead + row.raw[at:]
            if row.cell_lines:            # (cells carried down are printed on the row above)
                row.cell_lines = row.cell_lines[:at] + [row.line] * len(lead) + row.cell_lines[at:]
            t.findings.append(Finding("layout.carried_cells", row.line.number, " / ".join(lead)))
        elif len(row.cells) >= width:
            full = row.cells
        if len(row.cells) < width:          # the text ends inside the row: its missing cells left empty
            t.findings.append(Finding("layout.row_cut_off", row.line.number, f"{row.cells[0]}: {len(row.cells)} of {width} cells"))
            row.cells, row.raw = row.cells + [""] * (width - len(row.cells)), row.raw + [""] * (width - len(row.raw))
    if t.columns and norm(t.columns[0].label) in vocab.sequence_headers and width > 2:
        drop_first_column(t)      # (the rows' numbers)
    if len(t.columns) > 2 and vocab.indicator_head(t.columns[0].label) and vocab.indicator_head(t.columns[1].label):
        drop_first_column(t)      # (类别 | 指标 | …: the category only groups the indicators' rows)
    dim = next((c for c in t.columns[1:] if squash(c.label) in vocab.dimension_headers), None)
    if dim is not None:
        pivot(t, dim, vocab)
    elif t.columns and vocab.indicator_head(t.columns[0].label):
        indicator_rows(t, vocab)


def drop_first_column(t: Table) -> None:
    """A piped table without its first column (the others one place to the left)."""
    t.columns = [Column(index=c.index - 1, label=c.label, group=c.group, unit_text=c.unit_text,
                        header_line=c.header_line, printed=c.printed) for c in t.columns[1:]]
    for row in t.rows:
        row.cells, row.raw, row.cell_lines = row.cells[1:], row.raw[1:], row.cell_lines[1:]


def indicator_years(t: Table, vocab: Vocab, years: list[Column]) -> None:
    """Rows that are indicators over columns that are years one after another (指标 | 2013 | … | 2018 |
    2018年同比增长率 | 15城市排序): turned into a row a year of the report's own region, a column an indicator (its
    unit in brackets kept), a change column named after its year in that year's row; any other column (a rank
    among some cities) is said, not read."""
    last = {vocab.year_header.match(c.label).group("year"): c for c in years}
    columns = [Column(index=0, label=sorted(vocab.period_headers)[0] if vocab.period_headers else "", header_line=years[0].header_line)]
    of_year, parent = [], ""
    labels = [PART_MARK_RE.sub("", row.cells[0]).strip() for row in t.rows]     # (less a part's mark: #发明, 其中：)
    for c in t.columns[1:]:
        m = re.match(r"\s*((?:19|20)\d{2})\s*年?\s*(\S.*)$", c.label)
        if c in years:
            continue
        if m and m.group(1) in last and vocab.change_words and any(norm(w) in norm(m.group(2)) for w in vocab.change_words):
            of_year.append((m.group(1), c, m.group(2)))
        else:
            t.findings.append(Finding("layout.unnamed_columns", c.header_line, c.label))
    for row, label in zip(t.rows, labels):
        part = label != row.cells[0].strip()
        if not part:
            parent = row.cells[0]
        m = PAREN_RE.search(label)
        name, unit = ((label[: m.start()] + " " + label[m.end():]).strip(), m.group(1).strip()) if m else (label, "")
        columns.append(Column(index=len(columns), label=name, group=parent if part else "", unit_text=unit,
                              header_line=row.line.number, printed=row.cells[0]))
    for year, c, word in of_year:
        for row, label in zip(t.rows, labels):
            columns.append(Column(index=len(columns), label=f"{PAREN_RE.sub(' ', label).strip()} {word}",
                                  header_line=row.line.number, printed=f"{row.cells[0]} {c.label}"))
    rows = []
    for y in years:
        year = vocab.year_header.match(y.label).group("year")
        cells = [y.label] + [r.cells[y.index] if y.index < len(r.cells) else "" for r in t.rows]
        lines = [t.header[-1] if t.header else t.rows[0].line] + [r.line_of(y.index) for r in t.rows]
        for yr, c, _ in of_year:
            cells += [(r.cells[c.index] if c.index < len(r.cells) else "") if yr == year else "" for r in t.rows]
            lines += [r.line_of(c.index) for r in t.rows]
        rows.append(Row(line=lines[0], cells=cells, raw=list(cells), cell_lines=lines))
    t.columns, t.rows, t.listed = columns, rows, True


def pivot(t: Table, dim: Column, vocab: Vocab) -> None:
    """Rows per region and kind (呼和浩特市 | 发明 | … / 实用新型 | …) -> one row per region, the
    value columns repeated under each kind as their group."""
    values = [c for c in t.columns[1:] if c.index != dim.index]
    kinds: list[str] = []
    by_region: dict[str, dict[str, Row]] = {}
    order: list[str] = []
    for row in t.rows:
        region, kind = row.cells[0], row.cells[dim.index] if dim.index < len(row.cells) else ""
        if region not in by_region:
            by_region[region] = {}
            order.append(region)
        if kind and kind not in kinds:
            kinds.append(kind)
        by_region[region].setdefault(kind, row)
    columns = [t.columns[0]]
    for kind in kinds:
        for c in values:
            columns.append(Column(index=len(columns), label=c.label, group=kind, unit_text=c.unit_text,
                                  header_line=c.header_line, printed=c.printed))
    rows = []
    for region in order:
        got = by_region[region]
        first = next(iter(got.values()))
        cells, lines = [region], [first.line]
        for kind in kinds:
            r = got.get(kind)
            for c in values:
                cells.append(r.cells[c.index] if r is not None and c.index < len(r.cells) else "")
                lines.append(r.line_of(c.index) if r is not None else first.line)
        rows.append(Row(line=first.line, cells=cells, raw=list(cells), cell_lines=lines))
    t.columns, t.rows = columns, rows


PART_MARK_RE = re.compile(r"^[#＃\s]+|^其中[:：]?")     # a row marked as a part of the row above it (#发明, 其中：…)


def indicator_rows(t: Table, vocab: Vocab) -> None:
    """Rows that are indicators (授权专利数 | 34439 | 9.2): one row of the report's own region whose
    columns are the indicators, the later value columns (同比±%) under the row's name; a row
    marked as a part (#发明, 其中：…) and a kind after it are grouped under the row they divide."""
    values = t.columns[1:]
    years = [c for c in values if vocab.year_header.match(c.label)]
    if year_run([vocab.year_header.match(c.label).group("year") for c in years]):
        indicator_years(t, vocab, years)      # (指标 | 2013 | … | 2018: a row a year)
        return
    columns, cells, lines = [Column(index=0, label="")], [""], [t.rows[0].line if t.rows else t.header[0]]
    parent = ""
    for row in t.rows:
        label = PART_MARK_RE.sub("", row.cells[0]).strip()
        part = label != row.cells[0].strip() or (parent and len(label) <= 6)
        if not part:
            parent = row.cells[0]
        for n, c in enumerate(values):
            name = label if n == 0 and not any(w in c.label for w in (*vocab.month_words, *vocab.period_words)) \
                else f"{label} {c.label}"      # (本月 | 本年累计 | 同比: each column its own period, a month's or the year's so far)
            columns.append(Column(index=len(columns), label=name, group=parent if part else "",
                                  header_line=c.header_line, printed=name))
            cells.append(row.cells[c.index] if c.index < len(row.cells) else "")
            lines.append(row.line)
    if t.rows:
        t.rows = [Row(line=t.rows[0].line, cells=cells, raw=list(cells), cell_lines=lines)]
    t.columns, t.own_region, t.listed = columns, True, True
