"""Stage 3, normalize the narrative: every number stated in a report's sentences -> facts, and the
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

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from build_scripts.catalog import Catalog, Indicator
from build_scripts.core.records import Discrepancy, Fact, Observation
from build_scripts.normalize.align import align
from build_scripts.read import Report
from build_scripts.normalize.periods import (before_end, dated, day_window, first_day, month_end, not_yet_past, period_end,
                                            period_start, publication_date, to_the_day, whole_years)
from build_scripts.normalize.text_reader import LineReader
from build_scripts.normalize.text_terms import Reading
from build_scripts.normalize.text_rules import Lexicon, has_words, load_rules
from build_scripts.parse.numbers import bound_missed, bound_of
from build_scripts.parse.sentences import Context, paragraphs, traditional_half

# words of a clause that say its figure is a whole year's (年产值, 年申请量; "annual output value")
ANNUAL_TERM = re.compile(r"年度?(?:直接)?产值|年(?:申请|授权|注册|登记|成交)[量额]|\bannual\b|\byearly\b", re.IGNORECASE)


@dataclass
class TextResult:
    facts: list[Fact]
    observations: list[Observation]
    discrepancies: list[Discrepancy]
    counts: dict = field(default_factory=dict)   # facts / mapped / unmapped, per language and in all


def period_of(report: Report, ind: Indicator, catalog: Catalog, year: int | None,
              as_of: tuple | None = None, span: tuple | None = None, published: date | None = None,
              window: str | None = None) -> tuple[int, str]:
    """(year, period) of an indicator's value stated in a report (CONTRACT.md): a flow over the
    report's period (or the year its clause names), a stock on the last day of the report's period
    (or of the month its sentence names: 截至2022年6月底 -> 2022-06-30), or on the day the report was
    `published` when that came before its period ended (a news item of March 2023 on 2023: its
    undated stocks are that day's, not the year end's still to come)."""
    stock = dated(ind, catalog)
    period = report.meta.period
    if as_of is not None and len(as_of) == 3 and as_of[0] is None and stock:
        y = year or period_end(period)[0]     # 截至6月15日，有效商标71363件: a stock on that day of the report's year or the year named
        return y, f"{y}-{as_of[1]:02d}-{as_of[2]:02d}"
    if window is not None and not stock:       # “十三五”期间 / 2016年以来 / 2020年至2021年: a flow over those years
        if published is not None and not to_the_day(window) and before_end(published, window):
            return published.year, day_window(first_day(window), published)     # (to the day of a news item)
        return period_end(window)[0], window
    if not stock and ind.extra.get("annual") and (year is not None or (
            "/" in period and period_start(period)[0] == period_end(period)[0])):      # (not a five-year plan's span)
        y = year or period_start(period)[0]     # 1—11月…获中国专利奖21项: that year's award session
        return y, str(y)
    if as_of is not None and len(as_of) == 3 and not stock and span is None:
        y = as_of[0] or year or period_end(period)[0]     # 截至6月15日，新增商标4262件: a flow from the year's start to that day
        if as_of[2] <= calendar.monthrange(y, as_of[1])[1]:
            return y, day_window(date(y, 1, 1), date(y, as_of[1], as_of[2]))
        as_of = as_of[:2]     # (2月29日 of a year without one: the month)
    if span is not None and as_of is None:      # 2018年1—9月: a flow over those months, a stock at their end
        y = span[0] or year or int(period[:4])
        first = span[2] if len(span) > 2 else 1      # (3月份: that month alone)
        return y, (month_end(y, span[1]) if stock else f"{y}-{first:02d}/{y}-{span[1]:02d}")
    if not stock and as_of is not None and len(as_of) == 2 and as_of[1] < 12:
        y = as_of[0] or year or int(period[:4])      # 截至2022年第三季度，新增商标注册量…: the months so far
        return y, f"{y}-01/{y}-{as_of[1]:02d}"
    if year is not None and (str(year) != period[:4] or whole_years(period)):     # (2019年 in a review of 2019-2023: that year; not
        #                                                                  2024年以来 in a report of 2024-01/2025-04: the span's)
        if stock and as_of is not None and len(as_of) == 2 and as_of[0] in (None, year):
            return year, month_end(year, as_of[1])      # "by the end of October 2024" in a report of 2021
        if stock and as_of is not None and len(as_of) == 3 and as_of[0] == year:
            return year, f"{year}-{as_of[1]:02d}-{as_of[2]:02d}"      # 截至2023年6月15日 in a report of 2024
        return year, (f"{year}-12-31" if stock else str(year))
    if not stock:
        if year is None and published is not None and before_end(published, period):
            return published.year, day_window(first_day(period), published)    # 今年以来 in a news item of 6 December (not 2020年…, as printed)
        return int(period[:4]), period
    y, month = period_end(period)
    if as_of is not None and len(as_of) == 3:      # 截至目前 / "to date": the day the report was published
        return as_of[0], f"{as_of[0]}-{as_of[1]:02d}-{as_of[2]:02d}"
    if as_of is not None:
        y, month = as_of[0] or y, as_of[1]
    elif published is not None and published.isoformat() < month_end(y, month):
        return published.year, published.isoformat()
    return y, month_end(y, month)


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


WORDS = {"zh": re.compile(r"[\u4e00-\u9fff]{2}"), "en": re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}")}   # a paragraph with words
HEADLINE_MAX = 60           # characters of a headline (a news item's title line)
HEADLINE_STOP = re.compile(r"[。！？；;!?]|\.\s")    # a stop inside it: a sentence, no headline


HEADLINE_LEAD = 3           # the first lines of a half its headline may stand on (after a site's breadcrumb: 地方新聞 > 正文)


def headline_lines(report: Report) -> set[tuple[str, int]]:
    """(lang, line) of each language half's headlines: its first lines, up to HEADLINE_LEAD of them and up to the
    first sentence, each of which is no sentence (no stop of one, short), as a news item's title."""
    out = set()
    for lang in report.meta.languages:
        for n, ln in enumerate([ln for ln in report.half(lang) if not ln.blank][:HEADLINE_LEAD]):
            text = ln.text.rstrip()
            if len(text.strip()) > HEADLINE_MAX or HEADLINE_STOP.search(text[:-1]) \
                    or (n and (HEADLINE_STOP.search(text[-1:]) or re.search(r"[，,。]", text))):
                break         # (a line after the first that is a sentence, 2023年，…21170件。: the body starts)
            out.add((lang, ln.number))
    return out



