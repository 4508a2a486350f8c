"""What a number in running text counts: the catalog term that wraps it, stands before it in
its clause, or follows it; lists that share a head or a subject; subsets and related terms.
A mixin of `text_reader.LineReader` (its state: the report, catalog, lexicon and rules)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from decimal import Decimal

from build_scripts.catalog import Catalog, Indicator
from build_scripts.parse.numbers import Number
from build_scripts.normalize.text_rules import alternation, has_words, last_match, words_rx
from build_scripts.parse.sentences import Context, Span
from build_scripts.read import Line

WINDOW = 300          # characters a {n} pattern's words are looked for before the number
# a population base: "for every 10,000 residents", "per 10,000 heads of population"
PER_10K_BETWEEN = re.compile(r"\b(?:per|for every|for each|to every|to each|by each|among every|every|each|(?:owned|held)\s+by(?:\s+every|\s+each)?)\s+(?:10,?000|ten\s+thousand)\s+(?:heads\s+of\s+|of\s+(?:its|the)\s+)?"
                             r"(?:people|persons|population|residents|inhabitants|citizens|heads)\b", re.IGNORECASE)
# right after a number, the kind it is a ratio of and the population: "5.3 patents to every 10,000 residents"
PER_10K_AFTER = re.compile(r"\s*(?:(?:valid|effective|invention|inventions|patents?)\s+){0,3}" + PER_10K_BETWEEN.pattern,
                           re.IGNORECASE)

# right before a number, the population that holds it: "every 10,000 Shenzheners own 90.5 invention patents"
PER_10K_OPENING_ZH = re.compile(r"每?万人口?$")     # (zh) a count per 10,000 people written before its term
PER_10K_BEFORE = re.compile(r"\b(?:every|each|per)\s+(?:10,?000|ten\s+thousand)\s+(?:[A-Za-z]+\s+){1,4}?(?:own|owns|owned|have|has|had|hold|holds|held)"
                            r"\s+(?:an average of\s+|on average\s+|about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)

# (en) a share set off after a part's figure ("of which 4,446, or 32.3 percent, involved inventions"): the whole aside,
# seen from the part (kind_subset), and its opening, seen from the percent (a share of the figure before it)
SHARE_ASIDE_EN = re.compile(r"^\s*,\s*(?:or|i\.e\.|about|some)\s+\d+(?:\.\d+)?\s*(?:percent|per cent|%)\s*,", re.IGNORECASE)
SHARE_OR_EN = re.compile(r"\s*,\s*(?:or|i\.e\.)\s+", re.IGNORECASE)
# (en) the words that open a list of the parts of a statement ("of which 5,652 were invention patents",
# "16,547 trademarks, including four well-known ones")
PARTS_OPENER = re.compile(r"\b(?:of which|among which|including|among them|of them|in which)\b"
                          r"|\bamong\s+(?:the|these|those)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,", re.IGNORECASE)   # "Among the applications,"
# (en) the words of a running total after an addition: "recognized 4 well-known trademarks, adding up to 86"
RUNNING_TOTAL = r"(?:totall?ing|adding\s+up\s+to|accumulating\s+to|bringing\s+the\s+total\s+to)"
RUNNING_TOTAL_EN = re.compile(RUNNING_TOTAL, re.IGNORECASE)
# the words of a clause that is only a verb and its number, continuing the term of the clause before
OWNER_ALONE_WIDTH = 16   # (zh) characters before a number looked at for an owner naming it alone (职务发明中企业)
STOCK_OF_PATENTS = "patents.valid"      # (en) the family of patents counted at a date, with no verb of their own
STOCK_DATE_EN = re.compile(r"\b(?:(?:by|at)\s+the\s+end\s+of|as\s+of)\s+(?:(?:19|20)\d{2}|last\s+year|this\s+year)\b", re.IGNORECASE)
FLOW_VERBS_EN = re.compile(r"\b(?:grant\w*|authori[sz]\w*|appl(?:y|ied|ication\w*)|fil(?:e|ed|ing)|register\w*|award\w*|approv\w*)\b",
                           re.IGNORECASE)
# (en) words that open the next figure's statement before a term after a number ("… was 19 and number of products …";
# "… valued at 517,500 yuan and involving the fines of 434,000 yuan": the fines are the next figure's)
NEXT_STATEMENT_EN = re.compile(r"\band\s+(?:the\s+)?(?:total\s+)?(?:number|amount)s?\s+of\b"
                               r"|\b(?:and|with)\s+(?:involving|involved|involves)\b", re.IGNORECASE)
# ("78 local brands secured status as well-known trademarks": a title won, the stock's additions)
DESIGNATED_EN = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:companies|enterprises|firms|units|entities|brands|trademarks|marks|products)\b[^,.;\d]{0,40}?\b"
                           r"(?:(was|were|have\s+been|has\s+been|had\s+been)\s+"
                           r"(?:named|recogni[sz]ed|designated|identified|selected|rated|listed|certified|approved)\s+(?:as\s+)?"
                           r"|(secured|won|gained|obtained|earned)\s+(?:the\s+)?(?:status|title|recognition)\s+(?:as|of)\s+)(?:the\s+|a\s+)?",
                           re.IGNORECASE)
DANGLING = {"zh": r"(?:(?:19|20)\d{2}年(?:底|末)?)?(?:分别|共计?|合计|总计|计|累计|总量|总数|已|高?达到?|为|以|约|近|超过|突破|拥?有)*",
            "en": r"(?:(?:and\s+)?(?:reaching|amounting\s+to|hitting|standing\s+at|to\s+reach|surpassing|exceeding|topping|totaling|totalling|" + RUNNING_TOTAL + r")(?:\s+a\s+total\s+of)?)"}
# (zh) a date between a word and a number it names: 提高到去年的2.52件, 增长到了2017年的14.15件, 上升到今年9月的38777件
DATE_BEFORE_ZH = r"(?:\d{4}年|去年|今年|上年|当年|目前|现在)(?:底|末|\d{1,2}月(?:底|末)?)?的?"
# (zh) a clause of the level a figure rose to, after the level it rose from (从2013年的5.55件，逐步增长到了2017年的14.15件)
RISEN_TO = re.compile(r"(?:逐步|进一步|持续|大幅)?(?:增长|上升|提高|提升|增加|跃升|攀升|下降|减少|降低|增|升|降|减)(?:到|至)了?(?:" + DATE_BEFORE_ZH + ")?")
# (zh) a relative clause "with X as its Y" right before a term (以小微企业为被告的案件): the units it restricts to, a part;
# and with the noun it qualifies after it (…为被告的案件, between a term and its number)
_RESTRICTED_ZH = r"以[^，,。；;\d]{1,24}为[^，,。；;\d]{1,6}的"
RESTRICTED_BY_ZH = re.compile(_RESTRICTED_ZH + r"\s*$|以[^，,。；;\d]{1,12}(?:方式|形式|途径)\s*$")     # (or a manner:
#                                                                  以调解、撤诉方式结案2980件, those ended so, a part)
RESTRICTED_NOUN_ZH = re.compile(_RESTRICTED_ZH + r"[\u4e00-\u9fff]{0,4}$")
# (zh) the words between a count and the verb of its designation that say nothing of what it counts: a day, an adverb;
# and the authority between 被 and the verb (被国家工商总局商标局认定为)
DESIGNATED_NOISE_ZH = re.compile(r"(?:(?:今年|去年|(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|近日|日前|正式|先后|均|已|同时)")
DESIGNATED_BY_ZH = re.compile(r"被[^，,。；;\d“”]{2,16}?(?=认定|评定|确定|命名|评为|列为|授予)")
# (zh) a count per 10,000 people written after the number (1.42件/万人; en: PER_10K_AFTER)
PER_10K_AFTER_ZH = re.compile(r"\s*/\s*(?:每)?万(?:人|常住人口|人口)")
ANAPHOR_ZH = re.compile(r"(?:这项|这一|该|此项)(?:数据|数字|数量|指标)")     # (zh) "this figure": the statement before
DIGIT = re.compile(r"\d")
# (zh) right after a count, the indicators it counts (3项指标, 5个主要指标): a list's length, no statistic
INDICATORS_COUNTED_ZH = re.compile(r"\s*(?:主要|核心|关键|重要)?指标")
LIST_LENGTH_ZH = re.compile(r"\d+\s*[项个]" + INDICATORS_COUNTED_ZH.pattern)
TERM_SPAN_MAX = 16    # (zh) characters a term ending with a case verb may start before it (假冒专利案件立案)
DERIVED_UNITS = ("percent", "percentage_points", "rank")     # the units of a change, share or rank, never a level's
# (zh) right before a figure: the things it counts won an award (共获奖165项, 获奖项目达19项)
AWARDED_BEFORE_ZH = re.compile(r"(?:获奖|获得奖励)(?:项目)?\s*(?:共计|共|总数|数)?\s*(?:达到|达|为)?\s*$")
# (zh) right after a figure: the things it counts won an award (19个项目获奖, 12项专利获奖)
AWARDED_ZH = re.compile(r"\s*(?:个|项|件)?\s*(?:项目|专利|发明专利|成果)?\s*(?:获奖|获得奖励|获此殊荣)")
# (zh) the count of the owners right before their word (全省有1.3万家企业拥有有效发明专利8.1万件)
# (zh) dates that open a subject before its owner word (去年企业的专利申请有12689件; 2011年全市企业…)
SUBJECT_DATES_ZH = re.compile(r"(?:(?:19|20)\d{2}年度?|去年|今年|上年|本年|全年|年内|上半年|下半年|前三季度)")
OWNERS_COUNTED_ZH = re.compile(r"(?:共有|有|计)?\s*\d+(?:\.\d+)?\s*[万千]?(?:余|多)?[家户个]$")
# (zh) after an elliptic head, the level it rose from and the verb of rising to its figure (授权量从1500件增至4000件)
RISEN_AFTER_HEAD = re.compile(r"[从由](?:[^，,；;。\d]{0,12}\d[\d.,]*\s*[^\s\d，,；;。]{0,3}?" + RISEN_TO.pattern + r")?$")
# (zh) the words before an addition's verb in a clause that is only the verb and its number (…，年内又新增3件)
ADDITION_OPENING_ZH = re.compile(r"(?:今年|年内|当年|全年)?[再又还另也]?")
FROM_LEVEL = re.compile(r"[从由](?:\d{4}年(?:底|末)?的?|(?:去年|上年)(?:同期)?的?)?(?:累计)?$")    # (从2008年的累计10件)
# (zh) a clause that opens with the level a figure rose or fell from, after a clause that names the term and
# states no number of it (万人发明专利拥有量持续提升，五年内由2012年的2.1件增长至6.87件)
FROM_OPENING = re.compile(r"(?:(?:近|过去)?[\d一二两三四五六七八九十]+年(?:来|内|间)，?|近年来，?)?[从由](?:"
                          + DATE_BEFORE_ZH + r"|(?:去年|上年)同期的?)?")
FROM_THEN_RISEN = re.compile(FROM_OPENING.pattern + r"[\d.]+(?:万|亿)?[^\d，,。；;]{0,3}?" + RISEN_TO.pattern)
# (zh) the earlier level a figure is compared with (比2011年的272件增长79.41%, 与上年同期272件相比): its date, its
# part of a year (同期), and 的 (without it, 比上年增长272件 is the change itself, unless 相比 follows the number);
# between the date and the figure a few words may name what it counts (比2015年受理的1070件, 相比2022年知产民事案件
# 新收554件，同比下降…, 比2018年底万人有效量2.92件，增长3.46倍), but no verb of a change (比上年增加272件)
COMPARED_LEVEL_ZH = re.compile(r"(?:比|较|较之|与|同|相比|相较于?)\s*((?:19|20)\d{2}年|去年|上年|上一年)(?:底|末)?(同期)?"
                               r"(?P<words>[^\d，,。；;：:、（）()%“”\s]{0,10}?)(?P<of>的)?\s*$")
# (zh) the three kinds of patent named together (三种专利, 三类专利): invention, utility model and design, in that order
THREE_KINDS_ZH = re.compile(r"(?:三种|三类|三大类?)专利")
# (zh) two family words listed alone, their object named before them (…专利，申请量和授权量分别…)
ITEM_JOINER_EN = re.compile(r"\band\b|[,;]")      # (en) what joins the items of a list ("638 foreign patents and 413 …")
INDUSTRY_AUTHORITY_EN = re.compile(r"\b(?:(?:Administrations?|Bureaus?|Departments?|Ministry)\s+)?(?:of|for)\s+Industry\s+and\s+"
                                   r"(?:Commerce|Information\s+Technology)\b", re.IGNORECASE)   # (en) a name, no industry's part
# (en) a head noun alone after "the number of" ("the number of applications was 10,000"), and how far back its term is looked for
IT_OPENING_EN = re.compile(r"\s*It\s+(?:then\s+|further\s+|later\s+)?(?:soared|rose|grew|jumped|climbed|increased|reached|hit|surged)\b")
BARE_HEAD_EN = re.compile(r"(application|grant|registration|authorization|authorisation)s?\b", re.IGNORECASE)
BARE_HEAD_REACH = 600
RECOGNIZED_AS_ZH = re.compile(r"(?:被|经)?(?:认定|评定|评为|命名|确认|授予)为?[“\"]?|成为[“\"]?")   # (zh) marks recognised as a kind of mark
SHARE_OF_TERM_EN = re.compile(r"\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?", re.IGNORECASE)     # (en) "60 percent of the patents granted"
OWNERS_SOURCE_ZH = re.compile(r"(?:均|都)?(?:出自|来自|来源于|由)")    # (zh) whom a share of things comes from (…出自企业)
# (zh) a clause of a family word alone and its change (申请量同比增长; 授权量比上年增长)
KIND_HEAD_CHANGE_ZH = re.compile(r"[，,；;\s]*(?:其)?((?:申请|授权)(?:量|数量|数))(?:同比|比上年|较上年|比去年|较去年)?"
                                 r"(?:增长|增加|提高|上升|下降|减少)了?(?:约|近|超过)?")
FAMILY_HEADS_LISTED_ZH = re.compile(r"(申请|授权)量?(?:和|、|及|与)(申请|授权)量?(?!的)")
_COMPARED_UNIT_ZH = r"\s*(?:件|个|项|家|亿元|万元|元|人|起|%)?\s*"       # the compared level's measure word, if any
COMPARED_AFTER_ZH = re.compile(_COMPARED_UNIT_ZH + r"(?:相比|相较|比较)")
# after a compared level with words of its own before it: the change it is compared for (…2.92件，增长3.46倍)
COMPARED_CHANGE_AFTER_ZH = re.compile(_COMPARED_UNIT_ZH + r"[，,]?\s*(?:同比|相比|分别)?(?:增长|增加|下降|减少|上升|提高|翻)")
COMPARED_WORDS_NOT_ZH = re.compile(r"[增减降升翻多少达超为]|提高|突破|同比|全年|累计")


def owner_variants(catalog: Catalog, ids: list[str], kind: str) -> list[str]:
    """The catalog's variants of `ids` for one owner kind (`.owner.<kind>` or `.<kind>`), for text and tables alike."""
    return [v for i in ids for v in (f"{i}.owner.{kind}", f"{i}.{kind}") if v in catalog.indicators]


# (zh) the words of a compared level naming the whole of what is counted (与2011年总申请量191件相比)
WHOLE_NAMED_ZH = re.compile(r"(?:专利|商标)?(?:总(?:申请|授权|注册|登记|受理)(?:量|数|件数)?|(?:申请|授权|注册|登记|受理)?(?:总量|总数))的?")


def compared_level(before: str, after: str) -> re.Match | None:
    """(zh) The match of the earlier level a number is compared with, from the words before and after it
    (比2011年的272件, 与2011年同期272件相比); None for any other number."""
    m = COMPARED_LEVEL_ZH.search(before[-16:])
    if m is None or (words := m.group("words")) and COMPARED_WORDS_NOT_ZH.search(words):
        return None
    closed = m.group("of") or COMPARED_AFTER_ZH.match(after) or (words and COMPARED_CHANGE_AFTER_ZH.match(after))
    return m if closed else None


