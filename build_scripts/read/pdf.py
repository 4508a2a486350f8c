"""Stage 1, read: a publisher's PDF -> the text of a seed file (what `ipstats add` writes).

The text follows the seeds' conventions: paragraphs in reading order, one per line, a blank line
between blocks; tables as tab-separated rows, one per line, where they stand (their title, unit and
notes are the lines around them); in a zh+en document the Chinese half first. General rules:
- printed lines: a page's characters grouped by vertical overlap and read left to right, with a
  space where the PDF has one or where the gap between two characters is wider than a word space;
- running headers, footers and page numbers are dropped: in the top or bottom band of a page, a
  line repeated (digits aside) at the same height on at least half of the pages with text, and a
  bare page number ("3", "- 3 -", "第3页", "Page 3");
- tables: pdfplumber's finder (ruled tables), a cell's lines re-joined; a table cut by a page break
  is one table again, without the header rows printed again on the new page;
- paragraphs, spacing and radicals: the rules of `read/lines.py`;
- nothing is dropped silently: image-only pages, images, rotated or off-page text, text in a
  table's frame outside its cells and tables with holes are listed in `PdfText.problems` with their
  page. A PDF without text on any page is a BuildError (OCR is out of scope).
"""
from __future__ import annotations

import logging
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from build_scripts.core.errors import BuildError
from build_scripts.read import line_language
from build_scripts.read.lines import (
    Layout,
    TextLine,
    continues,
    is_wide,
    join_text,
    language_split,
    layout_of,
    load_radicals,
    map_radicals,
    paragraph_text,
)

PAGE_NUMBER_RE = re.compile(r"^[-–—~·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-–—~·\s]*$"
                            r"|^(?i:page)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"
                            r"|^\d{1,4}\s*/\s*\d{1,4}$|^[-–—\s]*[ivxlcdm]{1,6}[-–—\s]*$")
CONTINUED_RE = re.compile(r"^[（(]?(?:续表|续上表|续)[)）]?$|^\(?(?i:continued|cont'd)\)?$")
BAND = 0.12               # the top and bottom share of a page: where running lines stand


@dataclass
class Block:
    """A paragraph (its printed lines) or a table (its rows of cells), in reading order."""
    page: int
    top: float
    lines: list[TextLine] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    @property
    def is_table(self) -> bool:
        return bool(self.rows)

    @property
    def size(self) -> float:
        return max((ln.size for ln in self.lines), default=0.0)

    def text(self) -> str:
        if self.is_table:
            return "\n".join("\t".join(row) for row in self.rows)
        return paragraph_text(self.lines)


@dataclass
class PdfText:
    text: str
    pages: int
    blocks: list[Block]
    titles: dict[str, str]           # language -> the largest text on the first page of that half
    title: str                       # the largest text on the first page
    radicals: int = 0                # radical characters mapped to ordinary ones
    dropped: int = 0                 # running header, footer and page-number lines
    tables: int = 0
    problems: list[str] = field(default_factory=list)     # what was not read or not placed, by page
    notes: list[str] = field(default_factory=list)        # what was mended: tables joined across pages


def chars_to_lines(chars: list[dict], page: int, radicals: dict[str, str]) -> tuple[list[TextLine], int]:
    """Characters -> printed lines (grouped by vertical overlap, read left to right)."""
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        for row in reversed(rows[-3:]):
            if row[0]["top"] - 0.1 * row[0]["size"] <= mid <= row[0]["bottom"] + 0.1 * row[0]["size"]:
                row.append(c)
                break
        else:
            rows.append([c])
    lines, mapped = [], 0
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        text, n = map_radicals(row_text(row), radicals)
        mapped += n
        if text:
            sizes = [c["size"] for c in row if not c["text"].isspace()] or [row[0]["size"]]
            lines.append(TextLine(text, min(c["x0"] for c in row), max(c["x1"] for c in row),
                                  min(c["top"] for c in row), max(c["bottom"] for c in row),
                                  statistics.median(sizes), page))
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return lines, mapped


def row_text(row: list[dict]) -> str:
    out: list[str] = []
    prev = None
    for c in row:
        t = c["text"]
        if t.isspace() or not t:
            if out and out[-1] != " ":
                out.append(" ")
            continue
        if prev is not None and out and out[-1] != " ":
            gap, size = c["x0"] - prev["x1"], max(c["size"], prev["size"])
            wide = is_wide(prev["text"][-1]) and is_wide(t[0])
            if gap > (1.0 if wide else 0.2) * size:
                out.append(" ")
        out.append(t)
        prev = c
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", "".join(out)).strip()


# --- running headers, footers, page numbers ----------------------------------------------------