def rounded_to(fine: Decimal, coarse: Decimal) -> bool:
    """Whether `coarse` is `fine` printed with fewer decimals (11.112 and 11.1; 6.25 and 6.3), and not the same."""
    if fine == coarse or fine.as_tuple().exponent >= coarse.as_tuple().exponent or coarse.as_tuple().exponent > 0:
        return False
    return fine.quantize(Decimal(1).scaleb(coarse.as_tuple().exponent), rounding=ROUND_HALF_UP) == coarse


def unmap_conflicts(facts: list[Fact], headlines: set[tuple[str, int]] = frozenset(), preferred: dict | None = None) -> None:
    """A later statement in the same language that maps to an indicator, region and period already
    stated with another value is a part or a neighbour of it (a sub-court, one customs office),
    not the indicator itself: it stays a fact, without the mapping. A first statement that is only a
    bound (首破1万件, more than 10,000) gives way to a later exact one (专利申请总量达到12189件), and so does one the exact
    figure does not meet (突破40万件 before 90886件: a bound of something else).
    A figure the text also states for another period of the same indicator and region comes after one it does not (a
    plan's total restated without its span before the year's own). A headline's figure comes after the body's (8家湘企用纯知识产权获贷款5640万元 over a text whose body
    gives the province's 30亿元: the headline's is the event it leads with). A statement in a wording text_rules
    `preferred` lists for its indicator comes first (法院共受理案件37445件 with those pending, 新收案件32302件: the new ones)."""
    stated: dict[tuple, list[Fact]] = {}
    periods: dict[tuple, set[str]] = {}       # the periods each value of an indicator and region is stated for
    for f in facts:
        if f.indicator_id:
            stated.setdefault((f.lang, f.indicator_id, f.region_code, f.period), []).append(f)
            periods.setdefault((f.lang, f.indicator_id, f.region_code, f.value), set()).add(f.period)
    worded = preferred_wording(facts, preferred or {})
    parts = []
    for same in stated.values():
        # (stable: the body's order kept) a figure the text also states for another period of the same thing gives way
        # (西宁地区专利申请量达到5614件 after a title, then “十二五”期间…5614件。2015年，…2061件: 5614 is the plan's)
        several = len({f.value for f in same}) > 1
        same.sort(key=lambda f: (several and len(periods[(f.lang, f.indicator_id, f.region_code, f.value)]) > 1,
                                 (f.lang, f.line) in headlines, id(f) not in worded))
        first = same[0]
        exact = next((f for f in same if f.qualifier == "exact"), None) if first.qualifier != "exact" else None
        value = exact.value if exact is not None and (bound_of(first.value, first.qualifier, exact.value)
                                                      or bound_missed(first.value, first.qualifier, exact.value)) else first.value
        finer = next((f.value for f in same if rounded_to(f.value, value)), None)
        value = finer if finer is not None else value      # 11.1件 at the top, 每万人口…11.112件 below: the finer figure
        for f in same:
            if f.value != value:
                if not rounded_to(value, f.value):      # (a coarser print of the same figure is no part of it)
                    parts.append((f, f.indicator_id.split(".")[0], f.region_code))
                f.indicator_id = f.region_code = f.period = ""
    # the amounts and changes that follow a part on its line, of its topic, are that part's too (市场监管部门
    # 查办知识产权案件1278件，案值1327.64万元 after all the authorities' 10178件: the market regulators' case value)
    at = {id(f): n for n, f in enumerate(facts)}
    for part, topic, region in parts:
        for f in facts[at[id(part)] + 1:]:
            if f.line != part.line or f.lang != part.lang or (f.indicator_id and (f.region_code != region or
                    f.indicator_id.split(".")[0] != topic or f.unit not in ("yuan", "percent", "percentage_points"))):
                break
            f.indicator_id = f.region_code = f.period = ""

