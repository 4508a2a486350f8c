"""Reading the numbers of running text, in Chinese and in English.

`find_numbers(text, lang)` returns every statistic stated in a line: its exact span, its value
scaled to base units with `decimal.Decimal` (11.71万件 -> 117100, RMB 7.831 billion ->
7831000000), its unit kind, the measure word printed with it (件, 人次, 批次 ... / cases,
suspects ...), and its qualifier (近/约/左右/nearly/some/around -> approx; 超过/余/多/more than/upwards of/in
excess of -> more_than; 不足/under/fewer than/below -> less_than).
Rankings (第一, 首位, ranking first, "second among …") come out as unit `rank`.

Numbers that are not statistics are left out: dates and years (2022年, 5月1日, May 1, 2021-2035),
durations (3年, 22个月), ordinals and event names (第131届, 23rd), section numbers (1. at the
start of a line), codes of laws and standards (DB44/T 2362-2022, T/GDTA 003-2021), plan names
(1+13+N), anything quoted as a name (“4.26”, 《…2.0》) and the number of a label in brackets
("(Phase 2)", "(pilot round 3, draft)"; "(646)" alone is a statistic). In Chinese a bare number with no unit
or measure word is not a statistic either (337调查).

Chinese text is read with its stray spaces and footnote markers removed ("428589 件",
"2 .95亿", "主体¹"); spans always point back into the original line.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import text2num

SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# a space after a quantity (digits, then a measure word) and before Chinese: a headline's separator
QUANTITY_GAP = re.compile(r"(?<=\d[件项个家起宗名次元%])[ \t\u3000]+(?=[\u3400-\u9fff])|"
                          r"(?<=\d[万亿][件项个家元])[ \t\u3000]+(?=[\u3400-\u9fff])|"
                          # two phrases of a headline set apart by a wide gap (上海去年授权9.2万件专利  每万人…)
                          r"(?<=[\u3400-\u9fff])(?:[ \t]{2,}|\u3000+)(?=[\u3400-\u9fff])")
# a Latin acronym in brackets inside a Chinese name: 国际专利(PCT)申请 reads 国际专利申请
# words inside a term that do not change what it counts in a region's statistics: 国内 (授权国内专利,
# 国内有效发明专利: a region's figures are its domestic owners'); both kinds of GI mark named as
# alternatives (地理标志证明(集体)商标: all GI trademarks); the mainland in brackets after 全国 (全国(大陆)排名第15位,
# 全国（不含港澳台）: the provinces the genre ranks among anyway)
SCOPE_ASIDE = re.compile(r"国内(?=(?:有效|授权|申请)?(?:发明|专利|商标|实用新型|外观设计|PCT))"
                         r"|(?<=地理标志)(?:证明[(（]集体[)）]|集体[(（]证明[)）])(?=商标)"
                         r"|(?<=全国)[(（](?:大陆|内地|不含港澳台(?:地区)?|不含港澳台数据|不包括港澳台(?:地区)?)[)）]")
ACRONYM_ASIDE = re.compile(r"(?<=[\u3400-\u9fff])\s*[(（]\s*[A-Za-z]{2,10}\s*[)）]\s*(?=[\u3400-\u9fff])")
# full-width digits as ASCII; the small form variants of stops (﹔﹐﹑, as traditional-script pages print them) as the stops
FULLWIDTH = str.maketrans("０１２３４５６７８９％．﹐﹑﹔﹕﹖﹗", "0123456789%.，、；：？！")

ZH_SCALES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7,
             "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(10) ** 3}
EN_SCALES = {"trillion": Decimal(10) ** 12, "billion": Decimal(10) ** 9, "million": Decimal(10) ** 6,
             "thousand": Decimal(10) ** 3, "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9, "mn": Decimal(10) ** 6,
             "m": Decimal(10) ** 6}     # (a headline's 60b yuan, 5.2bn yuan, 300m yuan: before a currency only)
ZH_QUAL_PRE = {"突破": "more_than", "首破": "more_than", "将近": "approx", "接近": "approx", "大约": "approx", "近": "approx", "约": "approx",
               "超过": "more_than", "逾": "more_than", "超": "more_than", "不足": "less_than", "不到": "less_than"}
EN_QUAL_PRE = {"nearly": "approx", "almost": "approx", "close to": "approx", "about": "approx",
               "approximately": "approx", "around": "approx", "roughly": "approx", "some": "approx",
               "more than": "more_than", "over": "more_than", "exceeding": "more_than", "exceeded": "more_than",
               "above": "more_than", "at least": "more_than", "upwards of": "more_than", "upward of": "more_than",
               "in excess of": "more_than", "exceed": "more_than", "exceeds": "more_than", "surpass": "more_than",
               "surpasses": "more_than", "surpassed": "more_than", "topped": "more_than", "broke through": "more_than",
               "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than"}
# Measure words after a Chinese number, longest first. Units that make a number a date, a
# duration or an ordinal are listed in ZH_NOT_STAT.
ZH_MEASURES = ("元人民币", "人民币", "个百分点", "百分点", "人次", "件次", "家次", "个次", "批次", "件", "宗", "起", "家", "人", "名",
               "项", "个", "份", "场", "次", "户", "篇", "条", "所", "单", "笔", "批", "张", "位", "元", "分", "倍",
               "%", "亿", "万")
ZH_NOT_STAT = ("个工作日", "个小时", "个月", "年度", "年", "月", "日", "号", "届", "期", "周", "天", "小时", "岁",
               "时", "代", "版", "级", "类", "种", "型", "大")
EN_UNITS = {"%": "percent", "percent": "percent", "per cent": "percent",
            "percentage points": "percentage_points", "percentage point": "percentage_points",
            "times": "times"}
EN_NOT_STAT = ("years", "year", "months", "month", "days", "day", "weeks", "week", "hours", "hour",
               "working days", "consecutive years")
# Words that may stand right before a bare number in brackets that is a statistic ("(of which 148)",
# "(up 2,631)"); after any other word a bare number closing a bracketed phrase is a label: "(Phase 2)".
EN_LINK_WORDS = ("of", "which", "them", "these", "to", "from", "at", "by", "was", "were", "is", "are", "reached",
                 "reaching", "totaled", "totaling", "totalled", "totalling", "total", "numbered", "numbering", "hit",
                 "with", "including", "and", "or", "than", "up", "down", "all", "another", "increase", "decrease")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

ZH_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
ZH_RE = re.compile(
    r"(?P<qual>" + "|".join(sorted(ZH_QUAL_PRE, key=len, reverse=True)) + r")?"
    r"(?P<num>" + ZH_NUM + r")(?P<post1>余|多)?(?P<scale>万亿|千万|百万|亿|万|千)?(?P<post2>余|多)?"
    r"(?P<unit>" + "|".join(sorted(set(ZH_MEASURES + ZH_NOT_STAT), key=len, reverse=True)) + r")?"
    r"(?P<post3>余|多|以上|\+)?(?P<about>左右)?")
# the verbs that place a figure among others (居, 位列, 上升至 …)
ZH_RANK_VERB = r"(?:居|位居|位列|位于|保持|排名|排|列|名列|稳居|蝉联|跃居|(?:上升|提升|跃升|攀升|升)(?:至|到))"
ZH_RANK_RE = re.compile(      # (the scope may come before the verb: 在全国列第8位, 在全省排名第二, 在全省17城市中位居第一, 从全国第6位上升至第2位,
    #                            全省排名第六: a whole printed right before the verb, used when none follows it)
    r"(?:在(?P<pre>[^，,。；;、\d]{1,8}?)(?P<among>\d{1,3}个?(?:城市|地市|市州|设区市|地级市|县市区|县区|区县|省份|省区市|省市区|省[(（]区、?市[)）]))?(?:中|内|范围内)?|[从由](?P<from>[^，,。；;、\d第]{1,8}?)第(?:\d+|[一二三四五六七八九十]+)(?:位|名)?"
    r"|(?P<bare>全国|全省|全市|全区|全州|全盟|全县|自治区))?"
    + ZH_RANK_VERB + r"(?P<scope>[^，,。；;、]{0,10}?)"
    r"(?P<rank>首位|榜首|(?<=[\u4e00-\u9fff])之首|第(?P<n>\d+|[一二三四五六七八九十]+)(?:位|名)?)")    # (居各地区之首: first)
# a place printed without 第, right after the whole it is among (列全国12位): no other word between
_BARE_RANK_LEAD = r"(?:居|位居|位列|列|排名|排|名列|稳居|跃居)(?P<scope>全国|全省|全市|全区|全州|全盟)"
ZH_BARE_RANK_RE = re.compile(_BARE_RANK_LEAD + r"(?P<rank>(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})位)(?!数)")   # (居全国一位)
ZH_BARE_RANK_BEFORE = re.compile(_BARE_RANK_LEAD + "$")
# a place with no verb, right after a statistic's noun (注册量全省第一, 增幅全国第一, 增速全省第一: a headline's way)
_VERBLESS_WHOLE = r"(?P<scope>全国|全省|全区|全市|自治区)"
_PLACE_NO = r"第(?P<n>\d+|[一二三四五六七八九十]+)(?:位|名)?"
ZH_VERBLESS_RANK_RE = re.compile(r"(?<=[量数幅速率额度])" + _VERBLESS_WHOLE + r"(?P<rank>首位|榜首|" + _PLACE_NO + r")(?![批届次期轮季阶])")
# a place with no verb that is a clause of its own after a statement (有效注册量12.4万件，占全省总量的12.9%，全省第三)
ZH_CLAUSE_RANK_RE = re.compile(r"(?<=[，,；;])\s*" + _VERBLESS_WHOLE + r"(?P<rank>首位|" + _PLACE_NO + r")(?=\s*(?:[，,。；;）)]|$))")
# another whole's place right after a place, its verb shared (位居西部第二，全国第六位; 居全国第8位、中部第一): a
# short scope of no figure or verb, and a place that ends its clause or says 位/名 (not 第三季度)
ZH_RANK_CHAINED = re.compile(r"\s*[，,、]\s*(?:在)?(?P<scope>[^，,。；;、\d第居列排位在]{1,8}?)"
                             r"(?P<rank>首位|榜首|第(?P<n>\d+|[一二三四五六七八九十]+)(?:位|名|(?=\s*[，,。；;、）)]|$)))")
# the next place of a list of places sharing the verb and its whole (分别位居全国第一、第二; 分居全国第13位、10位)
ZH_RANK_LISTED = re.compile(r"\s*[、和]\s*(?P<rank>第?(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:位|名)?)(?=\s*(?:[，,。；;、）)和]|$))")
EN_NUM = r"\d+(?:,\d+)*(?:\.\d+)?"
EN_RE = re.compile(
    r"(?P<qual>(?:" + "|".join(sorted(map(re.escape, EN_QUAL_PRE), key=len, reverse=True)) + r")\s+)?"
    r"(?P<cur>(?:RMB|CNY|¥)\s?)?"
    r"(?P<num>" + EN_NUM + r")(?P<plus>\+)?"
    r"(?P<scale>\s?(?:trillion|billion|million|thousand)\b|(?:bn|b|mn|m)(?=\s?(?:yuan|RMB)\b))?"
    r"(?P<unit>\s?(?:%|percentage points?|per ?cent\b|times\b))?"
    r"(?P<yuan>\s(?:yuan|RMB)\b)?", re.IGNORECASE)
_EN_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                     "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                     "twentieth")
_EN_ORDINAL = "|".join(_EN_ORDINAL_WORDS)
EN_RANK_RE = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|came out|plac(?:ed|ing)(?:\s+(?:it|them))?|(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)(?=\s+(?:at\s+)?(?:the\s+)?(?:" + _EN_ORDINAL
    + r"|No\.|\d+(?:st|nd|rd|th))\b))"
    r"\s+(?:at\s+)?(?:the\s+)?"
    r"(?P<word>" + _EN_ORDINAL + r"|top|No\.\s?\d+|\d+(?:st|nd|rd|th))\b(?P<scope>(?:(?!" + r"\s+and\s+(?:" + _EN_ORDINAL
    + r"|\d+(?:st|nd|rd|th))\b)[^,.;]){0,40})", re.IGNORECASE)
# first place said by its verb: "topping the country", "leads the province in …" (not "led the province's work", nor
# the adjective: "a leading province in intellectual property")
EN_TOP_RE = re.compile(r"\b(?P<word>top(?:s|ped|ping)|lead(?:s|ing)?|led)\s+(?P<scope>(?:all\s+(?:the\s+)?|the\s+)(?:whole\s+|entire\s+)?"
                       r"(?:country|nation|province|city|provinces|cities|China)\b(?!['’]s)[^,.;]{0,30})", re.IGNORECASE)
# a second rank after one, its verb left out: "ranking first in the province and third in the country"
EN_AND_RANK_RE = re.compile(r"\s+and\s+(?P<word>" + _EN_ORDINAL + r"|\d+(?:st|nd|rd|th))\b(?P<scope>[^,.;]{0,40})", re.IGNORECASE)
# a rank stated with no verb: "…, second among large and medium-sized cities in China", "second only to Wuhan in the province"
EN_PLACE_RE = re.compile(r"(?<![A-Za-z])(?P<word>" + _EN_ORDINAL + r"|\d+(?:st|nd|rd|th))\s+(?=among\b|only\s+(?:to|after)\b)(?P<scope>[^,.;]{0,60})",
                         re.IGNORECASE)
# a rank that rose or fell from another: "raising Jiangsu from fourth place to second in the whole country", "rose from
# 29th to 14th" (the place it left has no date of its own: only the one reached is a rank)
EN_RANK_TO_RE = re.compile(r"\bfrom\s+(?:the\s+)?(?:" + _EN_ORDINAL + r"|\d+(?:st|nd|rd|th)|No\.\s?\d+)(?:\s+place|\s+position)?"
                           r"\s+to\s+(?:the\s+)?(?P<word>" + _EN_ORDINAL + r"|\d+(?:st|nd|rd|th)|No\.\s?\d+)\b(?:\s+place|\s+position)?"
                           r"(?P<scope>[^,.;]{0,40})", re.IGNORECASE)
# counts written as words before a noun ("four well-known trademarks", "two national IP demonstration
# enterprises"); "one" is left out (one of, one-stop …), as are durations, multiples and "of" phrases
EN_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_EN_WORD_NOUN = (r"(?=\s+(?!(?:of|years?|months?|days?|weeks?|hours?|times|"
                 r"percent|and|or|to|in|at|by|for|from|consecutive|more|other|others|kinds|types|sessions|rounds|"
                 r"batches of|aspects|major|key|main|stages|steps|levels|parts|areas|fields|measures|categories|hundred|thousand|million|"
                 r"billion)\b)[A-Za-z])")
EN_WORD_RE = re.compile(r"(?<![A-Za-z-])(?:" + "|".join(EN_WORDS) + r")" + _EN_WORD_NOUN, re.IGNORECASE)
# words before a count in words that make it no count stated ("the three categories", "every two years")
EN_WORD_NOT_COUNT = re.compile(r"\b(?:the|these|those|one or|every|each|per|first|last|next|past|all)\s+$", re.IGNORECASE)
# a count of several number words ("One hundred and eighteen products", "thirty-five enterprises", as a sentence
# may not open with digits), read by text2num; a tens word may stand alone
_EN_UNIT_WORDS = "|".join(("one",) + EN_WORDS[:-1])       # one … nineteen
_EN_TENS_WORDS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN_NUM_WORD = r"(?:" + _EN_TENS_WORDS + r"|" + _EN_UNIT_WORDS + r"|hundred|thousand)"
EN_WORDS_RE = re.compile(r"(?<![A-Za-z-])(?:(?:" + _EN_TENS_WORDS + r"|" + _EN_UNIT_WORDS + r")"
                         r"(?:(?:-|\s+and\s+|\s+)" + _EN_NUM_WORD + r")+|(?:" + _EN_TENS_WORDS + r"))(?![A-Za-z-])" + _EN_WORD_NOUN,
                         re.IGNORECASE)
ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# a round mark written in Chinese numerals, only ever a bound: 突破两万件, 首破五千件, 过万件, 超十亿元,
# 突破十万大关 (the numeral 一 left out before 万/亿 after 过/破: 过万, 破亿; and before 千亿 / 百亿 / 万亿: 年产值突破千亿元)
ZH_NUMERAL_BOUND = re.compile(r"(?P<qual>首次突破|首破|突破|超过|超|逾|(?<![经通不])过|(?<![打])破)(?P<n>[一二两三四五六七八九十]{1,3})?"
                              r"(?P<scale>万亿|千亿|百亿|千万|百万|万|亿|千)(?P<unit>件|项|个|家|户|人|名|元|笔|起|宗|大关|的)")
# a small count written in Chinese numerals, after a word of adding or holding and before what it counts, a kind of
# IP (新增两件中国驰名商标, 新添八件“中国驰名商标”, 拥有三个地理标志证明商标): a count as in digits
ZH_NUMERAL_COUNT = re.compile(r"(?P<verb>新增|新添|再添|又添|增加|获得|荣获|获评|获|新认定|认定|拥有|共有|有|达到?)"
                              r"(?P<n>[两二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)"
                              r"(?P<unit>件|个|家|项)(?=[“\"]?(?:中国|国家|省级?|市级?)?(?:驰名|著名|知名|地理标志|注册商标|商标|专利|发明|知识产权))")
EN_ORDINALS = {"top": 1, **{w: n for n, w in enumerate(_EN_ORDINAL_WORDS, 1)}}


@dataclass(frozen=True)
class Number:
    start: int            # span of the whole statement (qualifier, number, scale, unit) in the line
    end: int
    value: Decimal        # in base units, unsigned
    unit: str             # percent | percentage_points | yuan | score | times | rank | count | ""
    measure: str          # the measure word as printed: 件, 人次, 批次 ... (en: the noun after it, if a unit noun)
    qualifier: str        # exact | approx | more_than | less_than
    text: str             # the exact substring text[start:end]
    scope: str = ""       # for ranks: the words between the verb and the rank (全国, in the country)

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


def zh_int(token: str) -> int:
    """A whole number written in digits or Chinese numerals up to 99 (第三, 十二, 二十一); 0 if not one."""
    if token.isdigit():
        return int(token)
    if token == "十":
        return 10
    if token.startswith("十"):
        return 10 + ZH_DIGITS[token[1]]
    if "十" in token:
        tens, _, ones = token.partition("十")
        return ZH_DIGITS[tens] * 10 + (ZH_DIGITS[ones] if ones else 0)
    return ZH_DIGITS.get(token, 0)


TRADITIONAL_SHARE = 0.15    # a text with more traditional characters than this is read as simplified
# a web copy's pinyin after characters, with tone marks (發(fā)明) or without, repeated (專(zhuan)(zhuan)利)
PINYIN_ASIDE = re.compile(r"(?<=[\u3400-\u9fff])(?:[(（](?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]*"
                          r"|(?:[zcs]h|[bcdfghjklmnpqrstwxyz])?[aeiouvü][a-z]{0,4})[)）])+")
# the same gloss whose opening bracket went with a character the copy could not decode (申請?jiān)龇: a '?' in its place)
PINYIN_BROKEN = re.compile(r"[?？�][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]*[)）]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s.json")


_SIMPLE: dict[str, str] = {}


def traditional(text: str) -> bool:
    """Whether more than TRADITIONAL_SHARE of the Chinese characters of `text` are traditional ones
    (a web copy of a report in traditional script)."""
    cjk = [c for c in text if "\u3400" <= c <= "\u9fff"]
    return bool(cjk) and sum(1 for c in cjk if _simple(c) != c) > TRADITIONAL_SHARE * len(cjk)


def _simple(c: str) -> str:
    """The simplified form of one character (itself when t2s gives none or several), found once."""
    if c not in _SIMPLE:
        out = _t2s().convert(c) if "\u3400" <= c <= "\u9fff" else c
        _SIMPLE[c] = out if len(out) == 1 else c
    return _SIMPLE[c]


def simplified(text: str, whole: bool = False) -> str:
    """`text` with traditional characters replaced one for one by simplified ones (OpenCC's t2s),
    when the text is `traditional` or is part of one (`whole`: a paragraph of a report in traditional
    script may share most of its characters with simplified script); the length is kept, so positions
    still point into the original."""
    if not (whole or traditional(text)):
        return text
    return "".join(_simple(c) for c in text)


# figures printed side by side with spaces between them (1455 2413 6432, a table row read as prose): each its own, a
# list (、) between them; not one figure grouped in thousands by spaces (12 345 678: groups of three after the first)
SPACED_FIGURES = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:[ \t\u3000\xa0]+\d+(?:\.\d+)?)+(?![\d.])")
FIGURE_GAP = re.compile(r"[ \t\u3000\xa0]+")


def figure_gaps(text: str) -> set[int]:
    """The first position of each gap between figures printed side by side (SPACED_FIGURES) that are separate figures."""
    out = set()
    for m in SPACED_FIGURES.finditer(text):
        groups = FIGURE_GAP.split(m.group(0))
        if 1 <= len(groups[0]) <= 3 and all(re.fullmatch(r"\d{3}", g) for g in groups[1:-1]) \
                and re.fullmatch(r"\d{3}(?:\.\d+)?", groups[-1]):
            continue          # (12 345: one figure, its thousands set apart)
        out.update(m.start() + g.start() for g in FIGURE_GAP.finditer(m.group(0)))
    return out


def normalize_zh(text: str, traditional_script: bool = False) -> tuple[str, list[int]]:
    """Text without whitespace, markup asterisks, footnote markers, Latin acronyms in brackets
    inside a name, scope words that change nothing (SCOPE_ASIDE) and a web copy's pinyin after
    characters (發(fā)明; 申請?jiān)龇, its bracket lost), full-width digits made ASCII,
    traditional characters read as simplified ones (`simplified`); plus, for each kept character,
    its index in the original text (quotes are always taken from the original)."""
    chars, index = [], []
    text = simplified(text, traditional_script)
    aside = {i for rx in (ACRONYM_ASIDE, PINYIN_ASIDE, PINYIN_BROKEN, SCOPE_ASIDE) for m in rx.finditer(text) for i in range(m.start(), m.end())}
    breaks = {m.start() for m in QUANTITY_GAP.finditer(text)}
    listed = figure_gaps(text)
    for i, ch in enumerate(text):
        if i in breaks:               # 5.41万件 每万人口…: a headline's space after a quantity ends a clause
            chars.append("，")
            index.append(i)
            continue
        if i in listed:               # 1455 2413 6432: figures side by side, each its own
            chars.append("、")
            index.append(i)
            continue
        if ch.isspace() or ch in SUPERSCRIPTS or ch in "*\\" or i in aside:
            continue
        chars.append(ch.translate(FULLWIDTH))
        index.append(i)
    return "".join(chars), index


# a thousands separator followed by a space, as pages give it ("36, 800 invention patents"): not a list
# of two numbers (one group of one to three digits, then exactly three, and no list going on)
SPACED_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3},( )\d{3}(?![\d.]|,\s?\d|\s+(?:and|or|to)\s+\d)")


# an acronym's spelling-out in brackets right after it ("IPR (Intellectual Property Rights) demonstration
# enterprises", "PCT (Patent Cooperation Treaty) applications"): no words of the sentence's own
ACRONYM_SPELLED = re.compile(r"\b([A-Z]{2,6})\s*(\(([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){1,7})\))")
MINOR_WORDS = frozenset({"of", "and", "for", "the", "on", "in"})


ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,6})s?\)")


def _spelled_out(text: str) -> set[int]:
    """Positions of the brackets that spell out the acronym right before them (with the space before), or that
    give the acronym of the words right before them ("intellectual property right (IPR) infringement cases": the
    words alone, which name the authority too: "the Beijing Intellectual Property Court (BIPC)")."""
    out = set()
    for m in ACRONYM_SPELLED.finditer(text):
        initials = "".join(w[0] for w in m.group(3).split() if w.casefold() not in MINOR_WORDS).upper()
        if initials == m.group(1):
            out.update(range(m.end(1), m.end(2)))
    for m in ACRONYM_AFTER.finditer(text):
        lo = max(0, m.start() - 80)
        words = [w for w in re.finditer(r"[A-Za-z][A-Za-z-]*", text[lo:m.start()])
                 if w.group(0).casefold() not in MINOR_WORDS][-len(m.group(1)):]
        if len(words) == len(m.group(1)) and "".join(w.group(0)[0] for w in words).upper() == m.group(1):
            out.update(range(m.start(), m.end()))
    return out


def normalize_en(text: str) -> tuple[str, list[int]]:
    chars, index = [], []
    spaced = {m.start(1) for m in SPACED_THOUSANDS.finditer(text)} if ", " in text else set()
    spelled = _spelled_out(text) if "(" in text else set()
    for i, ch in enumerate(text):
        if ch in SUPERSCRIPTS or ch in "*\\" or i in spaced or i in spelled:
            continue
        chars.append(ch)
        index.append(i)
    return "".join(chars), index


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside name quotes and title marks: “…”, 《…》, "…" — numbers there are names."""
    spans = []
    # ASCII quotes do not say which way they face: a quotation hugs its text ("2.11"), and a line
    # that starts inside a quotation does not pair its quotes the other way round.
    # A quotation of a whole sentence (a speaker's words: “2020年，拉萨市查处…案件55件。”) is no name: its
    # numbers are statistics; a title (《…》) is a name at any length.
    for rx in (r"“[^”]*”", r"《[^》]*》", r"\"(?=\S)[^\"]*(?<=\S)\"", r"「[^」]*」"):
        spans += [(m.start(), m.end()) for m in re.finditer(rx, text)
                  if m.group(0)[0] == "《" or not SPOKEN.search(m.group(0))]
    return spans


