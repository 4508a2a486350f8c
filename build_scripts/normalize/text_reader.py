"""One paragraph of running text -> a `Reading` per number: its indicator (through
`text_terms.TermFinder`), derived statements (changes, shares, ranks), region, year and
reference month, and whether its direction is stated."""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from build_scripts.catalog import Catalog, Indicator
from build_scripts.parse.numbers import EN_WORDS, ZH_RANK_VERB, ZH_RATE_LINK, ZH_RATE_WORDS, Number, bound_of, bracketed_after_name, find_numbers, simplified, zh_int
from build_scripts.read import Report
from build_scripts.normalize.text_rules import Lexicon, Rules, has_words, last_match, words_rx
from build_scripts.catalog import base_id
from build_scripts.normalize.gazetteer import AMBIGUOUS, prefix
from build_scripts.normalize.periods import before_end, day_window, multi_year, period_end, period_start, publication_date
from build_scripts.normalize.text_terms import (ASIDE, INDUSTRY_AUTHORITY_EN, INDICATORS_COUNTED_ZH, SHARE_OR_EN, CHANGE_VERBS_EN, compared_level, THREE_KINDS_ZH, DATE_AFTER_EN, DERIVED_UNITS, DATE_BEFORE_ZH, DIGIT, FROM_LEVEL_EN, MONTH_NAMES, PER_10K_AFTER, PER_10K_AFTER_ZH, PER_10K_BEFORE,
                                                PER_10K_BETWEEN, RISEN_TO, WINDOW, Reading, TermFinder, aside_opening, bracket_after,
                                                in_aside)
from build_scripts.parse.sentences import Context, Span

# (zh) a count of some kind of the region's places (88个贫困县): a figure after it in its clause is theirs
PLACES_SOME_ZH = re.compile(r"\s*个?\s*(?:贫困|欠发达|山区|边境|民族|革命老区|重点)(?:地区|区县|县区|市县|县|乡镇|市|区)")
@lru_cache(maxsize=4)
def national_act_rx(bodies: tuple) -> re.Pattern:
    """(zh) One of the country's authorities as the subject of an act (国家工商总局公布, 国家知识产权局近日认定), not cited
    as a source (据国家知识产权局统计)."""
    names = "|".join(map(re.escape, sorted(bodies, key=len, reverse=True)))
    return re.compile(r"(?<![据按从经由])(?:" + names + r")[^，,。；;\d]{0,6}?(?:公布|发布|认定|核准|批准|授予|命名)")


# (zh) a published list of recognitions the sentence counts the members of (公布的…中国驰名商标名单中，山东省有6件)
_LIST_PUBLISHED_ZH = r"(?:公布|认定|发布|评定|公示)"
BATCH_LIST_ZH = re.compile(_LIST_PUBLISHED_ZH + r"的?[^，,。；;]{0,24}名单(?:中|里|内)")
# (zh) a published list named before a count, and the words after the count that put those units on it
LIST_NAMED_ZH = re.compile(_LIST_PUBLISHED_ZH + r"[^。；;]{0,24}名单")
ON_LIST_AFTER_ZH = re.compile(r"[^，,。；;\d]{0,8}?(?:榜上有名|上榜|入选|名列其中|入围)")
RUNNING_TOTAL_ZH = re.compile(r"累计|共有|总数|总量|拥有量|截至|截止|达到")
# (zh) the words of a change between a place's name and its percentage (庆阳增长了211.8%)
PLACE_CHANGE_GAP_ZH = re.compile("(?:同比)?(?:" + ZH_RATE_WORDS + "|增加|减少)" + ZH_RATE_LINK)
# (zh) the family a sentence's figures are among, named before its subject (2014年专利申请中，…; 在授权的专利中，…)
AMONG_FAMILY_ZH = re.compile(r"(?P<whole>[^，,。；;：:\d]{2,12})中\s*[，,]")
# (en) a sentence whose subject is the figure stated last ("The number increased 80 percent", "It rose 5%")
THE_NUMBER_EN = re.compile(r"\s*(?:The\s+(?:number|figure|total|amount)|This(?:\s+number|\s+figure)?|It|That)\s+"
                           r"(?:(?:represented|marked|showed|saw|was)\s+an?\s+(?:year-on-year\s+|year-over-year\s+)?"
                           r"(?:surge|increase|rise|growth|jump|decline|drop|decrease|fall)\s+of"
                           r"|(?:(?:has|had|was|is)\s+)?(?:[a-z]+ed|rose|grew|fell|rises|grows|falls)\b(?:\s+by)?)\s*")
# items of a list joined: 漳州、南平和宁德 / "Xiamen, Fuzhou and Quanzhou"
LIST_JOINER = {"zh": re.compile(r"\s*[、和及与,，]\s*"), "en": re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)}
# (zh) a member of a list of places that no code names (稀土高新区、昆区): a zone's name before a joiner
UNCODED_MEMBER = re.compile(r"(?:^|(?<=[,，:：;；、(（]))[\u4e00-\u9fff]{1,8}?(?:高新区|开发区|经开区|园区|管理区|试验区|新区|市|县|縣|旗)"
                            r"\s*[、和及与]\s*$")     # (or a unit the gazetteer no longer has: 上虞市, 上虞区 since 2013)
# (zh) quoted names of products or marks right before a term (新增“田阳香米”“横县茉莉花”等 + 地理标志商标)
QUOTED_RUN_ZH = re.compile(r"(?:[“\"][^“”\"，,。；;]{1,16}[”\"][、和及与]?)+等?")     # (also right after a count, before its term)
QUOTED_NAMES_ZH = re.compile(QUOTED_RUN_ZH.pattern + "$")
QUOTED_NAMES_END = ("”", "\"", "等", "、", "和", "及", "与")      # the characters such a run of names may end with
# (en) a rank stated with the figure it ranks, after it ("ranking top in the nation with 136.95 … per 10,000 people")
RANK_WITH_FIGURE_EN = re.compile(r"[^,.;\d]{0,40}?\bwith\s+(?:an?\s+)?(?!(?:[A-Za-z-]+\s+){0,2}(?:growth|increase|rise|decrease|decline|drop)\b)"
                                 r"(?:[A-Za-z-]+\s+){0,3}?\d", re.IGNORECASE)    # (not "with a year-on-year growth of 58%")
# (en) the words between an item of a list and the next one's number ("… enterprises and ", "… enterprises, ")
LISTED_NEXT_EN = re.compile(r"[^,.;\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
# (en) a place named after "in" (the whole a place before it is in: "Wuhan police in Hubei"), and how far back that place
IN_PLACE_EN = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
INNER_REACH = 40
# (zh) the rest of a list of partners after an authority's name (公安机关与检察院、法院、市场监管等部门密切配合):
# the partners' names do not make the sentence theirs
PARTNERS_ZH = re.compile(r"[^，,。；;与]{0,30}?等?(?:部门|单位|机关)?(?:密切|紧密|加强|深化|协同)?(?:配合|合作|协作|联动|协同)")
PARTNER_OF_ZH = re.compile(r"(?:与|同|会同|联合)[^，,。；;]{0,20}$")
COMPOUND_PLACE = re.compile(r"-(?=\w)")                 # a hyphen after a place's name, before a word
COMPOUND_PLACE_BEFORE = re.compile(r"(?<=\w)-$")
UNCODED = "~"         # the place of a figure listed against a zone: published as no region's
NEW_LIST_JOINER = re.compile(r"\s*[、和及]\s*(?:中国|国家级?|省级?)?")     # (zh) the items 新增 covers: 新增A15家、B21家
EARLIER_MAX = 64      # readings of a sentence looked back on (lists, respectively, carried subjects)
QUOTE_MAX = 400       # characters of a long clause quoted on each side of the number
ZH_YEAR = re.compile(r"((?:19|20)\d{2})年")
THIS_YEAR_ZH = re.compile(r"今年|本年度?")
# (zh) words after a date that make it an event's (2019年第一季度例行新闻发布会, 2023年全省知识产权工作会议): not the
# period of the figures reported there
EVENT_AFTER_ZH = re.compile(r"[^，,。；;：:！!？?\d]{0,14}?(?:发布会|会议|大会|论坛|峰会|座谈会|推进会|博览会|交易会|宣传周)")
NO_SUBJECT_ZH = ("全县", "其中", "目前", "已", "共", "均", "和", "及", "、")    # (besides `relative` words: words that name no subject)
RANK_VERB_ZH = re.compile(r"(?:在[^，,。；;]{0,8})?" + ZH_RANK_VERB)     # (where a rank's own words end)
ALL_PROVINCES_ZH = re.compile(r"省区市|省市区|省[(（]区、?市[)）]|省、区、市|省市自治区")     # every province-level region
# (en) a perfect tense right before a figure, or before the list it is in ("had registered 145,600 …"; "had applied for 638
# foreign patents and 413 PCT applications"): with a date it is held by, a running total
HAD_DONE_EN = re.compile(r"\b(?:had|has|have)\s+(?:[a-z]+ly\s+)?[a-z]+ed(?:\s+for)?\s+(?:[\d,.]+\s+[a-z][a-z -]*?(?:,\s*|\s+and\s+))*$",
                         re.IGNORECASE)
ADMIN_NAMED_ZH = re.compile(r"行政处罚|行政执法部门|行政执法机关")    # (zh) the administrative authorities named in a clause
ONE_CASE_EN = re.compile(r"\b(?:a|an|one|the\s+first)\s+(?:[\w-]+\s+){0,4}case\b", re.IGNORECASE)    # (en) one case named
THIS_YEAR_EN = re.compile(r"\bthis\s+year\b", re.IGNORECASE)
LAST_YEAR_EN = re.compile(r"\b(?:[Ll]ast|[Tt]he\s+previous)\s+year\b(?!['’]s|\s+(?:level|figure))")
LAST_YEAR_ZH = re.compile(r"(?<![比较同与])(?:去年|上年度?)(?![同度]期|同比)")

# the year a change is over: 较2019年底, 比2015年, 与2019年相比; "over 2019", "than in 2019", "compared with the end of 2019"
COMPARED_YEAR = {"zh": re.compile(r"(?:比|较|相较|相比|与|同)\s*((?:19|20)\d{2})年"),
                 "en": re.compile(r"\b(?:than|over|compared\s+(?:with|to))\s+(?:(?:that|those)\s+(?:in|of)\s+|the\s+end\s+of\s+|in\s+)?"
                                  r"((?:19|20)\d{2})\b", re.IGNORECASE)}
COMPANY_REACH = 60        # how far before a number a company's name may make the clause that company's
# the words of the statement between its figure and an aside in brackets ("35 registered trademarks of
# geographical indications (including 34 …)"): no clause ends there and no figure stands there
HOST_WORDS = re.compile(r"[^，,。；;:：()（）\d]{1,60}")
# (zh) a change over the time before or at an event (较试点前, 比创建前, 与实施前相比, 比协会成立之初): no year's change
BEFORE_EVENT_ZH = re.compile(r"(?:比|较|相较|相比|与|同)\s*[\u4e00-\u9fff]{1,8}?(?:(?<![提])前|之初|初期|伊始)(?:相比|比)?\s*[^，,。；;\d]{0,6}$")
EN_YEAR = re.compile(r"\b((?:19|20)\d{2})\b(?![-–]\d)")
SAME_YEAR = {"zh": re.compile(r"(?:^|(?<=[，,。；;]))\s*(?:同年|当年)"), "en": re.compile(r"\b(?:in\s+)?the\s+same\s+year\b", re.IGNORECASE)}
SAME_YEAR_BACK = 600      # characters before a sentence looked back on for the year 同年 repeats


AS_OF = {"zh": re.compile(r"截[至止](?:((?:19|20)?\d{2})年|今年|本年|当年)?(?:(\d{1,2})月(?:底|末|份|\d{1,2}日)?"   # 截至25年6月: June 2025
                         r"|第?([一二三四1-4])季度(?:末|底)?|(上半年|前三季度)(?:末|底)?)"),               # 截至2022年第三季度, 截至今年上半年
         "en": re.compile(r"\b(?:(?:as of|by|till|until|up to|at) (?:the )?end of|as of|as at|by) (" + "|".join(MONTH_NAMES)
                          + r")(?: \d{1,2}(?:st|nd|rd|th)?(?!\d))?(?:,? ((?:19|20)\d{2}))?", re.IGNORECASE)}   # as of March 31, 2019

PART_YEAR_END_ZH = {"上半年": 6, "前三季度": 9}      # the month a named part of a year ends in (a quarter's: 3 × n)
# a part of a year a sentence names before the number (2018年1—9月, 前三季度, 上半年, "the first 10 months of
# 2021", "January to September"): flows are over it, stocks at its end
SPAN = {"zh": re.compile(r"(?:((?:19|20)\d{2})年)?\s*(?:(?:1|一)月?\s*(?:-|—|–|~|～|至|到)\s*(\d{1,2}|十[一二]?|[二三四五六七八九])\s*月份?"
                         r"|前(\d{1,2}|十[一二]?|[二三四五六七八九])个月|(前三季度)|(上半年)|(?:第)?(一|1)季度)"),
        "en": re.compile(r"\b(?:the\s+)?first\s+(?:(half)|(three\s+quarters)|(quarter)|(\d{1,2}|two|three|four|five|six|seven|eight|"
                         r"nine|ten|eleven)\s+months)(?:\s+of\s+((?:19|20)\d{2}))?"
                         r"|\bJanuary\s*(?:-|–|to|through)\s*(" + "|".join(MONTH_NAMES) + r")(?:,?\s+((?:19|20)\d{2}))?", re.IGNORECASE)}
# the word alone right before its figure as a part after 其中, naming no kind of GI (产品, 商标): 其中地理标志1件 (not in a
# list of rights, 有效注册商标22826件，地理标志23件, nor 地理标志总数: all GIs)
# (en) between a place's name and its figure in a list of places ("Changsha holding an average of 13.75, Zhuzhou 3.45")
PLACE_TO_FIGURE_EN = re.compile(r"\s*(?:(?:at|with|holding|had|recording|of)\s+)?(?:an?\s+average\s+of\s+)?", re.IGNORECASE)
# (zh) after a number: the goal it is (…分别超额完成了“十一五”规划4万件、1000件、30件的目标), past the list's other figures
GOAL_AFTER_ZH = re.compile(r"(?:\s*[、，,和及与]\s*\d[\d.]*\s*[万亿]?[件项个家元%]?){0,8}\s*的(?:目标|任务|指标)(?!的)")
# (en) from a number in an opening phrase to the subject named after its comma ("With a value of over 100 million yuan
# involved, Wuhan police …")
OPENING_THEN_SUBJECT_EN = re.compile(r"[^,;]*,\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}")
AGENCY_SPAN = 60          # characters an authority's name takes at most ("Municipal Public Security Bureau")
# the same word alone right before its figure, in any clause (新增中国地理标志13件; 地理标志5件), not a product's or a mark's
ERA_BARE_GI_ZH = re.compile(r"(?:中国|国家)?地理标志(?:已?达到?|为|共有|共|有)?\s*$")
BARE_GI_ZH = re.compile(r"(?:其中|包括)[，,]?\s*" + ERA_BARE_GI_ZH.pattern)
# a part left out of a figure's whole: 除知识产权刑事案件外 / 不含刑事案件; "excluding criminal cases"
EXCEPT = {"zh": re.compile(r"(?:除了?|不含|不包括)([^，,。；;：:]{1,24}?)(?:以外|之外|外|[，,)）])"),
          "en": re.compile(r"\b(?:excluding|except(?:\s+for)?|other\s+than|not\s+including)\s+([^,;.:()]{1,60})", re.IGNORECASE)}
# (zh) one month named as a flow's period (3月份, 2016年3月份, 3月当月): not a range's end (1—3月份) nor a date (3月19日)
ONE_MONTH_ZH = re.compile(r"(?:((?:19|20)\d{2})年)?(?<![\d一二三四五六七八九十\-—–~～至到])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|当月|单月)")
RISEN_TO_END = re.compile("(?:" + RISEN_TO.pattern + r")\s*$")      # right before the level it reached
# (en) a level a figure rose or fell to ("increased from 9,200 to 24,200")
RISEN_TO_EN = re.compile(r"\b" + CHANGE_VERBS_EN + r"\b[^.;]{0,40}?\bto\s+(?:(?:about|nearly|more\s+than|over)\s+)?$", re.IGNORECASE)
MUNICIPALITIES = ("11", "12", "31", "50")     # GB/T 2260 provinces that are cities (Beijing, Tianjin, Shanghai, Chongqing)
PARTS_REACH = 120     # characters looked back for a 其中 and its whole (part_of_running_total)
GROUP_REACH = 60      # characters looked back for a count of units as a clause's subject (region_at)
SUBJECT_REACH = 160   # characters looked back for a sentence's subject: one that names no place (the people's courts),
                      # a verb before "bringing … total to" (running_total_en)
# (zh) a count of units as a clause's subject (3市全年实现…, 这5个县区合计…): the figure is their joint total
GROUP_SUBJECT_ZH = re.compile(r"(?:^|[，,；;：:\s]|地区|区域|这|上述|以上)(?:[2-9]|[1-9]\d|[两三四五六七八九十]{1,2})个?"
                              r"(?:市州|县区|县市区|地市|城市|市|县|区)(?=全年|合计|共|累计|总共|共计|[\u4e00-\u9fff]{0,4}(?:实现|完成|达到?))")
# (zh) a count of places right after the names that sum them up (长株潭3市, 沪苏浙皖四省市, 长三角27个重点城市; not 全省14个市州,
# the whole region's, nor 四省市中 / 3市均, among or each of them): a figure after it in its clause is the group's
GROUP_NAMED_ZH = re.compile(r"[\u4e00-\u9fff、](?<![省市区县州国])(?:[2-9]|[1-9]\d|[两三四五六七八九十]{1,2})个?"
                            r"(?:省市|省区市|省份|重点城市|城市|地市|市州|市)(?![中之的以均都各])")
# a sentence that opens with the parts of the statement before it (其中，发明专利…; "Among them, …")
PARTS_OPENING = {"zh": re.compile(r"\s*(?:其中|这其中|在这当中)"),
                 "en": re.compile(r"\s*(?:among\s+them|of\s+(?:which|them|these)|including)\b", re.IGNORECASE)}
# (en) a kind of court cases right after a figure ("634 criminal cases", "27,026 were civil cases"), and a
# sentence opening with the parts of a court figure ("Of the concluded cases, …") and its measure
COURT_KIND_EN = re.compile(r"\s*(?:(?:were|was)\s+)?([A-Za-z]+)\s+(?:(?:IP|IPR|intellectual\s+property)\s+)?cases?\b", re.IGNORECASE)
PARTS_OF_EN = re.compile(r"\s*(?:among\s+them|of\s+(?:which|them|these)|of\s+the\s+(?:(concluded|closed|accepted|received|new)\s+)?cases)\b",
                         re.IGNORECASE)
COURT_MEASURES_EN = {"concluded": "concluded", "closed": "concluded", "accepted": "accepted", "received": "accepted", "new": "accepted"}
# (zh) a sentence that opens with the cases of one measure its parts are of (已结案件中，民事案件3585件; 新收案件中)
COURT_MEASURES_ZH = {"已结": "concluded", "审结": "concluded", "结案": "concluded", "办结": "concluded",
                     "新收": "accepted", "受理": "accepted", "收案": "accepted"}
PARTS_OF_ZH = re.compile(r"\s*(?:在)?(" + "|".join(COURT_MEASURES_ZH) + r")的?(?:各类)?(?:知识产权)?(?:类)?案件中[,，:：]?")
# (en) a verb of holding right before a figure ("Shandong had 47,694 invention patents"): the things held; unless
# a participle of their grant follows ("had 5,000 patents granted")
HAD_EN = re.compile(r"\b(?:had|has|have|owned|owns|own|held|holds|possessed|possesses|boasted|boasts)\s+"
                    r"(?:(?:a\s+total\s+of|some|about|over|more\s+than|nearly|around|approximately)\s+)?$", re.IGNORECASE)
GRANTED_AFTER_EN = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,4}?(?:granted|authori[sz]ed|registered|approved|filed|applied|issued)\b", re.IGNORECASE)
# (zh) a sentence opening with an item of an enumeration (一是…, 三是…)
ENUMERATED_ZH = re.compile(r"\s*[一二三四五六七八九十]是")
# (en) what a count after it won: awards, not the count of its noun ("three invention patents … won golden medals")
WON_AWARD_EN = re.compile(r"\b(?:won|win|wins|winning|garnered|received|awarded)\b[^.;]{0,60}?\b(?:awards?|medals?|prizes?)\b", re.IGNORECASE)
COUNT_WORD_EN = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b", re.IGNORECASE)
# (en) a term after its number, then what the counted became ("167,000 trademark applications were granted")
_BECAME_EN = r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+([a-z]+)\b"
TERM_BECAME = re.compile(_BECAME_EN, re.IGNORECASE)
# (en) a part of the statement before said to have become something ("106,000 of which were granted")
OF_WHICH_BECAME = re.compile(r"\s+of\s+(?:which|them)" + _BECAME_EN, re.IGNORECASE)
VERB_ALONE_ZH = re.compile(r"\s*(?:其中|共|已)?(核准注册|获准注册|核准|获得授权|获授权|授权)(?:了)?(?:为|达)?\s*")   # (zh) 核准11168件
# (en) a part of the statement before said to receive something ("with 26,688 receiving full authorization"), and the verb
WITH_RECEIVING_EN = re.compile(r"\s+(?:receiving|obtaining|winning|gaining|getting)\s+(?:full\s+|final\s+)?"
                               r"(authori[sz]ation|approval|registration)\b", re.IGNORECASE)
RECEIVED_AS_VERB = {"authorization": "authorized", "authorisation": "authorized", "approval": "approved", "registration": "registered"}
# (zh) a sentence that opens by listing parts of the statement before it (其中，…)
PARTS_OPENING_ZH = re.compile(r"\s*其中\s*[，,:：]")
# (zh) an earlier level dated at a year's end (比2018年底万人有效量2.92件, 从2015年末的1.61件)
LEVEL_AT_YEAR_END_ZH = re.compile(r"(?:19|20)\d{2}年(?:底|末)[^\d，,。；;]{0,10}$")
# a level a figure rose or fell from, with its date (从2015年末的1.61件, 由去年同期的20件, 从9200件)
# the whole of an owner's share that is the region's own total (nothing named, 全省的, 总量, "of the total")
OWN_TOTAL = {"zh": re.compile(r"(?:全省|全市|全区|全县|全旗|本市|本省)?的?(?:总量|总数|总额)?的?$"),
             "en": re.compile(r"(?:of\s+)?(?:the\s+)?(?:(?:city|province|district|county)['’]s\s+)?(?:total|overall)?"
                              r"(?:\s+(?:number|amount))?(?=$|[\s,.;)])", re.IGNORECASE)}
# (zh) a share's noun right after the percent, its whole right before it (继续保持全区近40%占比, 全省30%的份额)
SHARE_NOUN_AFTER_ZH = re.compile(r"\s*的?(?:占比|比重|份额)")
SHARE_WHOLE_BEFORE_ZH = re.compile(r"(?:全国|全省|全区|全市|自治区)(?:近|约|超过|逾)?$")
ROSE_TO_ZH = re.compile(r"(?:逐步|持续|进一步)?(?:上升|提升|跃升|攀升|前移|提高|下降|下滑|后移|回落)了?(?:至|到|为)?(?:全国|全省)?")
RISEN_FROM_RANK_ZH = re.compile(r"[由从]第[一二三四五六七八九十\d]+位?(?:上升|提升|跃升|攀升|前移|提高|下降|下滑|后移|回落)")  # (zh)
FROM_DATE_ZH = re.compile(r"[从由]((?:19|20)\d{2}年|去年|上年)?(?:底|末)?(同期)?的?(?:累计|全国|全省|全区|全市)?\s*$")
#                           (从2008年的累计10件; 排名由全国第6位上升至第2位: the rank it rose from)
# right after a count: what it counts are owners or entities, the clause's subject (21家企业, "6 of which")
COUNTED_OWNERS = {"zh": re.compile(r"\s*(?:家|个|所)?(?:企业|单位|高校|院校|机构)"),
                  "en": re.compile(r"\s+(?:of\s+(?:which|them|these)|(?:\w+\s+)?(?:enterprises|companies|firms|universities|institutions)\b)",
                                   re.IGNORECASE)}
# a span of years a flow is stated over (CONTRACT.md: `2016-01/2020-12`): a five-year plan's period (“十三五”期间,
# 十四五以来, "during the 13th Five-Year Plan period"), since a year (2016年以来, 2011年至今, 去年以来, "since 2019") or
# between two years (2020年至2021年, 2005-2019年, "from 2015 to 2018")
PLAN_ZH = re.compile(r"(?<![较比与同])[“\"']?十([一二三四])五[”\"']?(?:规划)?(?:期间|时期|以来|期内|内)")
PLAN_EN = re.compile(r"\b(?:during|in|over)\s+the\s+(11|12|13|14)th\s+Five-Year\s+Plan(?:\s+period)?", re.IGNORECASE)
# (自2018年组建以来; after 自/从, any few words of an event: 自2017年溧水区获批开展知识产权强省建设以来)
SINCE_ZH = re.compile(r"(?P<opened>自|从)?(?:(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月|组建|成立|设立|挂牌|启动|实施|开展|创建"
                      r"|(?(opened)[^，,。；;：:\d“”\"]{2,20}?))?|(去年|上年))(?:以来|至今|起至今)")
SINCE_EN = re.compile(r"\bsince\s+((?:19|20)\d{2})\b", re.IGNORECASE)
YEARS_ZH = re.compile(r"((?:19|20)\d{2})年?\s*(?:至|到|-|—|–|~|～)\s*((?:19|20)\d{2})年(?![\d一二三四五六七八九十]{1,2}月|的)")
# (zh) a year's end named by a word for the year (截至去年底, 到今年年末): a date after a span's cue dates the figure
YEAR_END_NAMED_ZH = re.compile(r"(?:截[至止]|到)(?:去年|上年|今年|本年|当年)年?[底末]")
# a change stated over several years just past (近5年, 五年来, "over the past 6 years", "in the last five years")
PAST_YEARS = {"zh": re.compile(r"(?:近|过去|这)\s*(?:[2-9]|1\d|[两三四五六七八九十])\s*年|(?:[2-9]|1\d|[两三四五六七八九十])\s*年(?:来|以来|间)"
                               r"|(?<![\d年第])(?:[2-9]|1\d|[两三四五六七八九十])\s*年(?=\s*(?:累计)?(?:增长|减少|下降|增加|提高|降低|上升|翻))"),
      # (3年减少84.3%: a change over three years)
              "en": re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
                               re.IGNORECASE)}
# (en) what a change after its number is in: the count or the money of the statements before ("… of 62.3 percent in
# the number of transactions", "a 40.6 percent increase in the total amount financed")
CHANGE_IN_MEASURE_EN = re.compile(r"\s*(?:percent\s+|per\s+cent\s+|%\s*)?(?:(?:year-on-year|year-over-year|annual)\s+)?"
                                  r"(?:(?:increase|rise|growth|decrease|decline|drop|jump)\s+)?in\s+the\s+(?:total\s+)?(number|amount|value|sum)\b",
                                  re.IGNORECASE)
# a flow counted over the N years just past (三年来累计查处…174件, 近五年, "over the past three years"): a window of
# N years ending at the report's end
PAST_N_YEARS = {"zh": re.compile(r"(?:近|过去|这)\s*(\d{1,2}|[两三四五六七八九十]{1,2})\s*年(?![度底末前初中内])|"
                                 r"(?<![\d年])(\d{1,2}|[两三四五六七八九十]{1,2})\s*年(?:来|以来|间|累计)"),   # (5年累计授权专利)
                "en": re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(\d{1,2}|" + "|".join(EN_WORDS[:9]) + r")\s+years\b",
                                 re.IGNORECASE)}
RATE_ZH = re.compile(r"比重|比例|占比|[^增]率")     # a percent that is a rate or a proportion, not a change
DAYS_ZH = re.compile(r"(?:从|自)?(?:((?:19|20)\d{2})年)?(\d{1,2}|元)月(\d{1,2})日起?\s*(?:至|到|—|-|–|～|~)\s*"    # 2020年12月16日至
                     r"(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日")                                       # 2021年6月15日
YEARS_EN = re.compile(r"\b(?:from|between)\s+((?:19|20)\d{2})\s+(?:to|and|through)\s+((?:19|20)\d{2})\b", re.IGNORECASE)
# (zh) a span from a month of one year to a month of a later one (2014年1月至2018年12月)
MONTHS_ZH = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月份?\s*(?:至|到|-|—|–|~|～)\s*((?:19|20)\d{2})年(\d{1,2})月(?:份|底|末)?(?![\d一二三四五六七八九十]{0,2}日)")
# (en) since a year named right after a figure and its words, no other figure between ("953 patents since 2002")
SINCE_AFTER_EN = re.compile(r"[^\d.;,]{0,40}?" + SINCE_EN.pattern, re.IGNORECASE)
# (en) a few words after a figure, then the preposition of a period ("… 19 in", "900 patents during")
_WORDS_THEN_IN_EN = r"(?:\s+[A-Za-z-]+){0,3}?\s+(?:in|during|over)\s+"
# (en) a part of a year named right after a figure and a few words of it ("19 in the first quarter of 2010")
SPAN_AFTER_EN = re.compile(_WORDS_THEN_IN_EN + r"(?=(?:the\s+)?first\s|January\s)", re.IGNORECASE)
# (en) "and" (for) right before a figure that repeats the one before for another period; the period words after a figure
LEVELS_DATED_EN = re.compile(r"\s+in\s+(?:19|20)\d{2},?\s+and\s+(?:to\s+)?")     # (en) "20,000 in 2005 and 30,000 …"
ELLIPTIC_AND_EN = re.compile(r"\band\s+(?:for\s+|to\s+)?$", re.IGNORECASE)
PERIOD_AFTER_EN = re.compile(_WORDS_THEN_IN_EN + r"(?:the\s+)?(?:first|second|third|fourth|last|past|whole|(?:19|20)\d{2}\b)",
                             re.IGNORECASE)
# the cues of a span of years a flow is stated over, and their kinds (window_at)
WINDOW_CUES = {"zh": ((PLAN_ZH, "plan"), (SINCE_ZH, "since"), (YEARS_ZH, "years"), (DAYS_ZH, "days"), (PAST_N_YEARS["zh"], "past"),
                      (MONTHS_ZH, "months")),
               "en": ((PLAN_EN, "plan"), (SINCE_EN, "since"), (YEARS_EN, "years"), (PAST_N_YEARS["en"], "past"))}
# (zh) ranks given by order: 分别位居全省前三, 排名前5位的…依次为 (ordered_ranks), and what lies between two places of its list
ORDER_RANK_ZH = re.compile(r"(?:位[居列]|分列|分居|居|列|排名?|排在)?\s*(?P<scope>全国|全省|全市|全区|全州|省内|市内|区内)?\s*(?:排名|排行)?\s*"
                           r"前\s*(?P<n>[二三四五六七八九十]|\d{1,2})\s*(?:位|名|强)?(?!\s*(?:季|个?月|年|天|日|周|批|届|轮|次|[件个项家元%]))")
ORDER_LIST_AFTER_ZH = re.compile(r"\s*(?:的[\u4e00-\u9fff]{1,6})?\s*(?:分别|依次)(?:是|为)\s*[:：]?\s*")
PLACE_GAP_ZH = re.compile(r"\s*(?:以|为|达)?\s*(?:[\d.,，]+\s*(?:万|亿)?\s*(?:件|项|个|家|元|亿元|万元|%|笔)?)?\s*(?:[、,，]|和|及|与|以及)\s*")
# words that make a figure a yearly one, not a span's (每年, "annually"); 年均增长62% is an average change, no level
PER_YEAR = {"zh": re.compile(r"(?:每年|年均|平均每年|年度(?=[\u4e00-\u9fff]{0,4}(?:专利|商标|申请|授权|注册)))"
                            r"(?!\s*(?:增长|递增|复合|提高|增速|增幅|下降|减少))"),       # (年度专利授权量: one year's)
            "en": re.compile(r"\b(?:annually|per\s+year|each\s+year|every\s+year|a\s+year)\b", re.IGNORECASE)}
PLAN_YEARS = {"一": 2006, "二": 2011, "三": 2016, "四": 2021, "11": 2006, "12": 2011, "13": 2016, "14": 2021}

# a month a level rose or fell to, right before its figure (提高到2020年9月的3.1件, 上升到今年9月的38777件)
REACHED_MONTH_ZH = re.compile(r"(?:到|至)(?:((?:19|20)\d{2})年|今年|本年)?(\d{1,2})月(?:底|末|份)?的?\s*$")
EN_COUNT = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")

# (zh) right after a place's name: the whole a rank is among (全市县区第1位, 全省首位), not the figure's place
@lru_cache(maxsize=8)
def _name_end_rx(ends: tuple[str, ...]) -> re.Pattern | None:
    """The end of a name (`ends`) right before a figure or before the bracket or colon it follows, compiled once."""
    return re.compile("(?:" + "|".join(map(re.escape, ends)) + r")\s*[(（:：]?\s*$") if ends else None


@lru_cache(maxsize=4)
def _company_rx(ends: tuple[str, ...]) -> re.Pattern | None:
    """A company's legal form (`ends`) not followed by a list's 等 or joiner, compiled once."""
    return re.compile("(?:" + "|".join(map(re.escape, ends)) + r")(?![等和及与、])") if ends else None


# a rank right after another, of the same figure in another whole (居全省第二、全国第五; "ranking first in the
# province and third in the country")
RANK_AFTER_RANK = {
    "zh": re.compile(r"位?\s*[、，,和及]\s*(?:在|居|位居|排名|排|列)?(?:全国|全省|全市|全区|全州|全球|全世界|国内|省内|中国)"
                     r"[^\d，,。；;、]{0,8}?(?:居|位居|排名|排|列)?"),
    "en": re.compile(r"[^,.;\d]{0,40}?\s+and\s+(?:ranked\s+|ranking\s+)?", re.IGNORECASE)}
ADMINISTRATION_ZH = re.compile(r"行政(?=部门|机关|执法|处罚|管理|主管|区|许可|裁决|调解|保护|查处|机构|监管)")
SUBJECTLESS_OPENING = {"zh": re.compile(r"\s*(?:其中|共|另|全年共?|累计|依法|受理|审结|办结|新收|收案|结案)"),    # a sentence going on
                       "en": re.compile(r"\s*(?:Of (?:all )?(?:the|these|them)\b|Among (?:them|these|the)\b|It |They |In addition)")}   # about its subject