def running_lines(pages: list[list[TextLine]], heights: list[float]) -> set[int]:
    """ids of the lines that are running headers, footers or page numbers: in the top or bottom
    band of a page, a line printed (digits aside) at the same height on at least half of the pages
    with text, or a bare page number."""
    with_text = sum(1 for p in pages if p)
    banded = [ln for lines, height in zip(pages, heights) for ln in lines
              if ln.bottom < BAND * height or ln.top > (1 - BAND) * height]
    seen: dict[str, list[TextLine]] = {}
    for ln in banded:
        seen.setdefault(re.sub(r"\d+", "#", re.sub(r"\s+", "", ln.text)), []).append(ln)
    drop = {id(ln) for ln in banded if PAGE_NUMBER_RE.match(ln.text.strip())}
    for same in seen.values():
        for ln in same:
            pages_there = {o.page for o in same if abs(o.top - ln.top) <= 3}
            if len(pages_there) >= 2 and 2 * len(pages_there) >= with_text:
                drop.add(id(ln))
    return drop


# --- tables ------------------------------------------------------------------------------------

def inside(c: dict, box) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def cell_text(chars: list[dict], page: int, radicals: dict[str, str]) -> tuple[str, int]:
    lines, mapped = chars_to_lines(chars, page, radicals)
    return paragraph_text(lines).replace("\t", " "), mapped


def read_table(table, chars: list[dict], page: int, radicals: dict[str, str],
               problems: list[str]) -> tuple[Block | None, int]:
    """One table pdfplumber found -> a block of rows (None for a frame with one column: its cells
    are paragraphs, returned as rows of one cell)."""
    x0, top, x1, _ = table.bbox
    rows, mapped, placed = [], 0, set()
    for r, row in enumerate(table.rows, start=1):
        cells = []
        for box in row.cells:
            if box is None:
                cells.append("")          # under a cell that spans columns
                continue
            inner = [c for c in chars if inside(c, box)]
            placed.update(id(c) for c in inner)
            text, n = cell_text(inner, page, radicals)
            mapped += n
            cells.append(text)
        covered = sum(b[2] - b[0] for b in row.cells if b is not None)
        if covered < 0.98 * (x1 - x0):
            problems.append(f"page {page}: table at y={top:.0f}, row {r}: cells cover only part of its "
                            "width (rows of unequal width; written with empty cells)")
        rows.append(cells)
    stray = [c for c in chars if inside(c, table.bbox) and id(c) not in placed and c["text"].strip()]
    if stray:
        text = "".join(c["text"] for c in stray)[:40]
        problems.append(f"page {page}: text in a table's frame outside its cells, not placed: {text!r}")
    if not any(any(c for c in row) for row in rows):
        return None, mapped
    return Block(page=page, top=top, rows=rows), mapped


