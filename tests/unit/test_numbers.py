"""numbers.py on inline snippets: every unit and qualifier kind, and the numbers that are not
statistics (dates, section numbers, codes, plan names, ordinals)."""
from decimal import Decimal

import pytest

from build_scripts.core.numfmt import canonical
from build_scripts.parse.numbers import find_numbers


def one(text, lang):
    found = find_numbers(text, lang)
    assert len(found) == 1, [n.text for n in found]
    n = found[0]
    assert text[n.start:n.end] == n.text
    return n


@pytest.mark.parametrize("text, lang, value, unit, measure, qualifier", [
    ("全省商标申请量480272件，", "zh", "480272", "count", "件", "exact"),
    ("有效发明专利量 428589 件", "zh", "428589", "count", "件", "exact"),          # stray space
    ("新收知识产权案件11.71万件", "zh", "117100", "count", "件", "exact"),         # 万 scaled exactly
    ("案值2 .95亿元", "zh", "295000000", "yuan", "", "exact"),                    # space inside the number
    ("罚没款6978.16万元", "zh", "69781600", "yuan", "", "exact"),
    ("质押融资总额 78.31 亿，", "zh", "7831000000", "", "", "exact"),             # 亿 without 元
    ("近500亿元", "zh", "50000000000", "yuan", "", "approx"),
    ("约1.42万件", "zh", "14200", "count", "件", "approx"),
    ("2600余起", "zh", "2600", "count", "起", "more_than"),
    ("6500余人次", "zh", "6500", "count", "人次", "more_than"),
    ("3000余万元", "zh", "30000000", "yuan", "", "more_than"),
    ("20万余件", "zh", "200000", "count", "件", "more_than"),
    ("30多家", "zh", "30", "count", "家", "more_than"),
    ("超过1万件次", "zh", "10000", "count", "件次", "more_than"),
    ("不足10家", "zh", "10", "count", "家", "less_than"),
    ("申请量首次突破两万件", "zh", "20000", "count", "件", "more_than"),       # a mark in Chinese numerals
    ("首破五千件", "zh", "5000", "count", "件", "more_than"),
    ("均过万件", "zh", "10000", "count", "件", "more_than"),                   # 过万: one understood
    ("质押金额超十亿元", "zh", "1000000000", "yuan", "", "more_than"),
    ("21736 批次", "zh", "21736", "count", "批次", "exact"),
    ("698人", "zh", "698", "count", "人", "exact"),
    ("1138宗", "zh", "1138", "count", "宗", "exact"),
    ("47892项", "zh", "47892", "count", "项", "exact"),
    ("20 单", "zh", "20", "count", "单", "exact"),
    ("同比降低17.61%", "zh", "17.61", "percent", "", "exact"),
    ("增长5.19个百分点", "zh", "5.19", "percentage_points", "", "exact"),
    ("满意度为82.36分", "zh", "82.36", "score", "", "exact"),
    ("是全国的 1.9 倍", "zh", "1.9", "times", "", "exact"),
    ("拥有商标 4771件", "zh", "4771", "count", "件", "exact"),
    ("市场主体¹拥有商标 4771件", "zh", "4771", "count", "件", "exact"),              # footnote marker
    ("accepted 117,100 IPR cases", "en", "117100", "count", "ipr cases", "exact"),
    ("28.81 million pieces", "en", "28810000", "count", "pieces", "exact"),
    ("RMB 69,781,600", "en", "69781600", "yuan", "", "exact"),
    ("RMB1.5 billion", "en", "1500000000", "yuan", "", "exact"),
    ("１２３件", "zh", "123", "count", "件", "exact"),                             # full-width digits
    ("５０％", "zh", "50", "percent", "", "exact"),
    ("1.2万亿元", "zh", "1200000000000", "yuan", "", "exact"),
    ("452.542 billion yuan", "en", "452542000000", "yuan", "", "exact"),
    ("nearly RMB 4 million", "en", "4000000", "yuan", "", "approx"),
    ("about 14,200 IPR cases", "en", "14200", "count", "ipr cases", "approx"),
    ("more than 2,600 cases", "en", "2600", "count", "cases", "more_than"),
    ("over RMB 7.831 billion", "en", "7831000000", "yuan", "", "more_than"),
    ("products reap 60b yuan for Guizhou", "en", "60000000000", "yuan", "", "exact"),   # a headline's short scale
    ("a 5.2bn yuan loan", "en", "5200000000", "yuan", "", "exact"),
    ("案值约250万人民币", "zh", "2500000", "yuan", "", "approx"),                       # 万 before 人民币, no persons
    ("证书30张", "zh", "30", "count", "张", "exact"),
    ("620,000+ views", "en", "620000", "count", "views", "more_than"),
    ("less than 50 cases", "en", "50", "count", "cases", "less_than"),
    ("down 17.61% YoY", "en", "17.61", "percent", "", "exact"),
    ("10.98 percentage points", "en", "10.98", "percentage_points", "", "exact"),
    ("1.9 times the national level", "en", "1.9", "times", "", "exact"),
    ("for 65,900 times in total", "en", "65900", "count", "times", "exact"),
    ("stood at 4,771.² Guangdong", "en", "4771", "count", "", "exact"),         # footnote after the number
    ("patents\", in terms of \"ownership\" (120.75) and \"ownership\"", "en", "120.75", "count", "", "exact"),  # quotes
])
def test_statistics(text, lang, value, unit, measure, qualifier):
    n = one(text, lang)
    assert (canonical(n.value), n.unit, n.measure, n.qualifier) == (value, unit, measure, qualifier)


