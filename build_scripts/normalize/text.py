"""Stage 2b, parse the narrative: every number stated in a report's sentences -> facts, and the
facts that name an indicator of the catalog -> observations (aligned zh/en in align.py).

For each number (numbers.py) in each line of each language half, the extractor decides:
- the indicator: a catalog term (in the wordings text_rules.yaml `term_forms` allow: modifiers after
  its verb, 调解成功知识产权纠纷; a list of kinds, 商标、专利等违法案件; IP / IPR / intellectual
  property) that wraps the number ("accepted {n} IPR cases"), the nearest
  term before it in its clause, or the noun right after it ("20 单知识产权证券化产品",
  "480,272 trademark applications"); a change, share or ranking (同比增长 17.61%, 占全国总量的
  19.71%, 居全国首位) belongs to the statement just before it and becomes the derived indicator
  `<base>.yoy_pct`, `.share_national_pct`, `.share_province_pct`, `.rank_national`; 累计 / new
  words pick `<base>.cumulative` / `<base>.new`; an amount of money after a count picks
  `<base>.amount`. The measure word must fit the indicator's unit (474件 cases, 698人 persons) and
  the authority the sentence is about must be the indicator's (courts, procuratorates, police,
  customs ...: catalog `agencies`).
  Lists share what names them: 商标申请量约8.1万件、注册量5.4万件 / "trademark applications and
  registrations came to 81,000 and 54,000" (the subject carries over to the next head), and
  分别…X%和Y% / "X% and Y% respectively" give the n-th change to the n-th listed statement.
- the region: the nearest region named before the number in its sentence (or, in English, after
  it in its clause): a city, district or customs district of the gazetteer; 全省 / 全市 / the
  province -> the report's own region. A region name followed by a court's, tribunal's or
  procuratorate's name (广州知识产权法院, "the Shenzhen IP Tribunal") is one institution, not the
  region: its figures stay facts without an indicator.
- the period: the report's period for flows, its last day for stocks and ratios (or the last day
  of the month the sentence names: 截至6月底), or the year the clause itself names
  (在2021年…调查中达83.62分).
Every number becomes a fact, mapped or not; the rules are general and live in
catalog/text_rules.yaml and the catalog's terms: nothing here knows a report.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from build_scripts.core import paths
from build_scripts.normalize.align import align
from build_scripts.catalog import Catalog, Indicator
from build_scripts.parse.numbers import Number, find_numbers, normalize_en, normalize_zh
from build_scripts.read import Line, Report, heading_of
from build_scripts.core.records import Discrepancy, Fact, Observation
from build_scripts.core.yamlio import load_yaml

RULES_PATH = paths.CATALOG_DIR / "text_rules.yaml"
SENTENCE_END = {"zh": re.compile(r"[。！？!?]"), "en": re.compile(r"(?<=[A-Za-z0-9)\]%”\"])(?<!\b[A-Z])[.!?](?=\s|$)")}
CLAUSE_SEP = {"zh": re.compile(r"[，；：（）()：;:]|,(?!\d{3})"), "en": re.compile(r",(?=\s)|[;:()]")}
ZH_YEAR = re.compile(r"((?:19|20)\d{2})年")
EN_YEAR = re.compile(r"\b((?:19|20)\d{2})\b(?![-–]\d)")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
AS_OF = {"zh": re.compile(r"截至(?:((?:19|20)\d{2})年)?(\d{1,2})月(?:底|末)"),
         "en": re.compile(r"(?:as of|by|till|until|up to) (?:the )?end of (" + "|".join(MONTH_NAMES) + r")(?:,? ((?:19|20)\d{2}))?",
                          re.IGNORECASE)}
CLAUSE_END = " ，,；;。.：:（(、"
SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?", "”", "\"", "：", ":", "；", ";")
DENOMINATOR = {"zh": re.compile(r"每\s*$"), "en": re.compile(r"\b(?:per|for every|for each|every)\s+$", re.IGNORECASE)}
PAGE_LINE_MIN = 40         # shorter lines without a full stop are titles and captions, not cut text


@dataclass
class TextResult:
    facts: list[Fact]
    observations: list[Observation]
    discrepancies: list[Discrepancy]
    counts: dict = field(default_factory=dict)   # facts / mapped / unmapped, per language and in all


@dataclass(frozen=True)
class Rules:
    unit_words: dict          # unit -> lang -> tuple of words
    cues: dict                # cue -> lang (zh, en, en_after) -> tuple of words
    agencies: dict            # agency -> lang -> words
    relative: dict            # province|city|national -> lang -> words
    rank_scope: dict
    subset: dict              # lang -> words
    stop_terms: dict
    year_compare: dict
    compared_region: dict
    distinct_units: tuple
    institutions: dict        # lang -> words naming one institution after a region name
    elliptic: dict            # lang -> heads a listed term's subject carries over to (注册量, registrations)
    term_forms: dict          # lang -> wordings a term may take: gaps after verbs, lists of kinds, synonyms


def _tuple_tree(node):
    if isinstance(node, dict):
        return {k: _tuple_tree(v) for k, v in node.items()}
    if isinstance(node, list):
        return tuple(_tuple_tree(x) if isinstance(x, (list, dict)) else str(x) for x in node)
    return () if node is None else str(node)


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_PATH) -> Rules:
    doc = load_yaml(path)
    return Rules(**{k: _tuple_tree(doc.get(k) or {}) for k in Rules.__dataclass_fields__})


@lru_cache(maxsize=512)
def _words_rx(words: tuple[str, ...], lang: str) -> re.Pattern | None:
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in words)
    if lang == "en":      # whole words, plurals included
        return re.compile(r"(?<![A-Za-z])(?:" + alt + r")(?:e?s)?(?![A-Za-z])", re.IGNORECASE)
    return re.compile(alt, re.IGNORECASE)


def _alt(words, suffix: str = "") -> str:
    return "(?:" + "|".join(re.escape(w) + suffix for w in sorted(words, key=len, reverse=True)) + ")"


def _kind_list(forms: dict, lang: str) -> tuple[str, str, str]:
    """Regexes of a kind of IP, of a joiner between kinds and of a list of two or more kinds
    (专利、商标等 / patent and trademark; zh kinds may also stand side by side: 专利商标)."""
    joiners = forms.get("joiners", ())
    if lang == "zh":
        kind, joiner = _alt(forms.get("kinds", ())), _alt(joiners)
        etc = (_alt(forms.get("etc", ())) + "?") if forms.get("etc") else ""
        return kind, joiner, kind + "(?:" + joiner + "?" + kind + ")+" + etc
    kind, words = _alt(forms.get("kinds", ()), "(?:e?s)?"), _alt([w for w in joiners if w != ","])
    joiner = r"(?:\s*,\s*(?:" + words + r"\s+)?|\s+" + words + r"\s+)"
    return kind, joiner, kind + "(?:" + joiner + kind + ")+"


def _literal(text: str, plural: bool) -> str:
    """Literal text as a regex: any spacing; with `plural`, each English word may be plural."""
    out = []
    for piece in re.split(r"([A-Za-z]{3,})", text):
        if plural and re.fullmatch(r"[A-Za-z]{3,}", piece):
            out.append(re.escape(piece[:-1] if piece.endswith("s") else piece) + "(?:e?s)?")
        else:
            out.append(re.escape(piece).replace(r"\ ", r"\s+"))
    return "".join(out)


def _term_rx(term: str, lang: str, forms: dict, plural: bool = False) -> str:
    """A term of the catalog as a regex source, in the wordings `term_forms` allow: any spacing; a
    list of kinds of IP for kinds side by side; (zh) a short gap of modifiers after a leading verb;
    (en) synonyms for each other."""
    specials = []
    if forms.get("kinds"):
        specials.append(_kind_list(forms, lang)[2])
    specials += [_alt(group) for group in forms.get("synonyms", ())]
    if not specials:
        return _literal(term, plural)
    edge = (r"(?<![A-Za-z])", r"(?![A-Za-z])") if lang == "en" else ("", "")
    finder = re.compile(edge[0] + "(?:" + "|".join(f"({rx})" for rx in specials) + ")" + edge[1], re.IGNORECASE)
    out, pos = [], 0
    for m in finder.finditer(term):
        out += [_literal(term[pos:m.start()], plural), specials[m.lastindex - 1]]
        pos = m.end()
    rx = "".join(out) + _literal(term[pos:], plural)
    verb = next((v for v in sorted(forms.get("gap_after", ()), key=len, reverse=True)
                 if term.startswith(v) and len(term) > len(v) + 1), None)
    if verb and rx.startswith(re.escape(verb)):
        modifier = "(?:(?!" + _alt(forms.get("kinds", ())) + ")[\u4e00-\u9fff])"      # no kind of IP in the gap
        rx = re.escape(verb) + modifier + "{0,%s}?" % forms.get("gap", "0") + rx[len(re.escape(verb)):]
    return rx


def _pattern_part(text: str, lang: str, forms: dict) -> str:
    """A literal part of a {n} term as a regex: its wordings; in English a word may be plural."""
    return _term_rx(text.strip(), lang, forms, plural=lang == "en")


@dataclass
class Lexicon:
    """The catalog's terms and the gazetteer's names, compiled for one language."""
    lang: str
    terms: re.Pattern | None                 # plain terms and stop terms, longest first
    term_ids: dict                           # casefolded term -> list of indicator ids ([] = stop term)
    patterns: list                           # (prefix regex, suffix regex, indicator id)
    regions: re.Pattern | None
    region_codes: dict                       # casefolded name -> code or "@province" / "@city" / "@national"
    agencies: re.Pattern | None
    agency_of: dict                          # casefolded word -> agency
    wordings: list = field(default_factory=list)    # (regex of a term in its wordings, casefolded term)
    after_list: re.Pattern | None = None     # a list of kinds ending right before a term (专利和 / patent and)
    kind: re.Pattern | None = None           # a kind of IP starting a term

    @staticmethod
    def key(found: str, table: dict):
        """The entry of `table` a match names (a plural matches its singular)."""
        k = found.casefold()
        for cand in (k, k[:-1], k[:-2]):
            if cand in table:
                return table[cand]
        raise KeyError(found)

    def ids(self, norm: str, m: re.Match) -> list[str]:
        """The indicators a match of `terms` names: the term it is a wording of; none when it names one
        kind of IP right after a list of kinds (专利和 + 商标质押融资) that no term of the catalog names."""
        found = m.group(0)
        if self.after_list is not None and self.kind.match(found) and self.after_list.search(norm, max(0, m.start() - 40), m.start()):
            return []
        try:
            return self.key(found, self.term_ids)
        except KeyError:
            pass
        for rx, term in self.wordings:
            if rx.fullmatch(found):
                return self.term_ids[term]
        raise KeyError(found)

    @classmethod
    def build(cls, catalog: Catalog, gazetteer, rules: Rules, lang: str) -> "Lexicon":
        term_ids: dict[str, list[str]] = {}
        patterns = []
        forms = rules.term_forms.get(lang, {})
        for ind in catalog.indicators.values():
            for term in (ind.terms_zh if lang == "zh" else ind.terms_en):
                term = re.sub(r"\s+", "", term) if lang == "zh" else term
                if "{n}" in term:
                    pre, _, post = (_pattern_part(p, lang, forms) for p in term.partition("{n}"))
                    filler = _alt(forms.get("fillers", ())) + r"?\s*" if forms.get("fillers") else ""
                    patterns.append((re.compile(pre + r"\s*" + filler + "$", re.IGNORECASE) if pre else None,
                                     re.compile(r"\s*" + post, re.IGNORECASE) if post else None, ind.id))
                else:
                    term_ids.setdefault(term.casefold(), []).append(ind.id)
        for stop in rules.stop_terms.get(lang, ()):
            term_ids.setdefault(stop.casefold(), [])
        codes: dict[str, str] = {}
        if gazetteer is not None:
            for name, code in gazetteer.names(lang):
                codes.setdefault(name.casefold(), code)
        for kind, words in rules.relative.items():
            for w in words.get(lang, ()):
                codes.setdefault(w.casefold(), "@" + kind)
        agency_of = {w.casefold(): a for a, words in rules.agencies.items() for w in words.get(lang, ())}
        wordings = [(_term_rx(t, lang, forms), t) for t in sorted(term_ids, key=len, reverse=True)]
        terms = None
        if wordings:
            alt = "|".join(rx for rx, _ in wordings)
            terms = re.compile(r"(?<![A-Za-z])(?:" + alt + r")(?:e?s)?(?![A-Za-z])" if lang == "en" else alt, re.IGNORECASE)
        flags = re.IGNORECASE
        after_list = kind = None
        if forms.get("kinds"):
            kind_rx, joiner, _ = _kind_list(forms, lang)
            after_list, kind = re.compile(kind_rx + joiner + "$", flags), re.compile(kind_rx, flags)
        return cls(lang, terms, term_ids, patterns, _words_rx(tuple(codes), lang), codes,
                   _words_rx(tuple(agency_of), lang), agency_of,
                   [(re.compile(rx + (r"(?:e?s)?" if lang == "en" else ""), flags), t) for rx, t in wordings],
                   after_list, kind)


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
    def of(cls, lines: list[Line], lang: str, prev_agency: str | None) -> "Context":
        sep = "" if lang == "zh" else " "
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln.text) + len(sep)
        text = sep.join(ln.text for ln in lines)
        norm, index = (normalize_zh if lang == "zh" else normalize_en)(text)
        sentences = _split(norm, SENTENCE_END[lang])
        clauses = [c for s in sentences for c in _split(norm, CLAUSE_SEP[lang], s)]
        return cls(lines, starts, text, lang, norm, index, sentences, clauses, prev_agency)

    def at(self, raw_pos: int) -> int:
        return bisect.bisect_left(self.index, raw_pos)

    def raw(self, start: int, end: int, line: int) -> str:
        """The original text of norm[start:end] within line number `line` (an exact substring of it)."""
        i = next(k for k, ln in enumerate(self.lines) if ln.number == line)
        lo, hi = self.starts[i], self.starts[i] + len(self.lines[i].text)
        kept = [self.index[k] for k in range(start, end) if lo <= self.index[k] < hi]
        return self.text[kept[0]:kept[-1] + 1] if kept else ""

    def around(self, spans: list[Span], pos: int) -> Span:
        for s in spans:
            if s.start <= pos < s.end:
                return s
        return Span(0, len(self.norm))


def _split(text: str, rx: re.Pattern, within: Span | None = None) -> list[Span]:
    within = within or Span(0, len(text))
    spans, start = [], within.start
    for m in rx.finditer(text, within.start, within.end):
        spans.append(Span(start, m.end()))
        start = m.end()
    spans.append(Span(start, within.end))
    return spans


def _last(rx: re.Pattern | None, text: str):
    if rx is None:
        return None
    found = None
    for found in rx.finditer(text):
        pass
    return found


def _has(words, text: str, lang: str) -> bool:
    rx = _words_rx(words, lang)
    return bool(rx and rx.search(text))


@dataclass
class Reading:
    """What the extractor made of one number."""
    line: Line
    number: Number
    start: int                 # span of the number in the normalized line
    end: int
    value: Decimal
    base: str | None = None    # the indicator the statement is about (before derivation)
    indicator: str = ""
    region: str = ""
    year: int | None = None
    as_of: tuple[int | None, int] | None = None    # (year, month) of 截至…月底 / as of the end of <month>
    clause: str = ""
    chain: bool = False        # its base may carry on to a change, share or rank right after it
    sign: int = 0              # +1 / -1 for a change (增长 / 下降), 0 for a level
    signed: bool = False       # the direction is stated in words the rules know (not only "YoY")
    pos: int = 0               # place in a list of numbers of one kind (8.1万件、注册量5.4万件 / 6.2% and 9.8%)
    run: int = 1               # length of that list


class LineReader:
    def __init__(self, report: Report, catalog: Catalog, lex: Lexicon, rules: Rules, unit_words: dict):
        self.report, self.catalog, self.lex, self.rules, self.unit_words = report, catalog, lex, rules, unit_words
        self.lang = lex.lang
        self.earlier: list[Reading] = []      # the readings of the sentence before the current number

    # --- cues -------------------------------------------------------------------------------
    def cue(self, name: str, text: str, where: str = "") -> re.Match | None:
        words = self.rules.cues.get(name, {}).get(self.lang + where, ())
        return _last(_words_rx(words, self.lang), text)

    def change_sign(self, before: str, after: str = "") -> int:
        """+1 / -1 when the words just before the number (or, in English, right after it: "3.2%
        fewer than a year earlier") make it a change (增长 / down); 0 for the level a change
        reached (增长至 / rose by 5% to 24,100)."""
        window = before[-14:] if self.lang == "zh" else before[-45:]
        tail = before[-6:]
        level = self.cue("level", tail)
        if level and not tail[level.end():].strip():
            return 0
        for sign, name in ((1, "up"), (-1, "down")):
            m = self.cue(name, after[:45], "_after") if self.lang == "en" else None
            if m and not after[:m.start()].strip():
                return sign
        up, down = self.cue("up", window), self.cue("down", window)
        if self.cue("not_change", window):
            return 0
        if up or down:
            return -1 if (down and (not up or down.start() >= up.start())) else 1
        return 0

    def share_of(self, before: str, after: str) -> str | None:
        if self.lang == "zh":
            window = before[-16:]
            if self.cue("share_national", window):
                return "national"
            if self.cue("share_province", window):
                return "province"
            return "other" if self.cue("share_any", window) else None
        head = after[:40]
        for kind in ("national", "province", "any"):
            m = self.cue("share_" + kind, head, "_after")
            if m and m.start() < 4:
                return "other" if kind == "any" else kind
        return "other" if self.cue("share_any", before[-30:]) else None

    # --- terms --------------------------------------------------------------------------------
    def term_before(self, ctx: Context, clause: Span, pos: int):
        """The nearest term ending before `pos` in the clause: (ids, start) or None."""
        if self.lex.terms is None:
            return None
        best = None
        for m in self.lex.terms.finditer(ctx.norm, clause.start, pos):
            best = m
        if best is None:
            return None
        return self.lex.ids(ctx.norm, best), best.start(), best.end()

    def term_after(self, ctx: Context, clause: Span, pos: int):
        if self.lex.terms is None:
            return None
        m = self.lex.terms.search(ctx.norm, pos, clause.end)
        limit = 8 if self.lang == "zh" else 20
        if m and m.start() - pos <= limit:
            return self.lex.ids(ctx.norm, m), m.start(), m.end()
        return None

    def parenthesis_host(self, ctx: Context, clause: Span, before: str) -> Span:
        """For a number alone in brackets — "…per 10,000 people" (120.75) — the clause before them."""
        if before.strip() or clause.start == 0 or ctx.norm[clause.start - 1] not in "(（":
            return clause
        i = next((k for k, c in enumerate(ctx.clauses) if c == clause), 0)
        return Span(ctx.clauses[i - 1].start, clause.end) if i else clause

    def subset_before(self, ctx: Context, clause: Span, term_start: int) -> bool:
        window = ctx.norm[max(clause.start, term_start - (8 if self.lang == "zh" else 30)):term_start]
        return _has(self.rules.subset.get(self.lang, ()), window, self.lang)

    def list_places(self, ctx: Context, nums: list[Number], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(place, length) of each number in a list of numbers of one unit joined by 、/和/and
        (an elliptic head may stand between in Chinese: 约8.1万件、注册量5.4万件)."""
        heads = "|".join(map(re.escape, self.rules.elliptic.get(self.lang, ())))
        joiner = (re.compile(r"[、和及与]\s*(?:" + heads + r")?\s*(?:为|达)?") if self.lang == "zh"
                  else re.compile(r"\s*,?\s*(?:and\s+)?", re.IGNORECASE))
        places = [[0, 1] for _ in nums]
        for i in range(1, len(nums)):
            kinds = {nums[i].unit, nums[i - 1].unit}
            if (len(kinds) == 1 or kinds <= {"count", ""}) and joiner.fullmatch(ctx.norm, spans[i - 1][1], spans[i][0]):
                places[i][0] = places[i - 1][0] + 1
        for i in range(len(nums) - 1, -1, -1):
            if i + 1 < len(nums) and places[i + 1][0] == places[i][0] + 1:
                places[i][1] = places[i + 1][1]
            else:
                places[i][1] = places[i][0] + 1
        return [tuple(p) for p in places]

    def shared_subject(self, ctx: Context, found: tuple, r: Reading) -> list[str]:
        """A term whose subject the next heads share: the n-th number of a list after 商标申请量和注册量 /
        "trademark applications and registrations" is the n-th head's (商标注册量); a number after an
        elliptic head (商标申请量约8.1万件、注册量5.4万件) is that head's. [] when the joined name is
        no term of the catalog."""
        ids, start, end = found
        term, heads = ctx.norm[start:end], self.rules.elliptic.get(self.lang, ())
        if self.lang == "zh":
            head = next((h for h in sorted(heads, key=len, reverse=True) if term.endswith(h)), None)
            subject = term[:len(term) - len(head)] if head else ""
            listed = re.match(r"(?:[和、及与](?:" + "|".join(map(re.escape, heads)) + "))+", ctx.norm[end:r.start]) if heads else None
            more = re.findall("|".join(map(re.escape, heads)), listed.group(0)) if listed else []
            gap = _last(_words_rx(heads, "zh"), ctx.norm[end:r.start]) if heads else None
        else:
            subject, _, head = term.rpartition(" ")
            subject += " "
            listed = re.match(r"(?:(?:,\s*|,?\s+and\s+)[A-Za-z-]+)+", ctx.norm[end:r.start])
            more = re.findall(r"[A-Za-z-]+", re.sub(r"\band\b", " ", listed.group(0))) if listed else []
            gap = None
        if not head or not subject.strip():
            return ids
        if more and r.pos < len(more) + 1 and r.run == len(more) + 1:
            name = subject + ([head] + more)[r.pos]
        elif gap is not None and not listed:
            name = subject + gap.group(0)
        else:
            return ids
        try:
            return self.lex.key(name, self.lex.term_ids)
        except KeyError:
            return []

    def related(self, prev: Reading, before: str, after: str) -> list[str]:
        """A number that names no term but says how it relates to the statement before it: its ratio
        to the population ("or 116.8 for every 10,000 residents") or the enterprises it served
        (质押融资…，惠及企业1520家 / "benefiting 1,520 companies": the nearest `.enterprises`
        indicator up the statement's id)."""
        per = self.cue("per_10k", after[:45], "_after")
        if per and not after[:per.start()].strip():
            return [v for v in (self.variant(prev.base, ".per_10k"),) if v]
        if self.cue("beneficiaries", before[-8:] if self.lang == "zh" else before[-25:]):
            parts = prev.base.split(".")
            return next(([iid] for k in range(len(parts) - 1, 0, -1)
                         if (iid := ".".join(parts[:k]) + ".enterprises") in self.catalog.indicators), [])
        return []

    def subset_after(self, after: str) -> bool:
        """(en) words right after the number's noun that make it a part: "3 cases supervised by"."""
        rx = _words_rx(self.rules.subset.get(self.lang + "_after", ()), self.lang)
        m = rx.search(after[:40]) if rx else None
        return bool(m) and re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,3}", after[:m.start()]) is not None

    def pattern_ids(self, ctx: Context, start: int, end: int, agency: str) -> tuple[list[str], int]:
        """Indicators of the sentence's authority whose {n} pattern wraps the number, longest pattern
        first, and where the longest pattern starts."""
        found = []
        for pre, post, iid in self.lex.patterns:
            if not self.allowed(self.catalog.indicators[iid], agency):
                continue
            m1 = pre.search(ctx.norm, 0, start) if pre is not None else None
            m2 = post.match(ctx.norm, end) if post is not None else None
            if (pre is not None and not m1) or (post is not None and not m2):
                continue
            found.append(((m1.end() - m1.start() if m1 else 0) + (m2.end() - m2.start() if m2 else 0),
                          m1.start() if m1 else start, iid))
        found.sort(key=lambda f: -f[0])
        return [iid for _, _, iid in found], (found[0][1] if found else start)

    # --- units, agencies, regions, years ------------------------------------------------------
    def fits(self, ind: Indicator, num: Number) -> int:
        """0: the number cannot be this indicator; 2: its measure word names the unit; 1: neutral."""
        unit = ind.unit
        if unit in ("percent", "percentage_points", "score", "rank", "yuan", "times"):
            if num.unit == unit:
                return 2
            if unit == "score" and self.lang == "en" and num.unit == "count":
                return 1
            return 1 if unit == "yuan" and num.unit == "" and num.value >= 10000 else 0
        if num.unit not in ("count", ""):
            return 0
        if unit not in ("per_10k_people", "per_10k_entities") and not num.is_integer:
            return 0
        words = self.unit_words.get(unit, {})
        if self.lang == "zh":
            if num.unit == "":
                return 1
            return 2 if num.measure in words.get("zh", ()) else 0
        # English: the noun after the number names the unit, or says nothing about it
        def names(u: str) -> bool:
            return bool(num.measure) and any(num.measure == w or num.measure.startswith(w + " ")
                                             for w in self.unit_words.get(u, {}).get("en", ()))
        if names(unit):
            return 2
        distinct = self.rules.distinct_units
        if unit in distinct or any(names(u) for u in distinct):
            return 0          # persons and batches need their noun; "698 suspects" is no count of cases
        return 1

    def agency(self, ctx: Context, pos: int) -> str:
        m = _last(self.lex.agencies, ctx.norm[:pos])
        if m:
            return self.lex.key(m.group(0), self.lex.agency_of)
        return ctx.prev_agency or "none"

    def allowed(self, ind: Indicator, agency: str) -> bool:
        agencies = ind.extra.get("agencies")
        return not agencies or agency in agencies

    def region_at(self, ctx: Context, sentence: Span, clause: Span, start: int, end: int) -> str | None:
        """The region code the number is about: the nearest region named before it in its clause,
        (en) after it in its clause, or before it in its sentence; the report's own region when none.
        None when its clause is about the whole country (全国)."""
        rx, own = self.lex.regions, self.report.meta.region_code
        if rx is None:
            return own
        codes = self.lex.region_codes

        def named(matches):
            return [m for m in matches if self.lex.key(m.group(0), codes) != "@national" and not self.only_compared(ctx, m)]
        in_clause = [m for m in rx.finditer(ctx.norm, clause.start, start) if not self.only_compared(ctx, m)]
        if in_clause and self.lex.key(in_clause[-1].group(0), codes) == "@national":
            return None
        after = named(rx.finditer(ctx.norm, end, clause.end)) if self.lang == "en" else []
        found = (named(in_clause) or after[:1] or named(rx.finditer(ctx.norm, sentence.start, start)) or [None])[-1]
        if found is None:
            return own
        if self.institution(ctx.norm[found.end():found.end() + 60]):
            return None       # one named court or tribunal, not the region's total
        code = self.lex.key(found.group(0), codes)
        if code == "@province":
            return own[:2] + "0000"
        return own if code == "@city" else code

    def institution(self, after_name: str) -> bool:
        """Whether the words right after a region name make it one institution (广州知识产权法院,
        Guangzhou Intellectual Property Court, the Shenzhen IP Tribunal)."""
        words = self.rules.institutions.get(self.lang, ())
        if not words:
            return False
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        if self.lang == "zh":
            return re.match(r"市?(?:" + alt + ")", after_name) is not None
        return re.match(r"(?:\s+[A-Z][\w'’-]*){0,4}?\s+(?:" + alt + r")(?![A-Za-z])", after_name) is not None

    def only_compared(self, ctx: Context, m: re.Match) -> bool:
        """A relative region word that only says what the number is compared with or ranked in
        (占全省…, 居全国…, of the province's total, first in the province)."""
        if not self.lex.key(m.group(0), self.lex.region_codes).startswith("@"):
            return False
        pre = ctx.norm[max(0, m.start() - 6):m.start()]
        words = self.rules.compared_region.get(self.lang, ())
        return bool(re.search(r"(?:" + "|".join(map(re.escape, words)) + r")\s*$", pre, re.IGNORECASE)) if words else False

    def year_at(self, ctx: Context, sentence: Span, clause: Span, start: int, end: int) -> int | None:
        rx = ZH_YEAR if self.lang == "zh" else EN_YEAR
        text = ctx.norm[sentence.start:start]
        m = _last(rx, text)
        if self.lang == "en" and (m is None or m.start() < clause.start - sentence.start):
            m2 = rx.search(ctx.norm, end, clause.end)
            if m2 is not None:
                pre = ctx.norm[max(clause.start, m2.start() - 14):m2.start()]
                return None if _has(self.rules.year_compare.get("en", ()), pre, "en") else int(m2.group(1))
        if m is None:
            return None
        pre = text[max(0, m.start() - 4):m.start()] if self.lang == "zh" else text[max(0, m.start() - 14):m.start()]
        if _has(self.rules.year_compare.get(self.lang, ()), pre, self.lang):
            return None
        return int(m.group(1))

    def as_of(self, ctx: Context, sentence: Span, start: int) -> tuple[int | None, int] | None:
        m = _last(AS_OF[self.lang], ctx.norm[sentence.start:start])
        if m is None:
            return None
        if self.lang == "zh":
            return (int(m.group(1)) if m.group(1) else None), int(m.group(2))
        return (int(m.group(2)) if m.group(2) else None), MONTH_NAMES.index(m.group(1).lower()) + 1

    # --- the decision -------------------------------------------------------------------------
    def pick(self, ids: list[str], num: Number, agency: str) -> str | None:
        best, best_fit = None, 0
        for iid in ids:
            ind = self.catalog.indicators.get(iid)
            if ind is None or not self.allowed(ind, agency):
                continue
            fit = self.fits(ind, num)
            if fit > best_fit:
                best, best_fit = iid, fit
        return best

    def by_agency_unit(self, num: Number, agency: str) -> list[str]:
        """No term: the one indicator of the sentence's authority whose distinctive unit the measure
        word names (海关 … 1074 批次 -> customs.batches)."""
        if agency == "none":
            return []
        ids = [i.id for i in self.catalog.indicators.values() if i.unit in self.rules.distinct_units
               and agency in (i.extra.get("agencies") or ()) and self.fits(i, num) == 2]
        return ids if len(ids) == 1 else []

    def variant(self, base: str, suffix: str) -> str | None:
        iid = base + suffix
        return iid if iid in self.catalog.indicators else None

    def base_of(self, iid: str) -> str:
        ind = self.catalog.indicators[iid]
        return base_id(ind)

    def read(self, ctx: Context) -> list[Reading]:
        out: list[Reading] = []
        in_terms = [(m.start(), m.end()) for m in self.lex.terms.finditer(ctx.norm)] if self.lex.terms else []
        numbers = [(ln, off, num) for ln, off in zip(ctx.lines, ctx.starts) for num in find_numbers(ln.text, self.lang)]
        spans = [(ctx.at(off + num.start), ctx.at(off + num.end - 1) + 1) for _, off, num in numbers]
        places = self.list_places(ctx, [n for _, _, n in numbers], spans)
        for (line, offset, num), (start, end), (pos, run) in zip(numbers, spans, places):
            if any(a <= start and end <= b for a, b in in_terms):
                continue      # part of a name: "invention patents per 10,000 people"
            if DENOMINATOR[self.lang].search(ctx.norm, max(0, start - 14), start):
                continue      # the base of a ratio: "for every 10,000 residents", 每万人
            sentence, clause = ctx.around(ctx.sentences, start), ctx.around(ctx.clauses, start)
            quote = ctx.raw(clause.start, clause.end, line.number).strip().rstrip(CLAUSE_END).strip()
            r = Reading(line, num, start, end, num.value, clause=quote, pos=pos, run=run)
            self.earlier = [o for o in out if o.start >= sentence.start]
            prev = out[-1] if out and out[-1].start >= sentence.start else None
            if prev is None and num.unit == "score":      # scores listed after the one that names them
                prev = next((o for o in reversed(out) if o.number.unit == "score" and o.chain), None)
            self.decide(ctx, r, prev, sentence, clause)
            out.append(r)
        return out

    def decide(self, ctx: Context, r: Reading, prev: Reading | None, sentence: Span, clause: Span) -> None:
        num, norm = r.number, ctx.norm
        before, after = norm[clause.start:r.start], norm[r.end:clause.end]
        agency = self.agency(ctx, r.start)
        r.year = self.year_at(ctx, sentence, clause, r.start, r.end)
        r.as_of = self.as_of(ctx, sentence, r.start)
        sign = self.change_sign(before, after) if num.unit in ("percent", "percentage_points", "count", "yuan", "score") else 0
        r.signed = bool(sign)
        if not sign and prev is not None and prev.sign and prev.number.unit == num.unit \
                and re.fullmatch(r"[、,，和及与\s]*|\s*and\s*", norm[prev.end:r.start]):
            sign, r.signed = prev.sign, prev.signed     # a list of changes: 分别提高了2.72分、2.67分和1.55分
        if self.lang == "en" and num.unit in ("percent", "percentage_points") and not sign:
            yoy_after = self.cue("yoy_after", after[:20], "")
            if yoy_after and yoy_after.start() < 3 and not self.cue("not_change", before[-30:]):
                sign = 1      # a change with no direction word: kept as stated, its direction unknown
        r.sign = sign
        if sign < 0:
            r.value = -r.value
        r.region = self.region_at(ctx, sentence, clause, r.start, r.end) or ""

        if num.unit in ("percent", "percentage_points", "rank") or (sign and num.unit in ("count", "score")):
            self.decide_derived(ctx, r, prev, sentence, clause, sign, before, after, agency)
            return
        # a stated value: its own term, wrapping pattern, noun after it, or (money) the count before it
        candidates, pattern_start = self.pattern_ids(ctx, r.start, r.end, agency)
        if not candidates and prev is not None and prev.chain and self.cue("total", before[-12:] if self.lang == "zh" else before[-40:]):
            stock = self.catalog.indicators[prev.base]
            candidates = [stock.id] if stock.measure == "stock" else []
        base_start = None
        if not candidates and prev is not None and prev.chain:
            candidates = self.related(prev, before, after)
        if candidates and self.subset_before(ctx, clause, pattern_start):
            return
        if self.subset_after(after):
            return
        if not candidates:
            found = None
            noun_follows = self.lang == "zh" and re.match(r"[\u4e00-\u9fff]", norm[r.end:r.end + 1] or " ")
            after_term = self.term_after(ctx, clause, r.end)
            before_term = self.term_before(ctx, self.parenthesis_host(ctx, clause, before), r.start)
            if self.lang == "en":
                found = after_term or before_term
            else:
                found = after_term if noun_follows else before_term
            if found is None and num.unit in ("yuan", "") and prev is not None and prev.chain:
                candidates = [prev.base + ".amount"]
                r.region = prev.region
            elif found is None and num.unit == "score" and prev is not None and prev.chain:
                candidates = [prev.base]      # a list of scores: 珠三角地区为81.26分，粤北地区为84.52分
            elif found is not None:
                candidates, base_start, _ = found
                candidates = self.shared_subject(ctx, found, r) if found is before_term else candidates
            else:
                candidates = self.by_agency_unit(num, agency)
        if base_start is not None and self.subset_before(ctx, clause, base_start):
            return
        if not r.region and candidates:
            return
        chosen = self.pick(candidates, num, agency)
        if chosen is None and num.unit in ("yuan", ""):
            chosen = self.pick([c + ".amount" for c in candidates], num, agency)
        if chosen is None:
            return
        chosen = self.apply_period_cues(ctx, r, chosen, sentence, before, by_term=base_start is not None)
        if chosen:
            r.indicator, r.base, r.chain = chosen, self.base_of(chosen), True

    def apply_period_cues(self, ctx: Context, r: Reading, iid: str, sentence: Span, before: str, by_term: bool) -> str | None:
        """累计 / cumulative makes a flow its `.cumulative` twin; 新增 / new makes a stock its `.new` twin."""
        ind = self.catalog.indicators[iid]
        in_sentence = ctx.norm[sentence.start:r.start]
        new_window = before[-10:] if self.lang == "zh" else before[-20:] + ctx.norm[r.end:r.end + 6]
        if by_term and ind.measure == "stock" and self.cue("new", new_window):
            return self.variant(iid, ".new")
        if ind.measure == "flow" and (self.cue("cumulative", before) or self.cue("cumulative", in_sentence, "_sentence")):
            return self.variant(iid, ".cumulative")
        return iid

    def decide_derived(self, ctx, r: Reading, prev, sentence, clause, sign, before, after, agency) -> None:
        num = r.number
        levels = [o for o in self.earlier if o.chain and o.indicator and not o.sign and o.number.unit != num.unit]
        if r.run > 1 and len(levels) >= r.run and self.cue("respectively", ctx.norm[sentence.start:sentence.end]):
            prev = levels[len(levels) - r.run + r.pos]     # 分别增长X%和Y% / "X% and Y% respectively"
        if prev is not None:
            if not prev.chain:
                return
            base, r.region, r.year, r.chain = prev.base, prev.region, prev.year, True
        else:
            found = self.term_before(ctx, clause, r.start) or self.term_before(ctx, sentence, r.start)
            if found is None or not found[0] or self.subset_before(ctx, sentence, found[1]):
                return
            base = self.pick(found[0], num, agency) or next(
                (i for i in found[0] if self.allowed(self.catalog.indicators[i], agency)), None)
            if base is None:
                return
            base = self.base_of(base)
        r.base = base
        if not r.region:
            return
        if num.unit == "rank":
            scope = num.scope
            if _has(self.rules.rank_scope.get("national", {}).get(self.lang, ()), scope, self.lang):
                r.indicator = self.variant(base, ".rank_national") or ""
            return
        if num.unit != "percent":
            return
        if sign:
            r.indicator = self.variant(base, ".yoy_pct") or ""
            return
        share = self.share_of(before, after)
        if share in ("national", "province"):
            r.indicator = self.variant(base, f".share_{share}_pct") or ""