SPOKEN = re.compile(r"[。！？!?；;]|[，,].*[，,]")      # a quotation with a sentence's stops is what someone said


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _digits(num: str) -> Decimal:
    return Decimal(num.replace(",", ""))


# A bare number a copula states, closing its clause (有效发明专利拥有量达30704，占全省…): its measure
# word left out, the number is still the statistic (kind "" : the reader gives it its indicator's unit).
ZH_BARE_STATED = re.compile(r"(?:达到|达|为|共计|合计|总计)\s*$")


# a level compared with (比2019年底的4.65) right before the words of a change (增长12%)
ZH_COMPARED_BARE = re.compile(r"比(?:\d{4}年)?[^，,。；;\d]{0,10}的$")
ZH_CHANGE_AFTER = re.compile(r"\s*(?:增长|增加|提高|提升|上升|下降|减少|降低)")
# the words a rate follows (增长, 下降, 增幅为): a decimal after them with no unit is a percentage
ZH_RATE_WORDS = "增长|下降|增幅|降幅|增速"      # (zh) the words a rate of change follows
ZH_RATE_LINK = "(?:了|为|达到|达)?"               # (增长了, 增幅为, 增幅达到)
ZH_LOST_PERCENT_BEFORE = re.compile("(?:" + ZH_RATE_WORDS + ")" + ZH_RATE_LINK + r"\s*$")