# (zh) a clause that is only a copula before its list of figures (…分别突破3万件和2万件，达到35709件和23212件)
RESTATING_LIST_ZH = re.compile(r"\s*(?:分别)?(?:达到|达|为|增至|增加到|增长到|提高到|上升到|升至)?了?\s*")
CASE_VERB_ZH = re.compile(r"受理|新收|审结|办结|结案|收案")       # (zh) a court's verbs of its cases
AMONG_RESTATED_ZH = re.compile(r"\s*(?:件|个|项|家|份|起)?\s*(?:专利|商标|申请|授权)?\s*(?:之中|当中|中)\s*[,，:：]")   # (N件中，…: among them)
NAMED_EXAMPLES_ZH = re.compile(r"(?![省市县区州盟旗])[\u4e00-\u9fff]{1,6}(?:[、，,][\u4e00-\u9fff]{2,12}){0,16}等[\u4e00-\u9fff]{2,16}")
RANKED_MEMBER_ZH = re.compile(r"(?:^|[，,；;：:。\s])(?P<subject>[\u4e00-\u9fff]{2,12})以[^，,；;。\d]{0,16}$")   # X以…N件
RANKED_FIRST_ZH = re.compile(r"[^，,；;。]{0,8}?(?:(?:位居|居于|居|名列|位列|排名|排在)?(?:榜首|首位|第一位?|第1位?|之首)|夺冠|领跑|拔得头筹)")
RANKED_AMONG_ZH = re.compile(r"(?:各?(?:县区|县市区|区县|县\(市、区\)|县（市、区）|县市|市县|市州|地市|盟市|设区市|城市|地级市|县级市|区))?(?:排名|排位|排|位列|位居|名列|列|居)?(?:第[\d一二三四五六七八九十]+(?:位|名)?|首位|前列|前茅|领先|之首|前[一二三四五六七八九十\d]+位?)")
TERMED_MAX = 40           # the report's last levels read that a head written alone may take up (bare_head)
FULL_YEAR_ZH = re.compile(r"(?:^|[，,；;：:。！？!?])\s*(?:\d{4}年)?全年")
# (zh) one figure said of each of a list of places before it: 均 (黄埔、番禺…专利申请量均过万件), not their sum
PLACE_SHARE_GAP_ZH = re.compile(r"(?:又|也|新|共|还)?(?:获|获得|获认定|获评|被认定|认定|入选|有)了?")   # (zh) 大庆新获认定9件
EACH_PLACE_ZH = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,6})*各")    # (zh) 东西湖、东湖各2件: a figure each place has
SHARED_FIGURE_ZH = re.compile(r"[^，,。；;\d]*?(?:均|都|各)[^，,。；;\d]{0,6}$")
# (zh) one rank said of several statements before it: 均居 / 都位居, with how many (三项指标均居全省第3位, 两项增幅均居)
# (zh) the people's courts named with no place, opening a statement of their cases: all of the country's
BARE_COURTS_ZH = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=年))(?:全国)?(?:各级)?人民法院(?=共|新收|受理|审结|全年|一审|二审)")
NATIONAL_OPENING_ZH = re.compile(r"(?:[\u4e00-\u9fff]{1,4}[,，:：])?[\s，,；;：:]*(?:(?:(?:19|20)\d{2}年?度?(?:\d{1,2}月)?(?:至|到|-|—|～)?|今年|去年|上年|全年|上半年|前三季度|一季度)[\s，,]*)*(?:在|从)?")
GDP_WHOLE = {"zh": re.compile(r"GDP|地区生产总值|国内生产总值|生产总值"),
             "en": re.compile(r"\bGDP\b|gross domestic product|economic output", re.IGNORECASE)}
YOY_AFTER_ZH = re.compile(r"[，,]?\s*(?:同比|比上年|较上年|比去年|较去年)")      # right after a figure: its change on a year before
SHARE_OF_ZH = re.compile(r"占(?:全市|全省|全区|全县|本市|本省)?(?:的)?$")      # right before a share's whole
SHARED_CHANGE_ZH = re.compile(r"(?:均|都)(?:同比|比上年|较上年)?(?:增长|增加|提高|上升|下降|减少|降低)|(?:同比|比上年|较上年)(?:均|都)")
SHARED_RANK_ZH = re.compile(r"(?:([两二三四五2-5])项[^，,；;。\d]{0,6}?)?(?:均|都)(?:稳居|位居|位列|名列|排名|排在|居于|处于|保持|居|列|排)")
ZH_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
NEW_NAMES_ZH = re.compile(r"(?:新增|新获批|新认定|新注册|新核准|新获|新添|又有)(?:(?:[“\"]?[\u4e00-\u9fff]{2,12}[”\"]?、)+[“\"]?[\u4e00-\u9fff]{2,12}[”\"]?"
                          r"|(?:[“\"][\u4e00-\u9fff]{2,12}[”\"][、和及与]?)+)等?$")     # (or quoted names side by side: 新增“小岞虾仁”“小岞紫菜”5件)
# (zh) words that make a listed clause a statement of its own, a change or a share (not an item of a running total)
ITEM_ACTION_ZH = re.compile(r"受理|调解|提供|办理|查处|查办|审结|办结|开展|完成|实现|举办|培训|服务|帮助|指导|推动|建成|缩短|备案|"
                            r"出动|检查|增长|下降|减少|同比|比上年|较上年|占|年[产销收]|全年|当年|年度|年均|每年")
VERB_ITEM_ZH = re.compile(r"\s*[，,、]\s*(?:获得?)?(?:申请|授权|注册|登记|受理)(?:量|数)?(?:为|达到?)?\s*")   # (zh) 累计申请…件，授权…件
# (en) a threshold each of some units passed ("companies that each had at least 100 patent filings")
EACH_THRESHOLD_EN = re.compile(r"\beach\s+(?:(?:had|has|have|with|holding|holds|owning|owns|filed|obtained|received|applied\s+for)\s+)?"
                               r"(?:at\s+least|more\s+than|over|no\s+(?:less|fewer)\s+than)\s*$", re.IGNORECASE)
# (en) a sentence that opens with a count of units described by a clause after them ("The number of companies that …")
ENTITIES_COUNTED_EN = re.compile(r"\s*(?:(?:In|By|During)\b[^,]{0,40},\s*)?the\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:companies|enterprises|firms|businesses|entities|applicants|universities|institutions)\s+"
                                 r"(?:that|which|who|whose|with|each)\b", re.IGNORECASE)
RECOGNIZED_BEFORE_ZH = re.compile(r"(?:被认定|被评为|被确定|获评|入选|被命名|获认定)的$")   # (zh) 被认定的19件…
AMONG_OPENING_ZH = re.compile(r"\s*其中[，,]?")     # (zh) a clause that opens with the part of the figure before it
YEARS_OPENING_ZH = re.compile(r"\s*(?:(?:19|20)\d{2}年?[、和及与至到-]?)+")     # (zh) a clause that opens with years
CLAUSE_CUT_ZH = re.compile(r"[，,；;]")
LEVEL_VERB_END_ZH = re.compile(r"[\u4e00-\u9fff]{2,}(?:达到|达|为)\s*$")    # (zh) a clause of its own term and level verb: 结案率达
THEREBY_ZH = re.compile(r"\s*(?:至此|由此|这样)[，,]?")     # (zh) a sentence's opening that takes up the one before it
TOTAL_WORDS_ZH = re.compile(r"总数|总量|累计|共有|总计")     # (zh) the words of a stock's total (驰名商标总数达到23件)
RATE_REACHED_ZH = re.compile(r"(?<!年均)(?<!平均)(?<!复合)(增幅|增速|增长率|增长幅度|涨幅|降幅|下降幅度)(?:高?达到?|为|是|约为?)$")   # (zh) 增幅达到117.3%
COMPANY_NAMED_ZH = re.compile(r"[\u4e00-\u9fff]{1,14}?(?:有限责任公司|有限公司|集团公司|股份公司|集团|麾下|旗下)")   # (zh) the rest of a
#                                                                                            company's name (沈阳华晨汽车麾下的“中华”)
# (zh) a clause that says whose change is the largest, and one that gives it (淄博同比增长最高，为70.6%; 其中发明专利增幅最大，达)
# (the place may stand between: 同比增长率东营最高，为114.3%)
FASTEST_CHANGE_ZH = re.compile(r"(增长|增幅|增速|增长率|增长幅度|下降|降幅|减少)(?:[\u4e00-\u9fff]{2,4}?)?(?:最高|最快|最大|最多|居首)[，,]\s*$")
LEVEL_VERB_ZH = re.compile(r"\s*(?:为|达到?|是|高达)?\s*")
COMPARED_YEAR_ZH = re.compile(r"(?:比|较)(?:19|20)\d{2}年")     # (zh) a level of a year compared with (比2008年年底的…)
INCREMENT_ZH = re.compile(r"增量|增幅|增加额|增长额")        # (zh) before a sum: its increment (年增量达85亿元), no level
COMPARED_OPENING_ZH = re.compile(r"\s*(?:[与和同较比])")     # (zh) a sentence that opens with what is compared (与2011年…相比)
THEY_OPENING_EN = re.compile(r"\s*(?:They|These|Those)\s+(?:now\s+|also\s+|still\s+)?(?:hold|held|own|owned|have|had|possess|filed|applied|received|obtained|were\s+granted)\b")
EVENT_NOW_ZH = re.compile(r"近日|日前|此次|本次|这次|最新一批|新一批|经[^，,。；;]{0,24}?(?:认定|评审|审定|评选|评定|批复|批准|核准|通报)[，,]")
#                           (zh) words of one recent event, or of the process that named the units (经…专家评审，…16件商标被评为…)
STOCK_LEAD_ZH = re.compile(r"累计|总数|总量|已有|已经|截至|截止|目前|现有|拥有")    # (zh) words of a running total
STILL_NOW_ZH = re.compile(r"已|目前|现有|当前|如今|迄今|至今")
# (zh) a bound's clause right before a level's (突破2.5万件，达25971件: from the bound's number on)
BOUND_CLAUSE_ZH = re.compile(r"\s*(?:成功|首次)?(?:突破|超过|超|逾|首破)?[\d.]+\s*(?:万|亿)?\s*[件项个家]?\s*[，,]\s*(?:已|则|就)?(?:达到|达|为)")
YEAR_SERIES_ZH = re.compile(r"[,，、;；\s]*(?:到|至|而)?\s*\d{4}年(?:底|末)?(?:时|，|,)?\s*(?:(?:成功)?(?:突破|超过|超|逾)[\d.]+\s*(?:万|亿)?\s*[件项个家]?\s*[，,])?"
                            r"\s*(?:这项|这一|该|此项)?(?:数据|数字|数量|指标)?"
                            r"(?:已|则|就)?(?:达到|达|为|增至|增加到|增长到|提高到|提升到|上升到|升至|变成了?|变为|增长为)")   # (…，到2023年，这项数据变成了23起)
DATE_TAIL_ZH = re.compile("了?" + DATE_BEFORE_ZH + "$")     # a date ending the words before a number
# (zh) what may stand between a verb of cases (受理, 立案 …) and its number: cases named, or nothing
# (zh) the cases a number counts, named right after it (600件知识产权案件, 23起知识产权刑事案件; not 235件批量案件: a part)
CASES_AFTER_ZH = re.compile(r"(?:各类|各种)?(?:涉)?(?:知识产权)?类?(?:民事|刑事|行政|民事、行政和刑事|民事、刑事和行政)?"
                            r"(?:一审|二审|一、二审)?(?:案件|纠纷案件)(?![\u4e00-\u9fff])")
CASE_OBJECT = re.compile(r"(?:[共计了]*[\u4e00-\u9fff、]{0,20}?(?:案件|案|纠纷))?(?:分别|总计|合计|[共计达为了])*")   # (知识产权民事、行政和刑事一、二审案件总计)
# (zh) a clause naming the whole the next clause's figure is among: 全省地理标志商标中，…
IN_HEADING_ZH = re.compile(r"([^，,。；;\d]{2,30}?)(?:中|当中|之中)[，,]$")
# (zh) a span of years a list after 分别 may give one number each: 近三年(来), 过去5年; 2020—2022年, 2020年至2022年
RECENT_YEARS_ZH = re.compile(r"(?:近|过去|最近)(\d|[两二三四五六七八九十])年")
SAME_PERIOD_LIST_ZH = re.compile(r"\s*同期(?![，,])")    # (zh) 同期该院受理的…分别为: the span of the sentence before
YEARS_LISTED_ZH = re.compile(r"(?:19|20)\d{2}年?(?:\s*[、和及与]\s*(?:19|20)\d{2}年?)+(?=年|[^\d])")    # 2018年、2019年; 2018和2019年
YEARS_SPAN_ZH = re.compile(r"((?:19|20)\d{2})年?\s*(?:[—–\-~～]|至|到)\s*((?:19|20)\d{2})年")
# (en) the number's noun and then "added": "seven geographical indications added"
ADDED_AFTER_EN = re.compile(r"(?:(?!\band\b)[^,.;\d]){1,40}?\b(?:newly\s+)?added\b", re.IGNORECASE)
ADDED_BEFORE_EN = re.compile(r"\b(?:added|adding|adds)\s+(?:a\s+total\s+of\s+|another\s+)?$", re.IGNORECASE)   # "also added 47 GIs"
# (en) the province a place lies in, said in an apposition ("courts in Suzhou, a city in Jiangsu province, concluded …"):
# no place of the figures
APPOSITIVE_PLACE_EN = re.compile(r",\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:city|county|district|prefecture|town|capital)\s+(?:in|of)\s+(?:the\s+)?"
                                 r"(?:(?:(?:south|north)(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+)?(?:China['’]s\s+)?$",
                                 re.IGNORECASE)      # (Ningbo, a city of southeast China's Zhejiang Province: Ningbo's)
# a sentence that opens with the period of the figures before it (同期，…; "During the same period, …")
SAME_PERIOD_OPENING = {"zh": re.compile(r"\s*(?:在|与此)?同期[，,]"),
                       "en": re.compile(r"\s*(?:During|In|Over|Within|For)\s+the\s+same\s+period\b", re.IGNORECASE)}
UP_TO_YEAR_ZH = re.compile(r"(?:截至|截止|直至|(?:^|[，,。；;：:\s])至)$")     # (至2020年末 opening a clause: up to, no span's end)
# a running total up to a date: 截至2018年底，云南省共申请专利19万件…；授权专利11万件 (every flow after it in its
# sentence, also after 至2020年末 opening a clause; not 目前…共申请国际专利85件，完成全年任务的130.8%: this year's so far)
_UP_TO_DATE_ZH = r"(?:截[至止]|迄今|至今|(?:^|(?<=[，,。；;：:\s]))[至到](?=(?:19|20)\d{2}年(?:底|末)))(?:(?!今年|本年|当年|年内|上半年|(?<!目)前|(?<![至止\d])(?:19|20)\d{2}年(?![底末\d]))[^。；;]){0,24}?"
#   (not past a year named as the one counted: 截至11月份，安徽省2010年共申请专利35272件, that year's to date)
SINCE_START_ZH = re.compile(r"(?:" + _UP_TO_DATE_ZH + r"|(?:^|(?<=[，,。；;]))\s*目前[，,]?[^。；;，,\d]{0,8}?)"
                            r"(?:共|总共|共计)(?:申请|授权|获得授权|获授权|注册|登记|受理)")
#   (目前，我市共授权专利40398件: so far in all, as 截至目前 says)
# held, before a flow's term dated at a day (截至2023年底，全省拥有专利授权量超过5万件): the flow's running total
HELD_SINCE_ZH = re.compile(_UP_TO_DATE_ZH + r"(?:拥有|共有)$")
# a flow's total up to a date, its term the number's own (截至目前，全区专利授权总量达13万件): its running total
TOTAL_SINCE_ZH = re.compile(_UP_TO_DATE_ZH + r"(?:申请|授权|注册|登记)(?:总量|总数)[^。；;，,、\d]{0,4}$")
# a stock's date before a term in its sentence (截至2009年，宜昌市注册商标4320件: the marks held then)
HELD_AT_ZH = re.compile(_UP_TO_DATE_ZH + r"$")
HELD_VERB_ZH = re.compile(r"(?:拥有|持有|现有)(?:各类|各种)?$")     # a verb of holding right before a noun of things
# (en) the words opening a list of parts a change after the list may skip back over ("16,547 trademarks,
# including four …, a 6.19 percent increase"): fewer than PARTS_OPENER ("among which 4600 are …; 9297
# patents authorization, 32.5% increase": the change is the last statement's)
INCLUDING = re.compile(r"\b(?:including|of which|among them)\b", re.IGNORECASE)
# (en) a kind after the noun a number counts: "13,856 valid patents for invention"
FOR_KIND = re.compile(r"\s+(?:[a-z]+\s+){0,2}patents?\s+for\s+((?:[a-z]+\s*){1,2})", re.IGNORECASE)
CLAUSE_END = " ，,；;。.：:（(、"

DENOMINATOR = {"zh": re.compile(r"每\s*$"), "en": re.compile(r"\b(?:per|for every|for each|every|each|by each|(?:owned|held)\s+by)\s+$", re.IGNORECASE)}
# between a term and its number: the number is the term's ratio to the population ("valid invention
# patents owned by each 10,000 heads of population stood at 51.87")
SINCE_YEAR_END = re.compile(r"(?:比|较|与)\d{4}年年?(?:底|末)")     # 比2021年年底增长11.19%
# between a change and the level it reached: 增长15.3%至2.1万件 / "rose 55.02 percent year-on-year to 6,503"
OWN_WORDS = {"zh": re.compile(r"[\u4e00-\u9fff]{2}"),       # words of a figure's own between it and the figure before it
             "en": re.compile(r"\b(?!(?:and|or)\b)[A-Za-z]{2,}\b[^0-9]*?\b(?!(?:and|or)\b)[A-Za-z]{2,}\b")}
CHANGE_TO_LEVEL = {"zh": re.compile(r"\s*[，,]?\s*(?:同比)?(?:增至|升至|增长到|上升到|达到|达|至|到)\s*"),
                   "en": re.compile(r"\s*(?:percent|per cent|%)?\s*(?:year[- ]on[- ]year|yoy|from a year earlier|over the previous year"
                                    r"|over last year)?\s*,?\s*(?:to|reaching|hitting)\s+(?:nearly|almost|about|around|"
                                    r"approximately|more than|over)?\s*", re.IGNORECASE)}


@lru_cache(maxsize=8)
def _body_rx(lang: str, alt: str) -> re.Pattern:
    if lang == "zh":
        return re.compile(r"[\s“”\"]*(?P<name>[\u3400-\u9fff]{2,8}?)(?:" + alt + r")(?![\u3400-\u9fff]{0,2}(?:局|署|厅|部))")
    return re.compile(r"[\s\"“]*(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,4})(?:" + alt + r")\b")


def on_day(year: int | None, month: int, day: re.Match | None) -> tuple:
    """(year, month, day) of a day named before its month's end (a stock on that day); else (year, month)."""
    if day is not None and 1 <= int(day.group(1)) < calendar.monthrange(year or 2000, month)[1]:
        return year, month, int(day.group(1))
    return year, month


def mark_passed(o: Reading, before: Reading) -> bool:
    """Whether `o` is a round mark the figure `before` it passed (达40257件，首次突破4万件), no figure of its own."""
    return o.number.qualifier == "more_than" and o.number.unit == before.number.unit \
        and bound_of(o.number.value, "more_than", before.number.value)


def last_semicolon(ctx: Context, lo: int, hi: int) -> int:
    """Where the last ；/; in norm[lo:hi] stands (-1: none): the start of the sentence's segment there."""
    return max(ctx.norm.rfind(c, lo, hi) for c in "；;")


PHRASAL_DOWN = re.compile(r"\b(?:track|hunt|crack|clamp|shut|break|broke|take|took|bring|brought|hand|strike|struck|knock|pin)"
                          r"(?:s|ed|ing|en|ped|ping|ked|king)?\s+down\b", re.IGNORECASE)

