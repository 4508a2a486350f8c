"""The text extractor's vocabulary: `catalog/text_rules.yaml` (unit words, cues, agencies, scope
words ...) and, per language, the catalog's indicator terms and the gazetteer's names compiled
into regular expressions (`Lexicon`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from build_scripts.catalog import Catalog
from build_scripts.core import paths
from build_scripts.core.yamlio import load_yaml
from build_scripts.core.errors import BuildError

RULES_PATH = paths.CATALOG_DIR / "text_rules.yaml"


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
    named_bodies: dict = None  # lang -> nouns ending the name of one office (a customs house, a court)
    multi_agency: dict = None  # lang -> words of several authorities' work in one sentence
    agency_objects: dict = None  # lang -> words making the authority named after them the object of another's work
    case_verbs: dict = None    # lang -> verbs that are terms alone, of cases only
    not_yet: dict = None       # lang -> words making a number a goal or forecast, not a statistic
    produced_by: dict = None   # lang -> words making a number what some units produced (产出), not the region's statistic
    kinds: dict = None        # kind -> lang -> words (the id segment of each kind of a family)
    families: dict = None     # family id -> lang -> words naming it
    owners: dict = None       # owner id segment -> lang -> words naming the owners a count is of
    narrowing: dict = None    # segments: id segments a generic term keeps; lang -> words that make a term not generic
    generic_amounts: dict = None  # lang -> terms of an amount that belongs to the count stated before it
    family_topics: dict = None    # topic (first id segment) -> lang -> words naming its kind of right (专利)
    stock_of: dict = None         # flow id -> the stock its total after additions is (trademarks.registrations -> .valid)
    case_scopes: dict = None      # lang -> the kinds of court cases (民事, 刑事, 行政): one alone narrows a court figure;
                                  # lang_rights -> one right's cases (专利权案件): any narrows it
    places_counted: dict = None   # lang -> regex right after a number saying it counts places (17个县), not the term after it
    short_name_followers: tuple = None   # (zh) words a district's short form may stand before (天河专利申请量)
    outcomes: dict = None         # flow id -> target, lang -> verbs: what a part of that flow became ("106,000 of which were granted")
    one_company: dict = None      # lang -> words saying a sentence's figures are one company's (general manager)
    other_amounts: dict = None    # lang -> nouns of another amount between a term and its money figure (贴息补助)
    owned_topics: tuple = None    # topics whose counts `owners` divide (an enterprise's patents, not its financing)
    gi_as_marks: dict = None      # (zh) until: the last year bare 地理标志 in a report of marks is its GI marks; products: words of GI products
    compound_rights: dict = None  # topic -> lang -> words of a kind of right that, right before a term of another
                                  # right, make a compound the catalog does not name (地理标志驰名商标)
    events_after: dict = None     # (zh) honours / registered -> words right after a term that follows its figure
    topic_values: dict = None     # topic -> indicator, lang -> bare value nouns (产值) of the topic's statement before
    customs_districts: dict = None  # lang -> names of customs districts that are a part of a province and no city's
    applying: dict = None         # lang -> verbs of filing right before a term of rights held: the figure is of the
                                  # rights applied for (新申请地理标志商标42件), not of those held
    preferred: dict = None        # indicator -> lang -> wordings that make a statement the indicator's over another
                                  # of the same key with another value (新收: the new cases, not those with cases pending)
    national_bodies: dict = None  # lang -> the country's authorities, whose acts' figures are the country's
    level_in_municipalities: dict = None  # indicator -> the one it is in a municipality (a city's honour there is provincial)
    counted_heads: dict = None    # lang -> nouns of other things a figure counts, next to a term they make a modifier
                                  # (地理标志产品保护示范区3个); en_before: also right after the figure, before a term after it

def _tuple_tree(node):
    if isinstance(node, dict):
        return {k: _tuple_tree(v) for k, v in node.items()}
    if isinstance(node, list):
        return tuple(_tuple_tree(x) if isinstance(x, (list, dict)) else str(x) for x in node)
    return () if node is None else str(node)

@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_PATH) -> Rules:
    doc = load_yaml(path)
    rules = Rules(**{k: _tuple_tree(doc.get(k) or {}) for k in Rules.__dataclass_fields__})
    for lang, rx in (rules.places_counted or {}).items():
        try:
            re.compile(rx)
        except re.error as exc:
            raise BuildError(path, f"invalid regex in places_counted.{lang}: {exc} / 正则表达式无效", key=f"places_counted.{lang}") from None
    return rules

@lru_cache(maxsize=512)
def words_rx(words: tuple[str, ...], lang: str) -> re.Pattern | None:
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in words)
    if lang == "en":      # whole words, plurals included
        return re.compile(r"(?<![A-Za-z])(?:" + alt + r")(?:e?s)?(?![A-Za-z])", re.IGNORECASE)
    return re.compile(alt, re.IGNORECASE)

def alternation(words, suffix: str = "") -> str:
    """A regex group of the words, longest first (each escaped, `suffix` after each)."""
    return "(?:" + "|".join(re.escape(w) + suffix for w in sorted(words, key=len, reverse=True)) + ")"

def _kind_list(forms: dict, lang: str) -> tuple[str, str, str]:
    """Regexes of a kind of IP, of a joiner between kinds and of a list of two or more kinds
    (专利、商标等 / patent and trademark; zh kinds may also stand side by side: 专利商标)."""
    joiners = forms.get("joiners", ())
    if lang == "zh":
        kind, joiner = alternation(forms.get("kinds", ())), alternation(joiners)
        etc = (alternation(forms.get("etc", ())) + "?") if forms.get("etc") else ""
        more = "(?:" + joiner + "?" + kind + ")"      # another kind, joined or side by side (专利商标)
        listed = kind + more + "+"
        if forms.get("listed_kinds"):     # (and kinds that join a list only after a joiner: 专利、商标和地理标志)
            item = "(?:" + kind + more + "*|" + alternation(forms["listed_kinds"]) + ")"
            listed = "(?:" + item + "(?:" + joiner + item + ")+|" + listed + ")"
        return kind, joiner, listed + etc
    kind, words = alternation(forms.get("kinds", ()), "(?:e?s)?"), alternation([w for w in joiners if w != ","])
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
    specials += [alternation(group) for group in forms.get("synonyms", ())]
    if not specials:
        return _literal(term, plural)
    edge = (r"(?<![A-Za-z])", r"(?![A-Za-z])") if lang == "en" else ("", "")
    finder = re.compile(edge[0] + "(?:" + "|".join(f"({rx})" for rx in specials) + ")" + edge[1], re.IGNORECASE)
    out, pos = [], 0
    for m in finder.finditer(term):
        out += [_literal(term[pos:m.start()], plural), specials[m.lastindex - 1]]
        pos = m.end()
    rx = "".join(out) + _literal(term[pos:], plural)
    instances, cases = forms.get("instances"), forms.get("instances_before", "")
    listed = "(?:(?:" + alternation(instances) + ")[、和及与]?){0,4}" if instances else ""     # (一审、二审、申请再审)
    if listed and cases and rx.endswith(re.escape(cases)):      # 知识产权一审、二审、申请再审案件: the court cases of those
        rx = rx[:-len(re.escape(cases))] + listed + re.escape(cases)
    verb = next((v for v in sorted(forms.get("gap_after", ()), key=len, reverse=True)
                 if term.startswith(v) and len(term) > len(v) + 1), None)
    if verb and rx.startswith(re.escape(verb)):
        modifier = "(?:(?!" + alternation(forms.get("kinds", ())) + ")[\u4e00-\u9fff])"      # no kind of IP in the gap
        rx = re.escape(verb) + listed + modifier + "{0,%s}?" % forms.get("gap", "0") + rx[len(re.escape(verb)):]
    return rx

def _reworded(term: str, forms: dict) -> list[str]:
    """Other wordings of a zh term named by a verb's noun (term_forms `inversions`, `totals`, `total_before`,
    `passive`, `verb_adverbs`, `linked`, `obtained`): 发明专利授权量 is also 授权发明专利 (the verb before its object),
    发明专利授权总量, 发明专利总授权量, 发明专利的授权量, 发明专利获授权, 发明专利共授权 and 获得（国家）发明专利."""
    out = []
    for suffix, verb in (forms.get("inversions") or {}).items():
        stem = term[:-len(suffix)]
        if term.endswith(suffix) and len(stem) >= 2:
            out += [verb + stem, stem + verb] + [stem + p + verb for p in (*forms.get("passive", ()), *forms.get("verb_adverbs", ()))]
            out += [stem + verb + t for t in (*forms.get("totals", ()), *forms.get("trailing", ()))]
            out += [stem + t + suffix for t in (*forms.get("total_before", ()), *forms.get("linked", ()))]   # 专利总授权量, 专利的授权量
        if term.endswith(verb) and len(term) > len(verb) + 1:
            out += [term + t for t in forms.get("trailing", ())]     # 专利申请受理, 作品登记数量
    for suffix, verbs in (forms.get("obtained") or {}).items():
        stem = term[:-len(suffix)]
        if term.endswith(suffix) and len(stem) >= 2 and stem not in forms.get("kinds", ()) \
                and stem.endswith(tuple(forms.get("obtained_objects", ()))):
            # 获得发明专利 / 获得国家发明专利: the grants obtained (not a bare kind: 获得专利权质押融资 is a pledge's)
            out += [v + infix + stem for v in verbs for infix in ("", *forms.get("obtained_infix", ()))]
    return out


class LongestTerms:
    """The terms' regex, where a match gives way to a longer term that starts inside it and ends
    after it ("number of registered trademarks" to "registered trademarks per 10,000 market
    players"; 知识产权质押融资项目: 质押融资项目, not 知识产权质押融资): a regex alternation takes the
    leftmost match, not the longest. (en) Inner terms start at a word; (zh) at any character, and take
    over only when what they count is in another unit (项目 after an amount's 质押融资; not 发明专利拥有量
    inside 高价值发明专利拥有量, the same patents counted with less said of them)."""

    def __init__(self, rx: re.Pattern, lang: str = "en", units=None):
        self.rx, self.pattern, self.lang = rx, rx.pattern, lang
        self.units = units        # (zh) a term's text -> the units of the indicators it names (empty: not known)

    def _longest(self, text: str, m: re.Match, endpos: int) -> re.Match:
        best = m
        for i in range(m.start() + 1, m.end()):
            if self.lang == "zh" or text[i - 1] == " " and text[i].isalpha():
                n = self.rx.match(text, i, endpos)
                if n is not None and n.end() > best.end() and (self.lang != "zh" or self._other_unit(m, n)):
                    best = n
        return best

    def _other_unit(self, outer: re.Match, inner: re.Match) -> bool:
        mine, theirs = self.units(outer.group(0)), self.units(inner.group(0))
        return bool(mine) and bool(theirs) and not mine & theirs

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        while pos <= endpos:
            m = self.rx.search(text, pos, endpos)
            if m is None:
                return
            m = self._longest(text, m, endpos)
            yield m
            pos = max(m.end(), m.start() + 1)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The term that starts at `pos` (the longest the alternation gives there)."""
        return self.rx.match(text, pos, len(text) if endpos is None else endpos)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[str]:
        return [m.group(0) for m in self.finditer(text, pos, endpos)]


def _pattern_part(text: str, lang: str, forms: dict) -> str:
    """A literal part of a {n} term as a regex: its wordings; in English a word may be plural."""
    return _term_rx(text.strip(), lang, forms, plural=lang == "en")

@dataclass
class Lexicon:
    """The catalog's terms and the gazetteer's names, compiled for one language."""
    lang: str
    terms: re.Pattern | LongestTerms | None  # plain terms and stop terms, longest first
    term_ids: dict                           # casefolded term -> list of indicator ids ([] = stop term)
    patterns: list                           # (prefix regex, suffix regex, indicator id)
    regions: re.Pattern | None
    region_codes: dict                       # casefolded name -> code or "@province" / "@city" / "@national"
    agencies: re.Pattern | None
    agency_of: dict                          # casefolded word -> agency
    wordings: list = field(default_factory=list)    # (regex of a term in its wordings, casefolded term)
    after_list: re.Pattern | None = None     # a list of kinds ending right before a term (专利和 / patent and)
    kind: re.Pattern | None = None           # a kind of IP starting a term
    short_places: frozenset = frozenset()    # (zh) short forms of the report's own districts (天河): their clause only

    @staticmethod
    def key(found: str, table: dict):
        """The entry of `table` a match names (a plural matches its singular)."""
        k = found.casefold()
        for cand in (k, k[:-1], k[:-2]):
            if cand in table:
                return table[cand]
        raise KeyError(found)

    def after_kinds(self, norm: str, start: int) -> bool:
        """Whether a kind of IP at `start` ends a list of kinds (专利和商标质押融资, 商标权、专利权质押登记,
        专利商标质押): the words from there name the joint, not that kind alone."""
        return self.after_list is not None and self.kind.match(norm, start) is not None \
            and self.after_list.search(norm, max(0, start - 40), start) is not None

    def ids(self, norm: str, m: re.Match) -> list[str]:
        """The indicators a match of `terms` names: the term it is a wording of; none when it names one
        kind of IP right after a list of kinds (专利和 + 商标质押融资) that no term of the catalog names."""
        found = m.group(0)
        if self.after_kinds(norm, m.start()):
            return []
        try:
            return self.key(found, self.term_ids)
        except KeyError:
            pass
        for rx, term in self.wordings:
            if rx.fullmatch(found):
                if self.kind is not None and len(self.kind.findall(found)) > max(1, len(self.kind.findall(term))):
                    return []     # 商标权、专利权质押登记 for 专利权质押登记: a joint of kinds the term does not name
                return self.term_ids[term]
        raise KeyError(found)

    @classmethod
    def build(cls, catalog: Catalog, gazetteer, rules: Rules, lang: str, context: str | None = None) -> "Lexicon":
        """`context`: the report's region code (region names are read inside it first). The terms
        are compiled once per catalog and language, the region names once per context: a build of
        a thousand reports compiles them a few dozen times, not a thousand."""
        terms = _cached(("terms", lang), (catalog, rules), lambda: _terms_part(catalog, rules, lang))
        regions = _cached(("regions", lang, context), (gazetteer, rules),
                          lambda: _regions_part(gazetteer, rules, lang, context))
        return cls(lang, *terms[:3], *regions[:2], *terms[3:], short_places=regions[2])


_CACHE: dict[tuple, tuple] = {}


def _cached(key: tuple, owners: tuple, make):
    """`make()` once per key and owner objects (the catalog, gazetteer and rules of the build)."""
    hit = _CACHE.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], owners)):
        return hit[1]
    value = make()
    _CACHE[key] = (owners, value)
    return value