@pytest.mark.parametrize("text, lang, rank, scope", [
    ("1143878件，居全国首位", "zh", 1, "全国"),
    ("23.87万件，位居全国第一", "zh", 1, "全国"),
    ("连续7年保持全国省区第一", "zh", 1, "全国省区"),
    ("南京连续四年位居全球科研城市第 8 位", "zh", 8, "全球科研城市"),
    ("ranking first in the country", "en", 1, " in the country"),
    ("ranked 8th among global research cities", "en", 8, " among global research cities"),
    ("continuing to remain the first in the province", "en", 1, " in the province"),     # a rank kept
    ("stayed 3rd in China", "en", 3, " in China"),
])
def test_rankings(text, lang, rank, scope):
    n = find_numbers(text, lang)[-1]
    assert n.unit == "rank" and n.value == rank and n.scope == scope


@pytest.mark.parametrize("text, lang", [
    ("2022年，", "zh"),                                      # year
    ("The city remained the top tourist spot.", "en"),       # "remained the top": no rank kept
    ("自2022年5月1 日起施行", "zh"),                            # date with a stray space
    ("《知识产权强国建设纲要（2021-2035）》", "zh"),              # title, year range
    ("(DB44/T2362-2022)", "zh"),                              # standard code
    ("“1+13+N”知识产权快速协同保护体系", "zh"),                  # plan name
    ("“十四五”规划", "zh"),
    ("第二十三届中国专利奖", "zh"),                               # ordinal event name
    ("第 131 届、第 132 届广交会", "zh"),
    ("“4.26”世界知识产权日", "zh"),
    ("the \"2.11\" production and sale case", "en"),
    ("从3年以上缩短至1年以内", "zh"),                             # durations
    ("由 22 个月缩短至 6 个月", "zh"),
    ("应对美国337调查", "zh"),                                  # bare number: no unit, not a statistic
    ("经过万家企业的努力", "zh"),                                # 过 of 经过: no mark
    ("一件专利", "zh"),                                         # a numeral with no bound word
    ("In 2022, Guangdong", "en"),
    ("came into effect on May 1, 2022,", "en"),
    ("the 20th CPC National Congress", "en"),
    ("the 131st and 132nd sessions", "en"),
    ("(DB44/T 2361-2022)", "en"),
    ("(T/GDTA 003-2021)", "en"),
    ("the \"1+13+N\" system", "en"),
    ("the 15-year Plan (2021-2035)", "en"),
    ("to respond to Covid-19", "en"),
    ("U.S. Section 337 investigations", "en"),
    ("1. Trademark application and registration:", "en"),       # section number
    ("Note: (1) Source of total population data", "en"),        # enumeration
    ("the Framework Agreement on Integrated Development 2.0 and", "en"),   # version number
    ("from more than 3 years to less than 1 year", "en"),
])
def test_not_statistics(text, lang):
    assert [n.text for n in find_numbers(text, lang)] == []


def test_spans_point_into_the_original_line():
    text = "截至 2022 年底，全省有效发明专利量 428589 件，万人发明专利拥有量达 50.39 件"
    found = find_numbers(text, "zh")
    assert [n.text for n in found] == ["428589 件", "50.39 件"]
    assert all(text[n.start:n.end] == n.text for n in found)


def test_a_thousands_separator_followed_by_a_space():
    text = "Last year the city authorized 12, 400 invention patents; 9, 150 and 300 were designs, 4, 7 and 9 others."
    found = find_numbers(text, "en")
    assert [n.text for n in found][:1] == ["12, 400"] and found[0].value == Decimal("12400")
    assert "9, 150" not in [n.text for n in found] and "150" in [n.text for n in found]    # a list goes on
    assert all(text[n.start:n.end] == n.text for n in found)


def test_canonical_numbers():
    assert canonical(Decimal("11.71") * 10000) == "117100"
    assert canonical(Decimal("12.00")) == "12"
    assert canonical(Decimal("-2.780")) == "-2.78"


def test_marks_listed_after_a_bound_are_bounds():
    found = find_numbers("连续3年突破2万件、3万件、4万件大关，2016年申请43789件", "zh")
    assert [(canonical(n.value), n.qualifier) for n in found] == [
        ("20000", "more_than"), ("30000", "more_than"), ("40000", "more_than"), ("43789", "exact")]


def test_a_bound_is_a_round_mark_of_a_figure_near_past_it():
    from build_scripts.parse.numbers import bound_of
    assert bound_of(Decimal(30000), "more_than", Decimal(43789))
    assert not bound_of(Decimal(40000), "more_than", Decimal(95157))      # far past it: another figure's mark
    assert not bound_of(Decimal(40000), "more_than", Decimal(39000))
    assert bound_of(Decimal(80000), "approx", Decimal(79000)) and not bound_of(Decimal(80000), "approx", Decimal(30000))


def test_a_quoted_sentence_is_what_someone_said_not_a_name():
    # a speaker's sentence in quotes: its figures are statistics; a short quoted name stays a name
    said = "局长说：“2020年，全市查处知识产权案件55件，罚没金额89.08万元。”"
    assert [n.text for n in find_numbers(said, "zh")] == ["55件", "89.08万元"]
    assert find_numbers("“4.26”世界知识产权日期间，发放宣传资料3000份", "zh")[0].text == "3000份"


def test_english_counts_of_several_number_words():
    got = [(canonical(n.value), n.unit) for n in find_numbers(
        "One hundred and eighteen products have GI titles, thirty-five enterprises were named and twenty two "
        "utility models granted; it took three hundred days and the three categories stayed.", "en")]
    assert got == [("118", "count"), ("35", "count"), ("22", "count")]