def _stated_bare(norm: str, s: int, e: int) -> bool:
    num = norm[s:e].replace(",", "")
    if (num.isdigit() and len(num) >= 2 and ZH_BARE_STATED.search(norm, max(0, s - 3), s) is not None
            and re.match(r"\s*(?:[,，;；。]|$)", norm[e:e + 2]) is not None):
        return True
    return bracketed_after_name(norm, s, e) and not (len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100)


def bound_of(bound: Decimal, qualifier: str, exact: Decimal) -> bool:
    """Whether a stated bound (首破1万件, 超过6万件, 约8万件) is a round mark of the exact figure:
    the figure lies past it and within twice it (more than), or within a fifth of it (about)."""
    if qualifier == "more_than":
        return bound <= exact < 2 * bound
    if qualifier == "less_than":
        return bound / 2 < exact <= bound
    return qualifier == "approx" and abs(exact - bound) <= bound / 5


def bound_missed(bound: Decimal, qualifier: str, exact: Decimal) -> bool:
    """Whether an exact figure falls on the wrong side of a stated bound (突破40万件 against 90886件): the bound is
    of something else, not a round mark of that figure."""
    return (qualifier == "more_than" and exact < bound) or (qualifier == "less_than" and exact > bound)


def bracketed_after_name(norm: str, s: int, e: int) -> bool:
    """A bare number alone in brackets right after a name, in a list (青岛(58.99)、济南(48.92)): each
    name's figure of the statement the list is about."""
    return (s > 1 and norm[s - 1] in "(（" and "\u4e00" <= norm[s - 2] <= "\u9fff"
            and re.match(r"[)）](?:[、,，;；。]|$)", norm[e:e + 2]) is not None)


