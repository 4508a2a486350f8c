"""Stage 1, read: printed lines -> paragraphs, the rules `read/pdf.py` applies to a PDF's text.

They need no PDF: a `TextLine` is a line's text, its box on the page (PDF points, top-down), its
font size and its page, so the rules can be tried on a few lines written by hand.
- joining (`continues`): a line goes on with the paragraph of the line before it unless that one
  is short (a heading, a caption or a paragraph's last line: the next line's first word would have
  fitted after it), the next one starts a numbered section (一、 （一） I. 1.), is indented or
  printed in another size, or the two are further apart than the usual line pitch. Across a page
  break a line ending a sentence is not joined; on one page the layout decides (a full line, the
  next one at the usual pitch and not indented, is the same paragraph). A title printed on two
  lines in the same large size is one line;
- spacing (`join_text`): no space next to a Chinese character or full-width mark, one space between
  English words, none after a hyphen or slash that ends a word;
- radicals (`map_radicals`): Kangxi radicals (U+2F00–U+2FDF) by NFKC, CJK supplement radicals
  (U+2E80–U+2EFF) by the table in `catalog/pdf_radicals.yaml`, to the ordinary characters;
- languages (`language_split`): which of zh and en a text holds, in the order of its halves.
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.yamlio import load_yaml
from build_scripts.read import heading_of, line_language

RADICALS_YAML = paths.CATALOG_DIR / "pdf_radicals.yaml"
SENTENCE_END = tuple("。！？!?；;：:.")
CLOSERS = "”’\"')）】」』》"
NO_SPACE_AFTER = "-‐–—/"
SHARED_MARKS = "“”‘’—…·"                 # punctuation both scripts print
STAYS_WITH_CHAR = "，。、；：！？）》」』”’"     # punctuation that a line break may not put first


@dataclass
class TextLine:
    """One printed line: its text and where it stands."""
    text: str
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 12.0
    page: int = 1


@dataclass(frozen=True)
class Layout:
    """A document's text column: its left and right edges, the usual font size and line pitch
    (distance from the top of one line of a paragraph to the top of the next)."""
    left: float
    right: float
    body: float
    pitch: float


@lru_cache(maxsize=2)
def load_radicals(path: Path = RADICALS_YAML) -> dict[str, str]:
    """Radical -> character: the supplement table, and the Kangxi radicals whose NFKC form is not
    the character a simplified-Chinese font draws with the radical's glyph."""
    doc = load_yaml(path)
    table: dict[str, str] = {}
    for key, (lo, hi) in (("radicals", (0x2E80, 0x2EFF)), ("kangxi", (0x2F00, 0x2FDF))):
        part = doc.get(key) if isinstance(doc, dict) else None
        if not isinstance(part, dict):
            raise BuildError(path, f"must hold a top-level '{key}:' mapping / 须有顶层 {key} 映射", key=key)
        for k, v in part.items():
            if not (isinstance(k, str) and len(k) == 1 and lo <= ord(k) <= hi
                    and isinstance(v, str) and len(v) == 1 and is_wide(v)):
                raise BuildError(path, f"{k!r}: {v!r} must map one radical (U+{lo:04X}-U+{hi:04X}) to one "
                                 "character / 须为一个部首对应一个汉字", key=str(k))
            table[k] = v
    return table


def map_radicals(text: str, table: dict[str, str]) -> tuple[str, int]:
    """Radicals -> ordinary characters (the table first, then NFKC for the Kangxi block); returns
    the text and how many were mapped. Latin ligatures (ﬁ ﬂ ﬀ) are spelled out too, uncounted."""
    out, n = [], 0
    for c in text:
        if c in table:
            c, n = table[c], n + 1
        elif "\u2f00" <= c <= "\u2fdf":
            c, n = unicodedata.normalize("NFKC", c), n + 1
        elif "\ufb00" <= c <= "\ufb06":
            c = unicodedata.normalize("NFKC", c)
        out.append(c)
    return "".join(out), n


def is_wide(c: str) -> bool:
    """A Chinese character or a full-width mark: written without spaces around it."""
    return unicodedata.east_asian_width(c) in ("W", "F")