# (en) a level a figure rose or fell from ("increased from 9,200 to 24,200", "up from about 777 in 2018")
# (en) the verbs of a level's rise or fall, before "from" / "to" the levels it moved between
CHANGE_VERBS_EN = r"(?:up|down|ris(?:e|es|ing)|rose|f[ae]ll(?:s|ing)?|increas\w*|decreas\w*|declin\w*|grow\w*|grew|jump\w*|climb\w*|surg\w*|soar\w*)"
FROM_LEVEL_EN = re.compile(r"\b" + CHANGE_VERBS_EN + r"\s+from\s+(?:(?:about|around|nearly|more\s+than|over|some|just)\s+)?$", re.IGNORECASE)
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
# (en) the date a figure is stated at, right after it ("from 2,108 in 2012 to 3,467 in 2022",
# "1.61 at the end of 2015", "3.1 at the end of September 2020"): that figure's own
DATE_AFTER_EN = re.compile(r"\s+(?:in|at\s+(?:the\s+)?end\s+of|by\s+(?:the\s+)?end\s+of|as\s+of(?:\s+the\s+end\s+of)?)\s+(?:("
                           + "|".join(MONTH_NAMES) + r")\s+)?((?:19|20)\d{2})\b(?![-–]\d)", re.IGNORECASE)


# (en) a sentence opening with what it counts: "(In 2020,) the (total) number of <term>"
SUBJECT_OPENING = re.compile(r"\s*(?:(?:(?:In|By|During|For)\b[^,]{0,40}|(?:Last|This)\s+year),\s*)?the\s+(?:total\s+(?:numbers?\s+of\s+)?|numbers?\s+of\s+)", re.IGNORECASE)

# an aside in brackets right after a number, which a list of numbers goes on past
ASIDE = re.compile(r"\s*[（(][^（）()]{0,40}[)）]")

# (en) a family's participle right after a number, perhaps past a counter ("2,553 cases authorized")
PARTICIPLE_AFTER = r"\s+(?:(?:cases|pieces|items|patents)\s+)?(?:(?:were|was|have been|had been|has been|being)\s+)?([A-Za-z]+)\b(?!\s+by\b)"
LIST_JOINER_EN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)")
LISTED_FIGURES_ZH = re.compile(r"(?:\s*[、，,和及与]\s*\d[\d.,]*\s*[万亿]?[件个项家起]?)+\s*")
LISTED_FIGURES_EN = re.compile(r"(?:\s*(?:,\s*and|,|and)\s+[\d][\d,.]*(?:\s*(?:percent|%))?)+\s*", re.IGNORECASE)
KIND_AFTER_LIST_EN = re.compile(r"(?:\s+and\s+[\d,.]+\s+[a-z]+)*\s+for\s+((?:[\w-]+\s+){1,2}patents?)\b", re.IGNORECASE)
# (en) a bare number said to be of a kind ("in which, 1,684 were on invention patents, 8,206 were associated with utility
# models"): that kind's part of the statement before
KIND_PART_AFTER_EN = re.compile(r"\s+(?:were|was)\s+(?:on|for|in|about|of|associated\s+with|related\s+to|concerned\s+with)\s+"
                                r"((?:[\w-]+\s+){0,2}?(?:patents?|models?|designs?|inventions?)\b)", re.IGNORECASE)
# (zh) a whole named again by its figure before its parts (在1476件案件中，): the statement of that figure
WHOLE_RESTATED_ZH = re.compile(r"在(\d+(?:\.\d+)?)[件项个起宗][^，,。；;\d]{0,12}(?:中|当中|之中)[，,]?")
# (zh) a count said to be of a kind after it (其中1200件为发明专利; 在1476件案件中，有56件是刑事案件): the kind's words, alone
# up to the clause's end (not 3000件为高价值发明专利: a part the kind does not name)
KIND_PART_AFTER_ZH = r"\s*(?:为|是|属于|系)\s*({})(?=\s*(?:[，,。；;]|$))"
# (en) the last kind of a list and a copula right before a list of as many figures: the kinds pair in order
KINDS_THEN_COPULA_EN = re.compile(r"[A-Za-z -]{0,40}?\b(?:were|was|reached|hit|totaled|totalled|numbered|amounted\s+to|stood\s+at)\s+",
                                  re.IGNORECASE)
KIND_AFTER_NOUN_EN = re.compile(r"\s+(?:were|was)\s+(?:for|in)\s+((?:[\w-]+\s+){1,2}patents?)\b", re.IGNORECASE)
SCALE_EN = re.compile(r"\b(?:million|billion)\b", re.IGNORECASE)
PARAGRAPH_LOOKBACK_LINES = 4    # how far back a family noun alone looks for the statement that names its topic
# a verb opening a term, as the second predicate of one subject ("… made 79,947 filings and received 46,976 patents")
SHARED_PREDICATE_EN = re.compile(r"(?:[a-z]+ed|won|got|made|holds?|owned|filed)\b")
# a family's plural noun and a verb of amount right before a number ("and approvals numbered 87,286")
NOUN_THEN_AMOUNT_EN = re.compile(r"\b([A-Za-z]+s)\s+(?:numbered|totaled|totalled|reached|hit|stood at|amounted to|were|was)\s+$")


def aside_opening(norm: str, lo: int, pos: int) -> int:
    """Where the brackets `pos` is inside open, when opened after `lo` and not yet closed; -1 otherwise."""
    opened = max(norm.rfind("（", lo, pos), norm.rfind("(", lo, pos))
    return opened if opened >= 0 and re.search(r"[)）]", norm[opened:pos]) is None else -1


def in_aside(norm: str, lo: int, pos: int) -> bool:
    """Whether `pos` is inside brackets opened after `lo` and not yet closed."""
    return aside_opening(norm, lo, pos) >= 0


def bracket_after(norm: str, name_end: int, pos: int) -> bool:
    """(zh) Whether `pos` is inside brackets opened right after a place's name (`name_end`): the place's own figure,
    whatever word put the name there (排在我市之前的城市是宁波(83334件，增长13.2%), 高于全省(12.3件))."""
    return name_end < pos and norm[name_end] in "(（" and aside_opening(norm, name_end, pos) == name_end


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
    as_of: tuple | None = None    # (year, month) of 截至…月底 / as of the end of <month>; (y, m, d): 截至目前 at publication
    span: tuple | None = None  # (year or None, last month) of a part of a year its sentence names (1—9月)
    window: str | None = None  # the span of years its sentence states a flow over (“十三五”期间: 2016-01/2020-12)
    clause: str = ""
    chain: bool = False        # its base may carry on to a change, share or rank right after it
    sign: int = 0              # +1 / -1 for a change (增长 / 下降), 0 for a level
    signed: bool = False       # the direction is stated in words the rules know (not only "YoY")
    pos: int = 0               # place in a list of numbers of one kind (8.1万件、注册量5.4万件 / 6.2% and 9.8%)
    run: int = 1               # length of that list
    run_end: int = 0           # where the list's last number ends
    term: str = ""             # the catalog term that named it, as written
    also: list = field(default_factory=list)   # (indicator, level Reading): other statements one rank is said of (均居全省第一)
    places: list = field(default_factory=list)  # codes of the other places of a list one figure is said of (A、B…均过万件)
    respective: str = ""          # the n-th of a list of places stated "respectively" it is of (A、B和C分别增长…)
    goal: bool = False            # a goal or forecast (完成当年1600件的目标任务), which a change after it is not of


# (en) words before an owner that leave it all the owners ("local companies"), unlike a qualifier ("high-tech enterprises")
EN_PLAIN_OWNER = frozenset(("local", "domestic", "the", "its", "their", "all", "of", "by", "from", "to", "and", "in", "for",
                            "with", "that", "which", "where", "while", "as", "city's", "province's", "region's", "district's"))
OF_HEAD = re.compile(r"\s+of\s+(?!the\b|which\b|them\b|these\b|those\b|its\b|their\b)[a-z]", re.IGNORECASE)   # (en) a noun that heads an "of" phrase


NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|in|of|for|from|were|was|are|is|have|has|had|with|by|to|at|on|last|this|that|which|"
                       r"during|over|under|up|down|as|since|year|each|per|respectively|cases?|items?|pieces?)\b)(?![a-z]+ed\b)[a-z]", re.IGNORECASE)


STOCK_HEADS = ("有效量", "有效注册量", "拥有量")     # heads of what is held, not of a flow
BARE_LOOKBACK = 8         # statements a head written alone may take its subject from, nearest first