# (zh) the rest of a list whose members share the unit printed after its last one (分别为9735、14048、1897件;
# 所占比例分别为37.9%、54.7%、7.4% is the common form, 37.9、54.7、7.4% the short one)
ZH_SHARED_UNIT = re.compile(r"(?:\s*[、和及]\s*(?:" + ZH_NUM + r")){0,12}?\s*[、和及]\s*(?:" + ZH_NUM + r")"   # (bounded: no O(n²) scan)
                            r"(?P<scale>万亿|亿|万)?(?P<unit>件|个|项|家|起|人|%|元)(?![\d])")


def _zh_numbers(norm: str) -> list[tuple]:
    out = []
    quoted = quoted_spans(norm)
    for m in ZH_RE.finditer(norm):
        num, unit = m.group("num"), m.group("unit") or ""
        s, e = m.start("num"), m.end("num")
        before, after = norm[max(0, s - 8):s], norm[m.end():m.end() + 2]
        if unit == "种" and after[:1] in "。，,；;)）" and not before.endswith(("第", "这", "几")):
            pass          # 累计获得地理标志产品38种。: a count of kinds of products (not 三种专利, a noun after it)
        elif _inside(s, quoted) or unit in ZH_NOT_STAT:
            continue
        if unit == "%" and re.search(r"(?:增长|增加|上升|提高|增幅|增速|下降|减少|降幅|[、，,]|分别为)\s*[-−]$", before):
            s -= 1        # 同比增长-4.28%: a fall printed as a negative rise (the minus is part of the number; 分别为20.6%、-23.7%)
        elif before.endswith(("第", "-", "/", "+", "—", "～", "~", "·", ".")) or (
                re.search(r"[A-Za-z]$", before) and not (unit in ZH_MEASURES and re.search(r"(?<![A-Za-z])[A-Z]{3,}$", before))):
            continue      # ordinal, range of years, code, plan name, date like 4·26 (not 申请PCT448件: an acronym before a count)
        if norm[e:e + 1] in "-+/·～~" and re.match(r"[-+/·～~][\dA-Za-z]", norm[e:e + 2]):
            continue
        if unit == "个" and after.startswith(("月", "工作日", "小时")):
            continue
        if unit in ("位", "名", "强") and before.endswith(("前", "排前", "列前")):
            continue      # 排前5位的依次是: the length of a ranking (top 5), no statistic
        if unit == "位" and ZH_BARE_RANK_BEFORE.search(before):
            continue      # 列全国12位: a place (ZH_BARE_RANK_RE), no count of persons
        scale = m.group("scale") or ""
        if unit in ("亿", "万"):       # 78.31 亿 with no unit word: the scale is the last word
            scale, unit = scale + unit, ""
        if not unit and not scale and norm[e:e + 1] in "、和及" and (shared := ZH_SHARED_UNIT.match(norm, e)) is not None \
                and not m.group("post1"):
            scale, unit = shared.group("scale") or "", shared.group("unit")    # 分别为9735、14048、1897件: the last one's unit
        elif not unit and not scale and ZH_LOST_PERCENT_BEFORE.search(before) and "." in num \
                and re.match(r"\s*(?:[,，;；。]|$)", norm[e:e + 2]):
            unit = "%"    # 比上年同期的2,827件,增长31.1;: a rate whose sign the page lost (a count of pieces has no decimals)
        elif not unit and not scale and out and out[-1][3] == "count" and ZH_COMPARED_BARE.search(norm, max(0, s - 16), s) \
                and ZH_CHANGE_AFTER.match(norm, e) and not re.search(r"[。；;]", norm[out[-1][1]:s]):
            unit = out[-1][4]   # 拥有量为5.21件，比2019年底的4.65增长12%: the level compared with, in the figure's unit
        elif not unit and not scale and not _stated_bare(norm, s, e):
            continue      # a bare number in Chinese text is not a statistic
        value = _digits(num) * ZH_SCALES.get(scale, Decimal(1))
        kind = {"%": "percent", "个百分点": "percentage_points", "百分点": "percentage_points", "元": "yuan",
                "元人民币": "yuan", "人民币": "yuan", "分": "score", "倍": "times"}.get(unit, "count" if unit else "")
        #                                                        (249万元人民币; 案值约250万人民币, no persons)
        quals = [ZH_QUAL_PRE[m.group("qual")]] if m.group("qual") else []
        quals += ["more_than" for g in ("post1", "post2", "post3") if m.group(g)] + ["approx"] * bool(m.group("about"))
        out.append((min(m.start(), s), m.end(), value, kind, unit if kind == "count" else "", quals[0] if quals else "exact", ""))
    for m in ZH_NUMERAL_BOUND.finditer(norm):
        digits = (m.group("n") or "一").replace("两", "二")
        n = zh_int(digits) if all(c in ZH_DIGITS for c in digits) and len(digits) <= 3 else 0
        unit = m.group("unit")
        if not n or _inside(m.start(), quoted) or (m.group("n") is None and m.group("qual") not in ("过", "破", "突破", "首次突破", "首破", "超", "逾")):
            continue
        kind = "yuan" if unit == "元" else "count"
        end = m.end() if unit not in ("大关", "的") else m.end("scale")
        out.append((m.start(), end, n * ZH_SCALES[m.group("scale")], kind,
                    unit if kind == "count" and unit not in ("大关", "的") else "", "more_than", ""))
    for m in ZH_NUMERAL_COUNT.finditer(norm):
        if not _inside(m.start("n"), quoted):        # 新增两件中国驰名商标: 2 pieces
            out.append((m.start("n"), m.end("unit"), Decimal(zh_int(m.group("n").replace("两", "二"))), "count",
                        m.group("unit"), "exact", ""))
    wholes = []       # the words of what a place is among (居全国31个省区市第六位: 31 counts the provinces, no statistic)
    for m in (*ZH_RANK_RE.finditer(norm), *ZH_BARE_RANK_RE.finditer(norm), *ZH_VERBLESS_RANK_RE.finditer(norm),
              *ZH_CLAUSE_RANK_RE.finditer(norm)):
        wholes.append(m.span("scope"))
        if m.groupdict().get("among"):
            wholes.append(m.span("among"))       # (在全国31个省(区、市)中排名第26位: the places counted, no statistic)
        while m is not None:
            n = 1 if m.group("rank") in ("首位", "榜首", "之首") else zh_int(m.group("n"))
            scope = (m.groupdict().get("pre") or "") + (m.groupdict().get("from") or "") + m.group("scope")   # (从全国第6位上升至第2位)
            if m.groupdict().get("bare") and not scope.strip():
                scope = m.group("bare")       # 全省排名第六 (全省居全国第六: the whole after the verb)
            if m.group("rank") == "榜首" and not scope.strip():
                n = 0         # 稳居榜首 with no whole named: the top of some list, no place of a statistic
            if n and not _inside(m.start(), quoted):
                out.append((m.start("rank"), m.end("rank"), Decimal(n), "rank", "", "exact", scope))
            listed = ZH_RANK_LISTED.match(norm, m.end()) if n else None
            while listed is not None and (k := zh_int(listed.group("n"))):     # (the list's places share the scope)
                out.append((listed.start("rank"), listed.end("rank"), Decimal(k), "rank", "", "exact", scope))
                listed = ZH_RANK_LISTED.match(norm, listed.end())
            m = ZH_RANK_CHAINED.match(norm, m.end()) if n else None
    places = {(o[0], o[1]) for o in out if o[3] == "rank"} | set(wholes)
    out = [o for o in out if o[3] == "rank" or not any(s < o[1] and o[0] < e for s, e in places)]   # (10位: a place, no count)
    return _listed_bounds(norm, out)