def _terms_part(catalog: Catalog, rules: Rules, lang: str) -> tuple:
    """(terms, term_ids, patterns, agencies, agency_of, wordings, after_list, kind) of a language."""
    term_ids: dict[str, list[str]] = {}
    patterns = []
    forms = rules.term_forms.get(lang, {})
    # a wording the catalog writes out is that indicator's, not another's reworded form (商标注册总量
    # is the valid marks' term, not 商标注册 + 总量)
    literal = {re.sub(r"\s+", "", t).casefold() for ind in catalog.indicators.values()
               for t in (ind.terms_zh if lang == "zh" else ())}
    # the wordings a {n} term's pattern allows, the same for every term of the language: "{n} trademarks were
    # registered" in "… were newly registered"; after the number only, a phrase of who or where ("141,173
    # patents applied for by Beijing residents had been granted", "96 companies in the district secured …"), or
    # of a kind ("5,708 patents for invention were granted": the reader narrows it to the kind)
    gap = r"\s+(?:(?:" + alternation(forms["adverbs"]) + r")\s+)?" if forms.get("adverbs") else None
    told = None if gap is None else gap \
        + (r"(?:(?:" + alternation(forms["agents"]) + r")\s+(?:[A-Za-z'-]+\s+){1,4}?)?" if forms.get("agents") else "") \
        + (r"(?:(?:" + alternation(forms["locatives"]) + r")\s+)?" if forms.get("locatives") else "") \
        + (r"(?:(?:" + alternation(forms["kind_phrases"]) + r")\s+)?" if forms.get("kind_phrases") else "")
    filler = alternation(forms.get("fillers", ())) + r"?\s*" if forms.get("fillers") else ""
    adjectives = r"(?:(?:" + alternation(forms["adjectives"]) + r")\s+)?" if forms.get("adjectives") else ""   # "14,678 domestic patents"
    adjectives += r"(?:(?:" + alternation(forms["kind_lists"]) + r")\s+)?" if forms.get("kind_lists") else ""   # "patent and trademark"
    after = (r"(?:" + alternation(forms["post_fillers"]) + r")?(?:第[〇一二三四五六七八九十百零\d]{1,4}届)?\s*"
             if forms.get("post_fillers") else "")
    for ind in catalog.indicators.values():
        for term in (ind.terms_zh if lang == "zh" else ind.terms_en):
            term = re.sub(r"\s+", "", term) if lang == "zh" else term
            if "{n}" in term:
                pre, _, post = (_pattern_part(p, lang, forms) for p in term.partition("{n}"))
                if gap is not None:
                    pre, post = pre.replace(r"\s+", gap), post.replace(r"\s+", told)
                new = r"(?:(?:new|newly)\s+)?" if lang == "en" and ind.measure == "flow" else ""     # "7,070 new patents were authorized"
                new += adjectives
                # (en) a pattern ending in a plural noun ("{n} geographical indications") may match it singular:
                # then it may be a modifier ("13 GI holders"), which the reader checks
                plural_end = lang == "en" and re.search(r"[A-Za-z]{3,}s\s*$", term.partition("{n}")[2]) is not None
                patterns.append((re.compile(pre + r"\s*" + filler + "$", re.IGNORECASE) if pre else None,
                                 re.compile(r"\s*" + after + new + post, re.IGNORECASE) if post else None, ind.id, plural_end))
            else:
                for form in (term, *(f for f in (_reworded(term, forms) if lang == "zh" else ()) if f.casefold() not in literal)):
                    if ind.id not in term_ids.setdefault(form.casefold(), []):
                        term_ids[form.casefold()].append(ind.id)
    _kinds_of_families(catalog, rules, term_ids, lang)
    for stop in rules.stop_terms.get(lang, ()):
        term_ids.setdefault(stop.casefold(), [])
    agency_of = {w.casefold(): a for a, words in rules.agencies.items() for w in words.get(lang, ())}
    wordings = [(_term_rx(t, lang, forms, plural=lang == "en"), t) for t in sorted(term_ids, key=len, reverse=True)]   # (en: "trademark registration" too)
    terms = None
    if wordings:
        alt = "|".join(rx for rx, _ in wordings)
        terms = re.compile(r"(?<![A-Za-z])(?:" + alt + r")(?:e?s)?(?![A-Za-z])" if lang == "en" else alt, re.IGNORECASE)
        terms = LongestTerms(terms, lang, lambda t: {catalog.indicators[i].unit for i in term_ids.get(t.casefold(), ())
                                                      if i in catalog.indicators})
    flags = re.IGNORECASE
    after_list = kind = None
    if forms.get("kinds"):
        kind_rx, joiner, _ = _kind_list(forms, lang)
        # (zh: kinds may stand side by side, 专利商标质押登记248件)
        after_list, kind = re.compile(kind_rx + joiner + ("?" if lang == "zh" else "") + "$", flags), re.compile(kind_rx, flags)
    return (terms, term_ids, patterns, words_rx(tuple(agency_of), lang), agency_of,
            [(re.compile(rx + (r"(?:e?s)?" if lang == "en" else ""), flags), t) for rx, t in wordings],
            after_list, kind)