def preferred_wording(facts: list[Fact], preferred: dict) -> set[int]:
    """The ids of the facts of an indicator text_rules `preferred` lists whose clause has one of its wordings
    (新收案件32302件), and of the changes and shares of it stated after such a fact on its line."""
    worded, last = set(), {}
    for f in facts:
        base = next((b for b in preferred if f.indicator_id == b or f.indicator_id.startswith(b + ".")), None)
        if base is None:
            continue
        key = (f.lang, f.line, base)
        if f.indicator_id == base:
            last[key] = has_words((preferred[base] or {}).get(f.lang, ()), f.clause or f.text, f.lang)
        if last.get(key):
            worded.add(id(f))
    return worded


def extract_text(report: Report, catalog: Catalog, gazetteer=None, skip_lines: set[int] | frozenset = frozenset()) -> TextResult:
    """Facts, aligned observations and translation discrepancies of one report's text."""
    rules = load_rules()
    facts: list[Fact] = []
    signed: set[str] = set()
    stated = publication_date(report, lead=False)      # (a day printed or given: what a goal is dated after)
    for lang in report.meta.languages:
        lex = Lexicon.build(catalog, gazetteer, rules, lang, report.meta.region_code)
        reader = LineReader(report, catalog, lex, rules, rules.unit_words)
        prev_agency = None
        script = traditional_half(report.half(lang), lang)
        for paragraph in paragraphs(report.half(lang), skip_lines):
            ctx = Context.of(paragraph, lang, prev_agency, script)
            per_line: dict[int, int] = {}
            readings = reader.read(ctx)
            for r in readings + reader.ordered_ranks(ctx, readings):
                line = r.line
                per_line[line.number] = n = per_line.get(line.number, 0) + 1
                fid = f"{report.id}-{lang}-{line.number}-{n}"
                ind = catalog.indicators.get(r.indicator) if r.indicator else None
                as_of = r.as_of
                if ind is not None and ind.measure == "flow" and as_of is not None and len(as_of) == 3 \
                        and ANNUAL_TERM.search(r.clause or ""):
                    as_of = None      # 截至目前，…年产值达1983亿多元: a year's whole figure, not the months to the publication
                year, period = period_of(report, ind, catalog, r.year, as_of, r.span, reader.published(),
                                         r.window) if ind else (None, "")
                indicator = r.indicator
                if ind is not None and not_yet_past(period, report.meta.period, stated):
                    ind, indicator, period = None, "", ""      # 到2010年，…分别达到4000件、150件: a goal, still a fact
                facts.append(Fact(
                    fact_id=fid, report_id=report.id, lang=lang, line=line.number, section=line.section,
                    value=r.value, unit=fact_unit(r, catalog, rules.unit_words, lang), qualifier=r.number.qualifier,
                    text=r.number.text, indicator_id=indicator, region_code=r.region if ind else "",
                    period=period, clause=r.clause))
                if r.signed:
                    signed.add(fid)
                # one figure said of several statements (均居全省第一) or places (黄埔、番禺…均过万件): the same
                # number, each one's value
                shared = [(also, r.region, period_of(report, catalog.indicators[also], catalog, level.year, level.as_of,
                                                     level.span, reader.published(), level.window)[1])
                          for also, level in r.also] + [(r.indicator, code, period) for code in r.places]
                for k, (also, region, also_period) in enumerate(shared if ind else (), start=2):
                    facts.append(Fact(
                        fact_id=f"{fid}.{k}", report_id=report.id, lang=lang, line=line.number, section=line.section,
                        value=r.value, unit=facts[-1].unit, qualifier=r.number.qualifier, text=r.number.text,
                        indicator_id=also, region_code=region, period=also_period, clause=r.clause))
            last = reader.named_agency(ctx, len(ctx.norm))      # (not one another's work is done to: 监督公安机关撤案)
            if last or (WORDS[lang].search(ctx.norm) and readings):     # (a line of no words, 1.png, or of no figures, a
                prev_agency = last                                   # photo's caption, keeps the authority before it)
    unmap_conflicts(facts, headline_lines(report), rules.preferred)
    observations, discrepancies = align(report, facts, catalog, signed)
    counts = {"facts": len(facts), "mapped": sum(1 for f in facts if f.indicator_id)}
    counts["unmapped"] = counts["facts"] - counts["mapped"]
    for lang in report.meta.languages:
        counts[f"facts_{lang}"] = sum(1 for f in facts if f.lang == lang)
        counts[f"unmapped_{lang}"] = sum(1 for f in facts if f.lang == lang and not f.indicator_id)
    return TextResult(facts=facts, observations=observations, discrepancies=discrepancies, counts=counts)