def _bracket_label(norm: str, s: int, e: int) -> bool:
    """A bare number inside brackets right after a word that does not introduce a quantity, with no
    noun after it: the number of a label ("(Phase 2)", "(pilot batch 3, draft)"), not a statistic.
    A number alone in brackets ("(646)") or one before its noun ("(13 branches)") is kept."""
    opening = max(norm.rfind("(", 0, s), norm.rfind("（", 0, s))
    if opening < 0 or max(norm.rfind(")", opening, s), norm.rfind("）", opening, s)) >= 0:
        return False
    word = re.search(r"([A-Za-z]+)\s+$", norm[opening + 1:s])
    return bool(word) and word.group(1).lower() not in EN_LINK_WORDS and not re.match(r"\s*[A-Za-z]", norm[e:])


def _en_numbers(norm: str) -> list[tuple]:
    out = []
    quoted = quoted_spans(norm)
    for m in EN_RE.finditer(norm):
        num = m.group("num")
        s, e = m.start("num"), m.end("num")
        before, after = norm[max(0, s - 12):s], norm[m.end():m.end() + 24]
        if _inside(s, quoted):
            continue
        lead = norm[max(0, m.start("cur") - 12):m.start("cur")] if m.group("cur") else before
        if re.search(r"[A-Za-z/\-+#]$", lead) or re.search(r"(?:No\.|Section|Article|Top|Phase|Grade|Class)\s?$",
                                                              before, re.IGNORECASE):
            continue      # codes (DB44/T 2362, COVID-19, T/GDTA 003-2021), article/section numbers, "Top 10"
        if re.match(r"(?:st|nd|rd|th)\b|-\d|[-–/+]\w|\.\d", norm[e:e + 3]) and not m.group("plus"):
            continue      # ordinals (23rd), ranges and codes (2021-2035, 003-2021)
        if before.endswith(("(", "（")) and re.fullmatch(r"\d{1,2}", num) and norm[e:e + 1] in ")）":
            continue      # enumerations: (1), (2)
        if re.search(r"(?:" + "|".join(MONTHS) + r")\s$|\b(?:" + "|".join(m[:3] for m in MONTHS) + r"|Sept)\.\s?$", before):
            continue      # dates: May 1, April 26, Aug.2, Sept. 30
        if re.match(r":\d\d\b", norm[e:e + 3]) or re.search(r"\b\d{1,2}:$", before):
            continue      # a time of day: 14:41
        if s == 0 or not norm[:s].strip() or re.fullmatch(r"[\s#(（]*", norm[:s]):
            if re.match(r"\.\s|\)|）", norm[e:e + 2]):
                continue  # section number at the start of a line: "1. ", "(1)"
        unit_text = (m.group("unit") or "").strip().lower()
        scale = (m.group("scale") or "").strip().lower()
        cur = m.group("cur") or m.group("yuan")
        plain = "," not in num and "." not in num
        if plain and not scale and not unit_text and not cur and 1900 <= int(num) <= 2100:
            continue      # a year
        if plain and not (scale or unit_text or cur) and _bracket_label(norm, s, e):
            continue      # a label in brackets: "(audit round 3, draft)"
        if re.fullmatch(r"\d+\.0", num) and not (scale or unit_text or cur):
            continue      # a version: "Framework Agreement ... 2.0"
        if re.match(r"\s?(?:" + "|".join(EN_NOT_STAT) + r")\b", after, re.IGNORECASE) and not unit_text:
            continue      # durations
        if re.match(r"\s+out\s+of\s+(?:every\s+)?\d", after, re.IGNORECASE) or re.search(r"\bout\s+of\s+(?:every\s+)?$", before, re.IGNORECASE):
            continue      # a proportion: "9 out of 10 patent applications come from enterprises"
        value = _digits(num) * EN_SCALES.get(scale, Decimal(1))
        kind = EN_UNITS.get(unit_text, "")
        if kind == "times" and value >= 10 and value == value.to_integral_value():
            kind = ""     # "65,900 times": a count of events, not a multiple
        if cur and not kind:
            kind = "yuan"
        elif not kind and re.match(r"\s?(?:yuan|RMB)\b", after, re.IGNORECASE):
            kind = "yuan"
        qual = EN_QUAL_PRE[re.sub(r"\s+", " ", m.group("qual").strip().lower())] if m.group("qual") else (
            "more_than" if m.group("plus") else "exact")
        if unit_text == "times" and not kind:
            measure = "times"
        elif kind:
            measure = ""
        else:
            noun = re.match(r"\s?\(?([A-Za-z][A-Za-z-]*(?:\s[A-Za-z-]+)?)", norm[m.end():])
            measure = noun.group(1).lower() if noun else ""
        out.append((m.start(), m.end(), value, kind or "count", measure, qual, ""))
    compounds = []
    for m in EN_WORDS_RE.finditer(norm):
        try:
            value = text2num(re.sub(r"\s+", " ", m.group(0).lower()), "en")
        except ValueError:
            continue
        if value < 2 or _inside(m.start(), quoted) or EN_WORD_NOT_COUNT.search(norm, max(0, m.start() - 12), m.start()):
            continue
        compounds.append((m.start(), m.end()))
        noun = re.match(r"\s([A-Za-z][A-Za-z-]*)", norm[m.end():])
        out.append((m.start(), m.end(), Decimal(value), "count", noun.group(1).lower() if noun else "", "exact", ""))
    for m in EN_WORD_RE.finditer(norm):
        if any(a <= m.start() < b for a, b in compounds):
            continue      # (a word of a longer count read above)
        if _inside(m.start(), quoted) or EN_WORD_NOT_COUNT.search(norm, max(0, m.start() - 12), m.start()):
            continue      # "the three categories", "every two years": no count stated
        noun = re.match(r"\s([A-Za-z][A-Za-z-]*)", norm[m.end():])
        out.append((m.start(), m.end(), Decimal(EN_WORDS.index(m.group(0).lower()) + 2), "count",
                    noun.group(1).lower() if noun else "", "exact", ""))
    ranked = set()
    ranks = [*EN_RANK_TO_RE.finditer(norm), *EN_RANK_RE.finditer(norm), *EN_PLACE_RE.finditer(norm), *EN_TOP_RE.finditer(norm)]
    ranks += [a for m in ranks[:len(ranks)] if (a := EN_AND_RANK_RE.match(norm, m.end())) is not None]
    for m in ranks:
        word = m.group("word").lower()
        n = 1 if m.re is EN_TOP_RE else EN_ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
        if n and m.start("word") not in ranked and not _inside(m.start("word"), quoted):
            ranked.add(m.start("word"))
            out.append((m.start("word"), m.end("word"), Decimal(n), "rank", "", "exact", m.group("scope")))
    return _shared_percent(norm, out)