def _kinds_of_families(catalog: Catalog, rules: Rules, term_ids: dict, lang: str) -> None:
    """A kind's word before a family's term that starts with its noun names that kind of the family
    ("invention patent authorization", "design patent grants": patents.granted.invention / .design;
    实用新型申请量, 外观设计专利授权: the kind's word in place of 专利), where the catalog words no term so:
    added to `term_ids` in place."""
    noun = "patent" if lang == "en" else "专利"
    for family in rules.families or {}:
        ind = catalog.indicators.get(family)
        for term in (ind.terms_en if lang == "en" else ind.terms_zh) if ind is not None else ():
            if "{n}" in term or not term.casefold().startswith(noun):
                continue
            # (zh) also the inventors' kinds, whose words no qualifier narrows (职务授权量, 非职务申请量; not 企业申请量:
            # 高新技术企业申请量 is a part of the enterprises')
            inventors = {k: w for k, w in (rules.owners or {}).items() if k in ("service", "individual")} if lang == "zh" else {}
            for kind, words in [*(rules.kinds or {}).items(), *inventors.items()]:
                iid = family + "." + kind
                for word in words.get(lang, ()) if iid in catalog.indicators else ():
                    if lang == "en" and "patent" not in word.casefold():
                        term_ids.setdefault(f"{word} {term}".casefold(), [iid])
                    elif lang == "zh" and len(term) > len(noun):
                        term_ids.setdefault(f"{word}{term[len(noun):]}", [iid])
                        if term.endswith("量") and len(term) - len(noun) > 2 and kind in (rules.kinds or {}):   # (外观专利申请增幅达到117.3%: the
                            term_ids.setdefault(f"{word}{term[len(noun):-1]}", [iid])   # head without 量 too; a kind's,
                            #                                                     not an inventor's: 外观设计职务申请分别为…)