def base_id(ind: Indicator) -> str:
    """The indicator a derived one (change, share, rank, addition) is derived from; itself if none."""
    return str(ind.extra.get("base") or ind.extra.get("change_of") or ind.extra.get("rank_of") or ind.id)


def period_of(report: Report, ind: Indicator, catalog: Catalog, year: int | None,
              as_of: tuple[int | None, int] | None = None) -> tuple[int, str]:
    """(year, period) of an indicator's value stated in a report (CONTRACT.md): a flow over the
    report's period (or the year its clause names), a stock on the last day of the report's period
    (or of the month its sentence names: 截至2022年6月底 -> 2022-06-30)."""
    if ind.measure in ("change", "share", "rank"):
        ind = catalog.indicators.get(base_id(ind), ind)
    stock = ind.measure in ("stock", "ratio")
    period = report.meta.period
    if year is not None and str(year) != period[:4]:
        return year, (f"{year}-12-31" if stock else str(year))
    if not stock:
        return int(period[:4]), period
    end = period.split("/")[-1]
    y, _, m = end.partition("-")
    y, month = int(y), int(m) if m else 12
    if as_of is not None:
        y, month = as_of[0] or y, as_of[1]
    return y, f"{y}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"


def fact_unit(reading: Reading, catalog: Catalog, unit_words: dict, lang: str) -> str:
    if reading.indicator:
        return catalog.indicators[reading.indicator].unit
    num = reading.number
    if num.unit != "count":
        return num.unit
    for unit, words in unit_words.items():
        if lang == "zh" and num.measure in words.get("zh", ()):
            return unit
        if lang == "en" and num.measure and num.measure.split()[0] in words.get("en", ()):
            return unit
    return ""