def _listed_bounds(norm: str, out: list[tuple]) -> list[tuple]:
    """(zh) Marks listed after a bound are bounds too: 连续3年突破2万件、3万件、4万件大关."""
    out.sort(key=lambda r: r[0])
    for i in range(1, len(out)):
        s, e, value, kind, measure, qual, scope = out[i]
        prev = out[i - 1]
        if qual == "exact" and prev[5] == "more_than" and kind == prev[3] and kind in ("count", "yuan") \
                and value > prev[2] and re.fullmatch(r"[、和及]", norm[prev[1]:s]):
            out[i] = (s, e, value, kind, measure, "more_than", scope)
    return out


def _shared_percent(norm: str, out: list[tuple]) -> list[tuple]:
    """(en) A bare number listed before a percentage shares its unit: "rises of 15 and 9 percent",
    "up 12, 8 and 3 percent"."""
    out.sort(key=lambda r: r[0])
    for i in range(len(out) - 2, -1, -1):
        s, e, value, kind, measure, qual, scope = out[i]
        unit = out[i + 1][3]
        if kind == "count" and unit in ("percent", "percentage_points") and value <= 1000 \
                and re.fullmatch(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", norm[e:out[i + 1][0]]):
            out[i] = (s, e, value, unit, "", qual, scope)
    return out


def find_numbers(text: str, lang: str) -> list[Number]:
    """Every statistic stated in `text` (one line of a report), in order of position."""
    norm, index = (normalize_zh if lang == "zh" else normalize_en)(text)
    raw = _zh_numbers(norm) if lang == "zh" else _en_numbers(norm)
    out = []
    for s, e, value, kind, measure, qual, scope in sorted(raw, key=lambda r: r[0]):
        start, end = index[s], index[e - 1] + 1
        out.append(Number(start, end, value, kind, measure, qual, text[start:end], scope))
    return out
