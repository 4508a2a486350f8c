"""Stage 2, parse: the running text of a language half -> paragraphs (lines re-joined where a
page break cut a sentence), each normalized with its sentences and clauses (`Context`)."""
from __future__ import annotations

import bisect
import re
from functools import cached_property
from dataclasses import dataclass

from build_scripts.parse.numbers import normalize_en, normalize_zh, quoted_spans, traditional
from build_scripts.read import Line, heading_of

# (en) abbreviations a full stop ends without ending the sentence ("Dongqi Auto Parts Co., Ltd. obtained …"); one
# look-behind each, as Python's look-behinds take one width
ABBREVIATIONS_EN = ("Co", "Ltd", "Inc", "Corp", "Mr", "Ms", "Dr")
# (zh: a web page's breadcrumb, 首页 > 淮安新闻 > 楚州新增加5件著名商标, sets its parts apart as sentences: the section's
# place is no subject of the title after it)
SENTENCE_END = {"zh": re.compile(r"[。！？!?]|(?<=[\u4e00-\u9fff])[>＞»›](?=[\u4e00-\u9fff])"),
                "en": re.compile(r"(?<=[A-Za-z0-9)\]%”\"])(?<!\b[A-Z])" + "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS_EN)
                                 + r"[.!?](?=\s|$)")}     # (not after an initial either)

# (zh: an ASCII comma is digit grouping only between digits; 《…白皮书》,2015年 opens a clause)
CLAUSE_SEP = {"zh": re.compile(r"[，；：（）()：;:]|(?<!\d),|,(?!\d{3})"), "en": re.compile(r",(?=\s)|[;:()]")}

# (en) a comma inside a list of nouns after a preposition ("filed by individuals, companies and
# institutions in Shenzhen") separates no clauses: the words before it and after it
NOUN_LIST_BEFORE = re.compile(r"\b(?:by|of|from|among|for|to|in|with|including)\s+[A-Za-z]+(?:\s[A-Za-z]+)?$")
NOUN_LIST_AFTER = re.compile(r"\s+(?![A-Za-z]+ed\b)[A-Za-z]+(?:\s[A-Za-z]+)?(?:,\s+[A-Za-z]+(?:\s[A-Za-z]+)?)*,?\s+(?:and|or)\s+[A-Za-z]")

# a news item's dateline at a line's start: who reports from where (新疆网讯(记者…), 中新网呼和浩特4月25日电, 本报讯,
# "BEIJING, April 25 (Xinhua) --"); a place named in it is the reporter's, not what the figures are about
DATELINE = {"zh": re.compile(r"\s*【?[\u4e00-\u9fff·\-]{1,14}?(?:\d{1,2}月\d{1,2}日(?:电|消息|讯)|[网报台]讯(?=\s*[(（【】\u201c\x22\s\d]))"),
            "en": re.compile(r"\s*[A-Z][A-Za-z .'-]{1,30},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Za-z .]{2,20}\)\s*(?:--|—|–)")}

SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?", "”", "\"", "：", ":", "；", ";")

TITLE_LINE_MAX = 100       # (en) longer lines, or lines with figures, brackets or commas, are no titles
WRAPPED_LINE_MIN = 16      # (zh) a line this long that holds a full stop and ends inside a word is wrapped text
PAGE_LINE_MIN = 40         # shorter lines without a full stop are titles and captions, not cut text


@dataclass
class Span:
    start: int
    end: int