def join_text(a: str, b: str) -> str:
    """Two pieces of one sentence, joined by the spacing rule. Quotes and dashes that both scripts
    use (“ ” ‘ ’ — …) take the script of the letter they stand by: 新秦淮” + ——4·26 join as Chinese."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return a + b
    x = next((c for c in reversed(a) if c not in SHARED_MARKS), a[-1])
    y = next((c for c in b if c not in SHARED_MARKS), b[0])
    if is_wide(a[-1]) or is_wide(b[0]) or (a[-1] in SHARED_MARKS and is_wide(x)) \
            or (b[0] in SHARED_MARKS and is_wide(y)):
        return a + b
    if a[-1] in NO_SPACE_AFTER and len(a) > 1 and not a[-2].isspace():
        return a + b
    return f"{a} {b}"


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip(CLOSERS).endswith(SENTENCE_END)


def lead_width(text: str, size: float) -> float:
    """About how wide a line's first word is printed: a Chinese character with the punctuation
    that must stay with it, or a run of Latin letters and digits (0.55 em a letter)."""
    text = text.lstrip()
    if not text:
        return 0.0
    if is_wide(text[0]):
        n = 1
        while n < len(text) and text[n] in STAYS_WITH_CHAR:
            n += 1
        return n * size
    word = re.match(r"\S+", text).group(0)
    return sum(size if is_wide(c) else 0.55 * size for c in word)


def layout_of(lines: list[TextLine]) -> Layout:
    """The text column of a document, measured on its own lines in the body size."""
    if not lines:
        return Layout(0.0, 0.0, 12.0, 18.0)
    weights: dict[float, int] = {}
    for ln in lines:
        weights[round(ln.size, 1)] = weights.get(round(ln.size, 1), 0) + len(ln.text)
    body = max(weights, key=weights.get)
    main = [ln for ln in lines if abs(ln.size - body) <= 0.1 * body] or lines
    x0s, x1s = sorted(ln.x0 for ln in main), sorted(ln.x1 for ln in main)
    steps = [b.top - a.top for a, b in zip(main, main[1:])
             if a.page == b.page and 0.8 * body < b.top - a.top < 3 * body]
    pitch = statistics.median(steps) if steps else 1.5 * body
    return Layout(left=x0s[len(x0s) // 10], right=x1s[(len(x1s) * 9) // 10], body=body, pitch=pitch)


def continues(a: TextLine, b: TextLine, layout: Layout) -> bool:
    """Does line `b` go on with the paragraph that line `a` ends?"""
    if heading_of(b.text) is not None or abs(a.size - b.size) > 0.15 * max(a.size, b.size):
        return False
    if (a.size >= 1.15 * layout.body and a.page == b.page and 0 < b.top - a.top <= 1.8 * a.size
            and not ends_sentence(a.text)):
        return True               # a title printed on two lines
    if layout.right - a.x1 > lead_width(b.text, b.size) + 0.3 * b.size:
        return False              # `a` is short: a heading or caption, or a paragraph's end
    if b.x0 > layout.left + 1.2 * b.size:
        return False              # `b` is indented: a new paragraph
    if a.page == b.page:
        return 0 < b.top - a.top <= 1.3 * layout.pitch
    return not ends_sentence(a.text)


def paragraphs(lines: list[TextLine], layout: Layout | None = None) -> list[list[TextLine]]:
    """Consecutive printed lines -> paragraphs, by `continues`."""
    layout = layout or layout_of(lines)
    out: list[list[TextLine]] = []
    for ln in lines:
        if out and continues(out[-1][-1], ln, layout):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def paragraph_text(lines: list[TextLine]) -> str:
    text = ""
    for ln in lines:
        text = join_text(text, ln.text)
    return text


def language_split(texts: list[str]) -> tuple[tuple[str, ...], int]:
    """The languages of a text in the order of its halves, and the index of the block where the
    second half starts (a language with under a tenth of the text's weight does not count)."""
    weights = []
    for t in texts:
        lang, w = line_language(t), min(len(t.strip()), 400)
        weights.append((w if lang == "zh" else 0, w if lang == "en" else 0))
    zh, en = sum(a for a, _ in weights), sum(b for _, b in weights)
    if not texts or min(zh, en) < 0.1 * (zh + en):
        return (("zh",) if zh >= en else ("en",)), len(texts)
    best: tuple[float, tuple[str, ...], int] = (-1.0, ("zh", "en"), 0)
    for order, (i, j) in ((("zh", "en"), (0, 1)), (("en", "zh"), (1, 0))):
        before, after = 0, sum(w[j] for w in weights)
        for k in range(len(texts) + 1):
            if before + after > best[0]:
                best = (before + after, order, k)
            if k < len(texts):
                before, after = before + weights[k][i], after - weights[k][j]
    return best[1], best[2]