def paragraphs(half: list[Line], skip_lines) -> list[list[Line]]:
    """The text lines of a half, grouped where a page break cut a sentence: a long line that does
    not end a sentence continues on the next text line, unless that line starts a section."""
    out: list[list[Line]] = []
    joinable = False
    for line in half:
        if line.number in skip_lines:
            joinable = False      # a table between two lines ends the paragraph
            continue
        if line.blank:
            continue
        if joinable and heading_of(line.text) is None:
            out[-1].append(line)
        else:
            out.append([line])
        text = line.text.strip()
        joinable = len(text) >= PAGE_LINE_MIN and not text.endswith(SENTENCE_ENDS)
    return out


def unmap_conflicts(facts: list[Fact]) -> None:
    """A later statement in the same language that maps to an indicator, region and period already
    stated with another value is a part or a neighbour of it (a sub-court, one customs office),
    not the indicator itself: it stays a fact, without the mapping."""
    first: dict[tuple, Decimal] = {}
    for f in facts:
        if not f.indicator_id:
            continue
        key = (f.lang, f.indicator_id, f.region_code, f.period)
        if first.setdefault(key, f.value) != f.value:
            f.indicator_id = f.region_code = f.period = ""


def extract_text(report: Report, catalog: Catalog, gazetteer=None, skip_lines: set[int] | frozenset = frozenset()) -> TextResult:
    """Facts, aligned observations and translation discrepancies of one report's text."""
    rules = load_rules()
    facts: list[Fact] = []
    signed: set[str] = set()
    for lang in report.meta.languages:
        lex = Lexicon.build(catalog, gazetteer, rules, lang)
        reader = LineReader(report, catalog, lex, rules, rules.unit_words)
        prev_agency = None
        for paragraph in paragraphs(report.half(lang), skip_lines):
            ctx = Context.of(paragraph, lang, prev_agency)
            per_line: dict[int, int] = {}
            for r in reader.read(ctx):
                line = r.line
                per_line[line.number] = n = per_line.get(line.number, 0) + 1
                fid = f"{report.id}-{lang}-{line.number}-{n}"
                ind = catalog.indicators.get(r.indicator) if r.indicator else None
                year, period = period_of(report, ind, catalog, r.year, r.as_of) if ind else (None, "")
                facts.append(Fact(
                    fact_id=fid, report_id=report.id, lang=lang, line=line.number, section=line.section,
                    value=r.value, unit=fact_unit(r, catalog, rules.unit_words, lang), qualifier=r.number.qualifier,
                    text=r.number.text, indicator_id=r.indicator, region_code=r.region if ind else "",
                    period=period, clause=r.clause))
                if r.signed:
                    signed.add(fid)
            last = _last(lex.agencies, ctx.norm)
            prev_agency = lex.key(last.group(0), lex.agency_of) if last else None
    unmap_conflicts(facts)
    observations, discrepancies = align(report, facts, catalog, signed)
    counts = {"facts": len(facts), "mapped": sum(1 for f in facts if f.indicator_id)}
    counts["unmapped"] = counts["facts"] - counts["mapped"]
    for lang in report.meta.languages:
        counts[f"facts_{lang}"] = sum(1 for f in facts if f.lang == lang)
        counts[f"unmapped_{lang}"] = sum(1 for f in facts if f.lang == lang and not f.indicator_id)
    return TextResult(facts=facts, observations=observations, discrepancies=discrepancies, counts=counts)