@dataclass
class Context:
    """A paragraph of a language half — its lines joined where a page break cut a sentence —
    normalized, with its sentences and clauses."""
    lines: list[Line]
    starts: list[int]          # where each line starts in `text`
    text: str                  # the lines joined ("" between zh lines, " " between en lines)
    lang: str
    norm: str
    index: list[int]           # norm position -> position in `text`
    sentences: list[Span]
    clauses: list[Span]
    prev_agency: str | None

    @classmethod
    def of(cls, lines: list[Line], lang: str, prev_agency: str | None, traditional: bool = False) -> "Context":
        """The paragraph `lines` of a text in `lang` (`traditional`: of a text in traditional script)."""
        sep = "" if lang == "zh" else " "
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln.text) + len(sep)
        text = sep.join(ln.text for ln in lines)
        norm, index = normalize_zh(text, traditional) if lang == "zh" else normalize_en(text)
        sentences = split_spans(norm, SENTENCE_END[lang])
        skip = in_noun_list if lang == "en" else None
        clauses = [c for s in sentences for c in split_spans(norm, CLAUSE_SEP[lang], s, skip)]
        return cls(lines, starts, text, lang, norm, index, sentences, clauses, prev_agency)

    def matches(self, rx: re.Pattern) -> tuple[list[int], list[re.Match]]:
        """Every match of `rx` in the paragraph, found once (with their starts, for bisection)."""
        cache = self.__dict__.setdefault("_matches", {})
        if rx.pattern not in cache:
            found = list(rx.finditer(self.norm))
            cache[rx.pattern] = ([m.start() for m in found], found)
        return cache[rx.pattern]

    def before(self, rx: re.Pattern | None, lo: int, hi: int):
        """The matches of `rx` inside [lo, hi), nearest `hi` first (lazily: the work does not grow
        with the length of the paragraph)."""
        if rx is None:
            return
        starts, found = self.matches(rx)
        k = bisect.bisect_left(starts, hi) - 1
        while k >= 0 and starts[k] >= lo:
            if found[k].end() <= hi:
                yield found[k]
            k -= 1

    def last_before(self, rx: re.Pattern | None, lo: int, hi: int) -> re.Match | None:
        return next(self.before(rx, lo, hi), None)

    def first_after(self, rx: re.Pattern, lo: int, hi: int) -> re.Match | None:
        """The first match of `rx` inside [lo, hi) (by bisection, as `before`)."""
        starts, found = self.matches(rx)
        k = bisect.bisect_left(starts, lo)
        return found[k] if k < len(found) and found[k].end() <= hi else None

    def in_dateline(self, pos: int) -> bool:
        """Whether `pos` lies in a news dateline at the start of one of the paragraph's lines (`DATELINE`)."""
        if "_datelines" not in self.__dict__:
            found = (DATELINE[self.lang].match(self.norm, self.at(start)) for start in self.starts)
            self.__dict__["_datelines"] = [(m.start(), m.end()) for m in found if m]
        return any(a <= pos < b for a, b in self.__dict__["_datelines"])

    def in_quotes(self, pos: int) -> bool:
        """Whether `pos` lies inside name quotes or title marks (numbers.quoted_spans: “桂林罗汉果”, 《…》),
        found once per paragraph (by bisection over their starts)."""
        if "_quoted" not in self.__dict__:
            spans = sorted(quoted_spans(self.norm))
            self.__dict__["_quoted"] = ([a for a, _ in spans], spans)
        starts, spans = self.__dict__["_quoted"]
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and spans[k][0] < pos < spans[k][1]

    def clause_index(self, clause: Span) -> int:
        """The place of `clause` in `clauses` (by bisection over their starts, found once)."""
        if "_clause_starts" not in self.__dict__:
            self.__dict__["_clause_starts"] = [c.start for c in self.clauses]
        return bisect.bisect_left(self.__dict__["_clause_starts"], clause.start)

    def at(self, raw_pos: int) -> int:
        return bisect.bisect_left(self.index, raw_pos)

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line starts in `norm`."""
        return [self.at(s) for s in self.starts]

    def line_end(self, pos: int) -> int:
        """Where the line holding norm position `pos` ends in `norm` (the next line's start)."""
        k = bisect.bisect_right(self.line_starts, pos)
        return self.line_starts[k] if k < len(self.line_starts) else len(self.norm)

    def on_its_line(self, end: int, n: int) -> str:
        """The `n` characters after a figure ending at `end`, cut at its line's end (…提起公诉208件394人 / 省司法厅…:
        the next line's first words are not the figure's)."""
        return self.norm[end:min(end + n, self.line_end(end - 1))]

    def raw(self, start: int, end: int, line: int) -> str:
        """The original text of norm[start:end] within line number `line` (an exact substring of it).
        `index` rises with the position, so the kept part is found by bisection (no scan)."""
        i = next(k for k, ln in enumerate(self.lines) if ln.number == line)
        lo, hi = self.starts[i], self.starts[i] + len(self.lines[i].text)
        a = max(start, bisect.bisect_left(self.index, lo, start, end))
        b = min(end, bisect.bisect_left(self.index, hi, start, end))
        return self.text[self.index[a]:self.index[b - 1] + 1] if a < b else ""

    def around(self, spans: list[Span], pos: int) -> Span:
        """The span holding `pos` (spans are in order and do not overlap)."""
        k = bisect.bisect_right(spans, pos, key=lambda s: s.start) - 1
        if 0 <= k < len(spans) and spans[k].start <= pos < spans[k].end:
            return spans[k]
        return Span(0, len(self.norm))

def traditional_half(half: list[Line], lang: str) -> bool:
    """Whether a language half is Chinese in traditional script (numbers.traditional over all its lines): every
    paragraph of it is then read as simplified (`Context.of`), whatever its own share."""
    return lang == "zh" and traditional("".join(line.text for line in half))


def in_noun_list(text: str, m: re.Match) -> bool:
    """(en) Whether the separator `m` is a comma of a list of nouns after a preposition."""
    return m.group() == "," and bool(NOUN_LIST_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
        and bool(NOUN_LIST_AFTER.match(text, m.end()))


def split_spans(text: str, rx: re.Pattern, within: Span | None = None, skip=None) -> list[Span]:
    within = within or Span(0, len(text))
    spans, start = [], within.start
    for m in rx.finditer(text, within.start, within.end):
        if skip is not None and skip(text, m):
            continue
        spans.append(Span(start, m.end()))
        start = m.end()
    spans.append(Span(start, within.end))
    return spans

def paragraphs(half: list[Line], skip_lines) -> list[list[Line]]:
    """The text lines of a half, grouped where a page break cut a sentence: a long line that does
    not end a sentence continues on the next text line, unless that line starts a section (or, in English,
    opens with a capital: "Zhejiang: Ningbo seeing an optimized patent structure" is a title, not cut text)."""
    out: list[list[Line]] = []
    joinable = titled = False
    for line in half:
        if line.number in skip_lines:
            joinable = False      # a table between two lines ends the paragraph
            continue
        if line.blank:
            continue
        if joinable and heading_of(line.text) is None and not (titled and line.text.lstrip()[:1].isupper()):
            out[-1].append(line)      # (en: a line opening with a capital starts anew under a title with no stop)
        else:
            out.append([line])
        text = line.text.strip()
        joinable = not text.endswith(SENTENCE_ENDS) and (len(text) >= PAGE_LINE_MIN or (
            line.lang == "zh" and len(text) >= WRAPPED_LINE_MIN and re.search(r"[。；;]", text) is not None
            and re.search(r"[\u4e00-\u9fff]$", text) is not None))
        #        (a shorter line of running text a page wrapped mid-word: …409家。全年共签订各类技 / 术交易合同162项)
        titled = line.lang == "en" and len(text) < TITLE_LINE_MAX and not re.search(r"[\d(,;]", text)
        #        ("Zhejiang: Ningbo seeing an optimized patent structure": a title; not "… patents (up 15.86%" cut by a page)
    return out