def merge_split_tables(blocks: list[Block], notes: list[str]) -> list[Block]:
    """A table at the end of a page and one of the same width at the top of the next (a "续表"
    line between them aside) are one table; header rows printed again on the new page go."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        label = prev if prev is not None and not prev.is_table and CONTINUED_RE.match(prev.text()) else None
        first = out[-2] if label is not None and len(out) > 1 else prev
        if (b.is_table and first is not None and first.is_table and b.page == first.page + 1
                and len(b.rows[0]) == len(first.rows[0])):
            rows = b.rows
            k = 0
            while k < min(len(rows), len(first.rows)) - 1 and rows[k] == first.rows[k]:
                k += 1
            first.rows.extend(rows[k:])
            notes.append(f"page {b.page}: table continued from page {first.page}, joined"
                         + (f" ({k} repeated header row{'s' if k > 1 else ''} left out)" if k else ""))
            if label is not None:
                out.pop()
            continue
        out.append(b)
    return out


# --- pages -------------------------------------------------------------------------------------

@dataclass
class Page:
    number: int
    height: float
    lines: list[TextLine]
    tables: list[Block]
    images: int
    mapped: int = 0


def dedupe(chars: list[dict]) -> list[dict]:
    """Without the copies some producers print over a character to make it look bold."""
    seen, out = set(), []
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        if c["text"] and key not in seen:
            seen.add(key)
            out.append(c)
    return out


def read_page(page, number: int, radicals: dict[str, str], problems: list[str]) -> Page:
    chars = dedupe(page.chars)
    images = len(page.images)
    if not any(c["text"].strip() for c in chars):
        return Page(number, float(page.height), [], [], images)
    loose = [c for c in chars if not inside(c, page.bbox) or not c.get("upright", True)]
    if any(c["text"].strip() for c in loose):
        text = "".join(c["text"] for c in loose)[:40]
        problems.append(f"page {number}: rotated or off-page text, not placed: {text!r}")
    if loose:
        gone = {id(c) for c in loose}
        chars = [c for c in chars if id(c) not in gone]
    tables, mapped = [], 0
    found = page.find_tables()
    for t in found:
        block, n = read_table(t, chars, number, radicals, problems)
        mapped += n
        if block is not None:
            tables.append(block)
    free = [c for c in chars if not any(inside(c, t.bbox) for t in found)]
    lines, n = chars_to_lines(free, number, radicals)
    bad = sum(1 for ln in lines for c in ln.text if "\ue000" <= c <= "\uf8ff" or c == "\ufffd")
    if bad:
        problems.append(f"page {number}: {bad} characters without a Unicode meaning (private use or "
                        "U+FFFD), kept as printed")
    return Page(number, float(page.height), lines, tables, images, mapped + n)


def one_column_table(block: Block) -> list[Block]:
    """A frame of one column is boxed text, not a table: its cells are paragraphs."""
    return [Block(page=block.page, top=block.top, lines=[TextLine(row[0], page=block.page)])
            for row in block.rows if row[0]]


def page_blocks(pages: list[Page], drop: set[int], problems: list[str]) -> tuple[list[Block], Layout]:
    kept = [ln for p in pages for ln in p.lines if id(ln) not in drop]
    layout = layout_of(kept)
    blocks: list[Block] = []
    for p in pages:
        lines = [ln for ln in p.lines if id(ln) not in drop]
        if not lines and not p.tables and p.images:
            problems.append(f"page {p.number}: image only, no text layer (OCR is out of scope): not read")
        elif p.images:
            problems.append(f"page {p.number}: {p.images} image{'s' if p.images > 1 else ''} (figures?) "
                            "not read (OCR is out of scope)")
        items = sorted([(ln.top, ln) for ln in lines] + [(t.top, t) for t in p.tables], key=lambda x: x[0])
        for _, item in items:
            if isinstance(item, Block):
                blocks.extend(one_column_table(item) if len(item.rows[0]) == 1 else [item])
            elif blocks and not blocks[-1].is_table and blocks[-1].lines[-1].x1 and \
                    continues(blocks[-1].lines[-1], item, layout):
                blocks[-1].lines.append(item)
            else:
                blocks.append(Block(page=p.number, top=item.top, lines=[item]))
    return blocks, layout


def largest_text(blocks: list[Block]) -> tuple[str, float]:
    """The text of the largest print among `blocks` (consecutive blocks in that size together)."""
    paras = [b for b in blocks if not b.is_table and b.text()]
    if not paras:
        return "", 0.0
    size = max(b.size for b in paras)
    i = next(k for k, b in enumerate(paras) if b.size == size)
    text = paras[i].text()
    for b in paras[i + 1:]:
        if abs(b.size - size) > 0.01 * size:
            break
        text = join_text(text, b.text())
    return text, size


def titles_of(halves: dict[str, list[Block]], body: float) -> dict[str, str]:
    out = {}
    for lang, blocks in halves.items():
        first = next((b.page for b in blocks if not b.is_table), None)
        text, size = largest_text([b for b in blocks if b.page == first])
        if text and size >= 1.15 * body and line_language(text) == lang:
            out[lang] = text
    return out


# --- the document ------------------------------------------------------------------------------

def open_pdf(path: Path):
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)   # font-descriptor chatter, not problems
    try:
        return pdfplumber.open(path)
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for a damaged or encrypted file
        raise BuildError(path, f"cannot be read as a PDF ({type(exc).__name__}: {exc}) / 无法读取 PDF",
                         key="pdf") from None


def read_pdf(path: str | Path) -> PdfText:
    """A PDF -> its text as a seed holds it, with what was guessed and what could not be read."""
    path = Path(path)
    radicals, problems = load_radicals(), []
    with open_pdf(path) as pdf:
        try:
            pages = [read_page(p, i, radicals, problems) for i, p in enumerate(pdf.pages, start=1)]
        except Exception as exc:  # noqa: BLE001 - the same, found while reading the pages
            raise BuildError(path, f"cannot be read as a PDF ({type(exc).__name__}: {exc}) / 无法读取 PDF",
                             key="pdf") from None
    drop = running_lines([p.lines for p in pages], [p.height for p in pages])
    if not any(p.tables or any(id(ln) not in drop for ln in p.lines) for p in pages):
        raise BuildError(path, f"none of its {len(pages)} pages has a text layer (scanned images?); OCR is "
                         "out of scope: add the report's text as a .txt instead / PDF 没有文本层", key="text layer")
    blocks, layout = page_blocks(pages, drop, problems)
    notes: list[str] = []
    blocks = merge_split_tables(blocks, notes)
    first_page = [b for b in blocks if b.page == min(b.page for b in blocks)]
    title, _ = largest_text(first_page)
    order, k = language_split([b.text() for b in blocks])
    if order == ("en", "zh"):
        blocks, order, k = blocks[k:] + blocks[:k], ("zh", "en"), len(blocks) - k
    halves = {order[0]: blocks[:k]} if len(order) == 1 else {order[0]: blocks[:k], order[1]: blocks[k:]}
    text = "\n\n".join(b.text() for b in blocks if b.is_table or b.text()) + "\n"
    return PdfText(text=text, pages=len(pages), blocks=blocks, titles=titles_of(halves, layout.body),
                   title=title, radicals=sum(p.mapped for p in pages), dropped=len(drop),
                   tables=sum(1 for b in blocks if b.is_table), problems=problems, notes=notes)