class LineReader(TermFinder):
    def __init__(self, report: Report, catalog: Catalog, lex: Lexicon, rules: Rules, unit_words: dict):
        self.report, self.catalog, self.lex, self.rules, self.unit_words = report, catalog, lex, rules, unit_words
        self.lang = lex.lang
        self.first_year, self.final_year = period_start(report.meta.period)[0], period_end(report.meta.period)[0]
        # a joiner before a listed term (`joint`); in zh a case verb may open the second term (处理…纠纷案件和查处假冒专利案件)
        verbs = "|".join(map(re.escape, (rules.term_forms.get("zh") or {}).get("gap_after", ()))) if self.lang == "zh" else ""
        self._joiner = re.compile(r"(?:、|和|及|与|以及|\s+and\s+|,\s*)" + (f"(?:{verbs})?" if verbs else "") + "$")
        self.earlier: list[Reading] = []      # the readings of the sentence before the current number
        self.in_paragraph: list[Reading] = []  # the readings of the paragraph before it
        self.last_paragraph: list[Reading] = []  # the last readings of the paragraph before (从专利类型看，发明专利…)
        self.termed: list[Reading] = []       # the report's last levels read, that a head written alone takes up (bare_head)
        self._first_cue: dict = {}            # (sentence start, cue) -> where the cue first ends (this paragraph)
        self._enumerated = None               # (context, sentence start, the span its enumeration's lead states)
        self._publication = False             # the publication day, once looked up (None: unknown)
        self._year_past = None                # the report's whole year named as past (year_after_report)
        self._of_marks = None                 # whether the report is one of marks naming no GI products (report_of_marks)
        self._published = False               # the same when not before the report's period (else None)
        self._wholes = None                   # (indicator, its sum_of parts) of the catalog, found once
        self.list_start = None                # where the list of terms a number was found in begins (respective_term)
        self._listed_owners = None            # owner kind -> its words before a list's joiner (listed_owners)
        self._value_nouns = words_rx(tuple(w for spec in (rules.topic_values or {}).values() for w in spec.get(self.lang, ())),
                                     self.lang)      # the topics' bare value nouns (产值, 产业年产值; subset_before)
        self._alone_owners = None             # owner kind -> its words alone before a number (bare_owner)
        self._carried = False                 # the number's authority is the paragraph before's, none named in its own

    # --- cues -------------------------------------------------------------------------------
    def cue(self, name: str, text: str, where: str = "") -> re.Match | None:
        words = self.rules.cues.get(name, {}).get(self.lang + where, ())
        return last_match(words_rx(words, self.lang), text)

    def cue_before(self, name: str, ctx: Context, sentence: Span, pos: int) -> bool:
        """Whether the cue occurs in the sentence (or clause) before `pos`: it is searched once (a
        sentence of thousands of numbers must not be read again for each of them)."""
        key = (sentence.start, sentence.end, name)
        if key not in self._first_cue:
            rx = words_rx(self.rules.cues.get(name, {}).get(self.lang, ()), self.lang)
            m = rx.search(ctx.norm, sentence.start, sentence.end) if rx else None
            self._first_cue[key] = m.end() if m else None
        end = self._first_cue[key]
        return end is not None and end <= pos

    def named_example(self, ctx: Context, m: re.Match, start: int) -> bool:
        """(zh) A place name that begins the name of a product listed as an example of what the figure
        counts (…横县茉莉花、南宁香蕉等地理标志保护产品92个): a name, not the figure's place."""
        followers = tuple(self.rules.short_name_followers or ())
        return NAMED_EXAMPLES_ZH.match(ctx.norm, m.end(), start) is not None and not ctx.norm.startswith(followers, m.end())

    def court_carried(self, ctx: Context, sentence: Span) -> bool:
        """A sentence with no subject of its own (共审结…, 其中…, "Of all the accepted cases, …") right after
        one whose last place names one court or procuratorate (上海知识产权法院, the Beijing Higher People's
        Court): that institution's figures go on."""
        if not SUBJECTLESS_OPENING[self.lang].match(ctx.norm, sentence.start):
            return False
        k = bisect.bisect_left(ctx.sentences, sentence.start, key=lambda s: s.start)
        while 0 < k < len(ctx.sentences) and SUBJECTLESS_OPENING[self.lang].match(ctx.norm, ctx.sentences[k].start):
            k -= 1            # (back over sentences that go on about the same subject)
            last = next(ctx.before(self.lex.regions, ctx.sentences[k].start, ctx.sentences[k + 1].start), None)
            if last is not None:
                return self.institution(ctx.norm[last.end():last.end() + 60])
        return False

    def counts_places(self, ctx: Context, r: Reading) -> bool:
        """Whether a reading counts places (覆盖10个县(市、区); catalog text rules `places_counted`), by the words after
        it on its line (…提起公诉208件394人 / 省司法厅: on the next line, an office's name)."""
        places = (self.rules.places_counted or {}).get(self.lang)
        return bool(places) and r.number.unit in ("count", "") and re.match(places, ctx.on_its_line(r.end, 12), re.IGNORECASE) is not None

    def ranked_member(self, ctx: Context, clause, start: int, end: int) -> bool:
        """(zh) A figure by which its clause's subject heads a list (奇瑞汽车以有效发明专利1341件位居榜首,
        华为以4411件夺冠), the subject naming no place, no relative scope (全省), nothing a term names
        and no owners (企业以…): a member's figure (a company, a product), none of the region's."""
        m = RANKED_MEMBER_ZH.search(ctx.norm[max(clause.start, start - 40):start])
        if m is None or not RANKED_FIRST_ZH.match(ctx.norm, end):
            return False
        subject = m.group("subject")
        owners = tuple(w for words in (self.rules.owners or {}).values() for w in words.get("zh", ()))
        return not ((self.lex.regions is not None and self.lex.regions.search(subject))
                    or (self.lex.terms is not None and self.lex.terms.search(subject)) or has_words(owners, subject, "zh"))

    def change_sign(self, before: str, after: str = "", year_end: bool = False) -> int:
        """+1 / -1 when the words just before the number (or, in English, right after it: "3.2%
        fewer than a year earlier") make it a change (增长 / down); 0 for the level a change
        reached (增长至 / rose by 5% to 24,100)."""
        window = before[-14:] if self.lang == "zh" else before[-45:]
        if self.lang == "zh":       # 增加值 (value added) is a noun, no rise: 专利密集型产业增加值占GDP比重为12.3%
            window = window.replace("增加值", "   ").replace("新增加", "新增 ")    # (新增加9件: added, no rise)
        if self.lang == "en":       # "taking up 66.3%" is a share, not a rise
            window = re.sub(r"\b(?:tak(?:e|es|ing)|took|mak(?:e|es|ing)|made)\s+up\b", " ", window, flags=re.IGNORECASE)
            window = PHRASAL_DOWN.sub(" ", window)     # "tracked down 382 cases", "cracked down on": no fall
        # (zh) past a date between the word and the number: 从2012年的0.88件提高到去年的2.52件
        tail = (DATE_TAIL_ZH.sub("", before) if self.lang == "zh" else before)[-6:]
        if self.lang == "zh" and (rate := RATE_REACHED_ZH.search(before[-12:])) is not None:
            return -1 if rate.group(1) in ("降幅", "下降幅度") else 1     # 外观专利申请增幅达到117.3%: the rate is a change
            #                                                            (not 年均增长率为161.59%: over several years)
        level = self.cue("level", tail)
        if level and not tail[level.end():].strip():
            return 0
        for sign, name in ((1, "up"), (-1, "down")):
            m = self.cue(name, after[:45], "_after") if self.lang == "en" else None
            if m and not after[:m.start()].strip():
                return sign
        own = window[cut.end():] if self.lang == "zh" and (cut := last_match(CLAUSE_CUT_ZH, window)) is not None else None
        if own is not None and LEVEL_VERB_END_ZH.search(own) and not self.cue("up", own) and not self.cue("down", own):
            window = own      # 结案率逐年攀升，2019年案件结案率达97%: the level its own clause states
        up, down = self.cue("up", window), self.cue("down", window)
        if self.cue("not_change", window) or self.cue("since_plan_end", before[-24:]):
            return 0
        since = before[-24:] if self.lang == "zh" else window      # (比去年底万人发明专利拥有量增幅12.41%: past a long term)
        if not year_end and (self.cue("since_year_end", since) or (self.lang == "zh" and SINCE_YEAR_END.search(since))):
            return 0
        if up or down:
            return -1 if (down and (not up or down.start() >= up.start())) else 1
        return 0

    def share_of(self, before: str, after: str) -> str | None:
        if self.lang == "zh":
            window = before[-16:]
            if SHARE_NOUN_AFTER_ZH.match(after) and (whole := SHARE_WHOLE_BEFORE_ZH.search(window)) is not None:
                window = window[:whole.start()] + "占" + window[whole.start():]   # 保持全区近40%占比: 占全区…
            if self.cue("share_national", window):
                return "national"
            if self.cue("share_province", window):
                return "province"
            if "占全区" in window and self.own_code(self.lex.region_codes.get("全区", "")) == self.own_code("@province"):
                return "province"     # 银川市专利授权量2941件，占全区总量的58.8%: of the autonomous region's
            return "other" if self.cue("share_any", window) else None
        head = after[:40]
        for kind in ("national", "province", "any"):
            m = self.cue("share_" + kind, head, "_after")
            if m and m.start() < 4:
                return "other" if kind == "any" else kind
        named = self.whole_before_en(before)
        if named:
            kind = next((kind for kind in ("national", "province") if self.cue("share_" + kind, named, "_before")), None)
            if kind is not None:
                return kind
        return "other" if self.cue("share_any", before[-30:]) else None

    # --- terms --------------------------------------------------------------------------------
    # --- units, agencies, regions, years ------------------------------------------------------
    def agency(self, ctx: Context, pos: int) -> str:
        """The authority of the nearest name of one before `pos` that is not the object of another's work
        (监督公安机关立案 is the procurators'), else the one carried from the paragraph before, else none."""
        named = self.named_agency(ctx, pos)
        if named is None and self.lang == "en" and self.lex.agencies is not None:
            # ("With a value of over 100 million yuan involved, Wuhan police cracked 115 counterfeiting cases": the subject
            # after an opening phrase; not "… and sent 20 cases to police": an object). The subject starts no further than
            # the phrase's comma and four capitalized words: the look-ahead stops there (a name is at most AGENCY_SPAN long)
            sentence = ctx.around(ctx.sentences, pos)
            reach = OPENING_THEN_SUBJECT_EN.match(ctx.norm, pos, sentence.end)
            m = self.lex.agencies.search(ctx.norm, pos, min(sentence.end, reach.end() + AGENCY_SPAN)) if reach else None
            named = self.lex.key(m.group(0), self.lex.agency_of) if m and OPENING_THEN_SUBJECT_EN.fullmatch(
                ctx.norm, pos, m.start()) else None
        self._carried = named is None and bool(ctx.prev_agency)
        return named or ctx.prev_agency or "none"

    def named_agency(self, ctx: Context, pos: int) -> str | None:
        """The authority of the nearest name of one before `pos` that is not the object of another's work, or None."""
        objects, width = (self.rules.agency_objects or {}).get(self.lang, ()), 4 if self.lang == "zh" else 16
        m = next((m for m in ctx.before(self.lex.agencies, 0, pos)
                  if not has_words(objects, ctx.norm[max(0, m.start() - width):m.start()], self.lang)
                  and not (self.lang == "zh" and PARTNERS_ZH.match(ctx.norm, m.end())
                           and PARTNER_OF_ZH.search(ctx.norm[max(0, m.start() - 24):m.start()]))), None)
        return self.lex.key(m.group(0), self.lex.agency_of) if m else None

    def allowed(self, ind: Indicator, agency: str) -> bool:
        """Whether the authority the sentence is about may state `ind`; an authority only carried
        over from the paragraph before does not bar an indicator that needs none named (侵权盗版案件)."""
        agencies = ind.extra.get("agencies")
        return not agencies or agency in agencies or (self._carried and "none" in agencies)

    def region_at(self, ctx: Context, sentence: Span, clause: Span, start: int, end: int) -> str | None:
        """The region code the number is about: the nearest region named before it in its clause,
        (en) after it in its clause, or before it in its sentence; the report's own region when none.
        None when its clause is about the whole country (全国)."""
        rx, own = self.lex.regions, self.report.meta.region_code
        if rx is None:
            return own
        codes = self.lex.region_codes

        def named(matches):      # nearest first (not a name inside a product's or brand's name in quotes: “桂林罗汉果”;
            #                        not a whole a rank is among: 居全市县区第1位)
            return (m for m in matches if self.lex.key(m.group(0), codes) != "@national"
                    and (not self.only_compared(ctx, m) or bracket_after(ctx.norm, m.end(), start))
                    and not ctx.in_quotes(m.start()) and not self.in_term(ctx, m) and not ctx.in_dateline(m.start())
                    and not (self.lang == "zh" and RANKED_AMONG_ZH.match(ctx.norm, m.end()))
                    and not (self.lang == "en" and APPOSITIVE_PLACE_EN.search(ctx.norm, max(0, m.start() - 40), m.start()))
                    and not (self.lang == "zh" and self.named_example(ctx, m, start))
                    and not (self.lang == "zh" and COMPANY_NAMED_ZH.match(ctx.norm, m.end()))
                    and not (in_aside(ctx.norm, sentence.start, m.start()) and not in_aside(ctx.norm, sentence.start, start)))
            #            (nor a place compared in brackets closed before it: 稳居全省首位（福建省8.0件），达23.5件;
            #             nor the start of a company's name: 来源:绵阳某某知识产权代理有限公司)
        whole = self.bracketed_whole(ctx, sentence, start)
        if whole is not None:
            return whole
        if self.national_act(ctx, sentence, start):
            return None       # 国家工商总局公布2005年下半年认定的98件“中国驰名商标”: the country's batch
        if self.lang == "zh":
            lo = max(clause.start, start - GROUP_REACH)     # (a bounded look back: a clause of many numbers stays linear)
            group = last_match(GROUP_SUBJECT_ZH, ctx.norm[lo:start]) or last_match(GROUP_NAMED_ZH, ctx.norm[lo:start])
            if group is None and clause.start > sentence.start and clause.start - sentence.start <= GROUP_REACH:
                lo = sentence.start   # (the sentence's subject in its first clause: 合芜蚌三市申请量依然居全省前列，申请专利23552件)
                group = GROUP_NAMED_ZH.search(ctx.norm[lo:ctx.around(ctx.clauses, lo).end])
                if group is not None and next(named(rx.finditer(ctx.norm, lo + group.end(), start)), None) is not None:
                    group = None      # (a place of its own named after it; not 居全省前列, the whole it ranks in)
            if group is not None and not rx.search(ctx.norm, lo + group.end(), start) or group is not None and lo == sentence.start:
                return None   # 长株潭…3市全年实现技术合同成交总额405.09亿元: several units' total, none of theirs alone
        if has_words((self.rules.one_company or {}).get(self.lang, ()), ctx.norm[sentence.start:start], self.lang):
            return None       # "AMTE's general manager revealed that it has filed 122 patents": one company's figures
        company = _name_end_rx((self.rules.one_company or {}).get(self.lang + "_right_before", ()))
        if company is not None and company.search(ctx.norm, max(sentence.start, start - 12), start):
            return None       # 中通客车股份有限公司(72件): one company's figure
        if self.lang == "zh" and self.company_subject(ctx, clause, start):
            return None       # 某某材料有限公司有效专利质押…取得贷款1000万元: that company's loan
        if self.lang == "zh" and self.ranked_member(ctx, clause, start, end):
            return None       # 奇瑞汽车以有效发明专利1341件位居榜首: the figure of a member of a list, not a place
        last = next((m for m in ctx.before(rx, clause.start, start) if not self.only_compared(ctx, m) and not self.in_term(ctx, m)
                     and not ctx.in_dateline(m.start())), None)
        if last is not None and self.lex.key(last.group(0), codes) == "@national":
            return None
        after = None
        if self.lang == "en":
            after = next((m for m in rx.finditer(ctx.norm, end, clause.end)
                          if self.lex.key(m.group(0), codes) != "@national" and not self.only_compared(ctx, m)), None)
        near = next(named(ctx.before(rx, clause.start, start)), None)
        if near is not None and self.lang == "en" and IN_PLACE_EN.search(ctx.norm, max(clause.start, near.start() - 8), near.start()):
            near = self.inner_place(ctx, clause, near) or near       # "Wuhan police in Hubei cracked …": Wuhan's
        self.shared_places = []
        if near is not None and self.lang == "zh" and self.region_list(ctx, near):
            members = self.list_members(ctx, near)
            if SHARED_FIGURE_ZH.match(ctx.norm, near.end(), start) and members \
                    and all((c := self.own_code(self.lex.key(m.group(0), codes))) and c != "@national" for m in members):
                self.shared_places = [self.own_code(self.lex.key(m.group(0), codes)) for m in members[1:]]
                return self.own_code(self.lex.key(members[0].group(0), codes))    # 黄埔、番禺…专利申请量均过万件: each's
            return None       # 上海、江苏、浙江、安徽四省市发明专利授权量24.77万件: the places' sum, none's own
        found = (near or after
                 or next((m for m in named(ctx.before(rx, sentence.start, start)) if not self.region_list(ctx, m)
                          and (m.group(0).casefold() not in self.lex.short_places or m.end() >= clause.start - 1)), None))
        lo = max(sentence.start, start - SUBJECT_REACH)   # (bounded: a sentence of many numbers stays linear)
        if near is None and self.lang == "zh" and (courts := last_match(BARE_COURTS_ZH, ctx.norm[lo:start])) \
                and NATIONAL_OPENING_ZH.fullmatch(ctx.norm, ctx.around(ctx.clauses, lo + courts.start()).start, lo + courts.start()) \
                and not rx.search(ctx.norm, lo + courts.end(), start):
            return None       # 2014年，人民法院共新收…知识产权案件133863件: the people's courts named alone are the country's
        if near is None and after is None and self.lang == "zh" and self.national_before(ctx, sentence, clause, start, found):
            return None       # 2009年至2018年全国质押专利数由670件增加到5408件，质押融资金额由…增加到885亿元: the country's
        # (a district's short form names its own clause only, or the bracket right after it: 南沙(83.2%))
        if found is None and self.one_body(ctx, sentence):
            return None       # the paragraph is about one named office (金陵海关), not its region
        if found is None and self.court_carried(ctx, sentence):
            return None       # 上海知识产权法院共受理…。共审结…4230件: the court of the sentence before, not the city
        if found is None and self.lang == "zh" and PARTS_OPENING["zh"].match(ctx.norm, sentence.start):
            latest = next((o for o in reversed(self.in_paragraph) if o.end <= sentence.start and not o.sign
                           and o.number.unit not in DERIVED_UNITS), None)
            if latest is not None and not latest.region and self.in_paragraph is not self.last_paragraph:
                return None   # 合芜蚌三市…申请专利23552件…。其中申请发明专利3519件: the parts of a group's figure, none's own
        if found is None and self.lang == "zh" and PARTS_OPENING_ZH.match(ctx.norm, sentence.start):
            stated = next((o for o in reversed(self.in_paragraph) if o.end <= sentence.start and o.chain and not o.sign
                           and o.number.unit not in DERIVED_UNITS), None)
            if stated is not None and stated.region:
                return stated.region      # 兰州市有效注册商标15446件，占全省的44.85%。其中，中国驰名商标17件: Lanzhou's parts
        if found is None:
            return own
        key = self.lex.key(found.group(0), codes)
        if self.institution(ctx.norm[found.end():found.end() + 60]) and not self.own_basic_court(ctx, found, key):
            return None       # one named court or tribunal, not the region's total
        if (district := words_rx((self.rules.customs_districts or {}).get(self.lang, ()), self.lang)) is not None \
                and district.match(ctx.norm, found.start()):
            return None       # 广州海关: one of its province's customs districts, no city's
        named_whole = self.whole_of_named(ctx, sentence, found)
        if named_whole is not None:
            return named_whole        # 鸠江区成绩突出，全区共申请专利940件: the district just named
        if self.lang == "zh" and key == "@province":
            right_before = next(ctx.before(rx, max(0, found.start() - 12), found.start()), None)
            code = self.lex.key(right_before.group(0), codes) if right_before is not None and right_before.end() == found.start() else ""
            if code.endswith("0000"):
                return code           # 广东全省审结…26858件 in a report of Beijing: Guangdong's
        return self.own_code(key)     # (AMBIGUOUS: a name several units share, none nearest)

    def national_before(self, ctx: Context, sentence: Span, clause: Span, start: int, found: re.Match | None) -> bool:
        """(zh) Whether the nearest place named before the number's clause in its sentence is the whole country
        (全国, as the subject of a statement: not a rank's or share's whole, 居全国首位 / 占全国的12%, nor a name's
        part, 全国驰名商标), nearer than any other place."""
        codes = self.lex.region_codes
        for m in ctx.before(self.lex.regions, max(sentence.start, start - 160), clause.start):
            if found is not None and m.start() < found.end():
                return False
            if self.lex.key(m.group(0), codes) != "@national":
                continue
            if RANKED_AMONG_ZH.match(ctx.norm, m.end()) or self.in_term(ctx, m) or ctx.in_quotes(m.start()):
                continue
            own, gap = ctx.around(ctx.clauses, m.start()), ctx.norm[m.end():start]
            aside = gap.count("）") + gap.count(")") > gap.count("（") + gap.count("(")
            if NATIONAL_OPENING_ZH.fullmatch(ctx.norm[own.start:m.start()]) and DIGIT.search(ctx.norm, m.end(), own.end) \
                    and not aside:
                return True   # (a clause that opens with it, past its dates, and states a figure of it: 2009年至2018年全国
                #               质押专利数由670件…; not 领跑全国, 占全国的, nor an aside: （从2023年开始，我国在…审查中引入…）)
        return False

    def share_subject(self, ctx: Context, clause: Span, found: tuple, agency: str) -> tuple | None:
        """(zh) The term a share is of when the nearest term before the percentage is its whole, the object of
        占 (发明专利授权量占专利授权总量的21.3%: the invention grants', not the grants'): (ids, start, end)."""
        m = SHARE_OF_ZH.search(ctx.norm, max(clause.start, found[1] - 8), found[1])
        if m is None:
            return None
        subject = self.term_before(ctx, clause, m.start(), agency)
        if subject is None or not subject[0] or DIGIT.search(ctx.norm, subject[2], m.start()):
            return None       # (a figure between: 发明专利3200件，占专利授权总量的: the statement before is the share's)
        return subject

    def whole_of_named(self, ctx: Context, sentence: Span, found: re.Match) -> str | None:
        """(zh) A whole of one level (全区, 全县, 全市) right after a place of that level named earlier in its
        sentence, inside the report's region and not the report's region itself: that place (从县区来看，鸠江区
        成绩突出，全区共申请专利940件 is the district's, not the city's)."""
        word = found.group(0)
        if self.lang != "zh" or not re.fullmatch(r"全[区县市]", word):
            return None
        own = self.report.meta.region_code
        codes = self.lex.region_codes
        reach = max(0, found.start() - 240)     # (its paragraph, a bounded look back)
        paragraph = max(reach, ctx.norm.rfind("\n", reach, found.start()) + 1)
        for m in ctx.before(self.lex.regions, paragraph, found.start()):
            code = self.lex.key(m.group(0), codes)
            if code.startswith("@") or code == AMBIGUOUS:
                continue
            if not m.group(0).endswith(word[-1]) or code == own or not code.startswith(own.rstrip("0")[:max(2, len(own.rstrip("0")))]):
                return None   # (the nearest place named is of another level or outside: the report's whole)
            return code
        return None

    def in_term(self, ctx: Context, m: re.Match) -> bool:
        """A place's name that starts a longer catalog term (全国驰名商标: a kind of mark, not the country),
        or that is joined by hyphens to another name (深圳-香港-广州, Shenzhen-Hong Kong-Guangzhou)."""
        if COMPOUND_PLACE.match(ctx.norm, m.end()) or COMPOUND_PLACE_BEFORE.search(ctx.norm, max(0, m.start() - 2), m.start()):
            return True       # "the Shenzhen-Hong Kong-Guangzhou cluster": places joined into one name, none alone
        if self.lex.terms is None:
            return False
        rx = getattr(self.lex.terms, "rx", self.lex.terms)      # (anchored: one position tried, not sixty)
        t = rx.match(ctx.norm, m.start())
        if t is not None and t.end() > m.end():
            return True
        if self.lang != "zh":
            return False
        code = str(self.lex.key(m.group(0), self.lex.region_codes))
        for at, level, issuers in ((m.end(), ".famous_provincial", ("0000", "@province")),
                                   (m.end() - 1, ".famous_municipal", ("00", "@city"))):
            honour = rx.match(ctx.norm, at)
            if honour is not None and code.endswith(issuers) and any(level in i for i in self.lex.ids(ctx.norm, honour)):
                return True   # 甘肃省著名商标, 宁波市知名商标 (in a county's report): the honour's issuer, not the figure's place
        return False

    def head_of_including(self, ctx: Context, sentence: Span, prev: Reading, r: Reading) -> Reading | None:
        """(en) The statement a list after "including" belongs to, when a change follows that list with
        only a comma: the change is the head's, not the last listed part's."""
        if self.lang != "en" or not re.fullmatch(r"[^\d;.,]*,\s*(?:an?|up|down)?\s*", ctx.norm[prev.end:r.start]):
            return None
        inc = ctx.last_before(INCLUDING, sentence.start, prev.start)
        if inc is None:
            return None
        at = inc.start()
        return next((o for o in reversed(self.earlier) if o.end <= at and o.chain and o.indicator and not o.sign
                     and o.start >= sentence.start), None)

    def named_between(self, ctx: Context, prev: Reading, r: Reading) -> str | None:
        """(zh) A unit named between a statement and the change or rank after it, other than the
        statement's (济宁(6.74)，…最少的日照按每万人口发明专利拥有量来看，排名全省第9位: 日照's rank);
        relative words (全省) and listed or compared names are no such subject."""
        rx = self.lex.regions
        if rx is None or self.lang != "zh":
            return None
        m = next((m for m in ctx.before(rx, prev.end, r.start) if not self.only_compared(ctx, m)), None)
        if m is None or self.region_list(ctx, m):
            return None
        code = self.lex.key(m.group(0), self.lex.region_codes)
        return None if code.startswith("@") or code == AMBIGUOUS or code == prev.region else code

    def inner_place(self, ctx: Context, clause: Span, outer: re.Match) -> re.Match | None:
        """(en) A place named right before "in <outer>" in the clause that lies inside `outer` ("Wuhan police in
        Hubei", "Pingshan District in Shenzhen"): the place the words are about; None otherwise."""
        codes = self.lex.region_codes
        whole = self.own_code(self.lex.key(outer.group(0), codes))
        inner = last_match(self.lex.regions, ctx.norm[max(clause.start, outer.start() - INNER_REACH):outer.start()])
        code = self.own_code(self.lex.key(inner.group(0), codes)) if inner is not None else None
        if whole is None or code is None or code == whole:
            return None
        prefix = whole[:2] if whole.endswith("0000") else whole[:4] if whole.endswith("00") else None
        return inner if prefix is not None and code.startswith(prefix) else None

    def own_code(self, code: str) -> str | None:
        """The region a name's code stands for in this report: 全省 its province, 全市 itself; None for
        the whole country or a name several units share."""
        own = self.report.meta.region_code
        if code == "@province":
            return own[:2] + "0000"
        if code in ("@city", "@county"):
            return own
        return None if code.startswith("@") or code == AMBIGUOUS else code

    def respective_region(self, ctx: Context, sentence: Span, r: Reading) -> str | None:
        """The n-th of a list of places named before a list of as many figures stated "respectively"
        (漳州、南平和宁德分别拥有155件、110件和94件; "Xiamen and Fuzhou had 5,000 and 4,000 …
        respectively"): that place's code; None when there is no such list."""
        rx = self.lex.regions
        if rx is None or r.run < 2 or not self.cue_before("respectively", ctx, sentence, sentence.end):
            return None
        first = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start
        joiner = LIST_JOINER[self.lang]
        chain = []        # nearest first, within a window (a long sentence is not scanned again for each number)
        for m in ctx.before(rx, max(sentence.start, first - 40 * r.run - 80), first):
            if not chain and self.lex.key(m.group(0), self.lex.region_codes).startswith("@"):
                continue      # 三个旗区…位居全市前三，分别为: the whole they are ranked in, no member
            if chain and not joiner.fullmatch(ctx.norm, m.end(), chain[0].start()):
                break
            chain.insert(0, m)
            if len(chain) > r.run:
                break
        codes = [self.own_code(self.lex.key(m.group(0), self.lex.region_codes)) for m in chain]
        while self.lang == "zh" and 0 < len(chain) < r.run:       # 稀土高新区、昆区、青山区: a zone no code names
            m = UNCODED_MEMBER.search(ctx.norm, max(sentence.start, chain[0].start() - 16), chain[0].start())
            if m is None:
                break
            chain.insert(0, m)
            codes.insert(0, UNCODED)
        if len(chain) != r.run:
            return None
        coded = [c for c in codes if c != UNCODED]
        return codes[r.pos] if all(codes) and len(set(coded)) == len(coded) else None

    def list_members(self, ctx: Context, m: re.Match) -> list[re.Match]:
        """The names of the list of places `m` ends or is in, in order (its names joined by 、和及与)."""
        rx = self.lex.regions
        members = [m]
        while True:       # back to the first
            joint = re.search(r"[、和及与]\s*$", ctx.norm[max(0, members[0].start() - 2):members[0].start()])
            if joint is None:
                break
            x = next((x for x in rx.finditer(ctx.norm, max(0, members[0].start() - 14), members[0].start())
                      if x.end() == members[0].start() - len(joint.group(0))), None)     # (the joiner in reach: a short
            #                                                                              name's lookahead sees it)
            if x is None:
                break
            members.insert(0, x)
        while True:       # on to the last
            joint = re.match(r"\s*[、和及与]\s*", ctx.norm[members[-1].end():members[-1].end() + 3])
            x = rx.match(ctx.norm, members[-1].end() + joint.end()) if joint is not None else None
            if x is None:
                break
            members.append(x)
        return members

    def region_list(self, ctx: Context, m: re.Match) -> bool:
        """Whether a region name is one of a list of them (杭州、金华分别以22.2万件、7万件位居前二):
        such names give their own figures and are no subject for the clauses after theirs."""
        rx = self.lex.regions
        after = re.match(r"\s*[、和及与]\s*", ctx.norm[m.end():m.end() + 3])
        if after is not None and rx.match(ctx.norm, m.end() + after.end()):
            return True
        before = re.search(r"[、和及与]\s*$", ctx.norm[max(0, m.start() - 2):m.start()])
        return before is not None and any(x.end() == m.start() - len(before.group(0))
                                          for x in rx.finditer(ctx.norm, max(0, m.start() - 12), m.start()))

    def listed_place(self, ctx: Context, sentence: Span, clause: Span, r: Reading) -> str | None:
        """(zh) A figure listed against a unit's name: "" for a bare number in brackets right after a
        name (青岛(58.99): the region is the one named before it), the unit's code for a count
        printed against it (金凤区以995件); None for any other number."""
        if r.number.unit == "" and bracketed_after_name(ctx.norm, r.start, r.end):
            place = ctx.last_before(self.lex.regions, sentence.start, r.start)
            return "" if place is not None and place.end() == r.start - 1 else None
        if self.lang == "en":
            return self.touching_region(ctx, sentence, r) if r.number.unit in ("", "count") else None
        place = ctx.last_before(self.lex.regions, sentence.start, r.start) if self.lex.regions is not None else None
        if place is not None and r.region and r.number.unit in ("count", "yuan") \
                and EACH_PLACE_ZH.fullmatch(ctx.norm, place.end(), r.start):
            return r.region   # 其中，…东西湖、东湖各2件: each of the places listed before it
        return self.touching_region(ctx, sentence, r) if r.number.unit in ("count", "yuan") else None

    def list_heading(self, ctx: Context, sentence: Span, r: Reading) -> list[str] | None:
        """(zh) The term a list of places is under, named in its sentence before the first place
        (按授权专利地区分布划分，银川市7286件、石嘴山市1941件): not the last statement of the line,
        which may be a part (外观设计641件)."""
        first = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start
        place = ctx.last_before(self.lex.regions, sentence.start, first) if self.lex.regions is not None else None
        if place is None:
            return None
        found = self.term_before(ctx, Span(sentence.start, place.start()), place.start())
        if found is None or not found[0] or any(o.start >= found[2] and o.start < place.start() for o in self.earlier):
            return None       # (a term with its own number before the list is a statement, not a heading)
        return found[0]

    def compared_figure(self, ctx: Context, sentence: Span, r: Reading) -> str | None:
        """The code of the region whose figure a number is, when it is only stated as what the
        statement before is compared with: 是全省6.8件的近4倍, 是全省该指标12.3件的1.7倍, "higher than the average of 21.61 in
        Tianjin", "above the provincial average of 6.8"; None otherwise (or for the whole country)."""
        norm, regions = ctx.norm, self.lex.regions
        if regions is None:
            return None
        if self.lang == "zh":
            m = re.search(r"(?:是|为|高于|高出|超过|超出|低于|相当于|好于)([\u4e00-\u9fff]{2,8}?)(?:该指标|这一指标|同一指标)?(?:平均水平|平均值|平均)?([(（]?)$",
                          norm[max(sentence.start, r.start - 15):r.start])
            close = ")）" if m is not None and m.group(2) else "的"
            if m is None or norm[r.end:r.end + 1] not in close:
                # 深圳…达31135项，…低于北京的63281项，高于上海的24214项: the place's own figure, compared with
                m = re.search(r"(?:高于|低于|超过|超出|不及|少于|多于|仅次于|次于)([\u4e00-\u9fff]{2,8}?)的()$",
                              norm[max(sentence.start, r.start - 15):r.start])
            if m is None or not regions.fullmatch(m.group(1)):
                return None       # (高出全区平均水平(2.77件)42%: the region's average in brackets)
            code = self.lex.key(m.group(1), self.lex.region_codes)
        else:
            m = re.search(r"\b(?:(?:than|above|below|over|compared (?:with|to))\s+(?:the\s+)?(?:(provincial|national|city|municipal)\s+)?"
                          r"average(?:\s+level)?\s+of|among\s+(?:the|all)?)\s*$", norm[max(sentence.start, r.start - 60):r.start], re.IGNORECASE)
            if m is None:
                return None       # ("8 GI trademarks in Chongming among the 17 ones in Shanghai": Shanghai's 17)
            scope = (m.group(1) or "").lower()
            code = {"provincial": "@province", "national": "@national", "city": "@city", "municipal": "@city"}.get(scope)
            if code is None:
                place = re.match(r"(?:\s+[a-z]+){0,2}?\s+in\s+(?:the\s+)?", norm[r.end:r.end + 30])
                found = regions.match(norm, r.end + place.end()) if place else None
                if found is None:
                    return None
                code = self.lex.key(found.group(0), self.lex.region_codes)
        return self.own_code(code)

    def aside_statement(self, ctx: Context, sentence: Span, r: Reading) -> Reading | None:
        """(zh) The statement right before the brackets a place's figure is in (每万人口有效发明专利拥有量稳居全省首位
        （福建省8.0件、全国9.8件）: the ratio its rank is of): what the places in the brackets are compared by."""
        opened = aside_opening(ctx.norm, sentence.start, r.start)
        if opened < 0:
            return None
        last = next((o for o in reversed(self.earlier) if o.end <= opened), None)
        if last is None or last.start < sentence.start or not (last.base and last.indicator) \
                or re.search(r"[\d)）]", ctx.norm[last.end:opened]):
            return None       # (not a list of companies' figures in brackets: 中通客车股份有限公司(72件),山东…(70件))
        return last

    def respective_member(self, r: Reading) -> str | None:
        """The code of a place of a list stated "respectively" with no term of its own (全省商标申请量59.7万件，
        其中，杭州、金华分别为22.2万件、7万件), when the line's last statement is of the same unit and of a
        region the place is part of: the place's figure of that statement; None otherwise."""
        named = self.line_statement(r, members=False) if r.respective and r.number.unit in ("count", "yuan") else None
        if named is None or named.number.unit != r.number.unit or not named.region.endswith("00") \
                or r.respective == named.region:
            return None
        whole = named.region[:2] if named.region.endswith("0000") else named.region[:4]
        return r.respective if r.respective.startswith(whole) else None

    def line_statement(self, r: Reading, members: bool = True) -> Reading | None:
        """The last stated level of the paragraph on the number's line: what a list of places
        (青岛(58.99)、济南(48.92); 西塞山区76.74%) gives each place's figure of; with `members` False, not a
        figure of a place of a list stated "respectively" (the statement such a list is of)."""
        return next((o for o in reversed(self.in_paragraph) if o.chain and o.indicator and o.line is r.line and not o.sign
                     and (members or not o.respective)), None)

    def touching_region(self, ctx: Context, clause: Span, r: Reading) -> str | None:
        """A unit's name printed right against the number (西塞山区76.74%, 赣州:93827件; "with Changsha holding an
        average of 13.75, Zhuzhou 3.45 and Xiangtan 2.81"): that unit's figure."""
        if self.lex.regions is None:
            return None
        if self.lang == "en":
            m = ctx.last_before(self.lex.regions, clause.start, r.start)
            if m is None or not PLACE_TO_FIGURE_EN.fullmatch(ctx.norm, m.end(), r.start):
                return None
            if not DIGIT.search(ctx.norm, max(0, m.start() - 12), m.start()) and self.only_compared(ctx, m):
                return None   # (not past another figure of the list: "…an average of 13.75, Zhuzhou 3.45")
        else:
            m = ctx.last_before(self.lex.regions, self.with_bracket_host(ctx, clause).start, r.start)   # (南沙(83.2%))
            gap = ctx.norm[m.end():r.start] if m is not None else ""
            if m is not None and r.number.unit == "percent" and PLACE_CHANGE_GAP_ZH.fullmatch(gap):
                gap = ""      # 白银专利申请量增长了254.2%，庆阳增长了211.8%: the next place's change of the same statement
            if m is not None and r.number.unit == "count" and PLACE_SHARE_GAP_ZH.fullmatch(gap) \
                    and re.match(r"\s*(?:[，,。；;）)]|$)", ctx.norm[r.end:r.end + 2]) \
                    and (opened := ctx.around(ctx.sentences, r.start).start) is not None \
                    and any(o.chain and o.indicator and o.start >= opened for o in self.earlier):
                gap = ""      # 新认定省著名商标47件，大庆新获认定9件: the place's part of the statement of its sentence (not
                #               广西又有3家企业…获得; 泉州市有1个入选: a count of something else)
            if m is None or gap not in ("", "以", "(", "（", ":", "：") \
                    or self.only_compared(ctx, m) and not bracket_after(ctx.norm, m.end(), r.start):
                return None       # 占北京市37.8%: the whole it is a share of (金凤区以995件, 南昌:112778件: its own)
            if m.start() > 0 and ctx.norm[m.start() - 1] in "·・/&＆":
                return None       # 开发区·铁山区52.50%: a zone and a unit together, neither alone
        code = self.lex.key(m.group(0), self.lex.region_codes)
        if code in ("@province", "@city") and self.lang == "zh" and 0 <= aside_opening(ctx.norm, max(0, m.start() - 30), m.start()) \
                and ctx.norm[m.start() - 1] in "(（、，,":
            return self.own_code(code)    # 每万人口发明专利拥有量14.6件(全省4.7件,…): the province's figure in an aside
        return None if code.startswith("@") or code == AMBIGUOUS else code

    def national_act(self, ctx: Context, sentence: Span, start: int) -> bool:
        """(zh) Whether the number's sentence has one of the country's authorities (rules `national_bodies`) as the
        subject of an act before it (公布, 认定, 核准 …), not cited as a source (据…) nor its agent (被…认定), with no place
        named in the sentence before the number."""
        bodies = (self.rules.national_bodies or {}).get(self.lang, ()) if self.lang == "zh" else ()
        if not bodies or self.lex.regions is None:
            return False
        lo = max(sentence.start, start - SUBJECT_REACH)
        m = last_match(national_act_rx(bodies), ctx.norm[lo:start])
        return m is not None and ctx.norm[max(0, lo + m.start() - 1):lo + m.start()] != "被" \
            and not any(not ctx.in_dateline(p.start()) for p in ctx.before(self.lex.regions, lo, start))
        #   (not 我省被国家工商行政管理总局认定…的中国驰名商标达到119件: the province's, recognised by it)

    def foreign_term(self, ctx: Context, term_start: int, region: str) -> bool:
        """(zh) Whether the term at `term_start` is qualified by a place named right before it (湖北省技术合同) that
        neither holds nor lies inside the figure's region: the figure is its region's part of that place's things, no
        total of either."""
        if self.lang != "zh" or not region or self.lex.regions is None:
            return False
        m = ctx.last_before(self.lex.regions, max(0, term_start - 12), term_start)
        if m is None or ctx.norm[m.end():term_start] not in ("", "的") or self.region_list(ctx, m):
            return False      # (漳州、南平和宁德地理标志商标数量分别为…: the last of the places the figures are of)
        code = self.lex.key(m.group(0), self.lex.region_codes)
        if code.startswith("@") or code == AMBIGUOUS:
            return False
        return not (region.startswith(prefix(code)) or code.startswith(prefix(region)))

    def bracketed_whole(self, ctx: Context, sentence: Span, start: int) -> str | None:
        """(zh) A number in brackets right after a region and a term (占自治区专利申请量(1204件)的32.3%):
        the named region's own figure, given as the whole of a share."""
        if self.lang != "zh":
            return None
        m = ctx.last_before(self.lex.regions, sentence.start, start)
        if m is None or not re.fullmatch(r"[^\d、，,;；。()（）]{2,16}[(（]\s*", ctx.norm[m.end():start]):
            return None
        code = self.lex.key(m.group(0), self.lex.region_codes)
        own = self.report.meta.region_code
        if code == "@province":
            return own[:2] + "0000"
        if code in ("@city", "@national", AMBIGUOUS) or self.lex.terms is None \
                or not self.lex.terms.search(ctx.norm, m.end(), start):
            return None
        return code

    def one_body(self, ctx: Context, sentence: Span) -> bool:
        """With no region named before the number in its sentence: the sentence, or else its
        paragraph, opens with the name of one office that is not named after a region (金陵海关立足…
        全年办理案件80起); in English, the paragraph's first sentence names one ("…, Jinling Customs
        carried out … the Customs handled 108 cases"): its numbers are that office's, not its region's."""
        nouns = (self.rules.named_bodies or {}).get(self.lang, ())
        if not nouns:
            return False
        rx = _body_rx(self.lang, "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))))
        first = ctx.sentences[0] if ctx.sentences else Span(0, len(ctx.norm))
        for opening in (ctx.norm[sentence.start:sentence.start + 24], ctx.norm[:24]):
            m = rx.match(opening) if self.lang == "zh" else rx.search(ctx.norm, first.start, first.end)
            if m is not None:
                regions = self.lex.regions
                return regions is None or not (regions.search(m.group("name")) or regions.fullmatch(m.group(0)))
        return False

    def verb_then_cases(self, ctx: Context, before_term: tuple | None, r: Reading) -> bool:
        """(zh) Whether a term of cases (a verb: 受理, 审结, 查处) stands right before the number and the cases it counts
        right after it (共受理600件知识产权案件, 审结42件知识产权民事案件)."""
        return before_term is not None and bool(before_term[0]) \
            and all(i in self.catalog.indicators and self.catalog.indicators[i].unit == "cases" for i in before_term[0]) \
            and re.fullmatch(r"\s*(?:了|共|共计|累计|总计)?\s*", ctx.norm[before_term[2]:r.start]) is not None \
            and CASES_AFTER_ZH.match(ctx.norm, r.end) is not None

    def own_basic_court(self, ctx: Context, found: re.Match, key: str) -> bool:
        """(zh) Whether a region name (`key`: its code) followed by 人民法院 / 人民检察院 names a county or district of the
        report's region (or the report's own): its one basic court or procuratorate (西湖区人民法院 in the district's
        report, 沙县区人民法院 in its city's), whose figures are the county's."""
        return self.lang == "zh" and key[:1].isdigit() and not key.endswith("00") \
            and key.startswith(prefix(self.report.meta.region_code)) \
            and re.match(r"(?:人民)?(?:法院|检察院)", ctx.norm[found.end():found.end() + 6]) is not None

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
        (占全省…, 居全国…, of the province's total, first in the province); in Chinese any region
        name after such a word (占北京市37.8%, 超过全省平均增幅, 是全省的3.88倍)."""
        if self.lang != "zh" and re.search(r"\b(?:than|compared (?:with|to)|average|among)\b(?:[^.;]|\.(?=\d)){0,40}$",
                                           ctx.norm[max(0, m.start() - 60):m.start()], re.IGNORECASE):
            return True       # "higher than the average of 21.61 in Tianjin", "among the 17 ones in Shanghai": compared with
        if self.lang != "zh" and re.match(r"['’]s\b", ctx.norm[m.end():m.end() + 3]) and re.search(
                r"(?:%|percent|per cent)\s+of\s+(?:the\s+)?$", ctx.norm[max(0, m.start() - 30):m.start()], re.IGNORECASE):
            return True       # "accounting for 28.8% of Tianjin's effective invention patents": the whole
        if self.lang != "zh" and not self.lex.key(m.group(0), self.lex.region_codes).startswith("@"):
            # a named whole: "of Guangzhou's total", "39 percent of the total amount in Guangzhou",
            # or what a rank is among: "ranking second in Hebei Province"
            if re.search(r"\b(?:rank(?:ing|ed|s)?|first|second|third|\d+(?:st|nd|rd|th))\b[\w\s-]{0,24}?\b(?:in|among|of)\s+(?:the\s+)?$",
                         ctx.norm[max(0, m.start() - 40):m.start()], re.IGNORECASE):
                return True
            return (re.match(r"\s*['’]s\s+(?:total|whole|overall)", ctx.norm[m.end():m.end() + 20]) is not None
                    or re.search(r"\b(?:total|amount|number)\s+(?:in|of)\s+(?:the\s+)?$", ctx.norm[max(0, m.start() - 24):m.start()],
                                 re.IGNORECASE) is not None)
        if self.lang == "zh" and re.match(r"\s*(?:排名|排位|排在|(?:排|列|居)第|位列|位居|名列|第[一二三四五六七八九十\d]|[由从]第|前列|首位|居首|之首|首个|首家|首批|唯一|率先)", ctx.norm[m.end():m.end() + 4]):
            return True       # 全省排名第一, 全国第三, 在全国排第十位, 在全国由第11位上升至第8位, 在全省率先突破: what it ranks among
        if self.lang == "zh" and ctx.norm[m.end():m.end() + 1] == "级":
            return True       # 自治区级专利导航服务基地, 省级优势企业: a level of recognition, no place
        if self.lang == "zh" and not m.group(0).startswith(("全", "本", "我")) and re.match(
                r"(?:知识产权|专利|商标)(?:示范|优势|试点|运营|贯标|强)|著名商标|知名商标|名牌产品|专利奖", ctx.norm[m.end():m.end() + 6]):
            return True       # 国家知识产权示范企业4家、自治区知识产权优势企业19家, 成都市著名商标46件: a level too (not 全省知识产权示范企业)
        pre = ctx.norm[max(0, m.start() - 10):m.start()]
        words = self.rules.compared_region.get(self.lang, ())
        if not words:
            return False
        # the word right before the name, or before a whole named with it (占西藏全区63%)
        hit = re.search(r"(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\s*([\u4e00-\u9fff]{0,6})$",
                        pre, re.IGNORECASE)
        if hit is not None and re.search(r"的是\s*[\u4e00-\u9fff]{0,6}$", pre):
            return False      # 拥有量最多的是青岛，达到59414件: the one that has most, not a comparison
        return hit is not None and (not hit.group(1) or (self.lex.regions is not None and self.lex.regions.fullmatch(hit.group(1)) is not None))

    def year_at(self, ctx: Context, sentence: Span, clause: Span, start: int, end: int) -> int | None:
        """The year a number's sentence names before it (after it, in English, in its clause), unless
        that year is compared with (比2015年, 超过2015年全年), the end of a range (2021-2035年) or
        farther than 今年 (this year: the report's own); None when there is none of its own."""
        rx = ZH_YEAR if self.lang == "zh" else EN_YEAR
        own = DATE_AFTER_EN.match(ctx.norm, end) if self.lang == "en" else None
        if own is not None:
            return int(own.group(2))
        m = ctx.last_before(rx, sentence.start, start)
        while m is not None and self.event_date(ctx, m.end(), start):
            m = ctx.last_before(rx, sentence.start, m.start())     # (2019年第一季度例行新闻发布会上获悉: the event's year)
        same = ctx.last_before(SAME_YEAR[self.lang], sentence.start, start) if m is None else None
        if same is not None:          # 同年，上海市PCT专利申请量为5591件: the year the sentences before named
            named = ctx.last_before(rx, max(0, sentence.start - SAME_YEAR_BACK), same.start())
            return int(named.group(1)) if named is not None else None
        last = ctx.last_before(LAST_YEAR_ZH if self.lang == "zh" else LAST_YEAR_EN, m.end() if m else sentence.start, start)
        if last is not None and (self.lang == "en" or ctx.last_before(THIS_YEAR_ZH, last.end(), start) is None) \
                and not has_words(self.rules.year_compare.get(self.lang, ()),
                                  ctx.norm[max(sentence.start, last.start() - (4 if self.lang == "zh" else 14)):last.start()], self.lang):
            return self.last_year()       # 2024年…工作会议透露，截至去年底: the year before the report's publication ("Last
            #                               year, the total number of applications reached 60,247")
        if m is not None and self.lang == "zh" and (
                (m.start() > 0 and ctx.norm[m.start() - 1] in "-—–~～至" and (
                    not UP_TO_YEAR_ZH.match(ctx.norm, max(0, m.start() - 2), m.start()) or self.in_review(int(m.group(1)))))
                or ctx.last_before(THIS_YEAR_ZH, m.end(), start) is not None):
            return None       # 2020年12月16日至2021年6月15日, (2021-2035年): no one year; 今年1-6月 after a plan's 2035年
        if self.lang == "en" and (m is None or m.start() < clause.start):
            m2 = rx.search(ctx.norm, end, clause.end)
            if m2 is not None and re.match(r"\s*(?:and|,|to|-|–)\s*(?:19|20)\d{2}\b", ctx.norm[m2.end():m2.end() + 10]):
                return None   # "in 2019 and 2020 respectively": no one year of its own
            if m2 is not None and SINCE_AFTER_EN.match(ctx.norm, end, m2.end()) is not None:
                return None   # "953 patents since 2002": a span from that year (window_at), not that year's
            if m2 is not None and DIGIT.search(ctx.norm, end, m2.start()) is not None:
                m2 = None     # "5.67% of the total compared with 4.7% in 2010": the year of the figure nearer it
            if m2 is not None:
                pre = ctx.norm[max(clause.start, m2.start() - 14):m2.start()]
                return None if has_words(self.rules.year_compare.get("en", ()), pre, "en") else int(m2.group(1))
        if m is None:
            return None
        compared = self.rules.year_compare.get(self.lang, ())
        pre = ctx.norm[max(sentence.start, m.start() - (4 if self.lang == "zh" else 14)):m.start()]
        if not has_words(compared, pre, self.lang):
            return int(m.group(1))
        if self.lang == "zh" and re.fullmatch(r"[从由]", pre[-1:]) and re.fullmatch(r"(?:底|末)?的?", ctx.norm[m.end():start]):
            return int(m.group(1))    # 从2012年的2108件增长到3467件: the level of the year it started from
        width = 4 if self.lang == "zh" else 14
        for m in ctx.before(rx, sentence.start, m.start()):      # past a compared year (较2012年增长3.82倍)
            if not has_words(compared, ctx.norm[max(sentence.start, m.start() - width):m.start()], self.lang):
                return int(m.group(1))
        return None

    def applied_for(self, ctx: Context, term_start: int, candidates: list[str]) -> bool:
        """(zh) Whether a verb of filing stands right before the term of a stock (新申请地理标志商标): the rights applied
        for are no count of the rights held."""
        verbs = (self.rules.applying or {}).get(self.lang, ())
        return any(ctx.norm.endswith(v, 0, term_start) for v in verbs) \
            and all(c in self.catalog.indicators and self.catalog.indicators[c].measure == "stock" for c in candidates)

    def filings_of(self, stocks: list[str]) -> list[str]:
        """The catalog's flows of filings for rights held (trademarks.madrid.valid -> trademarks.madrid.applications;
        a stock with no such sibling: none)."""
        filed = [(c[:-len(".valid")] if c.endswith(".valid") else c) + ".applications" for c in stocks]
        return [f for f in filed if f in self.catalog.indicators and self.catalog.indicators[f].measure == "flow"]

    def over_years(self, ctx: Context, clause: Span, r: Reading, after: str) -> bool:
        """Whether a change is said to be over a year before the last one, or over the time before an event
        (较试点前), before it in its clause (较2019年底, 与2015年相比) or (en) right after it ("up 142% over 2019",
        "compared with the end of 2019"), or is stated in a span of several years (“十四五”以来) with no word of a
        yearly change."""
        at = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start    # (a list's: from its first)
        if self.lang == "zh" and BEFORE_EVENT_ZH.search(ctx.norm, max(clause.start, at - 24), at):
            return True       # 较试点前增长145.76%: the change since the time before an event, not on a year before
        m = ctx.last_before(COMPARED_YEAR[self.lang], clause.start, r.start)
        if self.lang == "en":
            m = COMPARED_YEAR["en"].search(after[:40]) or m
        year = r.year or (r.as_of[0] if r.as_of and r.as_of[0] else None) or self.final_year
        if m is not None:
            return int(m.group(1)) < year - 1
        words = ctx.norm[clause.start:r.start] + (" " + after[:40] if self.lang == "en" else "")
        if PAST_YEARS[self.lang].search(ctx.norm[max(ctx.around(ctx.sentences, r.start).start, r.start - 40):r.start] + " " + after[:40]):
            return not self.cue("yearly", words)      # 近5年增长122.73%, "… over the Past 6 Years" (not 五年来…同比增长3.35%)
        return r.window is not None and period_start(r.window)[0] < period_end(r.window)[0] and not self.cue("yearly", words)
        #        (“十四五”以来，…有效发明专利增长至28043件，增幅达133%: the change over those years)

    def event_date(self, ctx: Context, date_end: int, start: int) -> bool:
        """(zh) Whether the date ending at `date_end` names an event before the number (…2019年第一季度例行新闻发布会上
        获悉，…23.6件), not the period of the figure."""
        if self.lang != "zh":
            return False
        m = EVENT_AFTER_ZH.match(ctx.norm, date_end)
        return m is not None and m.end() <= start

    def in_review(self, year: int) -> bool:
        """Whether the report reviews several years and `year` is one of them: 截至2020年底 in a review of
        2016-2020 dates a running total over the review, not a year of its own (截至2023年底 in a report of
        2024 is 2023's)."""
        return self.first_year < self.final_year and self.first_year <= year <= self.final_year

    def risen_to(self, ctx: Context, sentence: Span, r: Reading) -> bool:
        """Whether the number is the level a figure rose or fell to (增加到24200件, "rose from 9,200 to 24,200")."""
        return bool(RISEN_TO_END.search(ctx.norm, max(sentence.start, r.start - 20), r.start)
                    or RISEN_TO_EN.search(ctx.norm, max(sentence.start, r.start - 60), r.start))

    def from_level(self, ctx: Context, sentence: Span, r: Reading) -> int | None:
        """The year of a level a figure rose or fell from (从2015年末的1.61件, 由去年的…, "from 777 in 2018";
        in a span "From 2011 to 2020, … increased from 9,200 to 24,200" its first year); 0 for such a
        level with no date of its own (从去年同期的20件, "up from 6.8"); None for any other figure. After
        `window_at`."""
        if self.lang == "zh":
            m = FROM_DATE_ZH.search(ctx.norm, max(sentence.start, r.start - 16), r.start)
            compared = compared_level(ctx.norm[max(sentence.start, r.start - 16):r.start], ctx.norm[r.end:r.end + 8]) \
                if m is None else None
            m = m or compared
            if m is None:
                return None
            if m.group(2) and compared is not None and (m.group(1) or "")[:1].isdigit() and r.span is None \
                    and "/" not in self.report.meta.period:
                return int(m.group(1)[:4])      # 与2011年同期272件相比 in a year's report: that year's
            if m.group(2) and compared is not None and r.span is None and "/" not in self.report.meta.period \
                    and (named := last_match(ZH_YEAR, ctx.norm[sentence.start:r.start])) is not None:
                return int(named.group(1)) - 1      # 2007年…17376件，比上年同期的14576件 in a year's report: the year before
            if compared is not None and r.span is None and re.fullmatch(r"\d{4}", self.report.meta.period) \
                    and not (m.group(1) or "")[:1].isdigit() and last_match(ZH_YEAR, ctx.norm[sentence.start:r.start]) is None:
                return int(self.report.meta.period) - 1     # 比上年(同期)的2827件 with no year named, in a year's report
            if m.group(2):
                return 0          # 去年同期: a part of the year before, not named
            if m.group(1) and compared is not None and not m.group(1)[0].isdigit() \
                    and (named := last_match(ZH_YEAR, ctx.norm[sentence.start:r.start])) is not None:
                return int(named.group(1)) - 1      # 2012年…488件，较上年的272件: the year before the statement's
            if m.group(1):
                return int(m.group(1)[:4]) if m.group(1)[0].isdigit() else self.last_year()
            return self.window_opening(ctx, sentence, r)
        if FROM_LEVEL_EN.search(ctx.norm, max(sentence.start, r.start - 40), r.start) is None:
            return None
        own = DATE_AFTER_EN.match(ctx.norm, r.end)
        if own is not None:
            return int(own.group(2))
        return self.window_opening(ctx, sentence, r)

    def window_opening(self, ctx: Context, sentence: Span, r: Reading) -> int:
        """The year of a level risen from with no date of its own in its sentence's span of years: the span's first
        (2011年至2020年，…从9200件增加到24200件: 2011), the year before the N years just past (五年来，…从6700件增加到
        22600件; "over the past five years, … grown from 6,700 to 22,600": 2015 in a report of 2020); 0 with no span."""
        if not r.window:
            return 0
        return period_start(r.window)[0] - (1 if self.over_past_years(ctx, sentence, r) else 0)

    def over_past_years(self, ctx: Context, sentence: Span, r: Reading) -> bool:
        """Whether the window a figure's sentence states is the N years just past (近三年来, "over the past five
        years"), no named span (“十三五”期间, 2011年至2020年, since 2012)."""
        named = [rx for rx, kind in WINDOW_CUES[self.lang] if kind in ("plan", "since", "years")]
        return ctx.last_before(PAST_N_YEARS[self.lang], sentence.start, r.start) is not None \
            and not any(ctx.last_before(rx, sentence.start, r.start) for rx in named)

    def same_span_last_year(self, since: re.Match, r: Reading) -> tuple | None:
        """(zh) (year, last month) of the same months a year before, for a level risen from 去年同期 (`since`,
        a FROM_DATE_ZH match) in a part of a year that starts in January (the sentence's 1—6月 / 上半年, else
        the report's period); None when that part is not known."""
        if since.group(1) not in (None, "去年", "上年", "上一年"):
            return None
        period = self.report.meta.period
        if r.span is not None:
            year, month = r.span[0] or period_end(period)[0], r.span[1]
        elif "/" in period and period_start(period) == (period_end(period)[0], 1):
            year, month = period_end(period)
        else:
            return None
        return (year - 1, month) if month < 12 else None

    def enumerated_window(self, ctx: Context, sentence: Span) -> str | None:
        """(zh) The span of years the lead of an enumeration states (自2018年组建以来，…业绩。一是…。三是…，共查办各类
        侵权案件近3千件), for an undated figure in a sentence that opens with one of its items; None otherwise."""
        if self.lang != "zh" or not ENUMERATED_ZH.match(ctx.norm, sentence.start):
            return None
        last = self._enumerated       # (once a sentence: it may hold thousands of numbers)
        if last is None or last[0] is not ctx or last[1] != sentence.start:
            last = self._enumerated = (ctx, sentence.start, self._enumeration_lead_window(ctx, sentence))
        return last[2]

    def _enumeration_lead_window(self, ctx: Context, sentence: Span) -> str | None:
        first = ctx.norm.rfind("一是", max(0, sentence.start - 4000), sentence.start + 3)
        if first < 0 or "\n" in ctx.norm[first:sentence.start]:
            return None
        lead = ctx.around(ctx.sentences, first)
        if lead.start < first and re.fullmatch(r"\s*", ctx.norm[lead.start:first]) is None:
            return self.window_at(ctx, lead, first)       # (…业绩：一是…: the lead before it in its sentence)
        lead = ctx.around(ctx.sentences, max(0, lead.start - 1))
        return self.window_at(ctx, lead, lead.end) if lead.end <= first else None

    def window_at(self, ctx: Context, sentence: Span, start: int, figure_end: int | None = None) -> str | None:
        """The span of years (`YYYY-MM/YYYY-MM`) the sentence states a flow over before the number: a
        five-year plan's period, since a year, between two years; it ends at the report's period end
        (or publication) when that comes first. None when a date named after the cue dates the number."""
        zh = self.lang == "zh"
        found = []
        for rx, kind in WINDOW_CUES[self.lang]:
            m = ctx.last_before(rx, sentence.start, start)
            if m is not None and zh and re.search(r"[，,；;]", ctx.norm[sentence.start:m.start()]) \
                    and re.search(r"[；;]", ctx.norm[m.end():start]):
                continue      # (…近三年年均增长分别为20.74%和38.56%；全省PCT专利申请量达到143件: the span of a statement before,
                #               not of the sentence's opening: 2021年以来，…；公安机关破获案件91件)
            if m is not None:
                found.append((m.end(), kind, m))
        after = SINCE_AFTER_EN.match(ctx.norm, figure_end, sentence.end) \
            if not found and figure_end is not None and self.lang == "en" else None
        if after is not None:         # "Tibet has applied for 953 patents since 2002": since the year named after it
            found.append((after.end(), "since", after))
        if not found or PER_YEAR[self.lang].search(ctx.norm, max(sentence.start, start - 8), min(sentence.end, start + 80)):
            return None       # "since 2012 … over 1,000 cases annually", 每年: a yearly figure, not the span's
        end, kind, m = max(found, key=lambda f: f[0])
        if kind == "plan" and re.search(r"(?:较|比|与|同|\b(?:that|those|than|with|to|over))\s*[“\"']?$", ctx.norm[max(0, m.start() - 12):m.start()],
                                        re.IGNORECASE):
            return None       # 较“十二五”时期, "3.3 times of that in the 12th Five-Year Plan period": compared with
        if kind == "days":    # 从元月1日到2017年9月15日, 2020年12月16日至2021年6月15日: a window of days
            return self.days_window(m)
        if kind == "months":  # 2014年1月至2018年12月: those months, when they are months of two years
            first, last = (int(m.group(1)), int(m.group(2))), (int(m.group(3)), int(m.group(4)))
            return f"{first[0]}-{first[1]:02d}/{last[0]}-{last[1]:02d}" \
                if first[0] < last[0] and 1 <= first[1] <= 12 and 1 <= last[1] <= 12 else None
        later = ctx.last_before(ZH_YEAR if zh else EN_YEAR, end, start)
        if later is not None or ctx.last_before(AS_OF[self.lang], end, start) is not None \
                or (zh and ctx.last_before(YEAR_END_NAMED_ZH, end, start) is not None):
            return None       # “十三五”期间…，2020年专利授权…: the year named after it
        last_y, last_m = period_end(self.report.meta.period)
        published = self.published()
        if published is not None and (published.year, published.month) < (last_y, last_m):
            last_y, last_m = published.year, published.month
        if kind == "plan":
            first = PLAN_YEARS[m.group(1)]
            to = min((first + 4, 12), (last_y, last_m))
        elif kind == "since":
            year = m.group("year") if "year" in m.re.groupindex else m.group(1)
            first = int(year) if year else self.last_year()
            to = (last_y, last_m)
        elif kind == "past":
            n = next(g for g in m.groups() if g)      # (近三年, 5年来, "the past three years")
            n = int(n) if n.isdigit() else zh_int(n.replace("两", "二")) if zh else EN_WORDS.index(n.lower()) + 2
            if not 2 <= n <= 30:
                return None
            first, to = last_y - n + 1, (last_y, last_m)
        else:
            first, to = int(m.group(1)), (int(m.group(2)), 12)
            if to[0] > last_y:
                return None   # (2021-2035年: a plan's years still to come)
            to = min(to, (last_y, last_m))
        if first >= to[0]:     # (2022年以来 in a report of 2022: that year's flow; in a news item of 6 December, to that day)
            early = kind == "since" and first == to[0] and published is not None and (published.year, published.month) == to
            return f"{first}-01/{to[0]}-{to[1]:02d}" if early and before_end(published, self.report.meta.period) else None
        return f"{first}-01/{to[0]}-{to[1]:02d}"

    def days_window(self, m: re.Match) -> str | None:
        """The period of a DAYS_ZH window (its years, else the one named, else the report's last)."""
        last_y = int(m.group(4) or m.group(1) or period_end(self.report.meta.period)[0])
        first_y = int(m.group(1)) if m.group(1) else last_y
        try:
            first = date(first_y, 1 if m.group(2) == "元" else int(m.group(2)), int(m.group(3)))
            last = date(last_y, int(m.group(5)), int(m.group(6)))
        except ValueError:
            return None
        return day_window(first, last) if first < last else None

    def last_year(self) -> int:
        """The year 去年 names: the one before the report's publication when that is known, and not past the
        report's own period (a repost dated years later says 去年 of the year it reports); else the year before
        a part-year report's; else the report's own (a year's report is published after it)."""
        published = self.publication()
        if published is not None:
            return min(published.year - 1, period_end(self.report.meta.period)[0])
        year = int(self.report.meta.period[:4])
        return year - 1 if "/" in self.report.meta.period else year

    def as_of(self, ctx: Context, sentence: Span, start: int, end: int | None = None) -> tuple | None:
        """(year or None, month) of the month end the sentence dates a stock at before the number (截至6月底,
        "as of March 31"); (year, month, day) of the report's publication for 截至目前 / "to date"."""
        m = ctx.last_before(AS_OF[self.lang], sentence.start, start)
        reached = REACHED_MONTH_ZH.search(ctx.norm, max(sentence.start, start - 14), start) if self.lang == "zh" else None
        if reached is not None and (m is None or m.start() < reached.start()) and 1 <= int(reached.group(2)) <= 12:
            return (int(reached.group(1)) if reached.group(1) else None), int(reached.group(2))
        own = DATE_AFTER_EN.match(ctx.norm, end) if self.lang == "en" and end is not None else None
        if own is not None:
            return (int(own.group(2)), MONTH_NAMES.index(own.group(1).lower()) + 1) if own.group(1) else None
        if m is None and self.lang == "en":       # "reported 16,018 valid invention patents … at the end of October"
            m = ctx.first_after(AS_OF["en"], start, sentence.end)
        if m is None:
            published = self.published()
            if published is None or not self.cue_before("now", ctx, sentence, start):
                return None
            return published.year, published.month, published.day
        if self.lang == "zh":
            year = int(m.group(1)) if m.group(1) else None
            month = int(m.group(2)) if m.group(2) else 3 * zh_int(m.group(3)) if m.group(3) else PART_YEAR_END_ZH[m.group(4)]
            if not 1 <= month <= 12:
                return None
            year = year + 2000 if year is not None and year < 100 else year
            return on_day(year, month, re.search(r"月(\d{1,2})日$", m.group(0)))     # 截至6月15日
        year, month = (int(m.group(2)) if m.group(2) else None), MONTH_NAMES.index(m.group(1).lower()) + 1
        return on_day(year, month, re.match(r"[A-Za-z]+\s+(\d{1,2})(?!\d)", m.group(0)[m.start(1) - m.start():]))   # "as of March 15"

    def elliptic_period_item(self, ctx: Context, sentence: Span, r: Reading):
        """(en) A figure after "and" that states the figure before it again for another period, with no term of its own
        ("applied for 195 patents in 2009 and for 19 in the first quarter of 2010"; "granted 2,000 patents in 2009 and
        900 in the first half of 2010"): the term of the figure before, (ids, start, end) or None."""
        if ELLIPTIC_AND_EN.search(ctx.norm, max(sentence.start, r.start - 12), r.start) is None \
                or PERIOD_AFTER_EN.match(ctx.norm, r.end, sentence.end) is None:
            return None
        last = next((o for o in reversed(self.earlier) if o.end <= r.start and not o.sign), None)
        if last is None or last.start < sentence.start or not last.chain or not last.indicator \
                or r.number.unit not in ("", "count", last.number.unit) or PERIOD_AFTER_EN.match(ctx.norm, last.end, r.start) is None:
            return None       # (the figure before is dated by words after it too: a series of periods)
        return [last.indicator], r.start, r.start

    def span_at(self, ctx: Context, sentence: Span, start: int, figure_end: int | None = None) -> tuple | None:
        """(year or None, last month) of the part of a year the sentence names before the number
        (2018年1—9月 -> (2018, 9); 前三季度 -> (None, 9); "the first half of 2019" -> (2019, 6)); in English,
        also right after the number and its words ("… and 19 in the first quarter of 2010")."""
        m = ctx.last_before(SPAN[self.lang], sentence.start, start)
        later_year = ctx.last_before(ZH_YEAR if self.lang == "zh" else EN_YEAR, sentence.start, start)
        after = SPAN_AFTER_EN.match(ctx.norm, figure_end, sentence.end) if self.lang == "en" and figure_end is not None else None
        if after is not None:
            m = SPAN["en"].match(ctx.norm, after.end())
            later_year = None
        one = ctx.last_before(ONE_MONTH_ZH, sentence.start, start) if self.lang == "zh" else None
        if one is not None and (m is None or one.start() >= m.end()) and (later_year is None or later_year.start() < one.end()) \
                and not self.event_date(ctx, one.end(), start):
            month = zh_int(one.group(2))       # 3月份，全市发明专利申请2330件: that month's flow (a stock at its end)
            return ((int(one.group(1)) if one.group(1) else None), month, month) if 1 <= month <= 12 else None
        if m is None or (later_year is not None and later_year.start() >= m.end()) or self.event_date(ctx, m.end(), start):
            return None       # (…1—9月…；2022年全年…: the year named after it; 第一季度例行新闻发布会: an event's)
        g = m.groups()
        if self.lang == "zh":
            year = int(g[0]) if g[0] else None
            n = g[1] or g[2]
            month = zh_int(n) if n else PART_YEAR_END_ZH.get(g[3] or g[4], 3)
        else:
            year = int(g[4] or g[6]) if (g[4] or g[6]) else None
            if g[5]:
                month = MONTH_NAMES.index(g[5].lower()) + 1
            elif g[3]:
                month = int(g[3]) if g[3].isdigit() else EN_COUNT.index(g[3].lower()) + 2
            else:
                month = 6 if g[0] else 9 if g[1] else 3
        return (year, month) if month and 1 <= month < 12 else None

    def year_after_report(self, ctx: Context, sentence: Span, start: int) -> int | None:
        """The year 今年 / "this year" names before a part of a year or a month's end (今年1-2月份, 截至今年2月底, 今年一季度)
        in the report of a whole year that speaks of that year as past before it (2024年，全市…1124件; 至去年): the
        year after the report's, in which it was written (a whole year's figures come out after it ends), or
        the year of its publication when that is known; None for any other 今年 (the report's own year)."""
        if "/" in self.report.meta.period:
            return None
        this = ctx.last_before(THIS_YEAR_ZH if self.lang == "zh" else THIS_YEAR_EN, sentence.start, start)
        if this is None or (ZH_YEAR if self.lang == "zh" else EN_YEAR).search(ctx.norm, this.end(), start) is not None:
            return None
        year = self.first_year
        published = self.publication()
        if published is not None:
            return published.year if published.year > year else None
        if self._year_past is None:       # (the pattern, and the first line naming the year as past: looked up once)
            rx = re.compile(rf"{year}年(?!\s*(?:\d|[一二三四五六七八九十]|上半年|前三季度|第?[一二三四1-4]季度|底|末))"
                            rf"|{LAST_YEAR_ZH.pattern}") if self.lang == "zh" else \
                re.compile(rf"\b(?:[Ii]n|[Ff]or)\s+{year}\b(?!\s*(?:first|second|third|fourth)\b)|{LAST_YEAR_EN.pattern}")
            #     ("in 2014, Shanghai Customs has seized 461 … in the first quarter this year": the next year's quarter)
            first = next((ln.number for ln in self.report.half(self.lang) if rx.search(ln.text)), None)
            self._year_past = (rx, first)
        rx, first = self._year_past
        return year + 1 if (first is not None and first < ctx.lines[0].number) \
            or rx.search(ctx.norm, max(0, this.start() - SUBJECT_REACH * 4), this.start()) else None

    def published(self):
        """The report's publication day (periods.publication_date), when it is not before its period
        starts (a news item of December 2021 on 2021: "so far" is that day)."""
        if self._published is False:
            day = self.publication()
            self._published = day if day is not None and (day.year, day.month) >= period_start(self.report.meta.period) else None
        return self._published

    def publication(self):
        """The report's publication day as given or printed (periods.publication_date), looked up once."""
        if self._publication is False:
            self._publication = publication_date(self.report)
        return self._publication

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

    def by_agency_unit(self, num: Number, agency: str, before: str = "") -> list[str]:
        """No term: the one indicator of the sentence's authority whose distinctive unit the measure
        word names (海关 … 1074 批次 -> customs.batches); not when the words before the number hold the
        noun of its term under another verb (刑事拘留犯罪嫌疑人793名 is not 抓获犯罪嫌疑人)."""
        if agency == "none":
            return []
        ids = [i.id for i in self.catalog.indicators.values() if i.unit in self.rules.distinct_units
               and agency in (i.extra.get("agencies") or ()) and self.fits(i, num) == 2]
        if len(ids) != 1:
            return []
        terms = self.catalog.indicators[ids[0]].terms_zh if self.lang == "zh" else ()
        if any(t in before for t in terms):
            return ids
        for t in terms:
            for k in range(2, len(t) - 2):
                at = before.rfind(t[k:])
                if at >= 0 and not any(u[:2] in before[max(0, at - 6):at] for u in terms):
                    return []
            verb = before.rfind(t[:2])          # (抓获网上逃犯63名: another noun after the term's verb counts other persons)
            tail = before[verb + 2:] if verb >= 0 and len(t) > 4 else ""
            if re.fullmatch(r"[\u4e00-\u9fff]{2,}", tail) and not tail.endswith((t[-3:], "人员")):
                return []
        return ids

    def variant(self, base: str, suffix: str) -> str | None:
        iid = base + suffix
        return iid if iid in self.catalog.indicators else None

    def base_of(self, iid: str) -> str:
        ind = self.catalog.indicators[iid]
        return base_id(ind)

    def read(self, ctx: Context) -> list[Reading]:
        out: list[Reading] = []
        self._first_cue = {}
        in_terms = [(m.start(), m.end()) for m in self.lex.terms.finditer(ctx.norm)] if self.lex.terms else []
        numbers = [(ln, off, num) for ln, off in zip(ctx.lines, ctx.starts) for num in find_numbers(ln.text, self.lang)]
        spans = [(ctx.at(off + num.start), ctx.at(off + num.end - 1) + 1) for _, off, num in numbers]
        places = self.list_places(ctx, [n for _, _, n in numbers], spans)
        term_starts = [a for a, _ in in_terms]
        sentence_first = 0           # index in `out` of the first reading of the current sentence
        lead = None                  # the first number of the current list
        for n, ((line, offset, num), (start, end), (pos, run)) in enumerate(zip(numbers, spans, places)):
            if pos == 0:
                lead = num
            elif self.lang == "zh" and num.qualifier == "exact" and lead is not None and lead.unit == num.unit \
                    and lead.qualifier in ("more_than", "less_than") and not lead.text[:1].isdigit():
                num = replace(num, qualifier=lead.qualifier)    # 分别突破3万件和2万件: the word before the list bounds each
            k = bisect.bisect_right(term_starts, start) - 1
            if k >= 0 and in_terms[k][0] <= start and end <= in_terms[k][1]:
                continue      # part of a name: "invention patents per 10,000 people"
            if DENOMINATOR[self.lang].search(ctx.norm, max(0, start - 14), start):
                continue      # the base of a ratio: "for every 10,000 residents", 每万人
            if self.lang == "zh" and INDICATORS_COUNTED_ZH.match(ctx.norm, end):
                continue      # 专利申请量、发明专利申请量和发明专利授权量3项指标均位居全省首位: the list's length
            sentence, clause = ctx.around(ctx.sentences, start), ctx.around(ctx.clauses, start)
            quote = ctx.raw(max(clause.start, start - QUOTE_MAX), min(clause.end, end + QUOTE_MAX),
                            line.number).strip().rstrip(CLAUSE_END).strip()
            r = Reading(line, num, start, end, num.value, clause=quote, pos=pos, run=run,
                        run_end=spans[min(len(spans) - 1, n + run - 1 - pos)][1])
            while sentence_first < len(out) and out[sentence_first].start < sentence.start:
                sentence_first += 1
            # the sentence's readings before this one (the last EARLIER_MAX: a list of thousands of
            # numbers, a flattened table, must not make the work quadratic)
            self.earlier = out[max(sentence_first, len(out) - EARLIER_MAX):]
            self.in_paragraph = out[-EARLIER_MAX:] or self.last_paragraph
            prev = out[-1] if out and out[-1].start >= sentence.start else None
            last = out[-1] if out else self.last_paragraph[-1] if self.last_paragraph \
                and line.number - self.last_paragraph[-1].line.number <= 2 else None     # (or the paragraph's before)
            if prev is None and last is not None and last.chain and not last.sign and self.lang == "en" \
                    and (m := THE_NUMBER_EN.match(ctx.norm, sentence.start)) is not None and m.end() <= start \
                    and re.fullmatch(r"(?:[a-z]+\s+){0,2}", ctx.norm[m.end():start]):
                prev = last       # "… granted 6,142 invention patents. The number increased nearly 80 percent": that figure's
            if prev is not None and not prev.chain and len(out) > 1 and out[-2].start >= sentence.start and (
                    prev.number.unit == "times" or self.cue("up", upto := ctx.norm[ctx.around(ctx.clauses, prev.start).start:prev.end])
                    or self.cue("down", upto)
                    or self.cue("new", ctx.norm[max(sentence.start, prev.start - 8):prev.start])
                    or mark_passed(prev, out[-2]) or self.counts_places(ctx, prev) or prev.goal or (
                        self.lang == "zh" and prev.number.unit == num.unit and ROSE_TO_ZH.fullmatch(ctx.norm, prev.end, start)
                        and FROM_DATE_ZH.search(ctx.norm, max(sentence.start, prev.start - 16), prev.start))):
                # 申请发明专利93527件，较2012年增长3.82倍，居全国第5位: past a change the catalog cannot name;
                # 有效商标44589件，2022年新增6316件，增长14.9%: past an addition it cannot name;
                # 达40257件，首次突破4万件，同比增长67.8%: past the round mark the figure passed;
                # 排名由全国第6位上升至第2位: past the level it rose from;
                # 申请量达1896件，也提前超额完成当年1600件的目标任务，同比增长105%: past the goal it met;
                # 地理标志24件，覆盖10个县(市、区)，产值达48.76亿元: past a count of the places it covers
                # (not 质押发明专利358件、同比增长44.94%: the up word after the figure is this number's own)
                prev = out[-2]
            at = next((k for k in range(len(out) - 1, max(-1, len(out) - 4), -1) if out[k] is prev), 0) \
                if prev is not None else 0        # (prev is one of the last readings: a bounded look, linear in a sentence)
            if prev is not None and self.lang == "zh" and at > 0 \
                    and (out[at - 1].start >= sentence.start or (out[at - 1].chain and prev.start - sentence.start <= 16)) \
                    and compared_level(ctx.norm[max(sentence.start, prev.start - 16):prev.start], ctx.norm[prev.end:prev.end + 8]):
                prev = next((o for o in reversed(out[max(0, at - 6):at]) if prev.base and o.base == prev.base
                             and o.chain and not o.sign), out[at - 1])
                #                     授权量488件，比2011年的272件增长79.41%: past the earlier level it is compared with
                #                   (684件，其中企业528件，占77.2%。与2011年总申请量191件相比，同比增长258%: to the level of
                #                    what the earlier one names, not to the part stated last)
                #                   (17.5万件，比2008年年底的5.8万件增长2倍，…第8位: past the change and the level both)
                #                   (…488件。与2011年同期272件相比增长了79.41%: the sentence before's)
            if prev is not None and len(out) > 1 and out[-2].start >= sentence.start and out[-2].base and out[-2].base == prev.base \
                    and out[-2].end <= (opened := aside_opening(ctx.norm, max(sentence.start, out[-2].end), prev.start)) \
                    and opened >= 0 and not in_aside(ctx.norm, opened, start):      # (look-backs bounded by the figures)
                prev = out[-2]    # 拥有量约为8.24件(2017年底为6.87件)，同比增长19.94%: past the earlier level in brackets
            compared = compared_level(ctx.norm[max(sentence.start, start - 16):start], ctx.norm[end:end + 8]) \
                if self.lang == "zh" else None      # (this number is an earlier level compared with)
            if prev is None and compared and out and out[-1].chain and not out[-1].sign and start - sentence.start <= 16:
                prev = out[-1]    # …488件。与2011年同期272件相比增长了79.41%: the level of the sentence before
            if prev is not None and compared and prev.sign and prev.base:
                prev = next((o for o in reversed(out) if o.start >= sentence.start and o.chain and not o.sign
                             and o.base == prev.base), prev)     # 16384件，同比增长27.5%，与2010年5525件相比: past the level's change
            while prev is not None and not prev.chain and (host := self.before_aside(ctx, out, prev, start)) is not None:
                prev = host       # 万人发明专利拥有量132.0件（按…2153.6万常住人口计算）位居全国第一名: past the aside
            if prev is not None and num.unit == "percent" and len(out) > 1 and out[-2].start >= sentence.start \
                    and re.fullmatch(r"\s*[)）]\s*的?\s*", ctx.norm[prev.end:start]) \
                    and self.bracketed_whole(ctx, sentence, prev.start) is not None:
                prev = out[-2]    # 占自治区专利申请量(1204件)的32.3%: the share is of the statement before the whole
            if prev is None and num.unit == "score":      # scores listed after the one that names them
                prev = next((o for o in reversed(out) if o.number.unit == "score" and o.chain), None)
            if self.lang == "en" and num.unit == "percent" and (m := CHANGE_IN_MEASURE_EN.match(ctx.norm, end)) is not None:
                money = m.group(1).casefold() != "number"     # "an increase of 62.3 percent in the number of transactions and
                prev = next((o for o in reversed(out) if o.line is line and o.chain and o.indicator and not o.sign  # a 40.6
                             and (o.number.unit == "yuan") == money), prev)        # percent increase in the total amount"
            self.decide(ctx, r, prev, sentence, clause)
            self.change_before_level(ctx, out, r, sentence)
            out.append(r)
            if r.chain and r.base and not r.sign and r.number.unit not in ("percent", "rank", "percentage_points"):
                self.termed = (self.termed + [r])[-TERMED_MAX:]
        if out:
            self.last_paragraph = out[-EARLIER_MAX:]
        return out

    def ordered_ranks(self, ctx: Context, out: list[Reading]) -> list[Reading]:
        """(zh) Ranks a text gives by order (武汉市47.15亿元、荆州市11亿元、宜昌市4.76亿元，分别位居全省前三;
        商标申请量排名前5位的市州依次为武汉市、荆州市…): the n places listed, before the cue or after 依次为 /
        分别是, ranked 1 to n in the order printed, by the figure their own numbers in the sentence state, else
        by what the term before the cue names (a change's rank when 增速 / 增幅 stands between). Only when
        exactly n places are listed in an order the text gives (分别, 依次, 分列, or figures falling from the
        first to the last), among a province's areas (全省, or a provincial report's own) or in the country;
        a rank the text states of a place itself is kept as stated."""
        if self.lang != "zh" or self.lex.regions is None:
            return []
        found = []
        codes = self.lex.region_codes
        for cue in ORDER_RANK_ZH.finditer(ctx.norm):
            n = int(cue.group("n")) if cue.group("n").isdigit() else zh_int(cue.group("n"))
            if not 2 <= n <= 10:
                continue
            sentence = ctx.around(ctx.sentences, cue.start())
            after = ORDER_LIST_AFTER_ZH.match(ctx.norm, cue.end())
            if after is not None:
                places = self.listed_places(ctx, after.end(), sentence.end, n, forward=True)
                term_end = cue.start()
            else:
                places = self.listed_places(ctx, sentence.start, cue.start(), n, forward=False)
                term_end = places[0].start() if places else cue.start()
            if len(places) != n:
                continue
            regions = [self.own_code(self.lex.key(m.group(0), codes)) for m in places]
            if not all(regions) or len(set(regions)) != n or "@national" in regions:
                continue
            stated = [next((o for o in out if o.region == code and sentence.start <= o.start < sentence.end and o.indicator
                            and o.chain and not o.sign and o.number.unit not in ("rank", "percentage_points")), None)
                      for code in regions]
            level = stated[0] if all(stated) and len({o.indicator for o in stated}) == 1 else None
            iid = level.indicator if level is not None else None
            if iid is None:
                term = ctx.last_before(self.lex.terms, sentence.start, term_end) if self.lex.terms is not None else None
                ids = [i for i in (self.lex.ids(ctx.norm, term) if term is not None else []) if i in self.catalog.indicators]
                iid = ids[0] if len(ids) == 1 else None
                if iid is not None and re.search(r"增速|增幅|增长率|增长速度", ctx.norm[term.end():cue.start()]):
                    iid = self.variant(iid, ".yoy_pct")
            ordered = after is not None or re.search(r"分别|依次|分列|分居", ctx.norm[min(places[0].start(), cue.start()):cue.end()]) \
                or (level is not None and all(a.value > b.value for a, b in zip(stated, stated[1:])))
            if not ordered:
                continue          # 呼和浩特市、包头市和鄂尔多斯市…位居全区前三: the three, not in order
            province = self.report.meta.region_code.endswith("0000")
            scope = "national" if cue.group("scope") == "全国" else "province" \
                if cue.group("scope") in ("全省", "省内") or (province and cue.group("scope") in (None, "全区")) else None
            rank = self.variant(iid, f".rank_{scope}") if iid and scope else None     # (全市前三: a rank in the city, unnamed)
            if rank is None:
                continue
            k = next(i for i in range(len(ctx.lines) - 1, -1, -1) if ctx.at(ctx.starts[i]) <= cue.start())
            line = ctx.lines[k]
            text = ctx.raw(cue.start(), cue.end(), line.number).strip()
            start = ctx.raw(sentence.start, cue.start(), line.number)
            for pos, code in enumerate(regions, 1):
                if any(o.indicator == rank and o.region == code for o in out):
                    continue      # (a rank it states itself: 武汉市…居全省第一)
                r = Reading(line, Number(0, 0, Decimal(pos), "rank", "", "exact", text), cue.start(), cue.end(), Decimal(pos),
                            base=iid, indicator=rank, region=code, clause=(start + text)[-QUOTE_MAX * 2:].strip())
                if level is not None:
                    r.year, r.as_of, r.span, r.window = stated[pos - 1].year, stated[pos - 1].as_of, stated[pos - 1].span, stated[pos - 1].window
                else:
                    clause = ctx.around(ctx.clauses, cue.start())
                    r.year = self.year_at(ctx, sentence, clause, cue.start(), cue.end())
                    r.as_of = self.as_of(ctx, sentence, cue.start(), cue.end())
                    r.span = self.span_at(ctx, sentence, cue.start())
                found.append(r)
        return found

    def listed_places(self, ctx: Context, lo: int, hi: int, n: int, forward: bool) -> list[re.Match]:
        """(zh) The places of one list in [lo, hi): the first n after `lo` (forward) or the last n before `hi`,
        each pair apart by a joiner and at most a figure (武汉市47.15亿元、荆州市…; 金凤区以995件、兴庆区以621件和…)."""
        found = list(self.lex.regions.finditer(ctx.norm, lo, hi))
        if not forward:
            found = [m for m in found if not ctx.in_quotes(m.start())]
        run = found[:n] if forward else found[-n:]
        if len(run) != n:
            return []
        if forward and not re.fullmatch(r"\s*", ctx.norm[lo:run[0].start()]):
            return []
        for a, b in zip(run, run[1:]):
            if not PLACE_GAP_ZH.fullmatch(ctx.norm[a.end():b.start()]):
                return []
        return run

    def other_subject_between(self, ctx: Context, found: tuple, r: Reading) -> bool:
        """(zh) A subject the catalog cannot name between the term's own figure and this number
        (国家知识产权优势企业14家、自治区知识产权试点企业13家): the term is the figure's before, not this one's."""
        own = next((o for o in reversed(self.earlier) if found[2] <= o.start < r.start and not o.sign
                    and o.number.unit == r.number.unit and o.chain and o.base in found[0]), None)
        if own is None:
            return False
        gap = re.sub(r"^[、，,；;和及与以]+|(?:为|达到?|共|有|计|约|近|超过)+$", "", ctx.norm[own.end:r.start])
        if RISEN_TO.fullmatch(gap):
            return False      # 由2018年的777件增加到2022年的1939件: the same term's level later
        if self.lex.regions is not None:
            gap = self.lex.regions.sub("", gap)      # (places named between are no subject: …中我市大武口区以346件)
        heads = self.rules.elliptic.get("zh", ())     # (累计申请量1200件、累计授权量560件: a head the subject carries to)
        return len(re.findall(r"[\u4e00-\u9fff]", gap)) >= 4 and self.lex.terms.search(gap) is None \
            and not has_words(heads, gap, "zh")

    @staticmethod
    def before_aside(ctx: Context, out: list[Reading], prev: Reading, pos: int) -> Reading | None:
        """The reading before the aside in brackets that `prev` stands in, right after it or after its words,
        when the aside closes before `pos`: what a figure after the aside is about. None when `prev` is in no
        such aside."""
        k = next((i for i in range(len(out) - 1, -1, -1) if out[i] is prev), None)
        if not k:
            return None
        host = out[k - 1]
        opened = max(ctx.norm.rfind("(", host.end, prev.start), ctx.norm.rfind("（", host.end, prev.start))
        if opened < 0 or re.search(r"[()（）]", ctx.norm[opened + 1:prev.start]) \
                or not re.search(r"[)）]", ctx.norm[prev.end:pos]) or (ASIDE.match(ctx.norm, host.end) is None
                                                                     and not HOST_WORDS.fullmatch(ctx.norm, host.end, opened)):
            return None
        return host

    def change_before_level(self, ctx: Context, out: list[Reading], r: Reading, sentence: Span) -> None:
        """A change stated before the level it led to (增长15.3%至2.1万件, "the number of invention
        patents rose 55.02 percent year-on-year to 6,503"): the change is the level's, once the level
        is named."""
        p = out[-1] if out else None
        if p is None or p.start < sentence.start or not p.sign or p.indicator or not r.chain or r.sign \
                or p.number.unit not in ("percent", "count") or not CHANGE_TO_LEVEL[self.lang].fullmatch(ctx.norm, p.end, r.start):
            return
        iid = self.variant(r.base, ".yoy_pct" if p.number.unit == "percent" else ".change")
        if iid is not None:
            p.indicator, p.base, p.chain = iid, r.base, True
            p.region, p.year, p.as_of = r.region, r.year, r.as_of

    def decide(self, ctx: Context, r: Reading, prev: Reading | None, sentence: Span, clause: Span) -> None:
        """What one number states: its sign, region and date first, then a derived statement
        (`decide_derived`) or its indicator from, in this order, a kind after a statement, a {n}
        pattern, a total, a relation to the statement before, the terms after or before it, a
        carried subject, the authority's distinct unit. Longer than 60 lines on purpose: the order
        of these tries is the rule, and it reads best as one sequence."""
        num, norm = r.number, ctx.norm
        before, after = norm[max(clause.start, r.start - WINDOW):r.start], norm[r.end:min(clause.end, r.end + WINDOW)]
        if num.unit == "percent" and clause.start > 0 and norm[clause.start - 1] in ")）":
            opened = max(norm.rfind("(", sentence.start, clause.start), norm.rfind("（", sentence.start, clause.start))
            if opened > sentence.start and self.bracketed_whole(ctx, sentence, opened + 1) is not None:
                host = ctx.around(ctx.clauses, opened - 1)     # 占自治区专利申请量(1204件)的32.3%: the words before the whole
                before = norm[max(host.start, opened - WINDOW):opened] + before
        agency = self.agency(ctx, r.start)
        if agency == "none" and has_words((self.rules.multi_agency or {}).get(self.lang, ()),
                                          norm[sentence.start:min(sentence.end, sentence.start + 4 * WINDOW)], self.lang) \
                and not (self.lang == "zh" and ADMIN_NAMED_ZH.search(norm, clause.start, r.start)):
            #     (not 查处侵权假冒行政处罚案件1616件，破获…刑事案件286起: the administrative authorities' own, named as such)
            agency = "several"      # a joint total of several authorities: no single-authority indicator
        r.year = self.year_at(ctx, sentence, clause, r.start, r.end)
        r.as_of = self.as_of(ctx, sentence, r.start, r.end)
        r.span = self.span_at(ctx, sentence, r.start, r.end)
        if (r.span is not None and r.span[0] is None) or (r.as_of is not None and r.as_of[0] is None):
            later = self.year_after_report(ctx, sentence, r.start)
            if later is not None:     # 2024年，…1124件。今年1-2月份，…153件: the months of the year the report was written in
                r.span = (later, *r.span[1:]) if r.span is not None else None
                r.as_of = (later, *r.as_of[1:]) if r.as_of is not None and r.as_of[0] is None else r.as_of
        r.window = self.window_at(ctx, sentence, r.start, r.end) if r.span is None and r.as_of is None else None
        if r.as_of is not None and r.span is None and self.lang == "zh" \
                and (own := self.window_at(ctx, clause, r.start, r.end)) is not None:
            r.window, r.as_of = own, None     # 截至2020年12月底，…，全省5年累计授权专利25.43万件: those years' flow
        if r.window is None and r.span is None and r.as_of is None and self.lang == "zh" \
                and ZH_YEAR.search(ctx.norm, sentence.start, r.start) is None:
            r.window = self.enumerated_window(ctx, sentence)     # (an item's own sentence names no year: the lead's span)
        if r.window is None and r.span is None and r.as_of is None and self.lang == "zh" and "/" in self.report.meta.period \
                and FULL_YEAR_ZH.search(ctx.norm[max(0, clause.start - 1):r.start]):     # (not 超过2015年全年: compared)
            if self.first_year == self.final_year and (r.year or self.first_year) == self.first_year:
                r.window = str(self.first_year)     # 全年专利质押融资额63.23亿元 in a report of Jan-Nov: the whole year's
        if r.year is None and r.as_of is None and r.span is None and r.window is None:
            host = self.parts_host(ctx, sentence, r)
            if host is None and SAME_PERIOD_OPENING[self.lang].match(ctx.norm, sentence.start):
                here = [] if self.in_paragraph is self.last_paragraph else [o for o in self.in_paragraph if o.end <= sentence.start]
                host = next((o for o in reversed(here or self.last_paragraph) if o.span or o.window), None)
                #            ("During the same period, patent grants …": the period of the figures before)
            if host is not None:      # "… totaled 454,000 (2015-2018). Among them, 139,000 were …": the whole's date
                r.year, r.as_of, r.span, r.window = host.year, host.as_of, host.span, host.window
            else:                     # 2019年以来，…培育优势企业81家。14项专利获评中国专利奖: still since 2019
                last = next((o for o in reversed(self.in_paragraph) if o.end <= sentence.start), None)
                r.window = last.window if last is not None and last.line is r.line and not (
                    self.lang == "zh" and ctx.last_before(THIS_YEAR_ZH, sentence.start, r.start)) and not (
                    self.lang == "en" and SINCE_AFTER_EN.match(ctx.norm, last.end, sentence.start)) else None
                #   (…353件。今年，…207件; "… for three years since 2011. There were 672 …": that figure's own span)
                if r.window is None and last is not None and last.line is r.line and self.opened_earlier_year(ctx, last) \
                        and not STILL_NOW_ZH.search(ctx.norm, sentence.start, r.start):      # (我省已有…示范企业29家: now)
                    r.year = last.year    # 2017年全市专利申请28911件…。有效发明专利拥有量9590件 (a report of 2018): still 2017
                elif r.window is None and last is not None and last.line is r.line and last.span is not None \
                        and (opener := next((o for o in self.in_paragraph if o.line is r.line), None)) is not None \
                        and opener.span == last.span and self.opened_other_span(ctx, opener) \
                        and not STILL_NOW_ZH.search(ctx.norm, sentence.start, r.start):
                    r.year, r.span = last.year, last.span     # 2010年1-9月，…15375件。…。全省专利授权12942件 (a report of
                    #                                           2009): still those months
        started = self.from_level(ctx, sentence, r)
        since = (FROM_DATE_ZH.search(ctx.norm, max(sentence.start, r.start - 16), r.start)
                 or compared_level(ctx.norm[max(sentence.start, r.start - 16):r.start], ctx.norm[r.end:r.end + 8])) \
            if started == 0 and self.lang == "zh" else None      # (比上年同期的3835件: compared, as 从去年同期的20件)
        same_months = since is not None and since.group(2) is not None       # 从去年同期的20件
        first_y, last_y = self.first_year, self.final_year
        undated = first_y < last_y and r.window is None and r.year is None and r.as_of is None     # in a review of several years
        if started == 0 and undated and not same_months:
            started = first_y - 1     # a review of several years (2016-2020): "rose from 13,900 to 35,200" from the year before them
        if started is not None:
            if not started:
                same = self.same_span_last_year(since, r) if same_months else None
                if same is None:
                    return    # "rose from 9,200 to 24,200": a level at a date not stated
                r.year, r.as_of, r.window, r.span = same[0], same, None, None  # 上半年…从去年同期的20件: last year's first half
            else:
                r.year, r.window = started, None
                if r.as_of is not None and self.lang == "zh" \
                        and LEVEL_AT_YEAR_END_ZH.search(ctx.norm, max(sentence.start, r.start - 16), r.start):
                    r.as_of = (started, 12)     # 截至6月底…，比2018年底的2000件: that year's end, not its June
        elif (r.window is not None or (undated and r.span is None)) and self.risen_to(ctx, sentence, r):
            if r.window is not None:
                r.year, r.window = period_end(r.window)[0], None      # 2011年至2020年…增加到24200件: the level the span ended at
            elif ctx.last_before(DIGIT, sentence.start, r.start) is not None:
                r.year = last_y       # …from 13,900 to 35,200 in a review of 2016-2020: the level of its last year
        year_end = "/" not in self.report.meta.period and (r.as_of is None or r.as_of[1] == 12)
        own = before
        if prev is not None and r.start - len(before) < prev.end <= r.start and OWN_WORDS[self.lang].search(norm, prev.end, r.start):
            own = norm[prev.end:r.start]      # 发明专利申请量1594件、增长25.02%、占比重36.09%: a direction word before the figure
            #                                   before is that figure's, past words of the number's own (not ", or 15%")
        sign = self.change_sign(own, after, year_end) if num.unit in ("percent", "percentage_points", "count", "yuan", "score") else 0
        if sign and (self.cue_before("since_plan_end", ctx, sentence, r.start)
                     or self.cue("plan_compare", before[-16:] if self.lang == "zh" else before[-60:] + after[:60])):
            sign = 0              # 与“十二五”末相比，…增长了119.71%; 较“十二五”增长165.65%: no yearly change
        if not sign and self.lang == "zh" and num.unit == "percent" and LEVEL_VERB_ZH.fullmatch(norm, clause.start, r.start) \
                and (best := FASTEST_CHANGE_ZH.search(norm, max(sentence.start, clause.start - 16), clause.start)) is not None:
            sign = -1 if best.group(1) in ("下降", "降幅", "减少") else 1     # 淄博同比增长最高，为70.6%: the change the clause
            #                                                                   before says is the largest
        if sign and self.lang == "en" and prev is not None and prev.chain and not prev.sign and prev.number.unit == num.unit \
                and LEVELS_DATED_EN.fullmatch(ctx.norm, prev.end, r.start):
            sign = 0              # "It soared to 20,000 in 2005 and 30,000 in 2006": the next level, not a rise by 30,000
        r.signed = bool(sign)
        if sign and r.window is not None and self.over_past_years(ctx, sentence, r):
            r.window = None       # 近三年来…分别为989人、1099人、1248人，分别增长11.1%、13.6%: each level's change
        if not sign and prev is not None and prev.sign and prev.number.unit == num.unit \
                and re.fullmatch(r"[、,，和及与\s]*|\s*,?\s*and\s*", norm[prev.end:r.start]):
            sign, r.signed = prev.sign, prev.signed     # a list of changes: 分别提高了2.72分、2.67分和1.55分
        elif not sign and r.pos and (member := next((o for o in reversed(self.earlier) if o.run == r.run and o.pos == r.pos - 1
                                                     and o.number.unit == num.unit), None)) is not None and member.sign:
            sign, r.signed = member.sign, member.signed  # 分别增长8.6%（全国平均值达20.9%）、32.8%: past an aside
        if self.lang == "en" and num.unit in ("percent", "percentage_points") and not sign:
            yoy_after = self.cue("yoy_after", after[:20], "")
            if yoy_after and yoy_after.start() < 3 and not self.cue("not_change", before[-30:]):
                sign = 1      # a change with no direction word: kept as stated, its direction unknown
        r.sign = sign
        if sign < 0:
            r.value = -r.value
        if sign and num.text.lstrip().startswith(("-", "−")):
            r.value = -r.value          # 同比增长-4.28%: a rise printed negative is a fall
        listed_year = self.respective_year(ctx, sentence, r) if not sign else None
        if listed_year is not None:     # 近三年来，…起诉…人数分别为989人、1099人、1248人: one a year, in order
            r.year, r.window, r.span, r.as_of = listed_year, None, None, None
        self.shared_places = []
        listed_region = self.respective_region(ctx, sentence, r)
        r.respective = listed_region if listed_region and listed_region != UNCODED else ""
        r.region = listed_region or self.region_at(ctx, sentence, clause, r.start, r.end) or ""
        r.places = self.shared_places
        if r.region == UNCODED:
            return            # 稀土高新区、昆区、青山区…分别为644件、…: a zone's figure, no region's
        if has_words((self.rules.not_yet or {}).get(self.lang, ()), before, self.lang) or self.goal_listed(ctx, sentence, r) \
                or (self.lang == "zh" and GOAL_AFTER_ZH.match(ctx.norm, r.end)):
            r.goal = True
            return            # a goal or a forecast (力争…突破50万件; 完成了规划4万件、1000件的目标), not a statistic of the period
        if has_words((self.rules.produced_by or {}).get(self.lang, ()), before, self.lang):
            return            # 示范中心达99个，累计产出发明专利申请10000余件: the centres' output, not the region's
        if self.lang == "zh" and ctx.norm[max(0, r.start - 1):r.start] == "在" and (
                ctx.norm[r.start:r.end].endswith(("以上", "以下")) or ctx.norm.startswith(("以上", "以下", "之间"), r.end)):
            return            # 44件地理标志产品产值在1亿元以上: a bound that sorts things, no figure of the period
        if num.qualifier == "more_than" and r.run > 1 and num.unit in ("count", "yuan") \
                and (self.lang == "zh" if r.pos == 0 else bool(self.earlier) and self.earlier[-1].number.qualifier == "more_than") \
                and not self.cue_before("respectively", ctx, sentence, r.end + 8):
            return            # 连续3年突破2万件、3万件、4万件大关: marks passed year after year, no one year's figure
        places = (self.rules.places_counted or {}).get(self.lang)
        if self.counts_places(ctx, r):
            return            # 17个县专利申请增幅翻倍: a count of places, not of applications
        if num.qualifier in ("more_than", "less_than") and any(
                o.start >= clause.start and o.number.unit in ("count", "") and COUNTED_OWNERS[self.lang].match(norm, o.end)
                for o in self.earlier):
            return            # 21家企业专利申请超过50件, "6 of which applied for more than 100 patents": each one's threshold
        if places and (r.region != self.report.meta.region_code or num.qualifier in ("more_than", "less_than")) and any(
                o.start >= clause.start and o.number.unit in ("count", "") and re.match(places, norm[o.end:o.end + 12], re.IGNORECASE)
                for o in self.earlier):
            return            # 湘西州、张家界2个地区专利授权量不足60个, 3个区县…增幅超过50%: a figure of a group of places
        if places and self.lang == "zh" and any(
                o.start >= clause.start and o.number.unit in ("count", "") and PLACES_SOME_ZH.match(norm, o.end)
                for o in self.earlier):
            return            # 88个贫困县新增地理标志商标53件: the figure of some of the region's places, not its own

        if num.unit in DERIVED_UNITS or (sign and num.unit in ("count", "score")):
            self.decide_derived(ctx, r, prev, sentence, clause, sign, before, after, agency)
            return
        compared = self.compared_figure(ctx, sentence, r) if self.lang == "en" and prev is not None and prev.chain \
            and not prev.sign and num.unit == prev.number.unit else None
        if compared is not None:      # "8 GI trademarks in Chongming among the 17 ones in Shanghai": Shanghai's
            r.region, r.year, r.as_of = compared, prev.year, prev.as_of
            chosen = self.pick([prev.base], num, agency)
            if chosen:
                r.indicator, r.base, r.chain = chosen, self.base_of(chosen), True
            return
        outcome = self.outcome_of(ctx, r, prev)
        if outcome is not None:       # "… applications were received, 106,000 of which were granted": grants
            chosen = self.pick([outcome], num, agency)
            if chosen and self.lang == "zh":      # (累计申请专利77263件，授权41993件: the grants' running total too)
                chosen = self.apply_period_cues(ctx, r, chosen, sentence, before, None)
            if chosen:
                r.indicator, r.base, r.chain = chosen, self.base_of(chosen), True
            return
        # a stated value: its own term, wrapping pattern, noun after it, or (money) the count before it
        candidates, pattern_start, pattern_end = self.pattern_ids(ctx, r.start, r.end, agency)
        if candidates and self.lang == "en" and pattern_end is not None and pattern_end > r.end:
            candidates = self.became(ctx, (candidates, pattern_start, pattern_end)) or candidates
        held_per_10k = self.lang == "en" and PER_10K_BEFORE.search(norm, max(clause.start, r.start - 60), r.start)
        if held_per_10k:          # "every 10,000 residents own 9.5 invention patents": the population ratio
            candidates = [v for c in candidates if (v := self.per_10k_of(c))]
            if not candidates and prev is not None and prev.chain and prev.base and not prev.sign \
                    and re.match(r"\s+(?:such|of\s+(?:them|these|those))\b", norm[r.end:r.end + 20], re.IGNORECASE):
                candidates = [v for v in (self.per_10k_of(prev.base),) if v]    # ("…47,694 domestic invention patents,
                #                                                                 meaning every 10,000 persons own 4.9 such patents")
        # a pattern whose indicator cannot hold this number (37.93 for a count) does not apply
        candidates = [c for c in candidates if c in self.catalog.indicators and self.fits(self.catalog.indicators[c], num)]
        patterned = bool(candidates) and self.lang == "zh"      # (新增地理标志6个: a {n} pattern's addition, not its stock;
        # not "911 new varieties of plants granted": the English pattern names its own)
        if patterned and pattern_end > r.end:
            if self.counts_other(ctx, clause, r, (r.start, pattern_end), candidates):
                return            # 8个地理标志项目: projects, not the GIs held
            event = self.event_after(ctx, clause, pattern_end, candidates)
            if event is not None and not event:
                return            # 4个地理标志列入清单: those chosen for a list, not the GIs held
            candidates = event or candidates
        owned = self.owner_of(ctx, clause, pattern_start, candidates, after=(r.end, min(clause.end, r.end + 80))
                              if self.lang == "en" else None) if candidates else None      # ("300 patent applications filed by individuals")
        if owned is not None and not owned:
            return                # "Local companies have applied for 6,558 patents": the companies' part
        candidates = owned or candidates
        looked = self.lang == "zh" and num.unit in ("count", "")       # (the term after it, looked up once)
        named_after = self.term_after(ctx, clause, r.end) if looked else None
        kind = self.kind_subset(ctx, r, sentence, clause, after) if num.unit in ("count", "") and not (
            named_after is not None and named_after[0] and named_after[1] - r.end <= 2) else None     # (发明专利有1项获中国专利金奖: the award's)
        if kind is None and not candidates:
            kind = self.owner_part(ctx, r, sentence)      # 企业占比53.13%，拥有量为12934件: the owners' part
        if kind == "":
            return                # 高新技术企业有效发明专利3011件: an owner's part the catalog cannot name
        if kind is not None and kind in self.catalog.indicators and not self.fits(self.catalog.indicators[kind], num):
            kind = None           # (10.72件 is no count of a kind: a ratio's figure, named by its terms)
        if kind is not None:
            candidates, pattern_start = [kind], r.start
        total_cue = self.cue("total", before[-12:] if self.lang == "zh" else before[-40:]) \
            if not candidates and prev is not None and prev.chain else None
        if total_cue is not None and self.lang == "zh" and r.start - len(before[-12:]) + total_cue.start() < prev.end \
                and self.respective_counterpart(ctx, r, sentence) is None:
            total_cue = None      # 专利申请、…累计分别达21510、6525件: the list's own cue, before its first figure (not
            #                       新增A5家、B60家，累计分别达到25家、255家: the totals of a list before)
        if total_cue is not None and self.lang == "zh":
            subject = ctx.norm[max(clause.start, prev.end):r.start - len(before[-12:]) + total_cue.start()]
            if re.search(r"[\u4e00-\u9fff]{2}", words_rx(self.relative_words("zh") + NO_SUBJECT_ZH, "zh").sub("", subject)):
                total_cue = None  # 新增地理标志证明商标39件，地理标志累计达367件: a total of a subject of its own
        if total_cue is not None:
            own = self.term_before(ctx, clause, r.start, agency)
            if own is None or not own[0] or not self.any_allowed(own[0], agency) or own[1] < prev.end:     # 中国驰名商标总量达到25件: its own term's total
                prev = self.respective_counterpart(ctx, r, sentence) or prev    # 新增A5家、B60家，累计分别达到25家、255家
                stock = self.catalog.indicators[prev.base]      # (新增商标注册量28607件，总量达到260410件: the valid marks;
                held = self.total_brought(prev.base)             # 新增…企业14家，总数122家; 授权专利12345件，总数达到66090件:
                candidates = [held] if held else []              # a flow's running total)
                if stock.measure == "stock" and prev.indicator == stock.id and not prev.sign and prev.value < num.value \
                        and prev.region == r.region and not self.cue("total", ctx.norm[max(clause.start, prev.start - 12):prev.start]):
                    prev.indicator = self.variant(stock.id, ".new") or ""     # 认定驰名商标10件，总数达到49件: the 10 were added
        if not candidates and total_cue is None and self.lang == "en" and (prev is None or prev.end < sentence.start):
            candidates = self.running_total_en(ctx, sentence, r, before)
        base_start = None
        if not candidates and (restated := self.restated_list(ctx, r, sentence, clause)) is not None:
            candidates = [restated]   # 分别突破3万件和2万件，达到35709件和23212件: the exact figures of the bounds
        if not candidates and prev is not None and prev.chain:
            candidates = self.related(prev, before, after, norm[r.end:r.end + 8])
        if not candidates and self.lang == "zh" and AMONG_RESTATED_ZH.match(ctx.norm, r.end):
            same = next((o for o in reversed(self.in_paragraph) if o.end <= r.start and o.chain and o.indicator
                         and not o.sign and o.value == r.value), None)
            if same is not None:      # 专利申请量为1060件。…的1060件中，发明专利197件: the figure restated to list its parts
                candidates = [same.indicator]
        if candidates and self.subset_before(ctx, clause, pattern_start):
            return
        if self.subset_after(after):
            return
        if not candidates:
            found = None
            # a noun right after the number names it (5家企业); a joiner (和, 及) goes on to the next number
            # (not a verb: 15件位居全省第一, 8931件同比增长, 1751件得1751分; not the mark passed: 突破10万件大关)
            noun_follows = self.lang == "zh" and re.match(r"[“\"]?(?![和及与或]|位居|位列|居|排名|名列|稳居|占|同比|较|比|增|下降|提[高升]|上升|跃升|攀升|减少|翻|涉及|涉案|大关|得(?=\d))[\u4e00-\u9fff]",
                                                          ctx.on_its_line(r.end, 3) or " ")     # (15件“中国驰名商标”: the noun in quotes)
            after_term = named_after if looked else self.term_after(ctx, clause, r.end)
            before_term = self.term_before(ctx, self.parenthesis_host(ctx, clause, before), r.start, agency)
            if self.lang == "en":
                verb = self.participle_family(ctx, r, sentence, before) if after_term is None else None
                if verb is not None and before_term is not None and (before_term[2] <= verb[1] < r.start or (
                        verb[1] >= r.end and ctx.last_before(DIGIT, before_term[2], r.start) is not None)):
                    before_term = None      # "21,403 patent applications and authorized 11,782 cases": the verb names it
                    #                         (…totaled 174,329 and 87,286 were granted: the term names the first figure)
                found = after_term or before_term or self.subject_kind(ctx, clause, r) or verb
                if found is None or found is not verb or found[1] > r.start:     # (a verb before it is no term before it)
                    before_term = before_term or found
                if found is not None and (found is after_term or (found is verb and found[1] >= r.end)) \
                        and (became := self.became(ctx, found)):
                    found = (became, found[1], found[2])       # "167,000 trademark applications were granted"; "a total
                    after_term = found if after_term is not None else None      # of 13,745 applications were granted'
                if found is not None and found is after_term and not self._kinds_in(norm[found[1]:found[2]]):
                    kinds = self._kinds_in(norm[r.end:found[1]])      # "36,300 invention patents authorized": that kind of it
                    narrowed = [v for c in found[0] if kinds and (v := self.variant(self._family_of(c) or c, "." + kinds[0][0]))]
                    found = (narrowed, found[1], found[2]) if narrowed else found
            elif noun_follows and after_term is None and re.match(r"个?项目", norm[r.end:r.end + 3]):
                found = before_term      # 中国专利奖中青岛共有19个项目获奖: projects of the term before
            elif noun_follows and after_term is None and self.verb_then_cases(ctx, before_term, r):
                found = before_term      # 受理600件知识产权案件: the verb's cases, named after the number
            else:
                named_then = after_term is not None and QUOTED_RUN_ZH.fullmatch(norm, r.end, after_term[1]) is not None
                found = after_term if noun_follows or named_then else before_term    # (新增1个“宜春夏布”地理标志保护产品)
                if found is not None and found is after_term and before_term is not None and norm.startswith("的", r.end) \
                        and not self.fits_any(found[0], num) and self.fits_any(before_term[0], num):
                    found, after_term = before_term, None      # 发行规模3亿元的知识产权证券化产品: the money is the size named before
                if found is not None and found is before_term and self.other_subject_between(ctx, found, r):
                    found = before_term = None
            if found is not None and not found[0] and found is before_term and self.lang == "zh":
                found = before_term = self.shared_head(ctx, r, prev) or found     # 中国专利金奖1项，银奖2项: the catalog's 中国专利银奖
            if found is not None and found[0] and found is before_term and self.lang == "zh" and not self.any_allowed(found[0], agency):
                found = before_term = self.court_kind_part(ctx, sentence, clause, r) or found    # a court's 知识产权行政案件7件: no
                #                                                                              administrative enforcement's
            if found is None and self.lang == "zh":
                found = self.kind_part(ctx, r) \
                    or (None if noun_follows else self.dangling_term(ctx, sentence, clause, before, r, agency)) \
                    or self.participle_family(ctx, r, sentence, before) \
                    or self.shared_head(ctx, r, prev) \
                    or self.framed_honour(ctx, sentence, r) \
                    or self.elliptic_addition(ctx, sentence, clause, r) \
                    or self.bare_owner(ctx, clause, r) \
                    or self.year_series(ctx, clause, r) \
                    or self.court_kind_part(ctx, sentence, clause, r) \
                    or self.kind_heads_respectively(ctx, sentence, r) \
                    or self.bare_head(ctx, Span(sentence.start, r.start), r)    # 专利申请量突破两万大关，共22479件; 在专利方面…新增授权3591件; 示范企业60家、优势企业270家; 职务发明中企业1.24万件; …。2021年达到45.4件
                before_term = found
            elif found is None:
                found = before_term = self.court_kind_part_en(ctx, sentence, r) \
                    or self.kind_part(ctx, r) \
                    or self.dangling_term(ctx, sentence, clause, before, r, agency) \
                    or self.sentence_subject(ctx, sentence, r) \
                    or self.pronoun_subject(ctx, sentence, r) \
                    or self.elliptic_period_item(ctx, sentence, r)   # "…, reaching 1,500,500"; "The number of X, …, hit N"
            listed, self.list_start = False, None
            if found is not None and found is before_term:
                nearest, found = found, self.respective_term(ctx, clause, found, r)   # A、B分别达1982件、159件
                before_term, listed = found, found is not nearest
            placed = self.listed_place(ctx, sentence, clause, r) if found is None else None
            if placed is None and found is None:
                placed = self.respective_member(r)      # 其中，杭州、金华分别以22.2万件、7万件: the members' figures
                if placed is None:
                    placed = self.compared_figure(ctx, sentence, r)     # 是全省6.8件的近4倍: the province's figure
            named = (self.aside_statement(ctx, sentence, r) or self.line_statement(r)) if placed is not None else None
            heading = self.list_heading(ctx, sentence, r) if placed else None
            if heading is not None:
                candidates = heading           # 按授权专利地区分布划分，银川市7286件、…: the term the list is under
            elif named is not None:
                candidates = [named.indicator if (named.indicator or "").endswith(".new") else named.base]
                #              青岛(58.99)、济南(48.92), 金凤区以995件: each place's figure of the statement (of its additions:
                #              新认定省著名商标47件，大庆新获认定9件)
                r.year, r.as_of = r.year or named.year, r.as_of or named.as_of
                r.region = placed or r.region
            elif found is None and num.unit in ("yuan", "") and prev is not None and prev.chain and prev.number.unit != "yuan":
                # (an amount after a count: the count's amount; not after an amount: 成交额7.81亿元，其中技术交易额4.62亿元)
                candidates = [prev.base + ".amount", prev.base.rsplit(".", 1)[0] + ".amount"]
                r.region = prev.region
            elif found is None and num.unit == "score" and prev is not None and prev.chain:
                candidates = [prev.base]      # a list of scores: 珠三角地区为81.26分，粤北地区为84.52分
            elif found is not None:
                candidates, base_start, term_end = found
                if self.other_right_before(ctx, base_start, candidates) \
                        or self.counts_other(ctx, clause, r, (base_start, term_end), candidates):
                    return        # 地理标志驰名商标; 地理标志产品保护示范区3个: something else's
                among = self.within_other(ctx, sentence, clause, candidates, norm[base_start:term_end])
                if among is not None and not among:
                    return        # 地理标志商标中，驰名商标3件: a part of another thing the catalog does not name
                if among:         # 地理标志商标中，集体商标120件: the GI marks' collective marks
                    was_before, candidates = found is before_term, among
                    found = (among, base_start, term_end)
                    before_term = found if was_before else before_term
                if base_start >= r.end and self.lang == "zh":
                    event = self.event_after(ctx, clause, term_end, candidates)
                    if event is not None and not event:
                        return    # 3件地理标志商标荣获…金奖: those honoured, not the marks held
                    candidates = event or candidates      # 4件地理标志证明商标由…核准注册: the marks added
                r.term = norm[base_start:term_end]
                if found is before_term and self.applied_for(ctx, base_start, candidates):
                    candidates = self.filings_of(candidates)
                    if not candidates:
                        return    # 新申请地理标志商标42件: the marks applied for, not the marks held
                    found = (candidates, base_start, term_end)        # 新申请马德里国际注册商标337件: the Madrid filings'
                    before_term = found
                run_start = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) and r.run > 1 else r.start
                if r.term in (self.rules.case_verbs or {}).get(self.lang, ()) and term_end <= r.start \
                        and not CASE_OBJECT.fullmatch(norm, nearest[2] if listed else term_end, r.start) \
                        and not CASE_OBJECT.fullmatch(norm, nearest[2] if listed else term_end, run_start):
                    # (受理和审结…案件: after the list; 受理的…民事案件分别为77件、91件: up to the run's first)
                    return        # 受理维权援助申请72件: the verb of cases, here of something else
                others = (self.rules.other_amounts or {}).get(self.lang, ())
                if num.unit == "yuan" and found is before_term and term_end <= r.start and has_words(
                        others, norm[term_end:r.start], self.lang):
                    return        # 为113家企业知识产权质押融资提供贴息补助458万元: a subsidy, not the financing
                if num.unit == "yuan" and self.lang == "zh" and base_start >= r.end and any(norm.startswith(w, term_end) for w in others):
                    return        # 设立了1亿元知识产权质押融资风险补偿资金: a fund of the financing, not the financing
                held_by = re.search(r"\b(?:owned|held)$", norm[base_start:term_end]) if self.lang == "en" else None
                if held_per_10k or found is before_term and self.lang == "en" and (     # ("invention patents owned" + " by 10,000 people")
                        PER_10K_BETWEEN.search(norm, base_start + held_by.start() if held_by else term_end, r.start)
                        or PER_10K_AFTER.match(norm, r.end)):
                    found = ([v for c in candidates if (v := self.per_10k_of(c))], base_start, term_end)
                    candidates = found[0]
                candidates = self.shared_subject(ctx, found, r) if found is before_term and not listed else candidates
                candidates = self.bare_kind(ctx, r.term, sentence, r) or candidates
                if found is before_term and (others := self.joint(ctx, clause, base_start, r)):
                    whole = self.whole_of([self.lex.ids(ctx.norm, o) for o in others] + [candidates])
                    if whole is None:
                        return    # 地理标志证明商标、集体商标150件: one number for two things, neither alone
                    candidates = [whole]     # 地理标志商标和地理标志保护产品256件: all the parts of gi.total
                # (en) a term after the number: its owners are named before the number ("28,000 enterprises
                # in the city submitted 219,000 patent applications")
                owned = self.owner_of(ctx, clause, min(base_start, r.start) if self.lang == "en" else base_start, candidates,
                                      after=(term_end, min(clause.end, term_end + 80)) if self.lang == "en" and base_start >= r.end
                                      else (term_end, r.start) if found is before_term else None)
                if owned is None and base_start < r.start:
                    owned = self.owners_whole(ctx, sentence, clause, candidates, base_start)
                if owned is not None and not owned:
                    return        # a part of the region's total: 高新技术企业有效发明专利
                candidates = owned or candidates
                head = base_start if self.list_start is None else self.list_start    # (每万人…拥有量、高价值发明专利拥有量分别为…: both)
                if self.per_10k_before(ctx, ctx.around(ctx.clauses, head), head):     # (the term's clause: …拥有量稳居全省首位，达23.5件)
                    candidates = [v for c in candidates if (v := self.variant(c, ".per_10k"))]   # 每万人 + term
            else:         # (not 5个集体、8名个人受到表彰: a noun after the measure word says what is counted)
                candidates = self.carried_subject(before) or ([] if noun_follows else self.by_agency_unit(num, agency, before))
        if base_start is not None and self.subset_before(ctx, clause, base_start, sentence):
            return
        if base_start is not None and base_start < r.start and not r.respective and self.foreign_term(ctx, base_start, r.region):
            return        # 吸纳湖北省技术合同的前五位分别是广东(69.27亿元): Guangdong's part of Hubei's contracts
        if base_start is not None and base_start < r.start and self.subset_between(ctx, term_end, r.start):
            return        # 破获公安部挂牌督办案件30起: a part of the cases
        if base_start is not None and base_start >= r.end and self.lang == "en" \
                and has_words(self.rules.subset.get("en", ()), ctx.norm[clause.start:r.start], "en"):
            return        # "strategic industrial clusters contributed 73,000 granted invention patents": the clusters'
        narrowing = self.rules.narrowing or {}
        if base_start is not None and prev is not None and prev.chain and prev.base \
                and not has_words(narrowing.get(self.lang, ()), r.term, self.lang):
            candidates = [self.narrowed(c, prev.base) for c in candidates]   # a bare term (质押金额), not 知识产权质押金额
        elif base_start is not None and (prev is None or not prev.base) and not has_words(narrowing.get(self.lang, ()), r.term, self.lang):
            # a bare term after words of its sentence naming one kind of right with no figure of its own
            # (4家企业商标专用权质权登记，质押金额4.75亿元: the trademark pledges')
            since = max(sentence.start, (prev.start if prev is not None else base_start) - 30)
            kinds = {seg for seg, words in (narrowing.get("kinds") or {}).items()
                     if has_words(words.get(self.lang, ()), ctx.norm[since:base_start], self.lang)}
            if len(kinds) == 1:
                seg = kinds.pop()
                candidates = [self.narrowed_to(c, seg) for c in candidates]
        if base_start is not None and num.unit == "yuan" and prev is not None and prev.chain and prev.end <= base_start \
                and has_words(self.rules.generic_amounts.get(self.lang, ()), r.term, self.lang):
            candidates = self.amount_of(prev, candidates)
        if not r.region and candidates:
            return
        if r.region[:2] in MUNICIPALITIES and self.rules.level_in_municipalities:
            candidates = [self.rules.level_in_municipalities.get(c, c) for c in candidates]   # 天津市著名商标: provincial
        by = FOR_KIND.match(norm, r.end) if self.lang == "en" and candidates else None
        kinds = self._kinds_in(by.group(1)) if by else []
        if kinds:             # "13,856 valid patents for invention": that kind of it
            candidates = [v for c in candidates if (v := self.variant(self._family_of(c) or c, "." + kinds[0][0]))] or candidates
        if candidates and self.lang == "zh" and PER_10K_AFTER_ZH.match(norm, r.end):      # 有效发明专利拥有量达到1.42件/万人
            candidates = [v for c in candidates if (v := self.per_10k_of(c))] or candidates
        chosen = self.pick(candidates, num, agency)
        if chosen is None and candidates and not num.is_integer and self.after_population_ratio(ctx, sentence, clause, base_start):
            # 每万人口发明专利拥有量达到3.81件，高价值发明专利拥有量1.63件: a fraction of a count, after a ratio to the
            # population in its sentence, is that ratio of the term's kind
            chosen = self.pick([v for c in candidates if (v := self.per_10k_of(c))], num, agency)
        if chosen is None and num.unit in ("yuan", ""):
            chosen = self.pick([c + ".amount" for c in candidates], num, agency)
        if chosen is None or self.amount_of_part(r, chosen):
            return
        chosen = self.apply_period_cues(ctx, r, chosen, sentence, before, base_start if base_start is not None
                                        else r.start if kind is not None else pattern_start if patterned else None)
        chosen = self.gi_among_marks(ctx, sentence, r, chosen)
        if chosen and self.case_scoped(ctx, sentence, r, chosen):
            chosen = self.case_kind(ctx, sentence, r, chosen, paired=self.list_start is not None)
            if chosen is None:
                return        # 法院共受理知识产权民事一审案件4857件: civil first-instance cases, not all the courts'
        won = WON_AWARD_EN.search(norm, r.end, min(sentence.end, r.end + 160)) if chosen and self.lang == "en" else None
        if won is not None and self.catalog.indicators[chosen].unit != "items" and not COUNT_WORD_EN.search(norm, r.end, won.start()):
            return            # "three invention patents registered by … won golden medals": the awards, not the patents
                              # (not "seven … enterprises, …, and received one Silver Award": another count's)
        if chosen and self.lang == "zh" and chosen in (self.rules.stock_of or {}) \
                and RECOGNIZED_BEFORE_ZH.search(ctx.norm, max(sentence.start, r.start - 10), r.start):
            return            # 此次被认定的19件注册商标中: the marks recognised, counted by what they are, not registrations
        if chosen == "enforcement.cases" and self.lang == "en" and INDUSTRY_AUTHORITY_EN.search(ctx.norm, sentence.start, r.start):
            return            # "The Beijing Municipal Administration for Industry and Commerce handled 2,300 cases concerning IPR
            #                   infringement …": one of the administrative authorities' cases, not all of theirs
        if chosen and self.lang == "en" and num.unit == "yuan" and ONE_CASE_EN.search(ctx.norm, sentence.start, r.start) \
                and not re.search(r"\bcases\b", ctx.norm[sentence.start:r.start], re.IGNORECASE):
            return            # "a trademark infringement case involving 10,164 pairs of counterfeit shoes, worth 5 million
            #                   yuan": one case's value, not the year's
        if chosen and self.lang == "en" and self.catalog.indicators[chosen].unit not in ("enterprises", "items") and (
                EACH_THRESHOLD_EN.search(ctx.norm, max(sentence.start, r.start - 40), r.start)
                or ENTITIES_COUNTED_EN.match(ctx.norm, sentence.start, r.start)):
            return            # "The number of companies that each had at least 100 patent filings grew to 405 from 20":
            #                   the companies counted and each one's threshold, no count of filings
        if chosen and self.lang == "en" and THEY_OPENING_EN.match(ctx.norm, sentence.start) and self.owner_in(chosen) is None:
            subject = next((o for o in reversed(self.in_paragraph) if o.end <= sentence.start and o.chain and o.base), None)
            kind = self.owner_in(subject.base) if subject is not None else None
            if kind is not None:      # "Universities in the province applied for 4,246 patents … They now hold 4,758 valid
                chosen = next(iter(self.owner_variants([chosen], kind)), None)    # invention patents": the owners'
                if chosen is None:
                    return
        if chosen and r.sign and num.unit not in ("percent", "percentage_points") and self.lang == "zh" \
                and self.catalog.indicators[chosen].measure == "flow" and INCREMENT_ZH.search(ctx.norm, max(sentence.start, r.start - 8), r.start):
            chosen = self.variant(chosen, ".change")       # 合同成交金额年增量达85亿元: the amount's increment, not the amount
            #                                                (not 质押融资增加14.3亿元: the half year's new financing)
            if chosen is None:
                return
        thereby = self.lang == "zh" and THEREBY_ZH.match(ctx.norm, sentence.start) is not None
        added = next((o for o in reversed(self.in_paragraph if thereby else self.earlier) if o.indicator == chosen and not o.sign
                      and o.end <= r.start), None) \
            if chosen and self.lang == "zh" else None      # (past a figure of another term: …243件，延续认定172件，…总量达1025件;
        #                                                    a sentence before one that opens 至此: …34件商标榜上有名。至此，…总数达到189件)
        if added is not None and added.region == r.region and added.value < num.value \
                and self.catalog.indicators[chosen].measure == "stock" \
                and TOTAL_WORDS_ZH.search(ctx.norm, max(sentence.start, r.start - SUBJECT_REACH) if thereby else max(clause.start, r.start - 12), r.start) \
                and not TOTAL_WORDS_ZH.search(ctx.norm, max(sentence.start, added.start - 12), added.start):
            added.indicator = self.variant(chosen, ".new") or ""    # 争创中国驰名商标9件，驰名商标总数达到23件: the 9 were added
        whole = self.earlier[-1] if chosen and self.lang == "zh" and self.earlier else None
        if whole is not None and whole.indicator == chosen and whole.region == r.region and not whole.sign and whole.start >= sentence.start \
                and whole.value > num.value and (among := AMONG_OPENING_ZH.match(ctx.norm, clause.start)) \
                and ctx.norm.startswith(wordings := tuple(self.catalog.indicators[chosen].terms_zh), among.end()) \
                and not ctx.norm[max(sentence.start, whole.start - 12):whole.start].rstrip("达为了：:").endswith(wordings):
            whole.indicator, whole.chain = "", False    # 拥有发明专利6.5万件，其中有效发明专利8863件: the whole is wider than
            #                                             the part the catalog names in its own words, which the part is
            #                                             (not 查处侵权盗版案件135件，其中刑事立案2件: a part read as the whole)
        if chosen:
            r.indicator, r.base, r.chain = chosen, self.base_of(chosen), True

    def gi_among_marks(self, ctx: Context, sentence: Span, r: Reading, chosen: str | None) -> str | None:
        """(zh) Bare 地理标志 counted as a part of the marks a sentence has stated (注册商标497件，其中地理标志1件): the GI
        marks, not all GIs (gi.trademarks for gi.total, with the same suffix)."""
        if not chosen or self.lang != "zh" or not chosen.startswith("gi.total"):
            return chosen
        marked = "gi.trademarks" + chosen[len("gi.total"):]
        if marked not in self.catalog.indicators:
            return chosen
        if BARE_GI_ZH.search(ctx.norm, max(sentence.start, r.start - 16), r.start):
            marks = any(sentence.start <= o.start < r.start and not o.sign and (o.indicator or "").startswith("trademarks.")
                        for o in self.earlier)
            return marked if marks else chosen
        era = self.rules.gi_as_marks or {}
        if era and (r.year or self.final_year) <= int(era["until"]) and self.report_of_marks() \
                and ERA_BARE_GI_ZH.search(ctx.norm, max(sentence.start, r.start - 16), r.start):
            return marked     # 截至2009年，…注册商标4320件…；地理标志5件 (工商's count of GIs): the GI marks
        return chosen

    def report_of_marks(self) -> bool:
        """(zh) Whether the report states marks (商标) and names no GI products anywhere (gi_as_marks), looked up once."""
        if self._of_marks is None:
            text = simplified("".join(line.text for line in self.report.half(self.lang)))
            self._of_marks = "商标" in text and not any(w in text for w in (self.rules.gi_as_marks or {}).get("products", ()))
        return self._of_marks

    def other_right_before(self, ctx: Context, start: int, ids: list[str]) -> bool:
        """(zh) Whether a word of another kind of right (`compound_rights`) stands right before the term at
        `start`, the two making a compound the catalog does not name (地理标志 + 驰名商标): neither's figure."""
        if self.lang != "zh" or not ids or not self.rules.compound_rights:
            return False
        own = {self.catalog.indicators[i].topic for i in ids if i in self.catalog.indicators}
        head = re.sub(r"(?:之?中的?)$", "", ctx.norm[max(0, start - 12):start])    # (地标中的驰名商标8件: among them)
        return any(topic not in own and any(head.endswith(w) for w in words.get("zh", ()))
                   for topic, words in self.rules.compound_rights.items())

    def within_other(self, ctx: Context, sentence: Span, clause: Span, ids: list[str], term: str = "") -> list[str] | None:
        """(zh) When the clause follows a heading clause that names another indicator's things as the
        whole it is among (全省地理标志商标中，集体商标120件), or opens with 其中 after a statement of another
        topic's (地理标志商标总数45件，其中证明商标40件): the part of that whole the catalog names (the GI
        marks' collective marks, gi.trademarks.collective), else [] (not all the collective marks); None
        when there is no such whole. A term of the same topic (专利授权量中，发明专利…; 有效注册商标中，驰名商标…)
        is read by its own rules, and so is a term that names its own kind of right (注册商标总量3209件，其中…地理标志
        集体商标5件: the GI marks whatever they are among)."""
        if self.lang != "zh" or clause.start <= sentence.start or self.lex.terms is None:
            return None
        own = {self.catalog.indicators[i].topic for i in ids if i in self.catalog.indicators}
        if any(w in term for topic in own for w in (self.rules.compound_rights or {}).get(topic, {}).get("zh", ())):
            return None
        head = IN_HEADING_ZH.search(ctx.norm, max(sentence.start, clause.start - 32), clause.start)
        outer = []
        if head is not None:
            whole = ctx.last_before(self.lex.terms, head.start(1), head.end(1))
            outer = self.lex.ids(ctx.norm, whole) if whole is not None else []
        elif ctx.norm.startswith("其中", clause.start):
            stated = next((o for o in reversed(self.earlier) if o.chain and o.base and not o.sign
                           and o.start >= sentence.start), None)
            outer = [stated.base] if stated is not None else []
        topic = {i: self.catalog.indicators[i].topic for i in (*outer, *ids) if i in self.catalog.indicators}
        if not outer or any(topic.get(o) == topic.get(i) for o in outer for i in ids):
            return None
        return [v for o in outer for i in ids if (v := self.variant(o, "." + i.rsplit(".", 1)[-1]))]

    @staticmethod
    def own_level(ind, num) -> bool:
        """Whether a rank or a percentage is itself the level of the indicator a term names (排名第三 of a
        ranking, 99.15% of a rate), not a derived figure of another."""
        return ind.measure == "rank" if num.unit == "rank" else num.unit == "percent" and ind.unit == "percent" \
            and ind.measure in ("share", "ratio", "score")

    def after_population_ratio(self, ctx: Context, sentence: Span, clause: Span, term_start: int | None) -> bool:
        """(zh) Whether a ratio to the population (unit per_10k_people) is stated before the number in its sentence
        and its own term has no other base before it (not 每平方公里发明专利拥有量150.38件)."""
        if self.lang != "zh" or term_start is None or "每" in ctx.norm[max(clause.start, term_start - 8):term_start]:
            return False
        return any(o.indicator in self.catalog.indicators and self.catalog.indicators[o.indicator].unit == "per_10k_people"
                   for o in self.earlier if o.start >= sentence.start)

    def per_10k_before(self, ctx: Context, clause: Span, head: int) -> bool:
        """(zh) Whether a population base (`per_10k` zh_term: 每万人) stands right before the term at `head`."""
        if self.lang != "zh":
            return False
        lo = max(clause.start, head - 8)
        per = self.cue("per_10k", ctx.norm[lo:head], "_term")
        return per is not None and (per.end() == head - lo or re.fullmatch(r"(?:拥有|持有|有)的?", ctx.norm[lo + per.end():head]) is not None)
        #     (每万人拥有的有效发明专利为13.6件: the holders' verb between)

    def court_kind_part(self, ctx: Context, sentence: Span, clause: Span, r: Reading):
        """(zh) A clause of one kind of court cases and its figure with no verb (其中民事案件28792件，刑事案件542件)
        after a court figure of all kinds in its sentence: that kind's figure of the same measure (courts.civil_cases.accepted
        after courts.cases.accepted, past other kinds' figures of other verbs), (ids, start, end); None otherwise (an
        instance, 民事一审案件, is a part)."""
        kinds = (self.rules.case_scopes or {}).get("zh_kinds") or {}
        if self.lang != "zh" or not kinds or r.start - clause.start > 40:
            return None       # (a clause of a kind's or an instance's words alone before the figure is short)
        first = (self.rules.case_scopes or {}).get("zh_first_instance") or ()
        m = re.fullmatch(r"\s*(?:其中[,，:：]?\s*)?(?:" + "|".join(map(re.escape, first)) + r")(?:案件)?(?:为|有|达|共)?\s*",
                         ctx.norm[clause.start:r.start]) if first else None
        if m is not None:     # 民事案件4563件，其中一审3940件: the first instance of the figure before in its sentence
            whole = next((o for o in reversed(self.earlier) if o.start >= sentence.start and (o.base or "").startswith("courts.")
                          and not o.sign), None)
            iid = self.first_instance_of(whole.base) if whole is not None and whole.base.count(".") == 2 else None
            return ([iid], clause.start + m.start(), clause.start + m.end()) if iid else None
        m = re.fullmatch(r"\s*(?:其中[,，:：]?\s*(?:审理|办理|涉及)?)?(?:知识产权)?(" + "|".join(map(re.escape, kinds)) + r")(?:知识产权)?(?:纠纷)?类?案件"
                         r"(?:为|有|达|共)?\s*", ctx.norm[clause.start:r.start])
        if m is None:
            return None
        whole = next((o for o in reversed(self.earlier) if o.start >= sentence.start and (o.base or "").startswith("courts.cases.")
                      and not o.sign), None)     # (the figure of all kinds: 受理…972件，其中民事案件925件，审结792件；刑事案件44件)
        opening = PARTS_OF_ZH.match(ctx.norm, sentence.start) if whole is None else None
        if whole is None and opening is None:
            opening = last_match(PARTS_OF_ZH, ctx.norm[sentence.start:clause.start])
            if opening is not None and DIGIT.search(ctx.norm, sentence.start + opening.end(), clause.start):
                opening = None    # (a heading in its sentence right before the kind's clause, no figure between)
        if opening is not None:       # 已结案件中，民事案件3585件: that measure's part, after a court figure of the paragraph
            measure = COURT_MEASURES_ZH[opening.group(1)]        # (or in a sentence naming the courts: 全省法院受理的各类
            courts = "法院" in ctx.norm[sentence.start:sentence.start + opening.start()] \
                or any((o.base or "").startswith("courts.") for o in self.in_paragraph if o.start < sentence.start)   # 知识产权案件中)
            iid = f"courts.{kinds[m.group(1)]}.{measure}"
            return ([iid], clause.start + m.start(1), clause.start + m.end(1)) if courts and iid in self.catalog.indicators else None
        if whole is None:
            # or the first figure of the segment before (；) when it is another kind's: its verb runs on
            # (受理刑事案件5件，审结5件；民事案件1464件，审结1365件: the civil cases accepted)
            stop = last_semicolon(ctx, sentence.start, clause.start)
            begin = max(sentence.start, last_semicolon(ctx, sentence.start, stop) + 1)
            whole = next((o for o in self.earlier if begin <= o.start < stop and not o.sign), None) if stop >= 0 else None
            if whole is None or not (whole.base or "").startswith("courts.") \
                    or whole.base.split(".")[1] in ("cases", kinds[m.group(1)]):
                return None
        iid = f"courts.{kinds[m.group(1)]}.{whole.base.split('.', 2)[2]}"
        return ([iid], clause.start + m.start(1), clause.start + m.end(1)) if iid in self.catalog.indicators else None

    def court_kind_part_en(self, ctx: Context, sentence: Span, r: Reading):
        """(en) A figure of one kind of court cases with no verb of its own ("including 27,026 civil cases",
        "… and 634 criminal cases", "Of the concluded cases, 27,026 were civil cases") after a court figure in its
        sentence, or in the sentence before when this one opens with their parts: that kind's figure of the
        same measure (the measure the opening names first: "Of the concluded cases"), (ids, start, end)."""
        kinds = (self.rules.case_scopes or {}).get("en_kinds") or {}
        m = COURT_KIND_EN.match(ctx.norm, r.end) if kinds else None
        if m is None or m.group(1).casefold() not in kinds:
            return None
        courts = [o for o in self.earlier if o.start >= sentence.start and (o.base or "").startswith("courts.") and not o.sign]
        opening = PARTS_OF_EN.match(ctx.norm, sentence.start)
        if not courts and opening is not None:
            courts = [o for o in self.in_paragraph if o.start < sentence.start and (o.base or "").startswith("courts.") and not o.sign]
            named = [o for o in courts if opening.group(1) and o.base.rsplit(".", 1)[1] == COURT_MEASURES_EN.get(opening.group(1).casefold())]
            courts = named or courts
        if not courts:
            return None
        iid = f"courts.{kinds[m.group(1).casefold()]}.{courts[-1].base.split('.', 2)[2]}"
        return ([iid], r.end + m.start(1), r.end + m.end()) if iid in self.catalog.indicators else None

    def year_series(self, ctx: Context, clause: Span, r: Reading):
        """(zh) A clause of only a year, a verb and the number (2021年达到45.4件，2022年达到57.1件) after a level
        of the same measure word stated with its own year in the paragraph: that level's statement in
        another year, (ids, start, end) with no term of its own; None otherwise."""
        if r.year is None:
            return None
        # (a bound of the same figure in its own clause between the year and the level is no figure before it:
        # 2010年，突破2.5万件，达25971件)
        last_end = max([0] + [o.end for o in self.earlier if o.end <= r.start
                              and not (o.number.qualifier == "more_than" and BOUND_CLAUSE_ZH.fullmatch(ctx.norm, o.start, r.start))])
        lo = max(clause.start, last_end)     # (…45.4件,2022年达到57.1件: after the last)
        if not YEAR_SERIES_ZH.fullmatch(ctx.norm, lo, r.start):
            k = bisect.bisect_right(ctx.clauses, clause.start, key=lambda c: c.start) - 2
            if k >= 1 and BOUND_CLAUSE_ZH.fullmatch(ctx.norm, ctx.clauses[k].start, r.start):
                k -= 1        # (2010年，突破2.5万件，达25971件: the year's clause before the bound's)
            before = ctx.clauses[k] if k >= 0 else None                                        # (…，到2023年，这项数据变成了23起:
            if before is None or before.start < last_end or not YEAR_SERIES_ZH.fullmatch(ctx.norm, before.start, r.start):   # its year
                return None                                                                    # the clause before)
            lo = before.start
        last = next((o for o in reversed(self.in_paragraph) if o.end <= lo and o.line is r.line
                     and not (o.sign or o.number.unit == "percent")), None)     # (past changes of it: 此后以年均近20%的增速攀升)
        if last is None or not last.chain or not last.indicator or last.year is None or last.year == r.year \
                or last.number.measure != r.number.measure or last.number.unit != r.number.unit:
            return None
        return [last.indicator], clause.start, clause.start

    def respective_year(self, ctx: Context, sentence: Span, r: Reading) -> int | None:
        """(zh) The year of the n-th number of a list after 分别 whose sentence names as many years as the
        list has numbers (近三年来 / 2020—2022年 …分别为989人、1099人、1248人), the years in order; None
        otherwise (a list of terms, of places, or of a number of years that is not the list's)."""
        if self.lang != "zh" or r.run < 2 or not self.cue_before("respectively", ctx, sentence, r.start):
            return None
        first = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) else r.start
        opening = ctx.norm[max(sentence.start, first - 4 * WINDOW):first]
        listed = YEARS_LISTED_ZH.search(opening)
        if listed is not None:        # 2018年、2019年，…分别新收…6730件、6463件: the years listed, in order
            years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", listed.group(0))]
            later = ZH_YEAR.search(opening, listed.end())
            return years[r.pos] if len(years) == r.run and later is None and years == sorted(set(years)) else None
        span = YEARS_SPAN_ZH.search(opening)
        if span is None and SAME_PERIOD_LIST_ZH.match(ctx.norm, sentence.start):
            # 2020年至2024年，…分别为56件、…。同期该院受理的…分别为77件、…: the span of the sentence before
            span = last_match(YEARS_SPAN_ZH, ctx.norm[max(0, sentence.start - 4 * WINDOW):sentence.start])
            opening = ""
        if span is not None:
            start, end = int(span.group(1)), int(span.group(2))
        else:
            recent = RECENT_YEARS_ZH.search(opening)
            if recent is None:
                return None
            n = int(recent.group(1)) if recent.group(1).isdigit() else zh_int(recent.group(1).replace("两", "二"))
            start, end = self.final_year - n + 1, self.final_year
        if end - start + 1 != r.run or ZH_YEAR.search(opening, span.end() if span else 0) is not None:
            return None
        head = max(opening.rfind(c) for c in "，,；;") + 1     # (the list's own clause: one term, not a list of them)
        if self.lex.terms is not None and len(self.lex.terms.findall(opening[head:])) > 1:
            return None
        return start + r.pos

    def opened_earlier_year(self, ctx: Context, last: Reading) -> bool:
        """Whether the sentence of `last` opens with a year before the report's period (据悉，2017年全市…,
        in a report of 2018) and `last` is of that year: the sentences after it with no date of their
        own go on about that year."""
        if last.year is None or last.year >= self.first_year:
            return False
        opening = ctx.norm[ctx.around(ctx.sentences, last.start).start:last.start]
        m = (ZH_YEAR if self.lang == "zh" else EN_YEAR).search(opening)
        return m is not None and int(m.group(1)) == last.year and m.start() <= (12 if self.lang == "zh" else 30)

    def opened_other_span(self, ctx: Context, last: Reading) -> bool:
        """(zh) Whether the sentence of `last` opens with a part of a year it names (2010年1-9月，全省…) that is not the
        report's period, and `last` is of it: the sentences after it with no date of their own go on about it."""
        if self.lang != "zh" or last.span is None or last.span[0] is None:
            return False
        if "/" in self.report.meta.period and (last.span[0], last.span[1]) == period_end(self.report.meta.period):
            return False
        opening = ctx.norm[ctx.around(ctx.sentences, last.start).start:last.start]
        m = SPAN["zh"].search(opening)
        return m is not None and m.group(1) is not None and int(m.group(1)) == last.span[0] and m.start() <= 12

    def fits_any(self, ids: list[str], num: Number) -> bool:
        return any(i in self.catalog.indicators and self.fits(self.catalog.indicators[i], num) for i in ids)

    def rose_over_years(self, sentence: Span, level: Reading) -> bool:
        """Whether `level` is the level reached from a level of the same statement stated earlier in its
        sentence at a date more than a year before: a change after them is over those years, no yearly one."""
        start = next((o for o in reversed(self.earlier) if o is not level and o.start < level.start
                      and o.start >= sentence.start and o.chain and o.base == level.base and not o.sign), None)
        if start is None:
            return False
        first = start.year or (start.as_of[0] if start.as_of else None)
        last = level.year or (level.as_of[0] if level.as_of else None) or self.final_year
        return first is not None and first < last - 1

    def owners_whole(self, ctx: Context, sentence: Span, clause: Span, ids: list[str], term_start: int) -> list[str] | None:
        """(zh) A figure naming no owner of its own after one owner's figure in its sentence, as its part
        (企业授权量为5709件，其中，发明专利授权量为842件) or in a clause that opens with its term, the subject
        left unsaid (企业申请专利21013件，授权专利13850件): that owner's too -- the owner's variant of what it
        names, or [] (a part of the region's total the catalog does not name); None otherwise."""
        if self.lang != "zh" or not ids or "总" in ctx.norm[term_start:term_start + 2]:
            return None       # (与2011年总申请量191件相比: the whole, named as such)
        part = "其中" in ctx.norm[max(sentence.start, clause.start - 3):clause.start + 3]
        if not part and not (clause.start > sentence.start and term_start - clause.start <= 1):
            return None
        owners = self.rules.owners or {}
        whole = next((o for o in reversed(self.earlier) if o.chain and o.base and not o.sign
                      and sentence.start <= o.start < clause.start), None)
        if whole is None and part and clause.start - sentence.start <= 3:
            whole = next((o for o in reversed(self.in_paragraph) if o.end <= sentence.start and o.chain and o.base
                          and not o.sign and o.number.unit not in DERIVED_UNITS), None)
            #     (企业专利申请33737件，占…37.2%。其中发明专利申请15455件: the sentence opens with the parts of the owner's)
        kind = self.owner_in(whole.base) if whole is not None else None
        series = kind is not None and has_words(owners.get(kind, {}).get("zh", ()), ctx.norm[ctx.around(ctx.clauses, whole.start).start:whole.start], "zh") \
            and not any(whole.end <= o.start < clause.start and not o.sign for o in self.earlier)
        #     (自然人专利申请7871件，…；自然人专利授权2440件，同比增长28.5%；有效专利6951件: a series of the owners' items)
        if kind is not None and not part and ((re.search(r"[；;]", ctx.norm[whole.end:clause.start]) and not series) or any(
                self.catalog.indicators[i].topic != self.catalog.indicators[whole.base].topic for i in ids if i in self.catalog.indicators)):
            return None       # (企业获得专利授权16671件；技术合同登记额1437亿元: a statement of its own)
        if kind is None or not any(self.owned(i) for i in ids) \
                or all(".owner." in i or i.endswith(tuple("." + k for k in owners)) for i in ids):
            return None
        return self.owner_variants(ids, kind)

    def parts_host(self, ctx: Context, sentence: Span, r: Reading) -> Reading | None:
        """The last statement of the sentence before, when this sentence opens with its parts (其中，…;
        "Among them, …") and names no date of its own before the number."""
        if not PARTS_OPENING[self.lang].match(ctx.norm, sentence.start):
            return None
        last = next((o for o in reversed(self.in_paragraph) if o.end <= sentence.start and not o.sign
                     and o.number.unit not in ("times", "percent") and not (
                         self.lang == "zh" and o.year is not None and o.year < self.first_year
                         and COMPARED_OPENING_ZH.match(ctx.norm, ctx.around(ctx.sentences, o.start).start))), None)
        #     (…684件。与2011年总申请量191件相比，同比增长258%。其中，发明专利29件: the parts of 684, not of the level compared)
        return last if last is not None and last.indicator else None     # (not past a level it could not name)

    def outcome(self, iid: str, verb: str, own_kind: bool = True) -> str | None:
        """(en) What a flow's counts became by `verb` (rules `outcomes`: applications "granted" -> grants), with the
        flow's own kind (invention applications -> invention grants) when the catalog has it; with `own_kind`
        False, the target family alone."""
        for family, rule in (self.rules.outcomes or {}).items():
            if (iid == family or iid.startswith(family + ".")) and verb.lower() in rule.get(self.lang, ()):
                target = rule.get("target", "") + (iid[len(family):] if own_kind else "")
                return target if target in self.catalog.indicators else None
        return None

    def became(self, ctx: Context, found: tuple) -> list[str]:
        """(en) The flows a term after its number became, by the verb right after it ("More than 167,000
        trademark applications were granted": registrations); [] when it names none."""
        m = TERM_BECAME.match(ctx.norm, found[2])
        return [t for c in found[0] if (t := self.outcome(c, m.group(1)))] if m is not None else []

    def outcome_of(self, ctx: Context, r: Reading, prev: Reading | None) -> str | None:
        """(en) "N of which were granted" after a flow of applications: the flow its part became."""
        if self.lang == "zh":     # 申请注册商标21952件，核准11168件: the flow the applications became, its verb alone
            m = VERB_ALONE_ZH.fullmatch(ctx.norm, ctx.around(ctx.clauses, r.start).start, r.start)
            if m is None or prev is None or not prev.chain or prev.sign or not prev.base or r.number.unit != prev.number.unit:
                return None
            return self.outcome(prev.base, m.group(1))
        m = OF_WHICH_BECAME.match(ctx.norm, r.end)
        verb = m.group(1) if m is not None else None
        if m is None and re.search(r"\bwith\s+$", ctx.norm[max(0, r.start - 6):r.start]) \
                and (got := WITH_RECEIVING_EN.match(ctx.norm, r.end)) is not None:
            verb = RECEIVED_AS_VERB[got.group(1).lower()]     # "reached 60,247 with 26,688 receiving full authorization"
        if verb is None or prev is None or not prev.chain or prev.sign or not prev.base:
            return None
        return self.outcome(prev.base, verb)

    def amount_of_part(self, r: Reading, iid: str) -> bool:
        """Whether an amount the catalog counts of a whole (`amount_of`: the value or fines of all enforcement cases)
        follows counts of one part of that whole only in its sentence (查处各类商标违法案件2100件…；案值3474.85万元；罚没金额
        4010.49万元: the trademark cases' amounts), which the catalog does not name: no indicator."""
        whole = self.catalog.indicators[iid].extra.get("amount_of") if iid in self.catalog.indicators else None
        if not whole:
            return False
        counts = {o.base for o in self.earlier if o.base and o.start < r.start
                  and self.catalog.indicators.get(o.base) is not None and self.catalog.indicators[o.base].unit == "cases"}
        # (查处专利…案件2859件，查办商标案件356件，罚款717.75万元: several rights' cases, the amount of all)
        return len(counts) == 1 and counts.pop().startswith(str(whole) + ".")

    def amount_of(self, prev: Reading, candidates: list[str]) -> list[str]:
        """An amount named by a generic term (text_rules `generic_amounts`) of another topic than the count stated just before it
        (调解知识产权类案件80起，涉案金额663.89万元: not the enforcement cases' value): the count's
        own `.amount`, or none."""
        topic = self.catalog.indicators[prev.base].topic
        same = [c for c in candidates if c in self.catalog.indicators and self.catalog.indicators[c].topic == topic]
        return same or [v for v in (self.variant(prev.base, ".amount"),) if v]

    def case_scoped(self, ctx: Context, sentence: Span, r: Reading, iid: str) -> bool:
        """A court figure in a sentence that narrows the cases to one kind (民事, 刑事, 行政; civil …) or one
        instance (一审) before the number, unless it names all of them; a court's, procurators' or police
        figure of one right's cases in its clause (侵犯商标权犯罪案件): not the catalog's figure of all cases."""
        scopes = (self.rules.case_scopes or {}).get(self.lang, ())
        if not iid.startswith(("courts.", "procuratorates.", "police.")) or not scopes:
            return False
        window = self.case_window(ctx, sentence, r)
        parts = re.split(r"\d[\d,.]*", window)      # the words between two figures

        def some_of(words, whole=None) -> bool:
            """Are some of `words` named nearest, not all of `whole` (default: all of them)?"""
            named = self.named_nearest(parts, words)
            return bool(named) and not set(whole or words) <= named
        # 在法院受理的知识产权案件中，专利权案件受理数量增长31.4%: one right's cases
        courts = iid.startswith("courts.")      # (the kinds and instances of cases are the courts'; one right's crimes narrow all)
        rights = self.rules.case_scopes.get(self.lang + "_rights", ())
        instances = (self.rules.case_scopes.get(self.lang + "_instances", ()), self.rules.case_scopes.get(self.lang + "_instances_all"))
        own = re.split(r"[，,；;]", parts[-1])[-1]        # (police, procurators: its own clause; one of years takes its
        if self.lang == "zh" and not courts:             # subject's before it: …侵犯商业秘密案件数持续上升，2023年、
            clauses = re.split(r"[，,；;]", ctx.norm[max(sentence.start, r.start - WINDOW):r.start])     # 2024年分别起诉9件18人)
            if len(clauses) > 1 and YEARS_OPENING_ZH.match(clauses[-1]):
                own = clauses[-2] + "，" + own
        return (courts and (some_of(scopes) or some_of(*instances)
                            or has_words(scopes, self.excluded(ctx, sentence, r), self.lang))) \
            or has_words(rights, window if courts else own, self.lang)

    def excluded(self, ctx: Context, sentence: Span, r: Reading) -> str:
        """The words of the parts a figure's sentence leaves out of its whole, before it or in brackets right after it
        (除知识产权刑事案件外，…法院共受理…案件72778件; 7277件（不含刑事案件）: all but one kind)."""
        rx = EXCEPT[self.lang]
        words = [m.group(1) for m in rx.finditer(ctx.norm, max(sentence.start, r.start - 2 * WINDOW), r.start)]
        aside = rx.match(ctx.norm, r.end + 1) if ctx.norm[r.end:r.end + 1] in "(（" else None
        return " ".join(words + ([aside.group(1)] if aside else []))

    def named_nearest(self, parts: list[str], words) -> set:
        """Of `words`, those named nearest a figure in `parts` (the words between the figures before it, in
        order): the kinds named in its own words, else those named nearest before it with those listed right before
        them (民事…12241件，审结12102件；受理…行政…11件: 行政's; 民事案件35034件，刑事案件710件，行政案件134件；审结29441件:
        all of them)."""
        named = set()
        for n, part in enumerate(reversed(parts)):
            here = {w for w in words if has_words((w,), part, self.lang)}
            if n == 0 and here:
                return here   # its own words name them (…民事案件1064件；受理…刑事案件34件: 刑事's alone)
            if named and not here:
                break
            named |= here
            if here and CASE_VERB_ZH.search(part):
                break         # (a statement of its own, not an item of a list: 受理…刑事案件34件，审结28件: 刑事's)
        return named

    def case_window(self, ctx: Context, sentence: Span, r: Reading) -> str:
        """The words before a court figure that may narrow its cases: from its agency (not 行政执法机关 of a
        clause before) or a bounded look back (a sentence may be long); (en) the noun after the number too."""
        court = ctx.last_before(self.lex.agencies, sentence.start, r.start)
        window = ctx.norm[max(sentence.start, r.start - WINDOW, court.start() if court else 0):r.start]
        window = window.replace("一、二审", "一审二审").replace("一二审", "一审二审")      # (受理一、二审知识产权案件: both)
        window = EXCEPT[self.lang].sub(" ", window)       # (不含刑事案件: the kind left out is not the kind counted)
        if self.lang == "zh":     # (其中刑事案件52件，近三年收案5475件: a new statement, dated anew after a figure, all kinds)
            dated = [m for rx in (PAST_N_YEARS["zh"], ZH_YEAR) for m in rx.finditer(window)
                     if re.search(r"\d[\d,.]*\s*(?:件|起|宗|人|%|万|亿)", window[:m.start()])]      # (after a figure, not a year)
            last = next((o for o in reversed(self.earlier) if o.end <= r.start), None)
            series = last is not None and last.term and last.term == r.term and last.start >= sentence.start
            if dated and not series:      # (not 2021年收案量为8772件，2024年收案量已降至1377件: one statement's years)
                window = window[max(m.start() for m in dated):]
        if self.lang == "zh":     # (行政部门移交…调解案件, 行政执法: the authorities, no administrative lawsuits)
            window = ADMINISTRATION_ZH.sub("  ", window)
            cases = CASES_AFTER_ZH.match(ctx.norm, r.end) if CASE_VERB_ZH.search(ctx.norm[max(0, r.start - 4):r.start]) else None
            window += " " + cases.group(0) if cases is not None else ""     # (受理23起知识产权刑事案件: the kind after it)
        if self.lang == "en":     # ("accepted 19,983 IP-related first instance cases": the noun after the number)
            after = ctx.norm[r.end:min(sentence.end, r.end + 60)]
            noun = re.match(r"[^,;.\d]*?\bcases?\b(?:\s+(?:of|in)\s+(?:the\s+)?(?:first|second)[- ]instance)?", after)
            #        (up to its noun: "2,000 civil and criminal cases": both kinds; "… cases of first instance": that instance)
            window += " " + (noun.group(0) if noun else re.split(r"[,;.]|\band\b", after)[0])
        return window

    def case_kind(self, ctx: Context, sentence: Span, r: Reading, iid: str, paired: bool = False) -> str | None:
        """A court figure narrowed to one kind of cases alone (民事案件…12241件，审结12102件; "civil cases") or to the
        first instance (一审, of one kind or of all: 受理知识产权民事、行政、刑事一审案件2367件): the catalog's figure of
        that kind and instance (courts.civil_cases.accepted, courts.cases.first_instance.accepted for
        courts.cases.accepted), when no other instance and no one right's cases narrow it further; None otherwise.
        `paired`: the figure's verb was paired with it from a list of verbs (受理和审结…628件和547件)."""
        kinds = (self.rules.case_scopes or {}).get(self.lang + "_kinds") or {}
        if any(iid.startswith(f"courts.{k}.") for k in kinds.values()) or iid.startswith("courts.cases.first_instance."):
            return iid        # (审结民事案件1191件，同比上升47%: the change of a figure already of that kind or instance)
        if not iid.startswith("courts.cases.") or not kinds:
            return None
        window = self.case_window(ctx, sentence, r)
        if self.lang == "zh" and not paired and re.search(r"(?:受理|新收|审结|办结|结案)\s*(?:[和及与、]|以及)\s*(?:受理|新收|审结|办结|结案)", window):
            return None       # 受理和审结…案件628件 (one figure, two verbs) or 同比分别增长: no one verb's figure
        scopes = self.rules.case_scopes
        words = scopes.get(self.lang + "_instances", ())
        nearest = next((p for p in reversed(re.split(r"\d[\d,.]*", window)) if has_words(words, p, self.lang)), "")
        instances = {w for w in words if has_words((w,), nearest, self.lang)}     # (the words since the figure before:
        #                                         审结一审…案件277件、二审…案件20件: 20 is the second instance's)
        first = bool(instances) and instances <= set(scopes.get(self.lang + "_first_instance") or ())
        if has_words(scopes.get(self.lang + "_rights", ()), window, self.lang) \
                or (instances and not first and not set(scopes.get(self.lang + "_instances_all") or ()) == instances):
            return None       # (民事二审: a part the catalog does not name; 民事一、二审: all the civil cases)
        parts = re.split(r"\d[\d,.]*", window)
        segments = {kinds[w] for w in self.named_nearest(parts, kinds)}
        if self.lang == "en" and (m := COURT_KIND_EN.match(ctx.norm, r.end)) is not None and m.group(1).casefold() in kinds:
            segments = {kinds[m.group(1).casefold()]}      # ("concluded 27,026 civil cases and 634 criminal cases": its own noun)
        if first and not segments and self.lang == "zh" and re.match(r"\s*其中", ctx.norm[sentence.start:sentence.start + 6]):
            # (…民事案件2047件。其中，受理一审案件1858件: the first instance of the kind of the whole before; 各类知识产权
            # 案件4684件。其中，一审案件受理4036件: of all kinds; no court statement before: none)
            here = [] if self.in_paragraph is self.last_paragraph else [o for o in self.in_paragraph if o.end <= sentence.start]
            whole = next((o for o in reversed(here or self.last_paragraph)       # (its paragraph's first sentence: the last's)
                          if not o.sign and (o.indicator or "").startswith("courts.")), None)
            kind = whole.indicator.split(".")[1] if whole is not None else None
            if kind not in {*kinds.values(), "cases"}:
                return None
            segments = {kind}
        if first:
            listed = next((p for p in reversed(parts) if has_words(tuple(kinds), p, self.lang)), "")    # (the nearest naming kinds)
            if not segments or all(has_words((w,), listed, self.lang) for w in kinds):
                segments = {"cases"}      # (一审案件, 民事、行政、刑事一审案件: all the cases of first instance)
        if len(segments) != 1:
            return None
        found = "courts." + segments.pop() + iid[len("courts.cases"):]
        return self.first_instance_of(found) if first else found if found in self.catalog.indicators else None

    def first_instance_of(self, iid: str) -> str | None:
        """The catalog's first-instance figure of a court figure of a kind (courts.civil_cases.accepted.yoy_pct ->
        courts.civil_cases.first_instance.accepted.yoy_pct), or None."""
        family, _, rest = iid.partition(".")
        kind, _, measure = rest.partition(".")
        found = f"{family}.{kind}.first_instance.{measure}"
        return found if family == "courts" and found in self.catalog.indicators else None

    def narrowed(self, iid: str, before: str) -> str:
        """A generic term after a narrower statement of its family keeps the narrowing (专利权质押融资529笔，
        质押金额48.9亿元: the patent pledges' amount)."""
        family = iid.rpartition(".")[0]
        if not family or not before.startswith(family + "."):
            return iid
        return self.narrowed_to(iid, before[len(family) + 1:].split(".")[0])

    def narrowed_to(self, iid: str, seg: str) -> str:
        """`iid` narrowed to one segment of its family (finance.pledge.amount to finance.pledge.patent.amount),
        when the catalog has it and the segment says of what (a kind of right, not .total or .cumulative)."""
        family, _, leaf = iid.rpartition(".")
        if seg not in (self.rules.narrowing or {}).get("segments", ()) and seg not in (self.rules.kinds or {}):
            return iid        # .total, .cumulative … say how much, not of what
        narrower = f"{family}.{seg}.{leaf}"
        return narrower if narrower != iid and narrower in self.catalog.indicators else iid

    def of_own_province(self, before: str, after: str, region: str) -> bool:
        """A share whose whole is named by the province the figure's region lies in (a city's
        share of its province, named rather than written 全省)."""
        if not region or self.lex.regions is None or region.startswith("X"):
            return False
        province = region[:2] + "0000"
        window = before[-16:] if self.lang == "zh" else after[:60]
        return region != province and any(self.lex.key(m.group(0), self.lex.region_codes) in (province, "@province")
                                          for m in self.lex.regions.finditer(window))

    def joint(self, ctx: Context, clause: Span, term_start: int, r: Reading) -> list[re.Match]:
        """The terms listed right before a term with joiners (A、B 150件; "A and B 150"), with one
        number for all: the number is their joint total (a list of numbers, 分别, gives each its own).
        Empty when there are none."""
        if r.run > 1 or self.cue_before("respectively", ctx, clause, r.end + 8) or not self.lex.terms:
            return []
        others = []
        while len(others) < 4:
            head_start = max(clause.start, term_start - 12)      # (a bounded look: a clause may hold thousands of numbers)
            joiner = self._joiner.search(ctx.norm[head_start:term_start])
            other = ctx.last_before(self.lex.terms, clause.start, term_start - len(joiner.group(0))) if joiner else None
            if other is None or other.end() != joiner.start() + head_start:
                break
            others.insert(0, other)
            term_start = other.start()
        return others

    def whole_of(self, listed: list[list[str]]) -> str | None:
        """The indicator whose parts (`sum_of`) the listed terms name, one part each and all of them
        (地理标志商标和地理标志保护产品: gi.total); None when they are only some parts, or no parts."""
        if self._wholes is None:
            self._wholes = [(ind, set(ind.extra["sum_of"])) for ind in self.catalog.indicators.values() if ind.extra.get("sum_of")]
        for ind, parts in self._wholes:
            if len(parts) == len(listed) and all(parts & set(ids) for ids in listed) \
                    and set().union(*(parts & set(ids) for ids in listed)) == parts:
                return ind.id
        return None

    def apply_period_cues(self, ctx: Context, r: Reading, iid: str, sentence: Span, before: str,
                          term_start: int | None) -> str | None:
        """累计 / cumulative makes a flow its `.cumulative` twin; 新增 / new makes a stock its `.new` twin;
        a flow over a stated span of years (`r.window`) or part of a year (`r.span`) is that span's flow, not
        a running total; a flow after a five-year plan named with no span of its own (“十三五”期末…) is no
        year's flow."""
        ind = self.catalog.indicators[iid]
        if r.window is not None and (ind.measure == "flow" or iid.endswith(".cumulative")):
            return self.part_flow(iid)      # “十三五”以来，累计专利申请量155607件: the flow over those years
        planned = ind.measure == "flow" and (self.cue_before("plan_period", ctx, sentence, r.start)
                                             or self.cue_before("since_plan_end", ctx, sentence, r.start))
        if planned:           # (a rare sentence: scanning its opening costs nothing on the long ones)
            opening = ctx.norm[max(sentence.start, r.start - 4 * WINDOW):r.start]
            plan = self.cue("plan_period", opening) or self.cue("since_plan_end", opening)
            named = last_match(ZH_YEAR if self.lang == "zh" else EN_YEAR, opening)
            planned = plan is None or named is None or named.start() < plan.start()
        if planned:
            return None       # 与“十二五”末相比，专利申请量达到112335件: the flow since then (not 十三五期间…，2023年…: that year's)
        in_sentence = ctx.norm[max(sentence.start, r.start - WINDOW):r.start]
        new_window = before[-10:] if self.lang == "zh" else before[-20:] + ctx.norm[r.end:r.end + 6]
        upto = self.earlier[-r.pos].start if 0 < r.pos <= len(self.earlier) and r.run > 1 else r.start    # (a list's: its first)
        if self.lang == "zh" and term_start is not None and not DIGIT.search(ctx.norm, term_start, upto):
            named = QUOTED_NAMES_ZH.search(ctx.norm, max(sentence.start, term_start - 4 * WINDOW), term_start) \
                if ctx.norm[term_start - 1:term_start] in QUOTED_NAMES_END else None      # (a look back only after a name)
            opens = named.start() if named is not None else term_start      # (新增“田阳香米”等地理标志商标11件: past the names)
            lead = ZH_YEAR.sub(lambda m: "年".rjust(len(m.group(0)), " "), ctx.norm[max(sentence.start, opens - 6):opens])
            figure = last_match(DIGIT, lead) if term_start < r.start else None
            # 新增使用地理标志专用标志企业14家, 新获批国家…; not past a figure (新增4件，地理标志商标2件: that 新增 is the figure's;
            # a year is no figure: 2018年新增…); the words between the term and the number too (有效发明专利新增571件)
            new_window = (lead + new_window if figure is None else lead[figure.end():]) + ctx.norm[term_start:upto]
            # (not a term whose own addition was stated before: 新增有效发明专利571件，累计已达1852件)
        elif self.lang == "en" and term_start is not None and term_start < r.start:   # "the number of newly added GI trademarks was 7"
            head = ctx.norm[max(sentence.start, term_start - 30):term_start]
            m = self.cue("new", head)
            if m is not None and re.fullmatch(r"\s*(?:added|registered|approved|granted|recognized|recognised|certified)?\s*",
                                              head[m.end():]):
                new_window += " " + m.group(0)
        added = (self.lang == "en" and (ADDED_AFTER_EN.match(ctx.norm, r.end, min(len(ctx.norm), r.end + 60)) is not None
                                        or ADDED_BEFORE_EN.search(before) is not None
                                        or self.added_with_last(ctx, sentence, r))) \
            or (term_start is not None and term_start > r.end
                and self.designated(ctx, r.end, term_start, cohort=not (r.window and "/" in r.window) and not self.event_of(ctx, sentence, r)))
        #   (a cohort's members, or members made since a year: 2014年以来…3件商标被认定为中国驰名商标)
        named_new = self.lang == "zh" and NEW_NAMES_ZH.search(before) is not None     # 新增石城贡米、石城烟叶2件地理标志商标
        if self.lang == "zh" and not named_new and term_start is not None and term_start < r.start and r.year is not None:
            lead = ctx.norm[max(sentence.start, term_start - 6):term_start]      # 2022年，营口市获评国家知识产权优势企业16家:
            m = self.cue("designated", lead)                                    # the year's members (not 累计获评…: all of them)
            named_new = m is not None and m.end() == len(lead) \
                and not re.search(r"累计|共|总|已|截至|截止|目前|现有", ctx.norm[max(sentence.start, term_start - 30):term_start])
        # the catalog's change of a stock is on a year earlier: an addition or net increase says it at a year's end
        # only (新增有效注册商标132,300个 in a half year's bulletin is since the year's start, which it is not)
        period = self.report.meta.period
        year_end = r.span is None and (r.as_of[1] == 12 if r.as_of is not None else "/" not in period or period.endswith("-12"))
        if ind.measure in ("stock", "ratio") and term_start is not None and self.cue("net", new_window):
            return self.variant(iid, ".change") if year_end else None     # 有效注册商标净增844件: the stock's net change
        lo = max(sentence.start, r.start - SUBJECT_REACH)
        batch = last_match(BATCH_LIST_ZH, ctx.norm[lo:r.start]) if self.lang == "zh" and ind.measure == "stock" else None
        if batch is None and self.lang == "zh" and ind.measure == "stock" and ON_LIST_AFTER_ZH.match(ctx.norm, r.end):
            batch = last_match(LIST_NAMED_ZH, ctx.norm[lo:r.start])      # …驰名商标名单，辽宁34件商标榜上有名
        listed = batch is not None and not RUNNING_TOTAL_ZH.search(ctx.norm, lo + batch.end(), r.start)
        #   (公布的中国驰名商标名单中，山东省有6件，其中青岛获3件: the marks the batch added; not …至此全省累计达到300件)
        if ind.measure in ("stock", "ratio") and (added or listed or term_start is not None and (      # "seven geographical indications added"
                named_new or self.cue("new", new_window) or self.listed_after_new(ctx, term_start, r.start))):
            # a stock the catalog counts no additions of: 新增 is its net change (新增有效注册商标844件,
            # 每万人口发明专利拥有量新增1.2件)
            return self.variant(iid, ".new") or (self.variant(iid, ".change") if year_end else None)
        by_end = self.cue("cumulative", in_sentence, "_total") if self.lang == "en" else None
        if r.span is not None:      # 今年上半年，全省累计申请专利14559件: the part-year's total, not a running total
            return self.part_flow(iid)
        if ind.measure == "flow" and r.year is None and r.as_of is None and multi_year(period):
            return self.part_flow(iid)      # (a review of a five-year plan: 全省专利授权累计25.43万件 is those years' flow)
        if ind.measure == "flow" and self.part_of_running_total(ctx, r):
            return self.variant(iid, ".cumulative")   # 专利授权总量达10.12万件，其中发明专利授权1万件: its running total too
        if ind.measure == "flow" and not self.year_total(ctx, sentence, r) \
                and (self.cue("cumulative", before) or self.cue("cumulative", in_sentence, "_sentence")
                                      or self.cumulative_list(ctx, sentence, r, iid)
                                      or self.verb_after_cumulative(ctx, sentence, r, iid)
                                      or (self.lang == "zh" and (SINCE_START_ZH.search(in_sentence) or TOTAL_SINCE_ZH.search(in_sentence)))
                                      or (self.lang == "zh" and term_start is not None
                                          and HELD_SINCE_ZH.search(ctx.norm[max(sentence.start, term_start - WINDOW):term_start]))
                                      or (by_end and re.match(r"\s*(?:19|20)\d{2}\b", in_sentence[by_end.end():])   # (not "… of October")
                                          and (re.search(r"\b(?:the\s+)?total\s+(?:numbers?|amount)\s+of\b", in_sentence[by_end.end():], re.IGNORECASE)
                                               # "As of the end of 2020, Shanghai had registered 145,600 invention patents"
                                               or HAD_DONE_EN.search(before)))):
            return self.variant(iid, ".cumulative")
        held = (self.rules.stock_of or {}).get(iid)
        if self.lang == "en" and ind.measure == "flow" and r.span is None and HAD_EN.search(before) \
                and not GRANTED_AFTER_EN.match(ctx.norm, r.end):
            stock = held or (iid.replace(".granted", ".valid", 1) if iid.startswith("patents.granted") else None)
            if stock in self.catalog.indicators and self.catalog.indicators[stock].measure == "stock":
                return stock  # "Shandong had 47,694 invention patents": the patents it holds (not "had 5 patents granted")
        if held in self.catalog.indicators and r.span is None and self.lang == "zh" and r.term \
                and r.term not in ind.terms_zh and not re.search(r"[量数]$", r.term) and not self.cue("new", new_window + r.term) \
                and (r.as_of is not None or term_start is not None
                     and (HELD_AT_ZH.search(ctx.norm, max(sentence.start, term_start - WINDOW), term_start)
                          or HELD_VERB_ZH.search(ctx.norm, max(sentence.start, term_start - 8), term_start))):
            return held       # 截至目前，全县注册商标1199个 / 截至2009年，…注册商标4320件: the registered marks held that day,
            #                   a noun of things (not 截至6月底，商标注册量…: the months' flow; not a wording the catalog
            #                   lists for the flow); 我省已拥有各类注册商标5万余件: held too
        return iid

    def event_of(self, ctx: Context, sentence: Span, r: Reading) -> bool:
        """(zh) Whether the sentence tells of one event before its count: a recent one (近日，…5件商标被认定为中国驰名商标;
        此次, 日前, 经…评审) or one of a year it names (2011年，…5件商标被认定为…), and no word of a running total (累计, 截至):
        the units the event named are the ones added."""
        if self.lang != "zh":
            return False
        lead = ctx.norm[max(sentence.start, r.start - SUBJECT_REACH):r.start]      # (bounded: linear in a sentence)
        return (EVENT_NOW_ZH.search(lead) is not None or r.year is not None) and STOCK_LEAD_ZH.search(lead) is None

    def added_with_last(self, ctx: Context, sentence: Span, r: Reading) -> bool:
        """(en) Whether the number is the next item of a list "added" opened before the figure just before it
        ("added 12 national IP demonstration enterprises and 45 … advantage enterprises": both additions)."""
        last = self.earlier[-1] if self.earlier else None
        return last is not None and last.start >= sentence.start and last.indicator.endswith(".new") \
            and ADDED_BEFORE_EN.search(ctx.norm, max(sentence.start, last.start - 40), last.start) is not None \
            and LISTED_NEXT_EN.fullmatch(ctx.norm, last.end, r.start) is not None

    def cumulative_list(self, ctx: Context, sentence: Span, r: Reading, iid: str) -> bool:
        """(zh) Whether the number is one of a list of totals at a date that 累计 opens before its first figure
        (截至去年底，全市累计有效授权专利8251件，有效注册商标22826件，著作权注册登记18868件: each a running total, when the
        catalog has that of `iid`), or of a list of items only that 累计 opens in its first figure's clause (then a flow
        the catalog keeps no running total of is no year's either)."""
        if self.lang != "zh":
            return False
        first = next((o.start for o in self.earlier if o.start >= sentence.start), r.start)
        opening = ctx.norm[max(sentence.start, first - 4 * WINDOW):first]
        if self.cue("cumulative", opening) is None or r.start - first > 8 * WINDOW:
            return False      # (bounded: a sentence of many numbers stays linear)
        between = ctx.norm[first:r.start]
        if re.search(r"[；;]", between):
            return False      # (…总量位居全国首位；…总产值402.51亿元: another statement)
        if re.search(r"截[至止]", opening):
            return bool(self.variant(iid, ".cumulative"))    # (…累计获批地理标志435个，年产值突破千亿元: a year's, read as such)
        # 累计 in the clause of the list's first figure, and items only after it (累计获得中国专利金奖1项、优秀奖13项，
        # 中国外观设计金奖4项: each a running total), not a new date, an addition or a change
        return self.cue("cumulative", re.split(r"[，,]", opening)[-1]) is not None and ZH_YEAR.search(between) is None \
            and self.cue("new", between) is None and not ITEM_ACTION_ZH.search(between)
        #     (not …累计备案企业28521家，提供咨询服务1043次，调解知识产权纠纷382件: statements of their own verbs)

    def verb_after_cumulative(self, ctx: Context, sentence: Span, r: Reading, iid: str) -> bool:
        """(zh) Whether the number is an item of a verb alone right after a running total of its topic (全省累计申请
        专利77263件，授权41993件: the grants' running total too)."""
        last = self.earlier[-1] if self.lang == "zh" and self.earlier else None
        return last is not None and last.start >= sentence.start and last.chain and (last.indicator or "").endswith(".cumulative") \
            and last.indicator.split(".")[0] == iid.split(".")[0] and VERB_ITEM_ZH.fullmatch(ctx.norm, last.end, r.start) is not None

    def year_total(self, ctx: Context, sentence: Span, r: Reading) -> bool:
        """(zh) A 累计 figure of a year its sentence names (not up to a date) compared with the year before right
        after it (2022年，赣州市累计完成知识产权质押融资11.1亿元，同比增长94.74%): the year's total, no running total."""
        if self.lang != "zh" or r.year is None or r.as_of is not None or r.window is not None:
            return False
        named = last_match(ZH_YEAR, ctx.norm[sentence.start:r.start])
        if named is None or re.search(r"(?:截至|截止|至|到)\s*$", ctx.norm[max(sentence.start, named.start() - 3):named.start()]) \
                or re.match(r"底|末|以来", ctx.norm[named.end():named.end() + 2]):
            return False
        return YOY_AFTER_ZH.match(ctx.norm, r.end, min(sentence.end, r.end + 12)) is not None

    def part_of_running_total(self, ctx: Context, r: Reading) -> bool:
        """(zh) A figure among the parts (其中) of a running total stated before it in its paragraph, with no
        date of its own between them (截至目前，专利授权总量达10.12万件，其中：发明专利授权1万件)."""
        if self.lang != "zh":
            return False
        # the whole: the nearest figure before the nearest 其中 (past the parts listed before this one); the 其中 is
        # looked for within a bounded stretch and the walk back passes only the parts after it, so a sentence of
        # many numbers stays linear
        parts = ctx.norm.rfind("其中", max(0, r.start - PARTS_REACH), r.start)
        if parts < 0:
            return False
        whole = next((o for o in reversed(self.in_paragraph) if o.end <= parts), None)    # (or the sentence before's:
        #   截至2011年12月止，专利申请累计为216678件。其中，发明、实用新型、外观设计专利申请数量分别为…)
        if whole is None or whole.sign or not whole.indicator.endswith(".cumulative") or whole.end < parts - PARTS_REACH:
            return False
        sentence = ctx.around(ctx.sentences, r.start)
        if whole.start < sentence.start and not (PARTS_OPENING["zh"].match(ctx.norm, sentence.start) and parts < sentence.start + 4
                                                 and whole.start >= ctx.around(ctx.sentences, max(0, sentence.start - 1)).start):
            return False      # (only the parts a sentence opens with are the sentence before's)
        return ZH_YEAR.search(ctx.norm, whole.end, r.start) is None

    def part_flow(self, iid: str) -> str:
        """The flow a running total (`.cumulative`) totals, for a figure over a stated part of time; else `iid`."""
        flow = iid[:-len(".cumulative")] if iid.endswith(".cumulative") else iid
        ind = self.catalog.indicators.get(flow)
        return flow if ind is not None and ind.measure == "flow" else iid

    def listed_after_new(self, ctx: Context, term_start: int, start: int) -> bool:
        """(zh) A term listed right after a new stock's figure (新增国家知识产权示范企业15家、国家知识产权优势企业21家;
        after a comma when the clause is only the term and its figure: 新增…6家，国家知识产权优势企业36家;
        figures before their terms: 新增7家国家知识产权示范企业和35家国家知识产权优势企业): 新增 covers the list."""
        last = self.earlier[-1] if self.earlier else None
        if self.lang != "zh" or last is None:
            return False
        if last.indicator and not last.indicator.endswith(".new"):
            return False
        lead = ctx.norm[max(0, last.start - 24):last.start]
        cue = self.cue("new", lead)
        named = lead[cue.end():] if cue is not None else ""      # the words between 新增 and the figure before
        if not last.indicator and (re.search(r"[\d，,；;。：:]", named) or not re.search(r"[\u4e00-\u9fff]{2}", named)):
            return False      # (or an item the catalog cannot name, right after 新增: 新增贯标备案企业4391家、国家知识产权
            #                   示范企业71家; not a bare 新增4件, the figure before's new ones)
        if term_start >= start and last.end < start:       # 新增7家A和35家B: numbers before their terms, listed
            gap = ctx.norm[last.end:start]
            term = self.lex.terms.match(ctx.norm, last.end) if self.lex.terms else None
            return term is not None and NEW_LIST_JOINER.fullmatch(gap[term.end() - last.end:]) is not None
        if last.end > term_start:
            return False
        gap = ctx.norm[last.end:term_start]
        if NEW_LIST_JOINER.fullmatch(gap):
            return True
        term = self.lex.terms.search(ctx.norm, term_start, start) if self.lex.terms else None
        if re.fullmatch(r"[，,]", gap) is None or term is None or (term.start(), term.end()) != (term_start, start):
            return False
        return re.search(r"[\u4e00-\u9fff]{2}", named) is not None    # (not after a bare 新增4件, the statement before's
        #                                                                    additions: 拥有著名商标10件，新增4件，地理标志商标2件)

    def respective_counterpart(self, ctx: Context, r: Reading, sentence: Span) -> Reading | None:
        """The statement at this number's place in the list right before its own, when its list is
        stated "respectively" (新增A5家、B60家，累计分别达到25家、255家: 25 is A's, 255 B's)."""
        if r.run < 2 or not self.cue_before("respectively", ctx, sentence, r.start):
            return None
        before_run = self.earlier[:len(self.earlier) - r.pos]
        group = before_run[-r.run:]
        if len(group) != r.run or not all(o.chain and o.base and not o.sign for o in group):
            return None
        return group[r.pos]

    def running_total_en(self, ctx: Context, sentence: Span, r: Reading, before: str) -> list[str]:
        """(en) A total a sentence of no other figure brings after its family's verb ("More than half of the
        applications last year were granted, bringing the province's total to 66,090"): the family's running
        total, when the report's last statement is of the family's topic; else none."""
        cue = self.cue("total", before[-40:])
        last = next((o for o in reversed(self.termed) if o.line.number < r.line.number or o.end <= sentence.start), None)
        if cue is None or last is None:
            return []
        lead = ctx.norm[max(sentence.start, r.start - SUBJECT_REACH):r.start - len(before[-40:]) + cue.start()]
        if DIGIT.search(lead):
            return []         # "opened 12 new trademark business windows …, bringing the total to 27": the total of that figure's things
        family = self._family(lead)
        if family is None or not last.base.startswith(family.split(".")[0] + "."):
            family = next((t for verb in re.findall(r"[A-Za-z]+", lead)      # ("…were approved": what the last flow's
                           if (t := self.outcome(last.base, verb, own_kind=False))), None)   # part became)
        if family is None or family not in self.catalog.indicators or self.catalog.indicators[family].measure != "flow":
            return []
        held = self.total_brought(family)
        return [held] if held else []

    def total_brought(self, iid: str) -> str | None:
        """The total additions to `iid` bring: itself (a stock), the stock its flow adds to (rules `stock_of`:
        registrations -> valid marks; X.new -> X), or else the flow's running total (`.cumulative`)."""
        ind = self.catalog.indicators[iid]
        if ind.measure == "stock":
            return iid
        held = (self.rules.stock_of or {}).get(iid) or (iid[:-len(".new")] if iid.endswith(".new") else None)
        if held in self.catalog.indicators and self.catalog.indicators[held].measure == "stock":
            return held
        return self.variant(iid, ".cumulative") if ind.measure == "flow" else None

    def restated_list(self, ctx: Context, r: Reading, sentence: Span, clause: Span) -> str | None:
        """(zh) The indicator of the n-th figure of a list of bounds or rounded figures in a clause before, in its
        sentence, when this number's clause is only a copula and a list as long, in the same unit (专利申请量和授权量
        分别突破3万件和2万件，达到35709件和23212件: 35709 is the applications', exactly); None otherwise."""
        if self.lang != "zh" or r.run < 2 or r.pos > len(self.earlier):
            return None
        first = self.earlier[-r.pos].start if r.pos else r.start
        if not RESTATING_LIST_ZH.fullmatch(ctx.norm, clause.start, first):
            return None
        group = self.before_list(r)
        if len(group) != r.run or not all(o.base and o.chain and not o.sign and o.number.qualifier and o.run == r.run
                                           and o.number.unit == r.number.unit and sentence.start <= o.start and o.end <= clause.start
                                           for o in group):
            return None
        return group[r.pos].base     # (its indicator, which the exact figure has taken over)

    @staticmethod
    def in_brackets(ctx: Context, start: int, end: int) -> bool:
        """Whether `start` stands in an aside in brackets that closes before `end`."""
        opened = max(ctx.norm.rfind("(", 0, start), ctx.norm.rfind("（", 0, start))
        closed = max(ctx.norm.rfind(")", 0, start), ctx.norm.rfind("）", 0, start))
        return opened > closed and re.search(r"[)）]", ctx.norm[start:end]) is not None

    def unread_level_before(self, ctx: Context, sentence: Span, prev: Reading | None, r: Reading) -> bool:
        """Whether a level no indicator took (a count or an amount) stands between the statement a rank
        would qualify and the rank, in the rank's sentence: the rank is that figure's."""
        since = max(sentence.start, (prev.start if not prev.indicator else prev.end) if prev is not None else sentence.start)

        def own_term_after(o):        # (a term of its own between that figure and the rank: 每万人发明专利拥有量居全国第二)
            return self.lex.terms is not None and any(t.start() - o.end > 3 for t in self.lex.terms.finditer(ctx.norm, o.end, r.start))
        def rate(o):                  # (a rate or a proportion of its own: 成交额占GDP比重达到6.28%，连续两年位居全省第一位)
            return o.number.unit == "percent" and RATE_ZH.search(ctx.norm, ctx.around(ctx.clauses, o.start).start, o.start) is not None
        return any(since <= o.start and o.end <= r.start and not o.sign and not o.indicator and (o.number.unit in ("count", "yuan") or rate(o))
                   and not self.cue("up", o.clause) and not self.cue("down", o.clause)
                   and not self.in_brackets(ctx, o.start, r.start) and not own_term_after(o) for o in self.earlier)

    def joint_terms_before(self, ctx: Context, clause: Span, r: Reading) -> bool:
        """(zh) Whether the rank's own words before it list two terms of different indicators with no
        figure between them and the rank (专利授权量、预审业务量位居全省第一), with no 均 to give it to each."""
        if self.lang == "en":         # "… of RMB 15.272 billion (up 72.37% YoY) and 1,799 pledge projects (up 60.91% YoY),
            levels = [o for o in self.earlier if o.chain and not o.sign      # ranking first": which one's, it does not say
                      and o.number.unit not in DERIVED_UNITS][-2:]
            return len(levels) == 2 and levels[0].base != levels[1].base and not re.search(r";|\.(?!\d)", ctx.norm[levels[0].end:r.start]) \
                and re.search(r"\band\b", ctx.norm[levels[0].end:levels[1].start]) is not None \
                and not re.search(r"\b(?:both|each|respectively)\b", ctx.norm[levels[1].end:r.start])
        if self.lex.terms is None:
            return False
        own = ctx.norm[clause.start:r.start]
        if DIGIT.search(own) or "均" in own:
            return False
        found = list(self.lex.terms.finditer(ctx.norm, clause.start, r.start))
        if len(found) < 2:
            return False
        return any(re.fullmatch(r"\s*[、和及与]\s*", ctx.norm[a.end():b.start()]) and set(self.lex.ids(ctx.norm, a)) != set(self.lex.ids(ctx.norm, b))
                   for a, b in zip(found, found[1:]))

    def stated_list(self, ctx: Context, sentence: Span, num, run: int) -> list[Reading] | None:
        """The last `run` figures stated in its sentence before a list of changes "respectively", named
        or not (levels: not changes, ranks or figures of the changes' own unit); None when there are fewer."""
        stated = [o for o in self.earlier if o.start >= sentence.start and not o.sign and o.number.unit not in (num.unit, "rank")]
        # (技术合同11741项，首破万项，…成交额735.95亿元，首破700亿元，同比分别增长…: a round mark a figure passed is no figure of its own)
        stated = [o for i, o in enumerate(stated) if not (i and not o.indicator and mark_passed(o, stated[i - 1]))]
        return stated[-run:] if len(stated) >= run else None

    @staticmethod
    def parallel(levels: list[Reading], r: Reading) -> bool:
        """A list of changes right after a list as long of statements ("2,067, 7,162 and 2,553 cases
        authorized, an annual increase of 1.67%, 55.22% and 20.48%"): the n-th change is the n-th
        statement's, as with "respectively"."""
        return [(o.run, o.pos) for o in levels] == [(r.run, i) for i in range(r.run)]

    def levels_right_before(self, levels: list[Reading], r: Reading) -> bool:
        """A list of changes right after as many levels stated one by one in its sentence, nothing between
        (受理…案件5594件，审结5448件，同比上升222.9%、228.6%; "45 … contracts were registered, and financing … amounted
        to 460 million yuan, increases of 246 percent and 280 percent"): the n-th change is the n-th level's, as with 分别."""
        if r.pos >= len(self.earlier) + 1:
            return False
        stated = self.before_list(r)
        return len(stated) == r.run and all(o in levels and o.run == 1 for o in stated)

    def before_list(self, r: Reading) -> list[Reading]:
        """The last `r.run` readings before the list `r` is the `r.pos`-th number of (the statements a list of
        changes or exact figures goes with, one by one)."""
        return self.earlier[:len(self.earlier) - r.pos][-r.run:]

    def decide_derived(self, ctx, r: Reading, prev, sentence, clause, sign, before, after, agency) -> None:
        num = r.number
        touching = self.touching_region(ctx, clause, r)
        if touching and not sign and num.unit == "percent" and self.cue_before("up", ctx, sentence, r.start):
            sign = r.sign = 1     # 同比增长排名前三位的县(市、区)：西塞山区76.74%、下陆区32.61%: the list's growth word
            r.signed = True
        sourced = self.owners_share(ctx, clause, r) if num.unit == "percent" and not sign and r.region else None
        if sourced is not None:   # 有85.7%的专利申请出自企业: the owners' share of the term's total
            r.indicator, r.base, r.chain = sourced, self.base_of(sourced), True
            return
        levels = [o for o in self.earlier if o.chain and o.indicator and not o.sign and o.number.unit not in (num.unit, "rank")]
        if self.lang == "en" and sign and r.run > 1 and self.cue_before("respectively", ctx, sentence, sentence.end) \
                and ctx.last_before(DIGIT, sentence.start, r.start if not r.pos else next(
                    (o.start for o in reversed(self.earlier) if o.pos == 0), r.start)) is None:
            # "36,300 … were authorized and 465,000 … registered last year. The year-on-year growth was
            # 35.9% and 32.9% respectively": the levels of the sentence before
            levels = [o for o in self.in_paragraph if o.start < sentence.start and o.chain and o.indicator
                      and not o.sign and o.number.unit != num.unit][-r.run:]
        listed = self.listed_heads(ctx, sentence, r) if r.run > 1 else None
        if listed is not None and len(levels) >= r.run and levels[-1].end > listed[1]:
            listed = None     # (the terms of levels stated after the list's)
        respectively = r.run > 1 and self.cue_before("respectively", ctx, sentence, sentence.end)
        stated = self.stated_list(ctx, sentence, num, r.run) if respectively else None
        if stated is not None and len(levels) >= r.run and stated[-1].start <= levels[-1].start:
            stated = None      # (the named levels are the list's)
        if stated is None and sign and r.run > 1 and listed is None and len(levels) < r.run:
            one_by_one = self.before_list(r)     # "made 79,947 filings and received 46,976 patents, up by 33.87 percent
            if len(one_by_one) == r.run and all(o.run == 1 and not o.sign and o.number.unit not in (num.unit, "rank")
                                                for o in one_by_one):   # and 96.35 percent": the n-th level's, named or not
                stated = one_by_one
        paired = listed is None and r.run > 1 and ((len(levels) >= r.run and (respectively or self.parallel(levels[-r.run:], r)
                                                                               or self.levels_right_before(levels, r)))
                                                   or stated is not None)
        kinded = self.kinds_respectively(ctx, sentence, r, -1) \
            if not paired and listed is None and num.unit in ("percent", "rank") else None
        if paired and stated is not None:
            prev = stated[r.pos]       # …605项，成交额18.66亿元，其中技术交易额12.09亿元，同比分别增长A、B和C: in order, named or
            if not prev.indicator:     # not; the unnamed one's change stays unnamed
                return
        elif paired:
            prev = levels[len(levels) - r.run + r.pos]     # 分别增长X%和Y% / "X% and Y% respectively"
        elif listed is not None or kinded is not None:
            prev = None       # 专利申请量和授权量分别同比增长12%和8%: the n-th listed term's change (发明专利、实用新型分别占
            #                   X%、Y%: the n-th listed kind's share)
        elif prev is not None and sign and (head := self.head_of_including(ctx, sentence, prev, r)) is not None:
            prev = head       # "16,547 trademarks, including four well-known ones and 10 GI ones, a 6.19 percent increase"
        elif prev is not None and (sign or num.unit in ("rank", "percent")):
            own = self.term_before(ctx, self.with_bracket_host(ctx, clause), r.start)     # (增城区(105.5%): the name's clause too)
            own = own or (self.kind_head_change(ctx, sentence, clause, r) if sign else None)   # (…发明专利的增幅最大，申请量同比增长71.6%)
            subject_after_semicolon = own is not None and own[0] and own[1] >= prev.end and self.lang == "zh" \
                and re.search(r"[；;]", ctx.norm[prev.end:own[1]]) is not None and prev.base not in own[0] \
                and "占" in ctx.norm[own[2]:r.start]    # (…；企业专利申请占全年申请总量的40%: a subject of its own, not 占…的 whole)
            if own is not None and own[0] and own[1] >= prev.end and (not self.cue("share_any", ctx.norm[prev.end:r.start])
                                                                       or subject_after_semicolon) \
                    and (sign or subject_after_semicolon
                         or any(self.own_level(self.catalog.indicators[i], num) for i in own[0] if i in self.catalog.indicators)
                         or (num.unit == "rank" and not DIGIT.search(ctx.norm, own[2], r.start) and ctx.norm[prev.end:own[1]].strip()
                             and any(self.variant(i, ".rank_national") or self.variant(i, ".rank_province") for i in own[0]))):
                prev = None       # 专利申请量同比增长32.69%，专利授权量同比增长20.88%: the change of its own term
                #                   (a rank or a rate the catalog names itself, 全球科技集群排名第三, 专利电子申请率99.15%;
                #                   a rank right after a term with no figure of its own: 地理标志商标总量居全国第2位; not
                #                   "contributed 73,000 granted invention patents, ranking first": the term of that figure)
        if prev is not None and num.unit == "rank" and self.lang == "zh" and not paired \
                and (semi := re.search(r"[；;]\s*([^；;]*)$", ctx.norm[prev.end:r.start])) is not None \
                and re.search(r"[\u4e00-\u9fff]{2}", RANK_VERB_ZH.split(semi.group(1))[0]):
            return            # …60件，连续8年排名省区第一；新增…示范数量、示范企业数量居全国首位: a new statement's own subject
        if num.unit == "rank" and not paired and self.unread_level_before(ctx, sentence, prev, r):
            return            # "clusters … contributed 73,000 granted invention patents, ranking first": the rank of that
            #                   figure, which is some part's (not the province's invention patents granted)
        if num.unit == "rank" and self.lang == "en" and RANK_WITH_FIGURE_EN.match(ctx.norm, r.end, clause.end):
            return            # "ranking top in the nation with 136.95 high-value invention patents per 10,000 people": the
            #                   rank of the figure it is stated with, not of the one before
        if num.unit == "rank" and not paired and self.joint_terms_before(ctx, clause, r):
            return            # 专利授权量、预审业务量位居全省第一: one rank of two things together, neither's alone
        if prev is not None and prev.respective and prev.run > 1 and r.run < 2 and num.unit == "percent" and not touching:
            return            # A、B和C…分别为1569件、1037件和861件，占全省总量的63.23%: the places' joint share, none's own
        subject_from = prev.end if prev is not None else clause.start    # where the words of what it is about start
        if prev is not None:
            listed_on = bool(r.respective and prev.respective and prev.run == r.run and prev.sign and sign and prev.base)
            ranked_on = num.unit == "rank" and prev.number.unit == "rank" and bool(prev.base and (prev.indicator or prev.region)) \
                and RANK_AFTER_RANK[self.lang].fullmatch(ctx.norm, prev.end, r.start) is not None
            #           (居全省第二、全国第五; "ranking first in the province and third in the country": the same figure's)
            place = touching or (r.respective if r.pos == 0 else "")
            if not prev.chain and not listed_on and not ranked_on and not (place and prev.sign and sign and prev.base and prev.region != place
                                                         and self.lex.terms.search(ctx.norm, prev.end, r.start) is None):
                return        # (增城区(105.5%)、南沙区(58.8%); A、B和C分别增长X%、Y%和Z%: a list of places' changes goes on)
            base, r.region, r.year, r.chain = prev.base, prev.region, prev.year, True
            if not sign and (prev.indicator or "").endswith(".new") and prev.base != prev.indicator and (
                    num.unit == "rank" or (num.unit == "percent" and self.cue("share_any", ctx.norm[prev.end:r.start]))):
                base = prev.indicator     # 16件商标被评为著名商标，占全省总数的14.2%，位列全省第一: the new ones' share and rank
            if num.unit == "rank" and self.lang == "zh" and r.as_of != prev.as_of \
                    and COMPARED_YEAR_ZH.search(ctx.norm, prev.end, r.start):
                r.as_of, r.span = prev.as_of, prev.span    # 17.5万件，比2008年年底的5.8万件增长2倍，在全国由第11位上升至第8位:
                #                                           the level's date, not the one it is compared with
            if num.unit == "percent" and not sign and not paired and self.lang == "zh" \
                    and (family := self._family_of(base)) is not None:
                kinds = self._kinds_in(ctx.norm[self.figure_end_before(r.start, prev.end):r.start])   # (no figure between)
                if len(kinds) == 1 and (kind := self.variant(family, "." + kinds[0][0])) is not None:
                    base = kind       # 专利授权量6138件，其中发明专利占比30.56%: the kind's share of the total
            if num.unit == "percent" and not sign and not paired and self.lang == "zh" and base == prev.base:
                owned = self.share_owner(ctx, clause, prev, r, base)
                if owned == "":
                    r.chain = False   # (企业占比53.13%，…；高校占比29.24%: the next owner's, which the catalog cannot name)
                    return
                base = owned or base
            if prev.window is not None and r.window is None and r.span is None and r.as_of is None:
                r.window = prev.window    # 全年专利质押融资额63.23亿元，同比增长54.7%: the change over the level's period
            elif num.unit == "rank" and r.window is not None and prev.window is None:
                r.window = None           # 过去五年，从235亿元增至1066亿元，从全国第6位上升至第2位: the level's rank
            if touching:
                r.region = touching      # 西塞山区76.74%: the figure of the unit printed against it
            elif r.respective:
                r.region = r.respective   # 郴州市、张家界市和永州市…分别为282.67%、190.70%和160.87%: the n-th place's
                #                           (the first too, after another place's statement: 新昌县和嵊州市的增幅分别为…)
            else:
                r.region = self.named_between(ctx, prev, r) or r.region
        else:
            found = listed or kinded or self.term_before(ctx, clause, r.start) \
                or (self.kind_head_change(ctx, sentence, clause, r) if sign else None) or self.term_before(ctx, sentence, r.start)
            if found is not None and not listed and not kinded and r.run > 1:
                found = self.respective_term(ctx, clause, found, r)    # A、B和C分别占总量的X%、Y%和Z%: the n-th term's
            if found is not None and not listed and num.unit == "percent" and self.lang == "zh":
                found = self.share_subject(ctx, clause, found, agency) or found    # (A占B的21.3%: A's share)
            named = self.line_statement(r) if (touching or r.respective) and found is None else None
            if named is None and r.respective and found is None and sign:
                named = next((o for o in reversed(self.in_paragraph) if o.line is r.line and o.base and o.sign
                              and o.region != r.respective), None)     # (after the whole's change alone: 全省专利申请同比增长11.2%)
            if named is not None and sign:      # the last statement's change, in a place it names (合肥、池州和阜阳三市…
                found = ([named.base], r.start, r.start)      # 增幅分别为375.8%、219.4%和211.8%: each one's)
                r.region, r.chain = touching or r.respective, True
            if found is None or not found[0] or self.subset_before(ctx, sentence, found[1]):
                return
            if found[1] < r.start and self.other_right_before(ctx, found[1], found[0]):
                return            # 地理标志驰名商标数量增长20%: a narrower thing's change
            if self.lang == "zh" and r.run < 2 and ctx.norm[found[1] - 1:found[1]] in ("和", "、", "及", "与") \
                    and (kinds := self._kinds_in(ctx.norm[max(clause.start, found[1] - 8):found[1] - 1])) \
                    and not self.lex.terms.search(ctx.norm, max(clause.start, found[1] - 8) + kinds[-1][1], found[1] - 1):
                return            # 发明和实用新型申请占所有申请的84%: two kinds' joint share, neither's own (not a list of
                #                   terms: 发明专利拥有量、发明专利授权量…均保持全省第一)
            subject_from = found[2]
            base = self.pick(found[0], num, agency) or next(
                (i for i in found[0] if self.allowed(self.catalog.indicators[i], agency)), None)
            if base is None:
                return
            base = self.base_of(base)
            owned = self.owner_of(ctx, clause, found[1], [base]) if self.lang == "zh" and found[1] < r.start else \
                self.owner_of(ctx, clause, found[1], [base], after=(found[2], r.start)) \
                if num.unit == "percent" and not sign and found[2] <= r.start else None
            #     ("patent applications from companies accounted for 45.86 percent of the total": the owners' share)
            if owned is not None:         # 全省企业专利申请和授权量同比增长92.1%、50.5%: the enterprises' changes
                if not owned:
                    return
                base = owned[0]
            if self.per_10k_before(ctx, clause, found[1]):
                base = self.variant(base, ".per_10k") or base     # 每万人有效发明专利拥有量同比增长35.6%: the ratio's change
            ind = self.catalog.indicators.get(base)
            if ind is not None and ind.measure == "stock" and found[1] < r.start \
                    and self.cue("new", ctx.norm[max(clause.start, found[1] - 4):found[1]]):
                base = self.variant(base, ".new")      # 新获批地理标志保护产品数量全国第一: the rank of the new ones,
                if base is None:                       # not of all held
                    return
        if self.case_scoped(ctx, sentence, r, base):
            base = self.case_kind(ctx, sentence, r, base)
            if base is None:
                return        # 专利权案件受理数量增长31.4%: one right's cases, not all the courts'
        r.base = base
        if not r.region:
            return
        if num.unit == "rank":
            scope = num.scope or next((ctx.norm[clause.start:o.start] + o.number.scope for o in self.earlier
                                       if o.number.unit == "rank" and self.lang == "zh" and o.start >= clause.start
                                       and ROSE_TO_ZH.fullmatch(ctx.norm, o.end, r.start)), "")
            #                          (由全国第6位上升至第2位, 全国排名由第24位上升到第17位: the scope of the rank it rose from)
            if not scope and self.lang == "zh" and RISEN_FROM_RANK_ZH.search(ctx.norm, clause.start, r.start):
                scope = ctx.norm[clause.start:r.start]     # 在全国由第11位上升至第8位: the scope named before the rank left
            if base in self.catalog.indicators and self.catalog.indicators[base].measure == "rank":
                r.indicator = base
                return            # 排名全球科技集群第三: a rank the catalog names by its own term
            in_province = has_words(self.rules.rank_scope.get("province", {}).get(self.lang, ()), scope, self.lang) \
                and not (self.lang == "en" and has_words(self.rules.rank_scope.get("national", {}).get("en", ()), scope, "en"))
            #             (en: "all provinces in the central part of China" is among provinces, no province's own rank)
            if has_words(self.rules.rank_scope.get("subset", {}).get(self.lang, ()), ALL_PROVINCES_ZH.sub("", scope), self.lang) \
                    and not in_province:
                return            # 居全国地级市首位: a rank among some of them, not the national rank
            if has_words(self.rules.rank_scope.get("other_subject", {}).get(self.lang, ()),
                         ctx.norm[max(sentence.start, subject_from):r.start], self.lang):
                return            # 县域商标实力居全省首位: the rank of a strength, not of the count before
            if has_words(self.rules.rank_scope.get("growth", {}).get(self.lang, ()),
                         ctx.norm[max(clause.start, subject_from):r.start], self.lang) \
                    or (prev is not None and prev.sign and prev.base == base and any(
                        o.base == base and o.number.unit == "rank" and o.indicator and not o.sign
                        and sentence.start <= o.start < prev.start for o in self.earlier)):
                base = self.variant(base, ".yoy_pct")      # 同比增长20%，增速居全省第二位: the change's rank, not the
                if base is None:                           # level's; 6671件，居全省第8位，同比增长14.8%，居全省第5位: the
                    return                                 # level ranked already, the rank after its change is the
                #                                            change's (else a rank in a clause of its own after a change
                #                                            is the level's: 同比增长8.1%，位列全国第七)
            own_words = ctx.norm[clause.start:r.start]
            totals = self.rules.term_forms.get(self.lang, {}).get("totals", ())
            summed = self.lang == "zh" and has_words(totals, own_words, self.lang) \
                and self.lex.terms.search(ctx.norm, clause.start, r.start) is None
            if (summed or (self.cue("respectively", own_words) and not paired)) and len(
                    {o.base for o in self.earlier if o.chain and not o.sign and o.start >= sentence.start}) > 1:
                return            # 注册地理标志商标905件，批准地理标志产品82个，总量位居全国首位: the rank of their sum;
                #                   分居全国第13位 after a list of two: a place of a list whose other places are not read
                #                   (a list of places as long as the list of levels is paired in order: 分别位居全国第一、第二)
            provincial = r.region.endswith("0000")
            for where in ("national", "province"):       # 居全国第三 / 列全省第二位
                if has_words(self.rules.rank_scope.get(where, {}).get(self.lang, ()), scope, self.lang) \
                        or (where == "province" and not provincial and self.names_province(scope, r.region)):
                    # (among the provinces, or among a province's cities or counties: a city's 全国第一 is among
                    # cities, which the catalog's national ranks are not)
                    r.indicator = (self.variant(base, f".rank_{where}") or "") if provincial == (where == "national") else ""
                    break
            if r.indicator and prev is not None and r.indicator.startswith(prev.base + "."):
                suffix = r.indicator[len(prev.base):]
                r.also = [(ind, o) for o in self.shared_rank(ctx, sentence, clause, r, prev)
                          if (ind := o.base + suffix) in self.catalog.indicators]
            elif r.indicator and prev is None and r.indicator.startswith(r.base + "."):
                self.each_listed(ctx, clause, r, num, agency)       # 商标申请量、注册量全省第一: each listed term's rank
            return
        if sign and self.over_years(ctx, clause, r, after):
            return            # 较2019年底增长142% in 2023, "up 142% over 2019": a change over years, not the year's
        if num.unit in ("count", "") and sign:       # 比上年增加4710件: the change in the stated unit
            r.indicator = self.variant(base, ".change") or ""
            if r.indicator and not self.fits(self.catalog.indicators[r.indicator], num):
                r.indicator = ""      # "accounting for 76.26% of the total, down 4.24 YoY": no change of a count of pieces
            return
        if num.unit != "percent":
            return
        if not sign and prev is None and base in self.catalog.indicators \
                and self.own_level(self.catalog.indicators[base], num):
            r.indicator, r.chain = base, True
            return            # 全省专利电子申请率达99.15%: a rate the catalog names by its own term (a rank may follow)
        if sign and prev is not None and self.rose_over_years(sentence, prev):
            return            # 从2015年末的1.61件提高到2020年9月的3.1件，增长92.55%: a change over five years
        if sign:
            r.indicator = self.variant(base, ".yoy_pct") or ""
            if r.indicator and prev is not None and SHARED_CHANGE_ZH.search(ctx.norm, max(clause.start, r.start - 12), r.start):
                # 案件154起，侵权物品数量10321件，同比均增长70%以上: each listed statement's change
                r.also = [(ind, o) for o in self.shared_levels(ctx, sentence, clause, prev, r.region, ("percent", "rank"))
                          if (ind := o.base + ".yoy_pct") in self.catalog.indicators]
            elif r.indicator and prev is None and self.lang == "zh" and r.indicator.startswith(r.base + ".") \
                    and SHARED_CHANGE_ZH.search(ctx.norm, max(clause.start, r.start - 12), r.start):
                self.each_listed(ctx, clause, r, num, agency)       # 收案数和结案数同比均上升25%: each listed term's change
            return
        if self.lang == "zh" and 0 < r.pos <= len(self.earlier):     # 分别占全省的41.87%、48.16%: the list's words
            first = self.earlier[-r.pos].start
            before = ctx.norm[max(clause.start, first - WINDOW):first]
        share = self.share_of(before, after)
        if share is None and self.lang == "en" and prev is not None and SHARE_OR_EN.fullmatch(ctx.norm, prev.end, r.start):
            share = "other"             # "of which 4,446, or 32.3 percent, involved inventions": the figure's share of its whole
        if share == "other" and self.of_own_province(before, after, r.region):
            share = "province"          # 占云南省专利授权量的63% / "accounting for 27.3% of the total amount in Tianjin"
        if share == "other" and self.lang == "zh" and r.region != self.report.meta.region_code \
                and not self.share_whole(before, after).strip():
            like = next((o for o in reversed(self.earlier) if o.start >= sentence.start and o.indicator and not o.sign
                         and o.base == base and o.region not in (r.region, self.report.meta.region_code)
                         and o.indicator.endswith(("share_province_pct", "share_national_pct"))), None)
            if like is not None:        # 青岛…18.4万件，占全省总量的19.2%；济南15.0万件，占15.6%: the same whole as the
                share = "national" if like.indicator.endswith("national_pct") else "province"    # place's before
        if share == "province" and r.region.endswith("0000") and r.region[:2] not in MUNICIPALITIES:
            share = "other"             # 全省企业…8.1万件，占全省78.7%: a part's share of the province's own total
        if share in ("national", "province"):
            r.indicator = self.variant(base, f".share_{share}_pct") or ""
        elif share == "other" and GDP_WHOLE[self.lang].search(self.share_whole(before, after)) \
                and self.variant(base, ".share_gdp_pct"):
            r.indicator = self.variant(base, ".share_gdp_pct")      # 占GDP比重为12.3%, "4.1% of the GDP": the economy's share
        elif share == "other":      # (高价值发明专利…占发明专利有效量的46.4%: the share the catalog names by its whole)
            r.indicator = self.share_of_named(base, before, after) or self.family_share(ctx, sentence, r, base, before, after) \
                or (self.variant(base, ".share_pct") if self.owners_total(base) != base and OWN_TOTAL[self.lang].match(
                    self.share_whole(before, after).strip()) else None) or ""
            #     (其中企业占45.86%, 企业专利申请量占全省的45.86%, "of the total": the owners' share of the region's total;
            #      not 占全市职务发明专利70.25%, "of Guangzhou's total": of another whole)

    def share_owner(self, ctx: Context, clause: Span, prev: Reading, r: Reading, base: str) -> str | None:
        """(zh) The owner's part of `base` (the level before) a share after it is of: a term of the owner's
        (专利申请量174329件，其中企业专利申请量占45.86%) or an owner named alone (其中企业占45.86%); "" for an owner
        the catalog has no variant for; None when no owner is named."""
        own = self.term_before(ctx, Span(max(clause.start, prev.end), r.start), r.start)
        if own is not None and own[0]:
            owned = [i for i in own[0] if i.startswith(base + ".") and self.owners_total(i) != i] \
                or self.owner_of(ctx, clause, own[1], [base])
            if owned:
                return owned[0]
        named = [k for k, w in (self.rules.owners or {}).items() if has_words(w.get("zh", ()), ctx.norm[prev.end:r.start], "zh")]
        if len(named) != 1:
            return None
        return next(iter(self.owner_variants([self.owners_total(base)], named[0])), "")

    def company_subject(self, ctx: Context, clause: Span, start: int) -> bool:
        """(zh) Whether a company's name (its legal form, 有限公司 …) stands in the number's clause before it, not
        as an example of a list (某某有限公司等10家企业, 某某公司的“…”等4项专利): the clause is about that company."""
        rx = _company_rx(tuple((self.rules.one_company or {}).get("zh_right_before", ())))
        lo = max(clause.start, start - COMPANY_REACH)     # (a bounded look back: a clause of many numbers stays linear)
        m = last_match(rx, ctx.norm[lo:start]) if rx is not None else None
        return m is not None and "等" not in ctx.norm[lo + m.end():start]     # (某某公司的“…”等4项专利: an example)

    def goal_listed(self, ctx: Context, sentence: Span, r: Reading) -> bool:
        """Whether the number follows, in its sentence, a goal's word and a colon that opens what the goal is
        (制定了工作目标：到2012年新创驰名商标100件，总数达到179件; "targets: …"): the goal's figures."""
        key = (sentence.start, sentence.end, "goal_colon")
        if key not in self._first_cue:      # (found once a sentence: a sentence of thousands of numbers stays linear)
            rx = words_rx((self.rules.not_yet or {}).get(self.lang, ()), self.lang)
            found = (m for m in (rx.finditer(ctx.norm, sentence.start, sentence.end) if rx is not None else ())
                     if re.match(r"\s*[：:]", ctx.norm[m.end():m.end() + 2]))
            self._first_cue[key] = next((m.end() for m in found), None)
        opened = self._first_cue[key]
        return opened is not None and opened <= r.start

    def each_listed(self, ctx: Context, clause: Span, r: Reading, num, agency) -> None:
        """(zh) The same derived figure of each other term listed before it in its clause, or in the clause before one
        that opens with 均 (商标申请量、注册量全省第一; 收案数和结案数同比均上升25%): added to `r.also` with the variant `r.indicator` is of its base."""
        suffix = r.indicator[len(r.base):]
        k = ctx.clause_index(clause)
        if 0 < k < len(ctx.clauses) and ctx.clauses[k] == clause and re.match(r"\s*(?:也)?[均都皆]", ctx.norm[clause.start:clause.start + 4]) \
                and ctx.around(ctx.sentences, clause.start).start <= ctx.clauses[k - 1].start:
            clause = Span(ctx.clauses[k - 1].start, clause.end)    # (…发明专利授权量3项指标，均位居全省首位: the clause before lists them)
        if self.lang == "en" and self.lex.terms is not None and ctx.last_before(self.lex.terms, clause.start, r.start) is None:
            clause = Span(ctx.around(ctx.sentences, clause.start).start, clause.end)    # ("in terms of X and Y, the city
            #                                                                              is ranked No.1": the sentence's list)
        for ids in self.terms_listed(ctx, clause, r.start):
            other = self.pick(ids, num, agency) or next((i for i in ids if self.allowed(self.catalog.indicators[i], agency)), None)
            other = self.base_of(other) if other else None
            if other and other != r.base and (ind := other + suffix) in self.catalog.indicators \
                    and all(ind != a for a, _ in r.also):
                r.also.append((ind, r))

    def shared_rank(self, ctx: Context, sentence: Span, clause: Span, r: Reading, prev: Reading) -> list[Reading]:
        """(zh) The other statements of the sentence a rank is said of with 均 / 都 (全市地理标志商标34件，地理标志
        保护产品15件，均居全省首位; 三项指标均居全省第3位: the last three): the levels of the same region stated
        since the last semicolon before the rank (the last N of them when N项 says how many); [] when the
        rank is one statement's."""
        if self.lang != "zh":
            return []
        m = SHARED_RANK_ZH.search(ctx.norm, clause.start, r.start)
        if m is None:
            return []
        levels = self.shared_levels(ctx, sentence, clause, None, r.region, ("rank", "percent"))
        if m.group(1):
            n = ZH_DIGITS.get(m.group(1)) or int(m.group(1))
            if len(levels) < n:
                return []
            levels = levels[-n:]
        if len(levels) < 2 or prev not in levels or len({o.base for o in levels}) != len(levels):
            return []
        return [o for o in levels if o is not prev]

    def shared_levels(self, ctx: Context, sentence: Span, clause: Span, prev: Reading | None, region: str,
                      units: tuple) -> list[Reading]:
        """The levels of `region` stated in the sentence since the last semicolon before the clause, of no unit
        in `units` (a figure said of each of them with 均); with `prev`, all of them when it is one of
        two or more different statements, else []."""
        opened = last_semicolon(ctx, sentence.start, clause.start)
        levels = [o for o in self.earlier if o.start > opened and o.end <= clause.start and o.chain and o.base
                  and o.indicator and not o.sign and o.number.unit not in units and o.region == region]
        if prev is None:
            return levels
        if len(levels) < 2 or prev not in levels or len({o.base for o in levels}) != len(levels):
            return []
        return [o for o in levels if o is not prev]

    def names_province(self, scope: str, region: str) -> bool:
        """Whether a rank's scope names the province of `region` by its name (柳州 …居广西第一, "second in
        Jiangsu") or by a relative word that is the province here (a city's 排名全区第二 in an autonomous
        region, a district's 全市首位 in a municipality): a rank among that province's units."""
        rx = self.lex.regions
        if rx is None or not scope:
            return False
        if region[:2] in MUNICIPALITIES and has_words(self.relative_words(self.lang, ("city",)), scope, self.lang):
            return True       # a district's 全市首位 in a municipality: the city is its province
        return any(self.lex.key(m.group(0), self.lex.region_codes) in (region[:2] + "0000", "@province") for m in rx.finditer(scope))

    def share_whole(self, before: str, after: str) -> str:
        """The words of the whole a share is of: (zh) after the share cue before the number (占|发明专利有效量的), (en)
        after the number ("of the total")."""
        if self.lang == "zh":
            window = before[-20:]
            at = window.rfind("占")
            if at >= 0:        # 占专利授权总量的比重为: the words between 占 and the proportion's noun (占比: none; 所占比例: 比例)
                cue = 2 if window.startswith("占比", at) and not window.startswith(("占比例", "占比重"), at) else 1
                return re.sub(r"(?:的)?(?:比重|比例|份额)?(?:分别)?(?:为|达到?|是)?$", "", window[at + cue:])
            cue = self.cue("share_any", before[-16:])
            return re.sub(r"(?:为|达到?|是)$", "", before[-16:][cue.end():]) if cue else ""   # (比重达到61.2%: none named)
        named = self.whole_before_en(before)
        return named + " " + after[:40] if named else after[:40]

    def whole_before_en(self, before: str) -> str:
        """(en) The words between the last share cue before a percentage and the percentage, when no figure stands
        between ("accounting for the province's total invention patent authorization 26.47%"); "" when none."""
        cue = self.cue("share_any", before[-80:])
        named = before[-80:][cue.end():] if cue is not None else ""
        return named if named.strip() and not DIGIT.search(named) else ""

    def share_of_named(self, base: str, before: str, after: str) -> str | None:
        """The catalog's share of a statement in a whole its words name by a term of the catalog, with no place
        (占发明专利有效量的: patents.valid.invention, so `<base>.share_valid_invention_pct`); else None."""
        if self.lex.terms is None:
            return None
        whole = self.share_whole(before, after)
        t = self.lex.terms.search(whole)
        if t is None or has_words(self.relative_words(self.lang), whole, self.lang):
            return None
        try:
            wholes = self.lex.ids(whole, t)
        except KeyError:
            return None
        return next((iid for w in wholes if w != base and (iid := self.share_in(base, w)) is not None), None)

    def share_in(self, base: str, whole: str) -> str | None:
        """The catalog's share of `base` in `whole`, named `<base>.share_<whole without its topic>_pct`
        (patents.granted.invention in patents.granted: .share_granted_pct); None when it has none."""
        return self.variant(base, f".share_{'_'.join(whole.split('.')[1:])}_pct")

    def relative_words(self, lang: str, kinds: tuple | None = None) -> tuple:
        """The `relative` words (全省, 全市, 全国, "the province" …) of the given kinds, or of all."""
        return tuple(w for kind, words in (self.rules.relative or {}).items() if kinds is None or kind in kinds
                     for w in words.get(lang, ()))

    def family_share(self, ctx: Context, sentence: Span, r: Reading, base: str, before: str, after: str) -> str | None:
        """A kind's share of its family's total (发明专利授权3200件，占专利授权总量的21.3%; 其中发明专利3200件，占比21.3%
        after the total; "accounting for 21.3% of the total" after the total): the kind's `.share_<family>_pct`; an
        owner's share (企业专利授权量13586件，占全市专利授权量的64.1%): the owner's `.share_pct`; when the words of
        the whole name the family or the sentence stated the family's total before it."""
        family = self._family_of(base)
        owner = self.owner_in(base)
        if owner is not None:         # 企业专利授权量…，占全市专利授权量的64.1%: the owners' share of the whole
            family = base[:-len(owner) - 1].removesuffix(".owner")
            iid = self.variant(base, ".share_pct")
            if self.lang == "zh" and any(k != owner and has_words(tuple(w.get("zh", ())), before[-8:], "zh")
                                         for k, w in (self.rules.owners or {}).items()):
                return None   # 企业…拥有量为12934件；高校占比29.24%: another owner's share
        elif family is None or family == base:
            return None
        else:
            iid = self.share_in(base, family)
        if iid is None or family not in self.catalog.indicators:
            return None
        words = (self.rules.families or {}).get(self._family_of(family) or family, {}).get(self.lang, ())
        whole = self.share_whole(before, after)
        places = self.relative_words(self.lang, ("national",) if r.region == self.report.meta.region_code else None)
        if has_words(places, whole, self.lang):
            return None       # (a district's 占全市发明专利授权量的: a place's part of the region's, not the kind's of the family)
        levels = [o for o in self.earlier if o.start >= sentence.start and o.chain and not o.sign and o.number.unit != "percent"]
        total = next((o for o in reversed(levels) if o.base == family and o.region == r.region), None)
        part = next((o for o in reversed(levels) if o.base == base and o.region == r.region), None)
        def near(whole) -> bool:
            return bool(whole.value) and abs(Decimal(str(part.value)) * 100 / Decimal(str(whole.value)) - Decimal(str(r.value))) <= Decimal("0.6")
        if part is not None and (total is None or not near(total)) and any(near(o) for o in levels if o is not part and o is not total):
            return None       # 授权量9065件…发明专利申请量和授权量分别达到4558件和1404件，授权发明专利占比达30.8%: the figures
            #                   make it a share of another level stated (the invention filings), not of all grants
        if has_words(words, whole, self.lang):
            return iid        # 占专利授权总量的21.3%, "of all patents granted"
        if self.lang == "zh" and not whole.strip() and (three := last_match(THREE_KINDS_ZH, before[-20:])) is not None \
                and has_words(words, before[-20:][three.end():], "zh"):
            return iid        # 三种专利申请所占比例分别为37.9%、…: the kinds' shares of the family they are said of
        if total is not None and not re.search(r"[\u4e00-\u9fff]{3}", whole):
            return iid        # 专利授权1.5万件，其中发明专利3200件，占比21.3%: of the total stated before
        if self.lang == "zh" and not whole.strip() and (among := last_match(AMONG_FAMILY_ZH, ctx.norm[sentence.start:r.start])) \
                and has_words(words, among.group("whole"), "zh"):
            return iid        # 2014年专利申请中，发明专利申请所占比重达到26.3%: of the family the sentence opened among
        if self.lang == "zh" and part is not None:
            bare = whole.replace("的", "")
            own = ()          # the relative words that name the figure's own region (全省 of a province's figure)
            if r.region == self.report.meta.region_code and r.region.endswith("0000"):
                own = self.relative_words("zh", ("province",) if r.region[:2] not in MUNICIPALITIES else ("city",))
            elif r.region == self.report.meta.region_code and r.region.endswith("00"):
                own = self.relative_words("zh", ("city",))
            for word in (*self.rules.term_forms.get("zh", {}).get("totals", ()), *own):
                bare = bare.replace(word, "")     # (占全省78.7% in the province's own report: of its total)
            if not re.search(r"[\u4e00-\u9fff]", bare):
                return iid    # 占比51.7% / 占总量的33.6% right after the part: of its family's total
        total = OWN_TOTAL["en"].match(whole.strip()) if self.lang == "en" and owner is None else None
        if total is not None and re.search(r"total|overall", total.group(0)):
            return iid        # "invention patent grants …, accounting for 5.67% of the total amount": a kind's share of its family
        return None