def _regions_part(gazetteer, rules: Rules, lang: str, context: str | None) -> tuple:
    """(regions, region_codes): the names of the regions a report of `context` may name."""
    codes: dict[str, str] = {}
    if gazetteer is not None:
        for name, code in gazetteer.names(lang, context):
            codes.setdefault(name.casefold(), code)
    for kind, words in rules.relative.items():
        if kind == "county" and not (context and context[4:] != "00" and context[2:] != "0000"):
            continue               # (全县 in a city's or a province's report: which county is not said)
        if kind == "region":       # 全区: the autonomous region a report inside one is in, else the report's own district
            province = gazetteer.regions.get(context[:2] + "0000") if gazetteer is not None and context else None
            kind = "province" if province is not None and province.name_zh.endswith("自治区") and context[2:] != "0000" \
                and not (gazetteer.regions.get(context) and gazetteer.regions[context].name_zh.endswith("区")) else "city"
        for w in words.get(lang, ()):
            codes.setdefault(w.casefold(), "@" + kind)
    weak = gazetteer.short_children(context) if gazetteer is not None and lang == "zh" else frozenset()
    rx = words_rx(tuple(c for c in codes if c not in weak), lang)
    if weak and rx is not None:
        # a district's short form only before punctuation, a figure or the genre's words (天河专利申请量,
        # 南沙(83.2%), 黄埔、番禺): not inside a product's or a brand's name (大兴西瓜, “龙口粉丝”)
        rx = re.compile(rx.pattern + "|" + alternation(weak) + "(?=[^\u4e00-\u9fff]|" + alternation(rules.short_name_followers or ()) + ")",
                        rx.flags)
    return rx, codes, frozenset(w.casefold() for w in weak)


def last_match(rx: re.Pattern | None, text: str):
    if rx is None:
        return None
    found = None
    for found in rx.finditer(text):
        pass
    return found

def has_words(words, text: str, lang: str) -> bool:
    rx = words_rx(words, lang)
    return bool(rx and rx.search(text))