class TermFinder:
    """Term-finding methods of LineReader."""

    def term_before(self, ctx: Context, clause: Span, pos: int, agency: str | None = None):
        """The nearest term ending before `pos` in the clause: (ids, start, end) or None. With the
        sentence's `agency`, a term that names only other authorities' indicators is passed over
        (法院共受理知识产权类案件: the notaries' 知识产权类案件 is not the court's; 受理 is)."""
        if self.lex.terms is None:
            return None
        # the heads and counted nouns a total right after belongs to (新收…民事案件数量: the cases' count)
        heads = tuple(self.rules.elliptic.get(self.lang, ()) if self.lang == "zh" else ()) \
            + tuple(self.rules.term_forms.get(self.lang, {}).get("counted", ()))
        totals = self.rules.term_forms.get(self.lang, {}).get("totals", ())
        verbs = (self.rules.case_verbs or {}).get(self.lang, ())
        nearest = None
        for best in ctx.before(self.lex.terms, clause.start, pos):
            # 专利申请、授权数量分别为…: 数量 is the listed head's noun, not a term of its own (海关…数量)
            if best.group(0) in totals and (any(ctx.norm[:best.start()].endswith(h) for h in heads)
                                            or self.term_ends_at(ctx, best.start())):
                continue      # (破获侵权假冒犯罪案件数量: the count of the term before, not customs' 数量)
            if best.group(0) in verbs and (whole := self.term_ending_with(ctx, clause, best)) is not None:
                best = whole  # 查处假冒专利案件立案1314件: the term 假冒专利案件立案, which the term before it overlapped
            found = self.lex.ids(ctx.norm, best), best.start(), best.end()
            if agency is None or self.any_allowed(found[0], agency):
                return found
            nearest = nearest or found      # (no term of the authority's before it: the nearest still holds the number)
        return nearest

    def term_ending_with(self, ctx: Context, clause: Span, verb: re.Match) -> re.Match | None:
        """(zh) The longest term that ends with a case verb found alone (立案, 受理) and starts inside a term right
        before it, which the leftmost match took (查处假冒专利案件 + 立案: 假冒专利案件立案); None when there is none."""
        for j in range(max(clause.start, verb.start() - TERM_SPAN_MAX), verb.start()):
            whole = self.lex.terms.rx.fullmatch(ctx.norm, j, verb.end())
            if whole is not None and self.lex.ids(ctx.norm, whole):
                return whole
        return None

    def term_ends_at(self, ctx: Context, pos: int) -> bool:
        """Whether a term of the catalog ends right at `pos`."""
        return any(t.end() == pos for t in self.lex.terms.finditer(ctx.norm, max(0, pos - 24), pos))

    def shared_head(self, ctx: Context, r: Reading, prev: Reading | None):
        """(zh) A noun listed after a figure whose term shares its head (国家知识产权示范企业达60家、优势企业270家:
        国家知识产权 + 优势企业; past an aside: 中国外观设计专利金奖1项(占全市1/3)、银奖2项), or naming a part of it after
        其中 (专利行政执法案件1021件，其中侵权纠纷案件868件: 专利 + 侵权纠纷案件): the catalog term so completed,
        (ids, start, end); None when there is none."""
        if self.lang != "zh" or prev is None or not prev.chain or not (prev.term or prev.indicator):
            return None
        m = re.fullmatch(r"(?:[(（][^()（）]*[)）])?(?:[、，,和及]|[^、，,。；;]{0,12}[，,]\s*(?=其中|包括))\s*(其中|包括)?\s*([\u4e00-\u9fff]{2,10}?)(?:达到|达|为|共|有)?", ctx.norm[prev.end:r.start])
        if m is None:
            return None
        noun, named = m.group(2), self.lex.terms.search(m.group(2))
        stop = tuple(self.rules.stop_terms.get("zh", ()))
        if (named is not None and self.lex.ids(noun, named)) or noun in self.rules.elliptic.get("zh", ()) \
                or (noun in stop and not prev.term.endswith(stop)):
            return None       # (a term of its own; 注册量, 有效注册量: heads the listed subject carries to, read elsewhere;
            #                    获评中国专利奖，其中金奖2项: a grade of the prize, which mixes kinds the catalog counts apart,
            #                    unless the figure before names a grade of one kind: 中国专利金奖1项，银奖2项)
        # the terms listed before it, nearest first (中国专利金奖1项，银奖2项，优秀奖15项: 优秀奖 after 银奖 completes
        # as 中国专利金奖 does)
        ind = self.catalog.indicators.get(prev.indicator)     # (14项专利获评中国专利奖，其中金奖2项: the award's own wordings)
        stated = [prev.term] * bool(prev.term) + [o.term for o in reversed(self.earlier) if o.chain and o.term and o is not prev]
        terms = stated + [t for t in (ind.terms_zh if ind is not None else ()) if "{n}" not in t]      # (no term of its own: none first)
        for k, term in enumerate(terms):
            ids = self.overlapping(term, noun)
            if ids:           # 专利质押融资额38.7亿元，融资项目207项: 专利质押 + 融资项目 (the noun restates the term's end)
                return ids, prev.end + m.start(2), prev.end + m.end(2)
            if len(os.path.commonprefix([noun[::-1], term[::-1]])) < (1 if len(noun) <= 3 else 2):
                if k < len(stated):
                    return None   # (parallel kinds end alike: 示范企业 / 优势企业, 金奖 / 银奖; not 商标注册申请 / 有效注册)
                continue          # (of the catalog's wordings, those that end alike: 中国专利奖 for 金奖, not 中国专利奖获奖项目)
            parallel = len(term) - len(noun)      # (示范企业 / 优势企业: the noun stands in for the part as long as it)
            for i in ([parallel] if parallel > 1 else []) + [i for i in range(len(term) - 1, 1, -1) if i != parallel]:
                ids = self.lex.term_ids.get((term[:i] + noun).casefold())
                if ids:
                    return ids, prev.end + m.start(2), prev.end + m.end(2)
        return None

    def overlapping(self, term: str, noun: str) -> list[str] | None:
        """(zh) The indicators of the catalog term a noun completes when it starts with two characters of
        `term` past its first two (专利质押融资额 + 融资项目: 专利质押融资项目), the latest such place first."""
        if len(noun) < 3:
            return None
        for j in range(len(term) - 2, 1, -1):
            if term.startswith(noun[:2], j):
                return self.lex.term_ids.get((term[:j] + noun).casefold())
        return None

    def elliptic_addition(self, ctx: Context, sentence: Span, clause: Span, r: Reading):
        """(zh) A clause that is only an addition's verb and its number (…继今年4月新增2件地理标志证明商标后，再新增2件)
        after a count of a stock in its sentence: more of that stock, (ids, start, end) with its verb's span (the
        verb makes the stock its `.new`); None otherwise."""
        if self.lang != "zh" or clause.start <= sentence.start:
            return None
        opening = ctx.norm[clause.start:r.start].strip()
        verb = self.cue("new", opening)
        if verb is None or verb.end() != len(opening) or not ADDITION_OPENING_ZH.fullmatch(opening[:verb.start()]):
            return None
        last = next((o for o in reversed(self.earlier) if sentence.start <= o.start < clause.start and not o.sign), None)
        if last is None or not last.indicator or last.number.measure != r.number.measure:
            return None
        stock = last.indicator.removesuffix(".new")
        ind = self.catalog.indicators.get(stock)
        if ind is None or ind.measure != "stock":
            return None
        at = ctx.norm.rfind(opening, clause.start, r.start) + verb.start()
        return [stock], at, at + len(verb.group(0))

    def framed_honour(self, ctx: Context, sentence: Span, r: Reading):
        """(zh) A figure of things that won an award (…共有19个项目获奖; 共获奖165项) in a sentence that names the award
        before it with no figure between (第二十三届中国专利奖中 / 在第23届中国专利奖评选中): the count of
        that award, (ids, start, end); None otherwise."""
        if self.lang != "zh" or (AWARDED_ZH.match(ctx.norm, r.end) is None
                                 and AWARDED_BEFORE_ZH.search(ctx.norm, max(sentence.start, r.start - 12), r.start) is None):
            return None       # (…北京地区共获奖165项: the verb before the figure)
        honours = self._honour_nouns()
        m = last_match(honours, ctx.norm[sentence.start:r.start]) if honours is not None else None
        if m is None or DIGIT.search(ctx.norm, sentence.start + m.end(), r.start):
            return None
        return self._honour_ids[m.group(0)], sentence.start + m.start(), sentence.start + m.end()

    def _honour_nouns(self) -> re.Pattern | None:
        """The award nouns of the catalog's honour indicators (ids with an `honour_ids` word): their
        terms with the figure's place taken out (中国专利奖 of {n}中国专利奖), longest first."""
        if getattr(self, "_honour_rx", False) is False:
            words = (self.rules.events_after or {}).get("honour_ids", ())
            nouns: dict[str, list[str]] = {}
            for ind in self.catalog.indicators.values():
                if ind.measure == "flow" and any(w in ind.id.split(".")[-1] or w in ind.id for w in words):
                    for t in ind.terms_zh:
                        if "{n}" in t:
                            nouns.setdefault(re.sub(r"\s+", "", t.replace("{n}", "")), []).append(ind.id)
            self._honour_ids = nouns
            self._honour_rx = words_rx(tuple(nouns), "zh") if nouns else None
        return self._honour_rx

    def any_allowed(self, ids: list[str], agency: str) -> bool:
        """Whether the authority may state one of the indicators `ids` names (or it names none the
        catalog knows)."""
        known = [ind for i in ids if (ind := self.catalog.indicators.get(i)) is not None]
        return not known or any(self.allowed(ind, agency) for ind in known)

    def sentence_subject(self, ctx: Context, sentence: Span, r: Reading):
        """(en) The term a sentence opens with as "The number of <term>", for the sentence's first
        number, however many asides stand between ("The number of international patent applications,
        filed under the PCT, in the same period hit 7,925"). (ids, start, end) or None."""
        if self.lex.terms is None or self.earlier:      # (`earlier`: the sentence's readings before this one)
            return None
        m = SUBJECT_OPENING.match(ctx.norm, sentence.start, r.start)
        t = self.lex.terms.search(ctx.norm, m.end(), r.start) if m else None
        if m is not None and (t is None or t.start() != m.end()) and (head := BARE_HEAD_EN.match(ctx.norm, m.end(), r.start)):
            # "Since 2000, the number of patent applications has … In 2000, the number of applications was 10,000":
            # the head alone, of the term the paragraph named with it last
            word = head.group(1).casefold()
            named = next((n for n in ctx.before(self.lex.terms, max(0, sentence.start - BARE_HEAD_REACH), sentence.start)
                          if re.search(r"\b" + word + r"s?$", n.group(0).casefold())), None)
            return (self.lex.ids(ctx.norm, named), head.start(1), head.end(1)) if named is not None else None
        if t is None or t.start() != m.end():
            return None
        return self.lex.ids(ctx.norm, t), t.start(), t.end()

    def pronoun_subject(self, ctx: Context, sentence: Span, r: Reading):
        """(en) A sentence that opens with "It" and a verb of rising or reaching, for its first number ("In 2000, the
        number of applications was 10,000. It soared to 20,000 in 2005"): the term of the sentence before's last
        statement, (ids, start, end) or None."""
        if self.earlier or not IT_OPENING_EN.match(ctx.norm, sentence.start, r.start):
            return None
        last = next((o for o in reversed(self.in_paragraph) if o.end <= sentence.start and o.chain and o.base and not o.sign), None)
        if last is None or last.end < ctx.around(ctx.sentences, max(0, sentence.start - 1)).start:
            return None       # (only the sentence right before's)
        return [last.base], sentence.start, sentence.start

    def dangling_term(self, ctx: Context, sentence: Span, clause: Span, before: str, r: Reading, agency: str):
        """A clause that is only a verb and the number (共22479件, 达30704件; "reaching 1,500,500") after a
        clause that names a term and states no number of it (专利申请量突破两万大关; "Valid trademark
        registrations also achieved significant increase"): that term."""
        opening = before.strip()
        members = 0
        if 0 < r.pos <= len(self.earlier) and self.earlier[-r.pos].start >= clause.start:
            opening = ctx.norm[clause.start:self.earlier[-r.pos].start].strip()    # 分别为257件、230件: the list's opening
            members = r.pos
        places = self.leading_places(opening)
        if places:            # 湘潭、株洲、郴州分别以27.99亿元、…: the places the figures are of, then the verb
            opening = opening[places:].strip()
        verbs = DANGLING[self.lang]
        risen = self.lang == "zh" and RISEN_TO.fullmatch(opening) is not None      # 从2013年的5.55件，逐步增长到了2017年的14.15件
        risen_from = self.lang == "zh" and FROM_OPENING.fullmatch(opening) is not None   # …持续提升，由2012年的2.1件增长至6.87件
        # …持续提升，五年内由2.1件增长至6.87件: the level it rose to, after the level it rose from in the same clause
        risen = risen or (self.lang == "zh" and FROM_THEN_RISEN.fullmatch(opening) is not None)
        if clause.start <= sentence.start or not (risen or risen_from or re.fullmatch(verbs, opening, re.IGNORECASE)):
            return None
        # (有效商标数量突破40万件大关，达43.68万件: 有效商标, not the customs' 数量)
        found = self.term_before(ctx, Span(sentence.start, clause.start), clause.start, agency)
        if found is None or not found[0]:
            return None
        since = [o for o in self.earlier[:len(self.earlier) - members] if o.start >= found[2]
                 and not in_aside(ctx.norm, found[2], o.start)]     # (…稳居全省首位（福建省8.0件），达23.5件: a compared place's)
        # 新增有效发明专利571件，累计已达1852件: the running total after an addition of the term
        added = self.lang == "zh" and re.search(r"累计|总量|总数", opening) is not None \
            and self.cue("new", ctx.norm[max(sentence.start, found[1] - 4):found[1]]) is not None
        # 有效发明专利量突破12万件，达到123100件: past a round mark; 发明专利授权量增长8%，达到3000件 / 较上年增加35件，
        # 达到218件: past its change
        if not all((self.threshold(ctx, o) and o.number.unit == r.number.unit) or (o.sign and o.number.unit in ("percent", r.number.unit))
                   or (added and not o.sign and o.number.unit == r.number.unit)
                   or (o.number.unit == "percent" and o.indicator in self.catalog.indicators      # 占全省比重的49.28%，高达3025个
                       and self.catalog.indicators[o.indicator].measure == "share" and o.indicator.startswith(tuple(found[0])))
                   or (risen and o.number.unit == r.number.unit and FROM_LEVEL.search(ctx.norm, max(0, o.start - 10), o.start))
                   or o.number.unit == "rank"      # 地理标志商标数量位居全省前三，分别拥有156件、…; 授权量居全省第二，达3000件
                   or (o.chain and o.indicator.startswith(tuple(found[0])) and o.region and o.region != self.report.meta.region_code
                       and r.region and r.region != self.report.meta.region_code)
                   #      (长沙以31.52亿元居…，湘潭、株洲分别以…; …长沙…达11.15件；紧随其后的是株洲和湘潭，分别为…: places go on)
                   for o in since):
            return None       # (质押融资突破9亿元；3个品牌…: a count of something else)
        if self.subset_before(ctx, ctx.around(ctx.clauses, found[1]), found[1]):
            return None       # 新装备制造业专利授权量最多，达6335件: an industry's, not the region's
        if r.run > 1 and "分别" in opening and r.region and r.region != self.report.meta.region_code \
                and self.respective_region(ctx, sentence, r) is None:
            return None       # 昆区、青山区…分别为644件、493件、365件: places the figures are not matched to one by one
        if risen and re.search(r"月|底|末", opening) and any(
                self.catalog.indicators[i].measure == "flow" for i in found[0] if i in self.catalog.indicators):
            return None       # 商标注册量…上升到今年9月的38777件: a level at a date, which no flow is
        for o in since:       # the round mark is no value of its own
            if not o.sign and self.threshold(ctx, o):
                o.indicator, o.chain = "", False
        if self.lang == "en" and RUNNING_TOTAL_EN.match(opening):
            added = next((o for o in reversed(self.earlier) if o.start < clause.start and not o.sign and o.indicator
                          and o.indicator in found[0]), None)
            if added is not None:     # "recognized 4 well-known trademarks, adding up to 86": 4 were added
                added.indicator = self.variant(added.indicator, ".new") or ""
                added.chain = bool(added.indicator)
        return found

    def leading_places(self, opening: str) -> int:
        """(zh) Where the names of places that open a clause end (湘潭、株洲、郴州分别以: after 郴州), 0 when none opens it."""
        pos = 0
        while self.lang == "zh" and self.lex.regions is not None and (m := self.lex.regions.match(opening, pos)) is not None \
                and m.end() > pos:
            pos = m.end()
            pos += 1 if opening[pos:pos + 1] in ("、", "和", "及", "与") else 0
        return pos if pos and opening[pos - 1:pos] not in ("、", "和", "及", "与") else 0

    def threshold(self, ctx: Context, o: Reading) -> bool:
        """(zh) A round mark passed (突破12万件, 超过6万件: qualified `more_than` when read; 迈过, 破 …
        left before the number), not a figure stated exactly."""
        return o.number.qualifier == "more_than" or re.search(
            r"(?:迈过|跨过|越过|破)\s*$", ctx.norm[max(0, o.start - 4):o.start]) is not None

    def respective_term(self, ctx: Context, clause: Span, found: tuple, r: Reading) -> tuple:
        """The n-th number of a list after 分别 (马德里国际注册商标、驰名商标分别达1982件、159件) is the
        n-th of the terms listed before it; `found` (the nearest term) otherwise."""
        self.list_start = None
        tail = ctx.norm[found[2]:r.start] if self.lang == "zh" else ctx.norm[found[2]:r.end + 80]   # ("… and 792, respectively")
        cued = self.cue("respectively", tail) is not None
        if r.run < 2 or not (cued or self.lang == "zh" and self.paired_run(ctx, found, r)):
            return found
        terms, start = [found], found[1]
        while len(terms) < r.run:
            prev = ctx.last_before(self.lex.terms, clause.start, start)
            joiner = r"\s*[、和及与,，]\s*" if self.lang == "zh" else r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?"    # ("X and the Y")
            if prev is None or not re.fullmatch(joiner if cued else r"[、和及与]", ctx.norm[prev.end():start]):
                if not cued:
                    return found      # (with no 分别, only a whole list of joined terms pairs)
                items = self.shared_tail_items(ctx, clause, found) if len(terms) == 1 else None
                if items is not None and len(items) == r.run - 1:
                    self.list_start = items[0][1]     # 驰名、省、市著名商标总量分别达到82件、378件和416件
                    return (items + [found])[r.pos]
                item = self.elliptic_item(ctx, clause, found, start) if len(terms) == r.run - 1 else None
                if item is None and not self.unnamed_item_before(ctx, clause, start, joiner):
                    return found
                if item is None:
                    # a list with an item no term names: the terms read pair from its end (有效发明专利量、PCT国际专利
                    # 累计申请量、商标有效注册量分别为A、B、C: C is the last term's; A and B stay unnamed, not the last's)
                    at = r.pos - (r.run - len(terms))
                    if at >= 0:
                        return terms[at]
                    front = self.list_front(ctx, clause, start, joiner)    # (and from its start, up to the unnamed item)
                    return front[r.pos] if r.pos < len(front) and len(front) + len(terms) < r.run else ([], found[1], found[2])
                terms.insert(0, item)     # 专利和发明专利授权量分别为A和B: 专利授权量, 发明专利授权量
                break
            terms.insert(0, (self.lex.ids(ctx.norm, prev), prev.start(), prev.end()))
            start = prev.start()
        if r.pos >= len(terms):
            return found
        self.list_start = terms[0][1]      # (where the list begins: a word before it may cover all its terms)
        return terms[r.pos]

    def shared_tail_items(self, ctx: Context, clause: Span, found: tuple) -> list[tuple] | None:
        """(zh) The short items listed right before a term that each make a catalog term with its tail (驰名、省、市著名商标:
        驰名商标, 省著名商标 before 市著名商标), (ids, start, end) each, in order; None unless every item does."""
        if self.lang != "zh" or not found[0]:
            return None
        lo = max(clause.start, found[1] - 40)
        m = re.search(r"(?:[\u4e00-\u9fff]{1,6}[、和及与])+$", ctx.norm[lo:found[1]])
        if m is None:
            return None
        text, out, at = ctx.norm[found[1]:found[2]], [], lo + m.start()
        for n, item in enumerate(re.findall(r"([\u4e00-\u9fff]{1,6})[、和及与]", m.group(0))):
            # (the first item may start after words of its clause: 全省驰名、著名商标 -> 驰名)
            found_at = next(((j, ids) for j in range(len(item) if n == 0 else 1) for k in range(1, len(text) - 1)
                             if (ids := self.lex.term_ids.get((item[j:] + text[k:]).casefold()))), None)
            if found_at is None:
                return None
            out.append((found_at[1], at + found_at[0], at + len(item)))
            at += len(item) + 1
        return out

    def paired_run(self, ctx: Context, found: tuple, r: Reading) -> bool:
        """(zh) Whether a run of numbers follows its term with only the words of its object between
        (受理和审结刑事案件628件和547件): with terms listed right before it, one number each, in order, as
        if 分别 were written."""
        first = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start
        return re.fullmatch(r"[\u4e00-\u9fff]{0,8}", ctx.norm[found[2]:first]) is not None

    def unnamed_item_before(self, ctx: Context, clause: Span, start: int, joiner: str) -> bool:
        """(zh) Whether a listed item no term names stands right before the term at `start` (…、PCT国际专利累计
        申请量、商标有效注册量), not a place (漳州、南平和宁德分别拥有…) or nothing listed."""
        if self.lang != "zh":
            return False
        m = re.search(r"([\u4e00-\u9fffA-Za-z]{2,})" + joiner + "$", ctx.norm[max(clause.start, start - 30):start])
        if m is None:
            return False
        at = max(clause.start, start - 30) + m.start(1)
        place = self.lex.regions.search(ctx.norm, at, at + len(m.group(1))) if self.lex.regions is not None else None
        return place is None

    def list_front(self, ctx: Context, clause: Span, end: int, joiner: str) -> list[tuple]:
        """The terms that open a list in its clause before `end`, each joined to the next ((ids, start, end) each)."""
        out = []
        for m in self.lex.terms.finditer(ctx.norm, clause.start, end):
            if out and not re.fullmatch(joiner, ctx.norm[out[-1][2]:m.start()]):
                break
            out.append((self.lex.ids(ctx.norm, m), m.start(), m.end()))
        if out and not re.match(joiner, ctx.norm[out[-1][2]:end]):
            return []         # (the last one read is not a listed item)
        return out

    def kind_heads_respectively(self, ctx: Context, sentence: Span, r: Reading) -> tuple | None:
        """(zh) The n-th of a run after 分别 under a list of family words alone (申请量和授权量, 申请和授权量) whose kind is
        named before them in the sentence with no figure between (实用新型专利增长最快，申请量和授权量分别达843件和533件;
        发明专利，申请和授权量继续增长，分别达9974件和3353件): that family's variant of the kind. (ids, start, end) or None."""
        if self.lang != "zh" or r.run < 2 or r.pos >= 2:
            return None
        first = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start
        lo = max(sentence.start, first - 40)
        heads = last_match(FAMILY_HEADS_LISTED_ZH, ctx.norm[lo:first])
        if heads is None or "分别" not in ctx.norm[lo + heads.end():first] or DIGIT.search(ctx.norm, lo + heads.end(), first):
            return None
        since = max([sentence.start] + [o.end for o in self.earlier if o.end <= lo + heads.start()])
        kinds = self._kinds_in(ctx.norm[since:lo + heads.start()])
        if len({k for k, _ in kinds}) != 1:
            return None
        family = self._family(heads.group(1 + r.pos))
        iid = self.variant(family, "." + kinds[0][0]) if family else None
        return ([iid], lo + heads.start(), lo + heads.end()) if iid else None

    def owners_share(self, ctx: Context, clause: Span, r: Reading) -> str | None:
        """A percentage of a term's things said to come from one owner kind (有85.7%的专利申请出自企业; 专利申请中
        85.7%来自企业; "Companies were the driving force with nearly 60 percent of the patents granted", the owners the
        sentence's subject and no figure before): that owner's share of the term's total, when the catalog has it;
        None otherwise."""
        if self.lex.terms is None:
            return None
        norm = ctx.norm
        if self.lang == "en":     # "Companies were the driving force with nearly 60 percent of the patents granted"
            of = SHARE_OF_TERM_EN.match(norm, r.end)
            term = self.lex.terms.match(norm, of.end()) if of is not None else None
            sentence = ctx.around(ctx.sentences, r.start)
            said = [(k, m) for k, words in (self.rules.owners or {}).items()
                    if (rx := words_rx(tuple(words.get("en", ())), "en")) is not None
                    and (m := re.match(r"\s*(?:(?:local|domestic)\s+)?(?:" + rx.pattern + r")\b", norm[sentence.start:r.start], rx.flags))]
            if term is None or len(said) != 1 or DIGIT.search(norm, sentence.start, r.start):
                return None
            return next((v for i in self.owner_variants(self.lex.ids(norm, term), said[0][0]) if (v := self.variant(i, ".share_pct"))), None)
        pos = r.end + (norm[r.end:r.end + 1] == "的")
        term = self.lex.terms.match(norm, pos)
        if term is None:          # (专利申请中85.7%来自企业: the term before, the whole 中 names)
            term = last_match(self.lex.terms, norm[clause.start:r.start])
            if term is None or not re.fullmatch(r"中(?:有|约)?", norm[clause.start + term.end():r.start]):
                return None
            term_ids, verb_at = self.lex.ids(norm[clause.start:], term), r.end
        else:
            term_ids, verb_at = self.lex.ids(norm, term), term.end()
        verb = OWNERS_SOURCE_ZH.match(norm, verb_at)
        if verb is None:
            return None
        said = [(k, w) for k, words in (self.rules.owners or {}).items() for w in words.get("zh", ()) if norm.startswith(w, verb.end())]
        if not said:
            return None
        kind, word = max(said, key=lambda kw: len(kw[1]))
        if norm[verb.end() + len(word):verb.end() + len(word) + 1] not in ("", "，", ",", "。", "；", ";", "、"):
            return None       # (出自企业技术中心: a part of the owners)
        return next((v for i in self.owner_variants(term_ids, kind) if (v := self.variant(i, ".share_pct"))), None)

    def kind_head_change(self, ctx: Context, sentence: Span, clause: Span, r: Reading) -> tuple | None:
        """(zh) A change right after a family word alone opening its clause (申请量同比增长71.6%), in a sentence whose
        subject is one kind named with no level between (其中，发明专利的增幅最大，申请量同比增长71.6%，授权量同比增长
        63.2%): that family's variant of the kind. (ids, start, end) or None."""
        if self.lang != "zh":
            return None
        head = KIND_HEAD_CHANGE_ZH.fullmatch(ctx.norm, clause.start, r.start)
        if head is None or any(sentence.start <= o.start < clause.start and not o.sign for o in self.earlier):
            return None       # (发明专利授权1000件，申请量同比增长5%: the statement's own family, not this rule's)
        kinds = {k for k, _ in self._kinds_in(ctx.norm[sentence.start:clause.start])}
        family = self._family(head.group(1))
        iid = self.variant(family, "." + kinds.pop()) if family and len(kinds) == 1 else None
        return ([iid], head.start(1), head.end(1)) if iid else None

    def bare_head(self, ctx: Context, span: Span, r: Reading) -> tuple | None:
        """(zh) A head written alone before the number in `span` (年申请量青岛最高，为54904件; 年登记量超过3万件), no
        part of a catalog term: the indicator of the report's nearest earlier statement of that measure, or the
        term its subject makes with the head (商标注册申请 -> 商标 + 注册量). (ids, start, end) or None."""
        if self.lang != "zh" or self.lex.terms is None:
            return None
        heads = sorted(self.rules.elliptic.get("zh", ()), key=len, reverse=True)
        pos = r.start
        text = ctx.norm[span.start:pos]
        m = None
        for m in re.finditer("|".join(map(re.escape, (h for h in heads if h.endswith("量")))), text):
            pass
        if m is None:
            return None
        own = text[max(text.rfind(c, 0, m.start()) for c in "，,；;") + 1:]      # the head's clause on
        if ctx.norm.startswith("的", r.end) or re.search(r"均|\d+\s*个?(?:市|县|区|地市|设区市|县区)", own):
            return None       # (过万件的县: a mark places pass; 16市有效注册量均过万件: each place's, not the region's)
        at = span.start + m.start()
        listed = self.earlier[len(self.earlier) - r.pos:] if 0 < r.pos <= len(self.earlier) else []
        if any(at < o.start < pos and o not in listed and (o.indicator or o.number.qualifier != "more_than"
                                                            or o.number.measure != r.number.measure) for o in self.earlier):
            return None       # (the head's own figure stands between, not a mark it passed: 超过3万件，分别为70792件)
        added = next((o for o in reversed(self.earlier) if o.chain and o.indicator and o.indicator.endswith(".new")), None) \
            if m.group(0) in STOCK_HEADS else None
        stock = self.base_of(added.indicator) if added is not None else None
        if stock is not None and self.catalog.indicators[stock].measure == "stock":
            return [stock], at, span.start + m.end()   # (新认定著名商标377件，有效量达到1143件: the stock the additions went to)
        semi = max(ctx.norm.rfind("；", span.start, at), ctx.norm.rfind(";", span.start, at))
        if any(o.chain and o.term and o not in listed and o.start > semi for o in self.earlier):
            return None       # (商标申请量11830件,注册量9314件: a head listed after a term of its sentence, read as such;
            #                  not past a semicolon: …申请量最高，为7.7万件；…其中青岛注册量最高，为4.8万件)
        if any(t.start() <= at < t.end() for t in self.lex.terms.finditer(ctx.norm, max(0, at - 12), span.start + m.end())):
            return None       # (part of a term: 专利申请量)
        here = [o for o in self.in_paragraph if o.start < at and o.line.number <= r.line.number]
        near = [o for o in reversed([o for o in self.termed if o not in here] + here) if o.chain and o.base][:BARE_LOOKBACK]
        if m.group(0) in STOCK_HEADS:     # 有效量: the stock of the nearest statement's family (注册量 -> 有效注册商标)
            for o in near:
                family = self._family_of(o.base) or o.base
                if family in self.catalog.indicators and self.catalog.indicators[family].measure == "stock":
                    return [family], at, span.start + m.end()
                held = (self.rules.stock_of or {}).get(family)
                if held in self.catalog.indicators:
                    return [held], at, span.start + m.end()
            return None
        near_termed = [o for o in near if o.term]
        for o in near_termed:     # the nearest statement of the same measure (商标申请…年申请量; 作品著作权登记…年登记量)
            old = next((h for h in heads + [h[:-1] for h in heads if h.endswith("量")] if o.term.endswith(h)), None)
            if old is not None and old.rstrip("量") == m.group(0).rstrip("量"):
                return [self._family_of(o.base) or o.base], at, span.start + m.end()     # (a kind's: the family's)
        for o in near_termed:     # or whose subject makes a term with the head (商标注册申请 -> 商标 + 注册量)
            old = next((h for h in heads if o.term.endswith(h)), None)
            stem = o.term[: -len(old)] if old else ""
            for k in range(max(0, len(stem) - 1)):
                ids = self.lex.term_ids.get((stem[k:] + m.group(0)).casefold())
                if ids:
                    return ids, at, span.start + m.end()
        return None

    def elliptic_item(self, ctx: Context, clause: Span, last: tuple, start: int) -> tuple | None:
        """(zh) The first item of a two-item list whose head only its second item writes (专利和发明专利
        授权量 / 发明专利和实用新型专利的授权量): the words before the joiner with that head make a term
        (专利授权量). (ids, start, end) or None."""
        if self.lang != "zh" or not last[0]:
            return None
        text = ctx.norm[last[1]:last[2]]
        head = next((h for h in sorted(self.rules.elliptic.get("zh", ()), key=len, reverse=True) if text.endswith(h)), None)
        joined = re.search(r"([\u4e00-\u9fff]{1,12})[和及与、]\s*$", ctx.norm[clause.start:start])
        if head is None or joined is None or len(text) <= len(head):
            return None
        item = joined.group(1)
        for k in range(len(item)):        # the longest words before the joiner that make a term with the head
            ids = self.lex.term_ids.get((item[k:] + head).casefold())
            if ids:
                at = clause.start + joined.start(1) + k
                return ids, at, clause.start + joined.end(1)
        return None

    def listed_heads(self, ctx: Context, sentence: Span, r: Reading):
        """(zh) The n-th of the terms listed before a run of numbers with no levels stated
        (专利申请量和授权量分别同比增长12%和8%; 商标申请量、注册量分别增长12%、8%): a full term, or a head
        the first term's subject carries over to. (ids, start, end) or None."""
        if self.lang != "zh" or r.run < 2:
            return None
        first = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start
        items, pos = self.terms_joined(ctx, sentence, first)
        if len(items) != r.run or not re.fullmatch(r"[^\d；;。]{0,16}", ctx.norm[pos:first]):
            return None       # the list must end right before its numbers (分别同比增长)
        return items[r.pos]

    def terms_listed(self, ctx: Context, clause: Span, end: int) -> list[list[str]]:
        """(zh) The ids of each term of a list of two or more that ends before `end` in the clause with
        no figure after it (商标申请量、注册量全省第一); [] when there is no such list."""
        if self.lang != "zh":
            return self.terms_listed_en(ctx, clause, end)
        items, pos = self.terms_joined(ctx, clause, end)
        gap = LIST_LENGTH_ZH.sub("", ctx.norm[pos:end])      # (…发明专利授权量3项指标，均位居…: the list's length, no figure)
        return [ids for ids, _, _ in items if ids] if len(items) > 1 and not re.search(r"\d", gap) else []

    def terms_listed_en(self, ctx: Context, clause: Span, end: int) -> list[list[str]]:
        """(en) The ids of each term of a list of two or more joined by "and" or commas that ends before `end` in the
        clause with no figure after it ("the city's patent applications and patent grants both ranked first")."""
        if self.lex.terms is None or (last := ctx.last_before(self.lex.terms, clause.start, end)) is None \
                or DIGIT.search(ctx.norm, last.end(), end):
            return []
        items = [last]
        while (t := ctx.last_before(self.lex.terms, clause.start, items[0].start())) is not None \
                and LIST_JOINER_EN.fullmatch(ctx.norm, t.end(), items[0].start()):
            items.insert(0, t)
        if re.search(r"\d\s*(?:million|billion)?\s*$", ctx.norm[clause.start:items[0].start()]):
            return []         # ("filed 5,000 patent applications and patent grants ranked …": the first is a figure's noun)
        ids = [self.lex.ids(ctx.norm, t) for t in items]
        return [i for i in ids if i] if len(items) > 1 else []

    def terms_joined(self, ctx: Context, span: Span, end: int) -> tuple[list[tuple], int]:
        """(zh) The terms joined by 、和及与 whose last full term is the last before `end` in `span`:
        full terms (专利申请量和专利授权量), or else the full term and the heads written alone after it that
        take its subject (商标申请量、注册量). ([(ids, start, end)], where the list ends)."""
        found = ctx.last_before(self.lex.terms, span.start, end) if self.lex.terms is not None else None
        if found is None:
            return [], end
        full = [found]

        def opens(t: re.Match) -> int:      # (每万人 before 发明专利拥有量 is the term's own)
            per = PER_10K_OPENING_ZH.search(ctx.norm, max(span.start, t.start() - 4), t.start())
            return per.start() if per is not None else t.start()
        while opens(full[0]) > span.start and ctx.norm[opens(full[0]) - 1] in "、和及与":
            joined = ctx.last_before(self.lex.terms, span.start, opens(full[0]) - 1)
            if joined is None or joined.end() != opens(full[0]) - 1 or not self.lex.ids(ctx.norm, joined):
                break
            full.insert(0, joined)
        if len(full) > 1:
            return [(self.lex.ids(ctx.norm, t), t.start(), t.end()) for t in full], full[-1].end()
        items = [(self.lex.ids(ctx.norm, found), found.start(), found.end())]
        heads = sorted(self.rules.elliptic.get("zh", ()), key=len, reverse=True)
        term, pos = found.group(0), found.end()
        old = next((h for h in heads if term.endswith(h)), None)
        while old is not None:
            m = re.match(r"[、和及与]((?:" + "|".join(map(re.escape, heads)) + "))", ctx.norm[pos:end])
            if m is None:
                break
            try:
                items.append((self.lex.key(term[: -len(old)] + m.group(1), self.lex.term_ids), pos + m.start(1), pos + m.end()))
            except KeyError:
                return [], end
            pos += m.end()
        return items, pos

    def owner_of(self, ctx: Context, clause: Span, term_start: int, ids: list[str], after: tuple[int, int] | None = None) -> list[str] | None:
        """(zh) An owner word in the subject before the term (海淀区企业全年获得专利授权16671件): the
        term's variant for that owner ([] when the catalog has none, or when the owner is qualified,
        高新技术企业: a part of the region's total); None when no owner is named. (en) Also an owner
        `after` a term that ends before the number (the term's end, the number's start: "patent
        applications of enterprises increased to 7,812", "filed by universities")."""
        owners = self.rules.owners or {}
        if not owners or not any(self.owned(i) for i in ids):
            return None
        if all(".owner." in i or i.endswith(tuple("." + k for k in owners)) for i in ids):
            right_before = self._owners_in(ctx.norm[max(clause.start, term_start - 8):term_start]) if self.lang == "zh" else []
            if right_before and right_before[-1][2] == min(8, term_start - clause.start) \
                    and right_before[-1][0] != self.owner_in(ids[0]):
                # 企业专利申请量7883件；大专院校申请量2560件: a head that took the last owner's term, after another owner
                return self.owner_variants([self.owners_total(i) for i in ids], right_before[-1][0])
            return None       # ("{n} valid invention patents owned by enterprises", 企业专利申请和授权量: a term that names its owner)
        if self.lang == "en" and after is not None and after[0] < after[1]:
            tail = re.match(r"[^\d;()]*", ctx.norm[after[0]:min(after[1], after[0] + 80)]).group(0)
            named = [(kind, m) for kind, words in owners.items() if (rx := words_rx(tuple(words.get("en", ())), "en")) is not None
                     and (m := re.search(r"\b(?:of|by|from|to)\s+(?:(?:local|domestic)\s+)?((?:[\w-]+\s+){0,4}?)(?:" + rx.pattern + r")",
                                         tail, rx.flags))]
            if len(named) == 1:
                kind, m = named[0]
                qualified = m.group(1).strip()
                if qualified and not re.search(r",|\band\b\s+(?!medium)", qualified):
                    return []     # "12,000 trademark applications from small and medium-sized enterprises": a part
                if not qualified and not re.search(r"\b(?:of|by|from|to)\s+[\w\s]+(?:,\s*[\w\s]+\band\b|\band\b)", tail.split(" in ")[0]):
                    return self.owner_variants(ids, kind)   # (not "filed by individuals, companies and institutions": all owners)
        window_start = max(clause.start, term_start - (12 if self.lang == "zh" else 40))
        cut = re.search(r"[\d、,，;；()（）][^\d、,，;；()（）]*$" if self.lang == "zh" else
                        r"(?:[\d,;()]|\band\b)(?:(?![\d,;()]|\band\b).)*$", ctx.norm[window_start:term_start])
        search_end = term_start
        if cut is not None:       # not past a number or a list's joiner: the subject is this term's own
            shared = self.lang == "en" and re.fullmatch(r"and\s+", ctx.norm[window_start + cut.start():term_start]) \
                and SHARED_PREDICATE_EN.match(ctx.norm, term_start)
            first = DIGIT.search(ctx.norm, clause.start, term_start)
            if shared and first is not None:      # "Local companies made 79,947 filings and received 46,976 patents":
                window_start, search_end = clause.start, first.start()    # the clause's subject before its first figure
            else:
                window_start += cut.start() + 1
        hit = None
        for kind, words in owners.items():
            m = last_match(words_rx(tuple(words.get(self.lang, ())), self.lang), ctx.norm[window_start:search_end])
            if m is not None and (hit is None or m.start() > hit[1].start()):
                hit = (kind, m)
        if hit is None:
            return None
        kind, m = hit
        if self.lang == "zh" and re.match(r"被(?:确定|认定|评为|列为|命名)", ctx.norm[window_start + m.end():window_start + m.end() + 3]):
            return None       # 4家企业被确定为国家知识产权示范企业: the enterprises are what is counted
        # owners listed together ("Local individuals and firms received …", 企业和个人): no one owner's part
        joined = ctx.norm[max(clause.start, window_start - 40):window_start + m.start()]
        if any(other != kind and rx.search(joined) for other, rx in self.listed_owners().items()):
            return None
        subject = ctx.norm[clause.start:window_start + m.start()].strip()
        if self.lang == "zh":     # 全省有1.3万家企业拥有…: the owners' own count is no qualification of them
            subject = OWNERS_COUNTED_ZH.sub("", SUBJECT_DATES_ZH.sub("", subject))     # (去年企业的专利申请: a date is none)
        if self.lang == "zh" and subject and not (self.lex.regions is not None and self.lex.regions.fullmatch(subject)):
            return []
        word = re.search(r"([A-Za-z][\w-]*)\s+$", ctx.norm[max(clause.start, window_start + m.start() - 40):window_start + m.start()]) \
            if self.lang == "en" else None
        if word is not None and word.group(1).casefold() not in EN_PLAIN_OWNER and not (
                self.lex.regions is not None and self.lex.regions.fullmatch(word.group(1))):
            return []         # "High-tech enterprises owned 45,000 valid invention patents": a part of the region's
        return self.owner_variants(ids, kind)

    def owned(self, iid: str) -> bool:
        """Whether owners divide the indicator's counts: its topic is one of `owned_topics`, or its id is
        of a family listed there by its dotted id (企业输出技术合同: the enterprises' part of the contracts)."""
        ind = self.catalog.indicators.get(iid)
        listed = self.rules.owned_topics or ()
        return ind is not None and (ind.topic in listed or any(iid == f or iid.startswith(f + ".") for f in listed if "." in f))

    def bare_owner(self, ctx: Context, clause: Span, r: Reading):
        """(zh) A number named only by an owner, at its clause's start or after 中 (按发明人类型划分…职务发明中
        企业1.24万余件；大专院校2794件): that owner's part of the last level stated before it, in this
        paragraph or the one before, when owners divide its topic and it is counted alike. (ids, start,
        end) or None."""
        if self.lang != "zh":
            return None
        start = max(clause.start, r.start - OWNER_ALONE_WIDTH)      # (the words right before it: a long clause is not scanned)
        seg = ctx.norm[start:r.start]
        for kind, rx in self.alone_owners().items():
            m = rx.search(seg)
            if m is None or (not m.group("lead") and start > clause.start):
                continue              # (alone: at the clause's start, or after 中 / 其中)
            stated = next((o for o in reversed([*self.last_paragraph, *self.in_paragraph]) if o.chain and o.indicator
                           and not o.sign and o.number.unit == r.number.unit), None)
            base = (stated.base or stated.indicator) if stated is not None else None
            if base is None or not self.owned(base):
                return None
            ids = self.owner_variants([base], kind)
            if ids:
                r.year, r.as_of = r.year or stated.year, r.as_of or stated.as_of
            return (ids, start + m.start("w"), r.start) if ids else None
        return None

    def alone_owners(self) -> dict:
        """(zh) owner kind -> its words alone at the end of a text, after the start, 中 or 其中 (`lead`),
        compiled once."""
        if self._alone_owners is None:
            self._alone_owners = {}
            for kind, words in (self.rules.owners or {}).items():
                rx = words_rx(tuple(words.get("zh", ())), "zh")
                if rx is not None:
                    self._alone_owners[kind] = re.compile(r"(?:^|(?P<lead>中|其中[,，:：]?))\s*(?P<w>" + rx.pattern
                                                          + r")\s*(?:为|有|达|共有?)?\s*$", rx.flags)
        return self._alone_owners

    def owner_in(self, iid: str) -> str | None:
        """The owner kind an indicator id is of (patents.granted.enterprise, ….owner.university), or None."""
        return next((k for k in (self.rules.owners or {}) if iid.endswith(("." + k, ".owner." + k))), None)

    def owner_variants(self, ids: list[str], kind: str) -> list[str]:
        """The catalog's variants of `ids` for one owner kind (`.owner.<kind>` or `.<kind>`)."""
        return owner_variants(self.catalog, ids, kind)

    def listed_owners(self) -> dict:
        """owner kind -> its words followed by a list's joiner at the end of a text (企业和, individuals and),
        compiled once."""
        if self._listed_owners is None:
            self._listed_owners = {}
            for kind, words in (self.rules.owners or {}).items():
                rx = words_rx(tuple(words.get(self.lang, ())), self.lang)
                if rx is not None:
                    self._listed_owners[kind] = re.compile("(?:" + rx.pattern + r")\s*(?:、|和|与|及|,|\band\b|\bor\b)\s*$", rx.flags)
        return self._listed_owners

    def owner_part(self, ctx: Context, r: Reading, sentence: Span) -> str | None:
        """A count whose subject is an owner alone, in a breakdown of a statement by owner (在有效发明专利
        的拥有量中，企业以12934件…; 从…结构来看，高校占比29.24%，拥有量为7117件; listed: 企业8000件、高校2000件;
        职务发明中企业1.24万件; "5,842 from companies"):
        the `.owner.<owner>` (or `.<owner>`) variant of the term named before the owner in its sentence,
        else of the last statement of its paragraph. None when no owner is its subject."""
        owners = self.rules.owners or {}
        if not owners or r.number.unit not in ("count", ""):
            return None
        norm = ctx.norm
        if r.run > 1 and self.cue_before("respectively", ctx, sentence, sentence.end):
            first = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start   # the list's first number
            lo = max([sentence.start] + [o.end for o in self.earlier if o.end <= first])       # (past the figures before it:
            text = norm[lo:first]                                # 工矿企业专利授权13586件；院校、…、个人分别获得…)
            listed = self._owners_in(text)
            if len(listed) == r.run and all(re.fullmatch(r"\s*(?:[、,，和及与]|以及|and)\s*[\u4e00-\u9fff]{0,2}", text[a[2]:b[1]])
                                            for a, b in zip(listed, listed[1:])):
                # 高等院校和科研机构分别拥有10819件和2589件有效发明专利: in order (owners listed together, not
                # 示范企业5家、优势企业60家，累计分别…: owners inside terms)
                named = self.lex.terms.search(norm, lo + listed[-1][2], sentence.end) if self.lex.terms is not None else None
                ids = self.lex.ids(norm, named) if named is not None else []
                kind = listed[r.pos][0]
                return next(iter(self.owner_variants(ids, kind)), "")
        since = max([sentence.start] + [o.end for o in self.earlier if o.end <= r.start and o.number.unit in ("count", "")])
        hit = None
        for kind, words in owners.items():
            rx = words_rx(tuple(words.get(self.lang, ())), self.lang)
            if rx is None:
                continue
            if self.lang == "zh":
                m = last_match(rx, norm[since:r.start])
                at = since + m.start() if m is not None else -1
                if m is not None and re.fullmatch(r"(?:.*[，；,;：:、])?(?:其中|和|及|以及|[\u4e00-\u9fff]{1,6}中)?", norm[since:at]) \
                        and r.start - (since + m.end()) <= 24 and (hit is None or at > hit[1]):
                    hit = (kind, at)
            else:
                # (not "5,000 held by companies": a verb of its own, not a part of the statement before)
                m = re.match(r"\s+(?:from|by)\s+(?:the\s+)?", norm[r.end:r.end + 30])
                o = rx.match(norm, r.end + m.end()) if m else None
                if o is not None:
                    hit = (kind, o.start())
        if hit is None:
            return None
        kind, at = hit
        named = ctx.last_before(self.lex.terms, sentence.start, at) if self.lex.terms is not None and self.lang == "zh" else None
        ids = self.lex.ids(norm, named) if named is not None else []
        after = self.lex.terms.search(norm, at, r.start) if self.lex.terms is not None and self.lang == "zh" else None
        after_ids = self.lex.ids(norm, after) if after is not None else []
        if after_ids and not re.search(r"\d\s*家\s*$", norm[max(0, at - 6):at]):
            ids = after_ids     # 其中企业申请专利21013件: the term after the owner, not the whole's
        if not ids:
            stated = [o for o in self.in_paragraph if o.end <= r.start and o.chain and o.indicator and not o.sign]
            ids = [self.owners_total(stated[-1].base)] if stated else []    # (a part before it: its whole)
        # 职务发明申请2656件。其中，大专院校900件: the owners of service inventions are parts of all the applications
        ids += [self.owners_total(i) for i in ids if self.owner_in(i) == "service" and kind != "individual"]
        return next(iter(self.owner_variants(ids, kind)), None)

    def owners_total(self, iid: str) -> str:
        """The whole an owner's part is of (patents.applications for …applications.owner.enterprise or
        …applications.university): `iid` without its owner's segment."""
        parts = iid.split(".")
        if len(parts) > 2 and parts[-2] == "owner":
            return ".".join(parts[:-2])
        return ".".join(parts[:-1]) if len(parts) > 1 and parts[-1] in (self.rules.owners or {}) else iid

    def _owners_in(self, text: str) -> list[tuple[str, int, int]]:
        """The owners (rules `owners`) a text names, in order: (kind, start, end)."""
        found = []
        for kind, words in (self.rules.owners or {}).items():
            rx = words_rx(tuple(words.get(self.lang, ())), self.lang)
            found += [(kind, m.start(), m.end()) for m in rx.finditer(text)] if rx is not None else []
        found.sort(key=lambda f: (f[1], -f[2]))
        out = []
        for f in found:
            if not out or f[1] >= out[-1][2]:
                out.append(f)
        return out

    def term_after(self, ctx: Context, clause: Span, pos: int):
        if self.lex.terms is None:
            return None
        m = self.lex.terms.search(ctx.norm, pos, clause.end)
        limit = 8 if self.lang == "zh" else 20
        if m is None and self.lang == "zh" and re.match(r"[\u4e00-\u9fff]{0,4}[，,]", ctx.norm[pos:clause.end + 1]):
            stop = re.search(r"[。；;！？!?]", ctx.norm[pos:pos + 48])
            for on in self.lex.terms.finditer(ctx.norm, pos, pos + (stop.start() if stop else 48)):
                if self.designated(ctx, pos, on.start()):
                    return self.lex.ids(ctx.norm, on), on.start(), on.end()   # 31件商标，被国家工商总局认定为驰名商标
        if m is None and self.lang == "zh" and 0 < clause.end - pos <= limit + 1 and ctx.norm[clause.end - 1] in "(（" \
                and not DIGIT.search(ctx.norm, pos, clause.end) \
                and (inner := self.lex.terms.match(ctx.norm, clause.end)) is not None and ctx.norm[inner.end():inner.end() + 1] in (")", "）"):
            return self.lex.ids(ctx.norm, inner), inner.start(), inner.end()   # 132件区域公共品牌(集体商标): the kind in brackets
        if m and self.lang == "zh" and DIGIT.search(ctx.norm, pos, m.start()) and re.search(r"[、，,]", ctx.norm[pos:m.start()]) \
                and not LISTED_FIGURES_ZH.fullmatch(ctx.norm, pos, m.start()):
            return None       # 注册商标1751件得1751分、驰名商标1件: the next figure's term (not 4件、5件地理标志商标: a list's)
        if m and self.lang == "en" and self.designated(ctx, pos, m.start()):
            return self.lex.ids(ctx.norm, m), m.start(), m.end()      # "4 companies in the district were named as …"
        if m and self.lang == "en" and re.match(r"\s+(?!(?:were|was|are|is|be)\b)[A-Za-z-]+\s+(?:in|for|from|with|at|on|to)\s", ctx.norm[pos:m.start() + 1]):
            return None       # "eight entities in GI and trademark registration": entities, not registrations
        if m and self.lang == "en" and NEXT_STATEMENT_EN.search(ctx.norm, pos, m.start()):
            return None       # "GI trademarks was 19 and number of products under GI protection was 4": the next one's
        if m and self.lang == "en" and DIGIT.search(ctx.norm, pos, m.start()) \
                and not LISTED_FIGURES_EN.fullmatch(ctx.norm, pos, m.start()):
            return None       # "110,091 filings and 16,242 grants for invention patents": the next figure's term (not
            #                   "5,000 and 4,000 valid invention patents": a list's)
        if m and self.lang == "zh" and (m.start() - pos <= limit or self.designated(ctx, pos, m.start())):
            as_what = self.cue("registered_as", ctx.norm[pos:min(clause.end, m.end() + 2)])
            then = self.lex.terms.match(ctx.norm, pos + as_what.end()) if as_what is not None else None
            if then is not None and as_what.end() > m.start() - pos:
                m = then      # 4件商标获准注册为地理标志证明商标: what they were registered as, not the registrations
        if m and self.lang == "zh" and m.start() - pos <= limit and (named := RECOGNIZED_AS_ZH.match(ctx.norm, m.end())) is not None:
            then = self.lex.terms.search(ctx.norm, named.end(), min(clause.end, named.end() + 12))
            then = then if then is not None and then.start() - named.end() <= 4 else None
            if then is not None:      # 18件注册商标被认定为“广东省著名商标”: what they were recognised as, not the marks
                return self.lex.ids(ctx.norm, then), then.start(), then.end()
        if m and (m.start() - pos <= limit or self.designated(ctx, pos, m.start())) and not self.cue("places", ctx.norm[pos:m.start()]):
            return self.lex.ids(ctx.norm, m), m.start(), m.end()
        return None

    def designated(self, ctx: Context, end: int, term_start: int, cohort: bool = False) -> bool:
        """Whether the words between a count and the term after it name the units counted as made
        members of the term's list (19家企业被确定为国家知识产权优势企业, 3件商标被认定为中国驰名商标) or registered as
        what it names (4件商标获准注册为地理标志证明商标); with `cohort`, as one year's or one batch's members or
        registered (8家企业被确定为2022年度…示范企业; 3家企业入选第二批…; "four companies … were named as …": an
        event): the units added."""
        gap = ctx.norm[end:term_start]
        if self.lang == "en":
            m = DESIGNATED_EN.fullmatch(gap) if 0 < len(gap) <= 80 else None
            return m is not None and (not cohort or bool(m.group(2)) or m.group(1).casefold() in ("was", "were"))
        if not 0 < term_start - end <= 48:
            return False
        # (3件商标，今年6月5日被国家工商总局商标局正式认定为…: the day, the adverb and the authority between 被 and its verb)
        gap = DESIGNATED_BY_ZH.sub("被", DESIGNATED_NOISE_ZH.sub("", gap))
        if len(gap) > 24:
            return False
        registered = self.cue("registered_as", gap)
        m = registered or self.cue("designated", gap)
        tail = gap[m.end():].strip("“”\"") if m else ""     # (被评为“甘肃省著名商标”: the list's name in quotes)
        if tail and ctx.norm[term_start:term_start + 1] in ("省", "市"):
            tail += ctx.norm[term_start]      # (the term may take the place's 省: 福建 + 省著名商标)
        named = re.fullmatch(r"(\d{4}年度?)?(第[一二三四五六七八九十\d]+批)?(?:国家级|省级|[\u4e00-\u9fff]{1,4}(?:省|市|自治区))?的?",
                             tail) if m else None       # (11件商标被认定为福建省著名商标: the list's province)
        return named is not None and re.fullmatch(r"\s*(?:企业|单位|公司|家企业|件?(?:注册)?商标|个?产品)?[，,]?", gap[:m.start()]) is not None \
            and (not cohort or bool(named.group(1) or named.group(2) or registered))     # (registered as: an event)

    @staticmethod
    def with_bracket_host(ctx: Context, clause: Span) -> Span:
        """The clause, from the start of the one before when it opens right after a bracket: the
        name a figure in brackets is printed against (南沙(83.2%), 增城区(105.5%))."""
        if clause.start > 0 and ctx.norm[clause.start - 1] in "(（":
            return Span(ctx.around(ctx.clauses, clause.start - 1).start, clause.end)
        return clause

    def parenthesis_host(self, ctx: Context, clause: Span, before: str) -> Span:
        """For a number alone in brackets — "…per 10,000 people" (120.75) — the clause before them; for
        a clause right after an aside in brackets with no figure ("The international patent application
        under the PCT (Patent Cooperation Treaty) amounted to 214"), the clause before the aside too."""
        if clause.start == 0 or ctx.norm[clause.start - 1] not in "(（)）":
            return clause
        i = ctx.clause_index(clause)
        if ctx.norm[clause.start - 1] in ")）":
            if i >= 2 and not re.search(r"\d", ctx.norm[ctx.clauses[i - 1].start:clause.start]) \
                    and ctx.norm[ctx.clauses[i - 1].start - 1:ctx.clauses[i - 1].start] in ("(", "（"):
                return Span(ctx.clauses[i - 2].start, clause.end)
            return clause
        return Span(ctx.clauses[i - 1].start, clause.end) if i and not before.strip() else clause

    def subset_before(self, ctx: Context, clause: Span, term_start: int, sentence: Span | None = None) -> bool:
        """A subset word (行业, 示范中心 …) just before the term in its clause; or, in an earlier clause
        of its sentence, a subset unit (`zh_subject`: 省级…示范中心达99个，累计产出…): the sentence
        is about that part. Subject words only: 领域 in an action's name says nothing of the kind."""
        window = ctx.norm[max(clause.start, term_start - (8 if self.lang == "zh" else 30)):term_start]
        if self.lang == "en" and window:      # ("the administration for industry and commerce handled 857 cases")
            window = self.without_authorities(ctx.norm[max(clause.start, term_start - 70):term_start])[-len(window):]
        if self.lang == "en" and (figure := last_match(DIGIT, window)) is not None:
            joiner = last_match(ITEM_JOINER_EN, window[figure.end():])
            window = window[figure.end() + joiner.end():] if joiner is not None else window
            #     ("638 foreign patents and 413 PCT applications": the item before's words are not this one's)
        if self._value_nouns is not None:   # (a topic's value noun says nothing of a part: 地理标志商标67个，产业年产值697.7亿元)
            window = self._value_nouns.sub("|", window)
        if has_words(self.rules.subset.get(self.lang, ()), window, self.lang):
            return True
        if self.lang == "zh" and RESTRICTED_BY_ZH.search(ctx.norm, max(clause.start, term_start - 36), term_start):
            return True       # 以本地小微企业或个体工商户为被告的案件384件: the cases of those defendants, a part
        if sentence is None or clause.start <= sentence.start:
            return False
        words, earlier = self.rules.subset.get(self.lang + "_subject", ()), ctx.norm[sentence.start:clause.start]
        earlier = re.split(r"[；;]", earlier)[-1]      # (a statement after a semicolon is another's)
        if not has_words(words, earlier, self.lang) or self.lex.terms is None:
            return False
        own = self.lex.terms.match(ctx.norm, term_start) if self.lang == "zh" else None
        if own is not None and has_words(words, own.group(0), self.lang):
            return False      # 新增35家…优势企业，新增7家国家知识产权示范企业: units counted alike, not theirs
        bare = self.without_terms(earlier)
        unit = last_match(words_rx(tuple(words), self.lang), bare)
        return unit is not None and (re.match(r"[^，,；;。\d]{0,4}\d", bare[unit.end():]) is not None
                                     or re.search(r"\d[\d.]*\s*[个家所项][^，,；;。\d]{0,12}$", bare[:unit.start()]) is not None)
        #     (not a word inside a term the catalog names: 新增国家知识产权示范企业6家，…; the units counted, 示范中心达99个:
        #      not 培育了一大批知识产权优势示范企业，…完成专利申请626件, the region's own)

    def without_authorities(self, text: str) -> str:
        """(en) `text` with the names of authorities that hold a subset word ("Administration for Industry and
        Commerce") blanked out, its length kept."""
        return INDUSTRY_AUTHORITY_EN.sub(lambda m: "|".rjust(len(m.group(0))), text) if self.lang == "en" else text

    def without_terms(self, text: str) -> str:
        """`text` with every catalog term in it replaced by "|" (a word inside a term says nothing of its own)."""
        for t in reversed(list(self.lex.terms.finditer(text))) if self.lex.terms is not None else ():
            text = text[:t.start()] + "|" + text[t.end():]
        return text

    def list_places(self, ctx: Context, nums: list[Number], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(place, length) of each number in a list of numbers of one unit joined by 、/和/and
        (an elliptic head may stand between in Chinese: 约8.1万件、注册量5.4万件)."""
        heads = "|".join(map(re.escape, self.rules.elliptic.get(self.lang, ())))
        joiner = (re.compile(r"[、和及与]\s*(?:" + heads + r")?\s*(?:为|达)?") if self.lang == "zh"
                  else re.compile(r"\s*,?\s*(?:and\s+)?", re.IGNORECASE))
        places = [[0, 1] for _ in nums]
        after: dict[int, int] = {}        # the next number of each number's list
        for i in range(1, len(nums)):
            k, gap = i - 1, spans[i - 1][1]
            for j in range(i - 2, max(-1, i - 5), -1):
                aside = ASIDE.match(ctx.norm, spans[j][1])    # 分别增长8.6%（全国平均值达20.9%）、32.8%:
                if aside is not None and spans[i - 1][1] <= aside.end() <= spans[i][0] and j not in after:
                    k, gap = j, aside.end()                   # the list goes on past an aside in brackets
                    break
            kinds = {nums[i].unit, nums[k].unit}
            if (len(kinds) == 1 or kinds <= {"count", ""}) and joiner.fullmatch(ctx.norm, gap, spans[i][0]):
                places[i][0] = places[k][0] + 1
                after[k] = i
        for i in range(len(nums) - 1, -1, -1):
            places[i][1] = places[after[i]][1] if i in after else places[i][0] + 1
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
            gap = last_match(words_rx(heads, "zh"), ctx.norm[end:r.start]) if heads else None
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

    def subset_between(self, ctx: Context, term_end: int, start: int) -> bool:
        """A subset word between a term and its number, outside any term of the catalog: the number
        counts that part of what the term names (破获公安部挂牌督办案件30起: the supervised cases)."""
        gap = ANAPHOR_ZH.sub("", ctx.norm[term_end:start])     # (这项数据变成了23起: the figure before, no data's)
        if not gap or re.search(r"[，,；;。]", gap):
            return False
        if self.lang == "zh" and RESTRICTED_NOUN_ZH.search(gap):
            return True       # 收案中以本地小微企业为被告的案件384件: the cases of those defendants
        words = tuple(w for w in self.rules.subset.get(self.lang, ()) if w not in ("领域", "field"))
        return has_words(words, self.without_terms(self.without_authorities(gap)), self.lang)
        #     ("recognized by the State Administration for Industry and Commerce": an authority's name, no subset)      # (侦破知识产权领域刑事案件: the crimes' field, not a part)

    def kind_subset(self, ctx: Context, r: Reading, sentence: Span, clause: Span, after: str) -> str | None:
        """A number named only by a kind (catalog rules `kinds`): that kind of the statement before it
        in its sentence (其中发明专利1.36万件、实用新型3.41万件 after 授权专利5.41万件; "of which
        13,057 were invention patents"), or, in a list closed by `respectively`, the n-th kind
        listed before the list of the family its words name. An owner in its subject (全区企业有效发明专利)
        gives that owner's variant, or "" (no indicator) when the catalog has none."""
        kinds = self.rules.kinds or {}
        if not kinds:
            return None
        norm = ctx.norm
        listed = self.kinds_respectively(ctx, sentence, r, sentence.start)
        if listed is not None:
            return listed[0][0] if listed[0] else None
        if r.run > 1 and self.lang == "en" and r.run_end:
            # "8,002, 10,009, and 3,392 applications for invention, utility model, and design patents": in order
            tail = re.split(r"[;:]|\d", norm[r.run_end:min(sentence.end, r.run_end + 120)])[0]
            listed = self._kinds_in(tail)
            if len(listed) == r.run and not PARTS_OPENER.search(tail[:listed[0][1]]):
                family = self._family(tail[:listed[0][1]]) or self._family_before(norm, sentence, r)
                return self.variant(family, "." + listed[r.pos][0]) if family else None
        prev_end = max([o.end for o in self.earlier if o.end <= r.start] + [clause.start])
        if self.lang == "zh":
            seg = re.sub(r"^[、,，和及与]?(?:其中|包括)?|(?:已?达到?|共计|为|共|有)$", "", norm[max(prev_end, clause.start):r.start].strip())
        else:
            aside = SHARE_ASIDE_EN.match(norm[r.end:min(sentence.end, r.end + 40)])
            tail = norm[r.end + aside.end():min(sentence.end, r.end + aside.end() + 64)] if aside else after
            # ("of which 4,446, or 32.3 percent, involved inventions": past the share set off after it)
            m = re.match(r"\s*(of\s+(?:which|them|these|those|(?:that|the|this)\s+(?:total\s+)?(?:figure|number|total))\s+)?"
                         r"(?:(?:were|was|are|is|involved|involving|concerned|covered)\s+)?(for\s+)?([a-z -]+?)(?:\s+(?:were|was)\b.*)?$",
                         re.split(r"[,;.:()]|\s+and\s+(?=\d)|\s+(?:with|up|down|accounting|taking|representing|in|during|last|this)\b", tail[:64])[0], re.IGNORECASE)
            # ("of which 2,333 were invention patents" / "6,967 of which were invention patents" / "2,200 of that total
            # figure are for patents on inventions" / "among which 1,393 involved inventions"); or an item of a list of
            # kinds whose head noun the item before gave ("364 applications for utility models and 215 for designs")
            seg = m.group(3).strip() if m and (m.group(1) or ctx.last_before(PARTS_OPENER, sentence.start, r.start)
                                               or (m.group(2) and self.kind_item_before(sentence, r))) else ""
        kind = next((k for k, words in kinds.items() for w in words.get(self.lang, ()) if seg.casefold() == w.casefold()), None)
        if kind is None and self.lang == "en" and seg:       # "Among them, 139,000 were invention patent applications"
            kind, word = next(((k, w) for k, words in kinds.items() for w in sorted(words.get("en", ()), key=len, reverse=True)
                               if seg.casefold().startswith(w.casefold() + " ")), (None, ""))
            family = self._family(seg[len(word):]) if kind else None
            if kind is None:          # "25,524 of which were patent applications for inventions": the family, then its kind
                kind, word = next(((k, w) for k, words in kinds.items() for w in sorted(words.get("en", ()), key=len, reverse=True)
                                   if re.search(r"\s(?:for|of)\s+" + re.escape(w.casefold()) + "$", seg.casefold())), (None, ""))
                family = self._family(seg[:len(seg) - len(word)]) if kind else None
            if kind is not None:
                return self.variant(family, "." + kind) if family else None
        if kind is None and self.lang == "zh":    # 全市共拥有发明专利15135件: a family's verb, then the kind
            kind, word = next(((k, w) for k, words in kinds.items() for w in sorted(words.get("zh", ()), key=len, reverse=True)
                               if seg.endswith(w) and len(seg) > len(w)), (None, ""))
            head = seg[: len(seg) - len(word)]
            family = self._family(head) if kind else None
            iid = self.variant(family, "." + kind) if family else None
            verb = last_match(words_rx((self.rules.families or {}).get(family, {}).get("zh", ()), "zh"), head) if iid else None
            per = self.cue("per_10k", head[:verb.start()], "_term") if verb is not None and verb.end() == len(head) else None
            if per is not None and per.end() == verb.start():
                return self.per_10k_of(iid)       # 每万人有效发明专利5.71件: the population ratio of the kind held
            if iid is not None:       # 全区企业有效发明专利3011件: the enterprises' part ("" when the catalog has no such variant)
                at = norm.rfind(seg, clause.start, r.start) + (verb.start() if verb is not None else len(head))
                if self.subset_before(ctx, clause, at):
                    return ""         # 维持10年以上的有效发明专利5000件: a part the catalog does not name
                owned = self.owner_of(ctx, clause, at, [iid])
                if owned is not None:
                    return owned[0] if owned else ""
            return iid
        if kind is None:
            return None
        last = next((o for o in reversed(self.earlier) if o.start < r.start and not o.sign), None)
        if last is not None and last.term and not last.indicator:
            return None       # 专利申请量累计达到3万余件，其中…实用新型专利1.5万余件: the parts of what the catalog cannot name
        base = self._statement_before(norm, sentence, r)
        running = base is not None and base.endswith(".cumulative")     # 累计授权专利5.2万件，其中发明专利8100件: its running total too
        base = base[:-len(".cumulative")] if running else base
        family = self._family_of(base) if base else self._family(norm[sentence.start:r.start])
        iid = self.variant(family, "." + kind) if family else None
        return (self.variant(iid, ".cumulative") if iid else None) if running else iid

    def kind_item_before(self, sentence: Span, r: Reading) -> bool:
        """(en) Whether the figure read right before `r` in its sentence is a kind's of a family (patents.applications
        .utility_model): an item of a list of kinds that a later item's "for designs" continues."""
        last = next((o for o in reversed(self.earlier) if o.start < r.start and not o.sign), None)
        return last is not None and last.start >= sentence.start and bool(last.indicator) \
            and self._family_of(last.indicator) not in (None, last.indicator)

    def kinds_respectively(self, ctx: Context, sentence: Span, r: Reading, lo: int) -> tuple | None:
        """(zh, and en before the list) The n-th of as many kinds as a list closed by 分别 / respectively has
        figures, listed in [lo, the list's first figure) (lo < 0: after the last figure before the list), of the
        family the words there name or else of the statement before (发明专利、实用新型和外观设计授权量分别为A、B、
        C件; 其中发明、实用新型、外观设计分别占X%、Y%、Z% after 专利授权量N件): ([that kind's id] or [] when the
        catalog has no such kind, start, end) of the kind's word; None when no such list stands there."""
        cued = r.run >= 2 and self.cue_before("respectively", ctx, sentence, sentence.end)
        if r.run < 2 or not (cued or self.lang == "en"):
            return None
        first = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start   # the list's first number
        if lo < 0:          # (from the last figure read before the list)
            lo = self.figure_end_before(first, sentence.start)
        if first <= lo:
            return None
        listed = self._kinds_in(ctx.norm[lo:first])
        three = THREE_KINDS_ZH.search(ctx.norm, lo, first) if self.lang == "zh" and r.run == len(self.rules.kinds or {}) else None
        if three is not None and not listed:      # 三种专利申请所占比例分别为37.9%、54.7%、7.4%: the kinds in their usual order
            listed = [(kind, three.start() - lo) for kind in self.rules.kinds]
        if len(listed) != r.run:
            return None
        if not cued and not KINDS_THEN_COPULA_EN.fullmatch(ctx.norm, lo + listed[-1][1], first):
            return None       # ("Grants on inventions and designs were 6,100 and 9,800": as many kinds, a copula, in order)
        between = [o for o in self.earlier if lo + listed[0][1] <= o.start < first]
        family = None
        if between:
            # 三种专利申请量分别为A件、B件和C件，授权量分别为D件、E件和F件: a second list of as many figures under a
            # family word of its own, the kinds left unsaid, reuses the kinds of the first
            # (not 外观设计专利…分别达1185件和936件；实用新型专利…分别达843件…: kinds of two statements, no list)
            tail = ctx.norm[between[-1].end:first]
            if len(between) != r.run or lo + listed[-1][1] > between[0].start or "分别" not in tail \
                    or self._kinds_in(tail) or re.search(r"[；;。]", tail):
                return None
            family = self._family(tail)
            if not family:
                return None
        family = family or self._family(ctx.norm[lo:first]) or self._family_before(ctx.norm, sentence, r)
        iid = self.variant(family, "." + listed[r.pos][0]) if family else None
        at = lo + listed[r.pos][1]
        after_kinds = ctx.norm[lo + listed[-1][1]:first]
        owner = next((k for k, words in (self.rules.owners or {}).items()
                      if has_words(words.get(self.lang, ()), after_kinds, self.lang)), None)
        if iid and owner is not None:     # 发明、实用新型、外观设计职务申请分别为…: the kinds of the owners' part
            iid = next(iter(self.owner_variants([iid], owner)), None)
        return [iid] if iid else [], at, at + 1

    def figure_end_before(self, pos: int, floor: int) -> int:
        """Where the last figure read before `pos` in the sentence ends, or `floor` when none ends later."""
        return max([o.end for o in self.earlier if o.end <= pos] + [floor])

    def bare_kind(self, ctx: Context, term: str, sentence: Span, r: Reading) -> list[str] | None:
        """A term that names only a kind ("the utility model patents reached 2,136" among
        applications): that kind of the family of the statement before it in its sentence."""
        word = re.sub(r"^the\s+", "", term.strip(), flags=re.IGNORECASE).casefold()
        kind = next((k for k, words in (self.rules.kinds or {}).items()
                     if word in (w.casefold() for w in words.get(self.lang, ()))), None)
        if kind is None:
            return None
        base = self._statement_before(ctx.norm, sentence, r)
        family = self._family_of(base) if base else None
        iid = self.variant(family, "." + kind) if family else None
        return [iid] if iid else None

    def subject_kind(self, ctx: Context, clause: Span, r: Reading):
        """(en) No term, a kind of patent as the subject before the number ("The number of invention
        patents reached 35", "invention patents rose 55 percent to 6,503"): that kind of the family of
        the sentence's last statement, or else the paragraph's. (ids, start, end) or None."""
        start = max([clause.start, r.start - 90] + [o.end for o in self.earlier if o.end <= r.start and not o.sign])
        seg = ctx.norm[start:r.start]
        after = PER_10K_AFTER.match(ctx.norm, r.end)       # "an average of 26.5 invention patents among every 10,000 people"
        if after is not None and re.search(r"\b(?:patents?|inventions?)\b", after.group(0), re.IGNORECASE):
            iid = self.patents_per_10k(after.group(0))
            return ([iid], r.end, after.end()) if iid else None
        per = PER_10K_BETWEEN.search(seg)                  # "Patents per 10,000 persons reached 18.78"
        if per is not None and re.search(r"\b(?:patents?|inventions?)\b", seg[:per.start()], re.IGNORECASE):
            iid = self.patents_per_10k(seg[:per.start()])
            return ([iid], start + per.start(), start + per.end()) if iid else None
        kinds = self._kinds_in(seg)
        if not kinds or PARTS_OPENER.search(ctx.norm[start:r.start]):
            return None       # "of which 5,652 were invention patents": a part (kind_subset)
        kind, at = kinds[-1]
        stated = [o for o in self.earlier if o.start < r.start and o.chain and o.indicator and not o.sign] \
            or [o for o in self.in_paragraph if o.chain and o.indicator and not o.sign]
        family = self._family_of(stated[-1].indicator) if stated else None
        if family is None and r.number.unit in ("count", "") and re.search(r"\bpatents?\b", seg[at:], re.IGNORECASE) \
                and (r.as_of is not None or STOCK_DATE_EN.search(ctx.norm, ctx.around(ctx.sentences, r.start).start, r.start)) \
                and not FLOW_VERBS_EN.search(ctx.norm, clause.start, r.start):
            family = STOCK_OF_PATENTS  # "By the end of 2021, the number of invention patents … had reached 150,800": those held
        if family is not None:        # "the number of invention applications reaching 71,400": its own family
            family = self._family(seg[at:], family.split(".")[0]) or family
        iid = self.variant(family, "." + kind) if family else None
        return ([iid], start + at, start + at) if iid else None

    def participle_family(self, ctx: Context, r: Reading, sentence: Span, before: str):
        """A number named only by a family's verb: (en) a participle after it, following a statement of
        the family's topic in its sentence ("the patent applications reached 12,306 …; 7,727 granted");
        (zh) the verb right before it, in a sentence that names the topic's kind of right (在专利方面，
        泸州市2022年新增授权3591件). That family (patents.granted): (ids, start, end) or None."""
        if self.lang == "zh":
            m = re.search(r"(?:新增|共|累计|全年|获)?(授权|申请)(?:量|数|总量)?(?:为|达到|达)?(?:首次|再次|已经|已|均)?$", before)
            at = r.start - len(before) + m.start() if m else 0           # where the verb's words start in the text
            lead = ctx.norm[max(sentence.start, at - 12):at]
            family = self._family(m.group(1)) if m else None
            stated = [o for o in self.earlier if o.chain and o.indicator and not o.sign
                      and o.number.unit not in DERIVED_UNITS]     # (a level's, not its share's)
            # …申请专利14559件，同比增长47.3%；获授权10053件: a clause of the verb alone, after a statement of its topic
            # (企业专利申请1852件，比重达到61.2%；授权833件: the enterprises' grants)
            elliptic = family is not None and stated and stated[-1].indicator.startswith(family.split(".")[0] + ".") \
                and re.search(r"[，；,;]$", lead) is not None and not re.search(r"[量数]", m.group(0))   # (授权量: an elliptic head)
            topic = family.split(".")[0] if family else ""
            words = (self.rules.family_topics or {}).get(topic, {}).get("zh", ())
            # 专利申请和授权实现新突破，申请量首次突破2000件、授权首次突破1000件: a clause before names the right and the verb
            headed = m is not None and words and re.search(r"[，；,;、]$", lead) is not None and re.search(
                "(?:" + "|".join(map(re.escape, words)) + r")[\u4e00-\u9fff]{0,4}" + m.group(1), ctx.norm[sentence.start:at]) is not None
            if m is None or not (elliptic or headed or re.search(r"\d{4}年$", lead) or (self.lex.regions is not None and any(
                    x.end() == len(lead) for x in self.lex.regions.finditer(lead)))):
                return None       # the verb of a year's or a place's figure, not of a process (预审合格…，授权2608件)
            if family is None or not has_words(words, ctx.norm[sentence.start:at], "zh"):
                return None
            start = r.start - len(before) + m.start(1)
            return [self.kind_carried(family, stated)], start, start + len(m.group(1))
        if r.run > 1:         # "2,067, 7,162, and 2,553 cases authorized": parts of a list, not the family's total
            listed = self.kinds_listed_before(ctx, r)
            named = r.pos == r.run - 1 and any(o.run == r.run and o.pos == r.pos - 1 and o.term and o.indicator and o.chain
                                               for o in self.earlier)
            if listed is not None or not named:
                return listed     # ("applications totaled 174,329 and 87,286 were granted": two statements, the first named)
        m = re.match(PARTICIPLE_AFTER, ctx.norm[r.end:r.end + 26])   # not "5,000 held by companies"
        at = (r.end + m.start(1), r.end + m.end(1)) if m else None
        # a family's plural noun right after it ("from over 173,600 applications") names it as its verb does
        noun = m is not None and m.start(1) == 1 and m.group(1).endswith("s") and self._family(m.group(1)) is not None
        if m is None or self._family(m.group(1)) is None:      # "and authorized 11,782 cases": the verb before it
            m = re.search(r"\b([A-Za-z]+)\s+(?:a total of\s+)?$", before)
            at = (r.start - len(before) + m.start(1), r.start - len(before) + m.end(1)) if m else None
        family = self._family(m.group(1)) if m and (noun or m.group(1).casefold().endswith("ed")) else None
        if family is None and (m := NOUN_THEN_AMOUNT_EN.search(before)) is not None:
            at = (r.start - len(before) + m.start(1), r.start - len(before) + m.end(1))
            family = self._family(m.group(1))
        stated = [o for o in self.earlier if o.start < r.start and o.chain and o.indicator and not o.sign]
        if not stated and noun:   # "Local companies made 79,947 filings" in a paragraph after one on patents: that topic's
            stated = [o for o in self.termed[-1:] if r.line.number - PARAGRAPH_LOOKBACK_LINES <= o.line.number < r.line.number]
        if family is None or not stated or not stated[-1].indicator.startswith(family.split(".")[0] + "."):
            return None
        kind = KIND_AFTER_NOUN_EN.match(ctx.norm, at[1]) if noun else None
        kinds = self._kinds_in(kind.group(1)) if kind else []
        first = next((o.start for o in self.earlier if o.start >= sentence.start), r.start) if noun and not kinds else None
        if first is not None and not DIGIT.search(ctx.norm, sentence.start, first):
            kinds = self._kinds_in(ctx.norm[sentence.start:first])      # "Regarding patents for invention, 110,091
            kinds = kinds if len({k for k, _ in kinds}) == 1 else []      # filings and 16,242 grants": that kind's
        if noun and not kinds and (tail := KIND_AFTER_LIST_EN.match(ctx.norm, at[1])) is not None:
            kinds = self._kinds_in(tail.group(1))        # ("110,091 filings and 16,242 grants for invention patents")
        if kinds and (own := self.variant(family, "." + kinds[0][0])):
            return [own], *at     # "Nearly 2,400 applications were for invention patents": that kind's
        return [self.kind_carried(family, stated)], *at

    def kind_part(self, ctx: Context, r: Reading):
        """A number with no noun said to be of one kind ("1,684 were on invention patents, 8,206 were associated
        with utility models"; 其中1200件为发明专利, 有56件是刑事案件): that kind of the family of the last level stated
        before it (of a court's cases of all kinds: that kind's cases of the same measure), (ids, start, end) or None."""
        if self.lang == "en":
            m = KIND_PART_AFTER_EN.match(ctx.norm, r.end)
        else:
            m = self._kind_part_zh().match(ctx.norm, r.end) if r.number.unit == "count" else None
        kinds = self._kinds_in(m.group(1)) if m is not None else []
        cases = ((self.rules.case_scopes or {}).get("zh_kinds") or {}).get(m.group(1)[:2]) \
            if m is not None and self.lang == "zh" and not kinds else None
        lo = max(0, r.start - 40)
        named = last_match(WHOLE_RESTATED_ZH, ctx.norm[lo:r.start]) if self.lang == "zh" else None
        end = lo + named.start() if named is not None else r.start     # (在1476件案件中，有56件是…: the whole that figure
        value = Decimal(named.group(1)) if named is not None else None   # is, not the last one stated)

        def level(o):
            return o.chain and o.indicator and not o.sign and o.number.unit not in DERIVED_UNITS and o.end <= end \
                and (value is None or o.number.value == value)
        whole = next((o for o in reversed(self.earlier) if level(o)), None) \
            or next((o for o in reversed(self.in_paragraph) if level(o)), None) if kinds or cases else None
        if whole is None:           # (in a sentence with none: the one that ended the sentence before)
            return None
        if cases:
            parts = whole.base.split(".")       # (…有56件是刑事案件，有1302件是民事案件: the sibling kind's of the same measure)
            own = f"courts.{cases}.{parts[2]}" if len(parts) == 3 and parts[0] == "courts" \
                and parts[1] in ("cases", *self.rules.case_scopes["zh_kinds"].values()) else None
            own = own if own in self.catalog.indicators else None
        else:
            own = self.variant(self._family_of(whole.base) or whole.base, "." + kinds[0][0])
        return ([own], r.end + m.start(1), r.end + m.end(1)) if own else None

    def _kind_part_zh(self) -> re.Pattern:
        """(zh) KIND_PART_AFTER_ZH over the kinds' words and the court's kinds of cases (发明专利, 外观设计; 刑事案件),
        compiled once per reader (it is asked for every number no term names)."""
        if getattr(self, "_kind_part_rx", None) is None:
            words = [w for k in (self.rules.kinds or {}).values() for w in k.get("zh", ())]
            words += [f"{w}(?:知识产权)?(?:纠纷)?类?案件" for w in ((self.rules.case_scopes or {}).get("zh_kinds") or {})]
            self._kind_part_rx = re.compile(KIND_PART_AFTER_ZH.format("|".join(sorted(words, key=len, reverse=True))))
        return self._kind_part_rx

    def kind_carried(self, family: str, stated: list) -> str:
        """The family a verb alone names, narrowed to the kind of the statement before it in its topic
        (发明专利申请5万件，获授权1万件; "invention patent applications were 10,400, and authorized 29,600":
        invention grants)."""
        last = stated[-1].base if stated else ""
        own = self._family_of(last) if last else None
        if own is None and last and (whole := self.owners_total(last)) != last and whole in (self.rules.families or {}):
            own = whole       # (企业专利申请1852件；授权833件: the owner's, as a kind's)
        if own is None or own == family or not last.startswith(own + "."):
            return family
        return self.variant(family, last[len(own):]) or family

    def kinds_listed_before(self, ctx: Context, r: Reading):
        """(en) A list of numbers named only by a family's participle after it, following in its
        paragraph a list as long of that topic's kinds ("there were 8,002, 10,009 and 3,392
        applications for invention, utility model and design patents … There were 2,067, 7,162 and
        2,553 cases authorized"): the same kinds in the same order, of the participle's family."""
        m = re.match(PARTICIPLE_AFTER, ctx.norm[r.run_end:r.run_end + 26])
        family = self._family(m.group(1)) if m and m.group(1).casefold().endswith("ed") else None
        if family is None:
            return None
        topic = family.split(".")[0] + "."
        before_list = self.in_paragraph[:len(self.in_paragraph) - r.pos]     # (less the list's own numbers)
        earlier = [o for o in before_list if o.end <= r.start and o.run == r.run and not o.sign]
        listed = earlier[-r.run:]
        if len(listed) < r.run or [o.pos for o in listed] != list(range(r.run)):
            return None
        kinds = [o.indicator[len(self._family_of(o.indicator) or "") + 1:] if o.chain and o.indicator
                 and o.indicator.startswith(topic) and self._family_of(o.indicator) else "" for o in listed]
        if not all(k in (self.rules.kinds or {}) for k in kinds) or len(set(kinds)) != r.run:
            return None
        iid = family + "." + kinds[r.pos]
        if iid not in self.catalog.indicators:
            return None
        return [iid], r.run_end + m.start(1), r.run_end + m.end(1)

    def _statement_before(self, norm: str, sentence: Span, r: Reading) -> str | None:
        """The indicator of the last stated value before `r` in its sentence; in a sentence with
        none before it (其中…, 从专利类型看…), the one that ended the sentence before."""
        earlier = [o for o in self.earlier if o.start < r.start]
        if not earlier:
            earlier = self.in_paragraph      # 其中… / 从专利类型看，发明专利… : about the statement that ended the last sentence
        # (a share or rank stated of it: its base, 占自治区专利申请量的32.3%；其中发明专利111件)
        return next((o.base if o.number.unit in ("percent", "rank") and o.base else o.indicator
                     for o in reversed(earlier) if o.chain and o.indicator and not o.sign), None)

    def _family_before(self, norm: str, sentence: Span, r: Reading) -> str | None:
        """The family of the statement a list of kinds qualifies (其中：发明专利、实用新型专利分别为…)."""
        base = self._statement_before(norm, sentence, r)
        return self._family_of(base) if base else None

    def _kinds_in(self, text: str) -> list[tuple[str, int]]:
        """The kinds named in `text`, in order (longest words first, no overlaps)."""
        found = []
        for kind, words in (self.rules.kinds or {}).items():
            rx = words_rx(words.get(self.lang, ()), self.lang)
            found += [(m.start(), m.end(), kind) for m in (rx.finditer(text) if rx else ())]
        found.sort(key=lambda f: (f[0], -f[1]))
        out, end = [], -1
        for a, b, kind in found:
            if a >= end:
                out.append((kind, a))
                end = b
        return out

    def _family(self, text: str, topic: str = "") -> str | None:
        """The family its words name in `text` (授权 -> patents.granted), the last one named (of
        `topic` only, when given)."""
        best = None
        for family, words in (self.rules.families or {}).items():
            if topic and not family.startswith(topic + "."):
                continue
            m = last_match(words_rx(words.get(self.lang, ()), self.lang), text)
            if m and (best is None or m.start() > best[0]):
                best = (m.start(), family)
        return best[1] if best else None

    def _family_of(self, iid: str) -> str | None:
        """patents.granted.invention -> patents.granted; an id of no family -> None."""
        families = self.rules.families or {}
        for kind in self.rules.kinds or {}:
            if iid.endswith("." + kind):
                iid = iid[: -len(kind) - 1]
        return iid if iid in families else None

    def carried_subject(self, before: str) -> list[str]:
        """A clause that opens with an elliptic head (专利申请量达144010件，授权量达86247件) carries the
        subject of the sentence's last named statement: 专利 + 授权量 -> 专利授权量."""
        heads = sorted(self.rules.elliptic.get(self.lang, ()), key=len, reverse=True)
        if self.lang != "zh" or not heads:
            return []
        # (授权量首次突破2万件, 注册量再次达到: an adverb of the verb, as a named statement has it)
        # (授权量从1500件增至4000件: the level it rose from, and to, past the head)
        opening = re.sub(r"^[、,，和及与]|(?:首次|再次|一举|已经|已|均|也|又)?(?:达到|为|达|共|超过|突破|约|近)?$", "",
                         RISEN_AFTER_HEAD.sub("", before.strip()))
        head = next((h for h in heads if opening == h), None)
        named = next((o for o in reversed(self.earlier) if o.term and o.chain), None)
        if head is None or named is None:
            return []
        old = next((h for h in heads if named.term.endswith(h)), None)
        if old is None:
            return []
        stem = named.term[: -len(old)]
        verbs = [h for h in heads if not h.endswith(("量", "数"))]
        # (商标注册申请量5.6万件，注册量4.1万件: the subject is 商标, past the first head's own verb)
        for subject in (stem, *(stem[: -len(v)] for v in verbs if stem.endswith(v) and len(stem) > len(v) + 1)):
            try:
                return self.lex.key(subject + head, self.lex.term_ids)
            except KeyError:
                continue
        return []

    def patents_per_10k(self, words: str) -> str | None:
        """The population ratio of the patents `words` name (the last kind named, else the default)."""
        named = self._kinds_in(words)
        return self.per_10k_of("patents" + ("." + named[-1][0] if named else ""))

    def per_10k_of(self, iid: str) -> str | None:
        """The ratio to the population of what `iid` counts: its `.per_10k` twin, else the catalog's
        ratio (unit per_10k_people) whose numerator is of the same family's topic and kind: the
        genre's population ratio is of rights held ("invention patents rose … there are 39.4 invention
        patents for every 10,000 residents"); a count with no kind takes text_rules `per_10k`
        `default_kind` ("Patents per 10,000 persons reached 18.78": invention patents)."""
        twin = self.variant(iid, ".per_10k")
        if twin is not None:
            return twin
        parts = iid.split(".")
        defaults = self.rules.cues.get("per_10k", {}).get("default_kind", {})
        kind = next((p for p in parts if p in (self.rules.kinds or {})), None) or defaults.get(parts[0])
        if kind is None:
            return None
        found = [i.id for i in self.catalog.indicators.values() if i.unit == "per_10k_people"
                 and (num := str((i.extra.get("ratio_of") or {}).get("numerator", ""))).split(".")[0] == parts[0]
                 and num.split(".")[-1] == kind]
        return found[0] if len(found) == 1 else None

    def related(self, prev: Reading, before: str, after: str, beyond: str = "") -> list[str]:
        """A number that names no term but says how it relates to the statement before it: its ratio
        to the population ("or 116.8 for every 10,000 residents") or the enterprises it served
        (质押融资…，惠及企业1520家 / "benefiting 1,520 companies": the nearest `.enterprises`
        indicator up the statement's id). `beyond`: the words right after it past its clause's end."""
        per = self.cue("per_10k", after[:70], "_after")
        if per and re.fullmatch(r"\s*(?:(?:valid|effective|invention|inventions|patents?|of|in force)\s+)*", after[:per.start()], re.IGNORECASE):
            return [v for v in (self.per_10k_of(prev.base),) if v]       # "5.3 patents to every 10,000 residents"
        if self.lang == "zh" and re.fullmatch(r"[、,，;；]?(?:每)?万人口?(?:有效|拥有|拥有量|有效量)?(?:为|达到?)?", before.strip()):
            return [v for v in (self.per_10k_of(prev.base),) if v]      # 有效发明专利5.28万件，万人有效52.51件
        if self.lang == "zh" and re.fullmatch(r"[、,，;；]?(?:为|达到?|合)?", before.strip()) and PER_10K_AFTER_ZH.match(after):
            return [v for v in (self.per_10k_of(prev.base),) if v]      # 有效发明专利52件，达到0.63件/万人
        if self.lang == "zh" and prev.base in self.catalog.indicators and prev.indicator != prev.base \
                and (prev.sign or prev.indicator in self.catalog.indicators and self.catalog.indicators[prev.indicator].measure == "change") \
                and self.catalog.indicators[prev.base].measure in ("stock", "flow", "ratio") \
                and re.fullmatch(r"[,，]?(?:已|总量|总数)?(?:达到?|增至|升至|增长到|增加到|上升到|提高到)", before.strip()):
            return [prev.base]      # 有效发明专利新增571件，达到1852件: the level the change led to
        if self.lang == "zh" and re.fullmatch(r"[、,，;；]?(?:累计|历年累计|累计共|共累计)(?:达到?|为|有)?", before.strip()):
            base = prev.base or ""        # 林业植物新品种授权2个，累计13个: the running total of that flow;
            if base in self.catalog.indicators and self.catalog.indicators[base].measure == "stock":
                return [base] if prev.indicator.endswith(".new") else []     # 新增地理标志商标6件，累计420件: the stock
            return [v for v in (self.variant(base, ".cumulative"),) if v]
        if self.lang == "en" and FROM_LEVEL_EN.search(before) and DATE_AFTER_EN.match(after) and prev.base in self.catalog.indicators \
                and self.catalog.indicators[prev.base].measure in ("stock", "flow", "ratio"):
            return [prev.base]     # "granted 1,939 patents, up from 777 in 2018": the same figure at an earlier date
        compared = compared_level(before, beyond or after) if self.lang == "zh" else None
        if compared is not None and prev.base in self.catalog.indicators \
                and not prev.sign and self.catalog.indicators[prev.base].measure in ("stock", "flow", "ratio"):
            named = self.compared_term(compared.group("words"), prev.base)
            if named is not None:
                return named        # 审结1820件，比2015年受理的1070件增长了近一倍: what its own words name
            return [prev.base]      # 专利授权量为488件，比2011年的272件增长79.41%: the same figure at the earlier date
        value = self.topic_value(prev, before)
        if value:
            return [value]          # 使用地理标志专用标志的市场主体1255家，总产值402.51亿元: the GIs' output value
        if self.cue("beneficiaries", before[-8:] if self.lang == "zh" else before[-25:]):
            parts = prev.base.split(".")
            return next(([iid] for k in range(len(parts) - 1, 0, -1)
                         if (iid := ".".join(parts[:k]) + ".enterprises") in self.catalog.indicators), [])
        return []

    def compared_term(self, words: str, base: str) -> list[str] | None:
        """(zh) The indicator the words between a compared level's date and its figure name (比2015年受理的1070件:
        受理), among those of the statement's family (`base` up to its last part); [] when they name a term of no
        such indicator; None when they name no term. A whole named as such (与2011年总申请量191件相比, after an
        owner's or a kind's statement) is the statement's whole, not its part."""
        if not words or self.lex.terms is None:
            return None
        if WHOLE_NAMED_ZH.fullmatch(words):
            whole = self.owners_total(base)
            whole = whole if whole != base else self._family_of(base) or base
            if whole != base and whole in self.catalog.indicators:
                return [whole]
        found = [i for m in self.lex.terms.finditer(words) for i in self.lex.ids(words, m)]
        if not found:
            return None
        family = base.rsplit(".", 1)[0] + "."
        return [i for i in found if i.startswith(family) and i in self.catalog.indicators
                and self.catalog.indicators[i].measure in ("stock", "flow", "ratio")][:1]

    def event_after(self, ctx: Context, clause: Span, term_end: int, ids: list[str]) -> list[str] | None:
        """(zh) What happened to the things a figure counts, said right after its term (`events_after`):
        honoured (3件地理标志商标荣获…金奖: those honoured, [] = no indicator, unless the term is the honour's)
        or registered (4件地理标志证明商标由商标局核准注册: a stock's additions, its `.new`); None when neither."""
        spec = self.rules.events_after or {}
        after = ctx.norm[term_end:clause.end]
        lead = r"^(?:项目)?(?:均|都|分别|先后|相继|已|已经|同时)?"      # (9个地理标志项目进入…名录: the items' event too)
        honours = words_rx(spec.get("honours", ()), self.lang)
        if honours is not None and re.match(lead + r"(?:" + honours.pattern + r")", after):
            awards = spec.get("honour_ids", ())
            return None if any(w in i for i in ids for w in awards) else []
        registered = words_rx(spec.get("registered", ()), self.lang)
        if registered is not None and re.match(lead + r"(?:由[^，,。；;]{1,20}?)?(?:" + registered.pattern + r")", after):
            known = [self.catalog.indicators[i] for i in ids if i in self.catalog.indicators]
            return [v for ind in known if (v := ind.id if ind.measure == "flow" else self.variant(ind.id, ".new"))] \
                if known else None
        return None

    def topic_value(self, prev: Reading, before: str) -> str | None:
        """The value indicator of the topic of the statement before (`topic_values`: a GI statement's
        产值 is the GIs' output value) when a bare value noun stands right before the number (not
        another industry's: 带动旅游业产值 names that industry)."""
        ind = self.catalog.indicators.get(prev.base or "")
        spec = (self.rules.topic_values or {}).get(ind.topic) if ind is not None else None
        words = spec.get(self.lang, ()) if spec else ()
        if not words or spec.get("indicator") not in self.catalog.indicators:
            return None
        alt = alternation(words)
        rx = (r"(?:^|[、,，;；:：\d年]|带动|实现|创造)" + alt + r"(?:达到|达|为|逾|超过|超|约|近|突破|合计|共)?$" if self.lang == "zh"
              else r"\b" + alt + r"\s+(?:of|reached|was|totaled|hit|at)?\s*(?:nearly|about|over|more than)?\s*$")
        return spec["indicator"] if re.search(rx, before.strip(), re.IGNORECASE) else None

    def counts_other(self, ctx: Context, clause: Span, r: Reading, term: tuple[int, int], ids: list[str]) -> bool:
        """A noun of other things (`counted_heads`: 示范区, 人数, applicants) between the term `term` (start, end)
        and the figure, right after a term that follows it, or (en) between the figure and a term after it: the
        figure counts those things, of which the term only says which (地理标志产品保护示范区3个)."""
        heads = self.rules.counted_heads or {}
        start, end = term
        norm = ctx.norm
        stocks = all(self.catalog.indicators[i].measure == "stock" for i in ids if i in self.catalog.indicators)
        rx = words_rx(heads.get(self.lang, ()) + (heads.get(self.lang + "_stock", ()) if stocks else ()), self.lang)
        if self.lang == "zh":      # (the noun may take the term's last characters: 商标注册申请 + 人)
            closing = end > r.start
            phrase = norm[start:end] + re.match(r"[\u4e00-\u9fff]{0,8}", norm[end:clause.end]).group(0) if closing \
                else norm[start:r.start] if r.start - end <= 12 else ""
            found = {m.group(0) for m in (rx.finditer(phrase) if rx else ()) if m.end() > end - start
                     and (not closing or phrase[m.end():] in ("", "之一"))      # (建成3个地理标志产品保护示范区: it closes the
                     #                                                        phrase; 首批2个地理标志驿站之一: one of them)
                     and not phrase.startswith("案", m.end())}        # (审结…纠纷案件8188件: a kind of cases, which they count)
        else:
            after = re.match(r"\s*(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+", norm[end:clause.end])
            texts = [norm[end:r.start]] if end <= r.start and r.start - end <= 40 else [after.group(0)] if after else []
            if start >= r.end:
                texts.append(norm[r.end:start])
                before = words_rx(heads.get("en_before", ()), self.lang)      # (a count of such units: "four companies
                # … named as national demonstration enterprises")
                entities = any(self.catalog.indicators[i].unit == "entities" for i in ids if i in self.catalog.indicators)
                found = {m.group(0).casefold() for m in (before.finditer(texts[-1]) if before and not entities else ())}
            else:
                found = set()
            found |= {m.group(0).casefold() for t in texts if rx for m in rx.finditer(t)}
        if not found:
            return False
        known = [ind for i in ids if (ind := self.catalog.indicators.get(i)) is not None]
        own = " ".join(t for ind in known for t in (*ind.terms_zh, *ind.terms_en, ind.label_zh, ind.label_en)).casefold()
        return not any(w.rstrip("s") in own for w in found)

    def subset_after(self, after: str) -> bool:
        """(en) words right after the number's noun that make it a part: "3 cases supervised by"."""
        rx = words_rx(self.rules.subset.get(self.lang + "_after", ()), self.lang)
        m = rx.search(after[:40]) if rx else None
        return bool(m) and re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,3}", after[:m.start()]) is not None

    def pattern_ids(self, ctx: Context, start: int, end: int, agency: str) -> tuple[list[str], int, int]:
        """Indicators of the sentence's authority whose {n} pattern wraps the number, longest pattern
        first, and where the longest pattern starts and ends."""
        found = []
        for pre, post, iid, plural_end in self.lex.patterns:
            if not self.allowed(self.catalog.indicators[iid], agency):
                continue
            m1 = pre.search(ctx.norm, max(0, start - WINDOW), start) if pre is not None else None
            m2 = post.match(ctx.norm, end) if post is not None else None
            if (pre is not None and not m1) or (post is not None and not m2):
                continue
            if m2 is not None and self.lang == "zh" and self.longer_term(ctx, end, m2.end(), right_after=True):
                continue      # {n}地理标志 in 29个地理标志产品: the longer noun right after the number names it
            if m2 is not None and self.lang == "en" and (self.longer_term(ctx, end, m2.end()) or (
                    plural_end and not m2.group(0).endswith("s") and (OF_HEAD.match(ctx.norm, m2.end()) or NOUN_NEXT.match(ctx.norm, m2.end())))):
                continue      # "a total of {n} GIs" in "a total of 73 GI protection products": the longer noun names it;
                              # a plural noun met singular and heading more: "5 geographical indication of certification
                              # trademarks", "13 GI holders", "4,739 patent pre-examination applications"
            if m1 is not None and self.lex.after_kinds(ctx.norm, m1.start()):
                continue      # 商标权、专利权质押登记6笔: a joint of kinds, not the patents' alone
            if m1 is not None and self.lang == "zh" and self.earlier_term(ctx, m1.start(), m1.end(), self.catalog.indicators[iid].unit):
                continue      # 农产品地理标志201个: the longer term names it, not 地理标志{n} (not 知识产权质押融资111笔: its amount)
            found.append(((m1.end() - m1.start() if m1 else 0) + (m2.end() - m2.start() if m2 else 0),
                          m1.start() if m1 else start, iid, m2.end() if m2 else end))
        found.sort(key=lambda f: -f[0])
        return [f[2] for f in found], (found[0][1] if found else start), (found[0][3] if found else end)

    def earlier_term(self, ctx: Context, start: int, end: int, unit: str) -> bool:
        """(zh) Whether a term of the catalog that starts before `start` ends inside (start, end] and
        names an indicator counted in `unit`."""
        if self.lex.terms is None:
            return False
        return any(t.start() < start < t.end() <= end and any(
                       (ind := self.catalog.indicators.get(i)) is not None and ind.unit == unit for i in self.lex.ids(ctx.norm, t))
                   for t in self.lex.terms.finditer(ctx.norm, max(0, start - 12), end))

    def longer_term(self, ctx: Context, start: int, end: int, right_after: bool = False) -> bool:
        """Whether a term of the catalog that starts in [start, end) ends after `end` (`right_after`: one
        that starts at `start` or a measure word after it)."""
        if self.lex.terms is None:
            return False
        t = self.lex.terms.search(ctx.norm, start, min(len(ctx.norm), end + 60))
        if t is not None and right_after and not re.fullmatch(r"[个件项家种]?", ctx.norm[start:t.start()]):
            return False
        return t is not None and t.start() < end < t.end() and not re.fullmatch(
            r"\s*(?:of|in|for|to|by|at|on|from|with)\s*", ctx.norm[end:t.end()], re.IGNORECASE)
        #   ("96 companies secured intellectual property financing" before "… financing of": no longer noun)

    def fits(self, ind: Indicator, num: Number) -> int:
        """0: the number cannot be this indicator; 2: its measure word names the unit; 1: neutral."""
        unit = ind.unit
        if unit in ("percent", "percentage_points", "score", "rank", "yuan", "times"):
            if num.unit == unit:
                return 2
            if unit == "score" and self.lang == "en" and num.unit == "count":
                return 1
            if unit == "yuan" and self.lang == "en" and num.unit == "count" and not num.measure and SCALE_EN.search(num.text):
                return 1      # ("the technology contract transaction value reached 4.053 billion": no noun, a sum)
            return 1 if unit == "yuan" and num.unit == "" and num.value >= 10000 else 0
        if num.unit not in ("count", ""):
            return 0
        if unit not in ("per_10k_people", "per_10k_entities") and not num.is_integer:
            return 0
        words = self.unit_words.get(unit, {})
        if self.lang == "zh":
            if num.unit == "":
                return 0 if "亿" in num.text else 1      # (质押融资登记94亿: an amount, no count of anything)
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
