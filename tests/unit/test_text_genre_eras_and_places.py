"""Statements of the genre written for these tests: a bare 注册商标 count dated by 截至 is the marks held; before the
reform of 2018 a trademark report's bare 地理标志 counts the GI marks (later, or beside GI products, all GIs); provincial
famous marks (著名商标) are an indicator of their own; a place a figure is compared with (仅次于武汉, "second only to
Wuhan") is not the figure's region; English places listed with figures after a statement ("with Changsha holding an
average of 13.75, Zhuzhou 3.45") are each that statement's; English headlines' present-tense change verbs; kinds
named after the number ("2,200 of that total figure are for patents on inventions"); round marks of 千亿 / 百亿;
court figures of the first instance named after 其中 or a heading of all cases."""
import pytest

from factsets import dated_num, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("420500")


def test_registered_marks_dated_by_a_stock_date_are_held(run):
    got = dated_num(run("截至2009年，宜昌市注册商标4320件，比上年增长11%。\n", languages="[zh]"))
    assert ("trademarks.valid", "4320", "2009-12-31") in got and ("trademarks.valid.yoy_pct", "11", "2009-12-31") in got
    got = mapped(run("2009年，宜昌市注册商标4320件。\n", languages="[zh]"))
    assert ("trademarks.registrations", "4320") in got        # a year's registrations, no stock date


def test_bare_gis_of_a_trademark_report_before_2019_are_gi_marks(run):
    marks = "2014年，全市新增中国地理标志13件。截至2014年底，全市商标有效注册量为21863件，全市已有中国地理标志46件，居全省第2位。\n"
    got = mapped(run(marks, languages="[zh]"))
    assert {("gi.trademarks.new", "13"), ("gi.trademarks", "46"), ("gi.trademarks.rank_province", "2")} <= got
    later = marks.replace("2014", "2021")
    got = mapped(run(later, languages="[zh]"))
    assert ("gi.total", "46") in got and ("gi.trademarks", "46") not in got
    beside_products = marks + "全市地理标志保护产品12个。\n"
    got = mapped(run(beside_products, languages="[zh]"))
    assert ("gi.total", "46") in got and ("gi.trademarks", "46") not in got


def test_provincial_famous_marks(run):
    got = dated_num(run("截至2014年底，全市著名商标总量达到261件，比2013年增长16.1%；驰名商标20件。\n", languages="[zh]"))
    assert {("trademarks.famous_provincial", "261", "2014-12-31"), ("trademarks.famous_provincial.yoy_pct", "16.1", "2014-12-31"),
            ("trademarks.well_known", "20", "2014-12-31")} <= got


def test_a_place_second_only_to_another_is_not_its_region(run):
    got = placed_num(run("2014年，宜昌市发明专利授权277件，仅次于武汉，居全省第二。\n", languages="[zh]"))
    assert ("patents.granted.invention.rank_province", "420500", "2") in got
    assert not [g for g in got if g[1] == "420100"]
    got = placed_num(run("In 2014, there were 277 invention patent grants in Yichang, second only to Wuhan in the province.\n",
                         languages="[en]"))
    assert ("patents.granted.invention.rank_province", "420500", "2") in got


def test_english_places_listed_with_figures_after_a_statement(text_runner):
    run = text_runner("430000")
    text = ("Invention patents in force per every ten thousand residents increased to 2.15 in 2013, with Changsha holding an "
            "average of 13.75, Zhuzhou 3.45 and Xiangtan 2.81.\n")
    got = placed_num(run(text, languages="[en]"))
    assert {("patents.valid.invention.per_10k", "430000", "2.15"), ("patents.valid.invention.per_10k", "430100", "13.75"),
            ("patents.valid.invention.per_10k", "430200", "3.45"), ("patents.valid.invention.per_10k", "430300", "2.81")} <= got
    got = placed_num(run("Hunan had 2.15 invention patents per 10,000 people, higher than the average of 21.61 in Tianjin.\n",
                         languages="[en]"))
    assert not [g for g in got if g[1] == "430000" and g[2] == "21.61"]     # compared with, not listed


@pytest.mark.parametrize("headline, want", [
    ("Number of patents granted in Zhanjiang surges by 67 percent in 2018", ("patents.granted.yoy_pct", "67")),
    ("Zhanjiang patent grants rise 12 percent in 2018", ("patents.granted.yoy_pct", "12")),
    ("Trademark applications in Zhanjiang drop 5.2% in 2018", ("trademarks.applications.yoy_pct", "-5.2")),
])
def test_headlines_present_tense_changes(text_runner, headline, want):
    got = mapped(text_runner("440800")(headline + "\n", languages="[en]"), "en")
    assert want in got


def test_kinds_named_after_the_number_in_english(run):
    text = ("Last year the city filed 7,242 patent applications, a rise of 46.3 percent. More than 2,200 of that total figure "
            "are for patents on inventions, a growth of 34.2 percent. Grants on inventions got up to 313, up 7.75%.\n")
    got = mapped(run(text, languages="[en]"), "en")
    assert {("patents.applications.invention", "2200"), ("patents.applications.invention.yoy_pct", "34.2"),
            ("patents.granted.invention", "313")} <= got


def test_round_marks_of_hundreds_of_billions(run):
    got = mapped(run("2024年，全市地理标志产品年产值突破千亿元大关；全市专利申请突破十万件。\n", languages="[zh]"))
    assert {("gi.output_value", "100000000000"), ("patents.applications", "100000")} <= {(i, v.split(".")[0]) for i, v in got}


def test_first_instance_after_other_words(text_runner):
    run = text_runner("520000")
    text = ("2022年，全省法院共受理各类知识产权案件4684件，审结4033件。\n\n"
            "其中，一审案件受理4036件，审结3409件，同比分别下降24.29%和36.03%。\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("courts.cases.first_instance.accepted", "4036"), ("courts.cases.first_instance.concluded", "3409"),
            ("courts.cases.first_instance.accepted.yoy_pct", "-24.29"),
            ("courts.cases.first_instance.concluded.yoy_pct", "-36.03")} <= got
    got = mapped(run("2022年全省法院受理知识产权民事案件2047件。其中，受理一审案件1858件。\n", languages="[zh]"))
    assert ("courts.civil_cases.first_instance.accepted", "1858") in got
    text = ("2022年，全省法院受理的各类知识产权案件中，民事案件4563件，同比下降17.78%，其中一审3940件、二审623件；"
            "刑事案件115件，其中一审94件。\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("courts.civil_cases.accepted", "4563"), ("courts.civil_cases.accepted.yoy_pct", "-17.78"),
            ("courts.civil_cases.first_instance.accepted", "3940"), ("courts.criminal_cases.accepted", "115"),
            ("courts.criminal_cases.first_instance.accepted", "94")} <= got
    assert not [g for g in got if g[1] == "623"]      # the second instance: a part the catalog does not name


def test_police_wordings(text_runner):
    run = text_runner("330200")
    got = mapped(run("1-6月，全市公安机关破获侵权假冒案138件，抓捕犯罪嫌疑人148人。\n", languages="[zh]"))
    assert {("police.cases", "138"), ("police.suspects", "148")} <= got
    got = mapped(run("全市公安机关破获案件30起，抓获各类犯罪嫌疑人63名，抓获网上逃犯12名。\n", languages="[zh]"))
    assert ("police.suspects", "63") in got and not [g for g in got if g[1] == "12"]     # fugitives are other persons
    text = ("Last year, the police of Ningbo looked into 72 cases of IPR infringement, among which 69 were cracked and "
            "58 suspects were caught.\n")
    got = mapped(run(text, languages="[en]"), "en")
    assert {("police.cases.investigated", "72"), ("police.cases", "69"), ("police.suspects", "58")} <= got
    got = mapped(run("In 2017, the police looked into 72 cases of IPR infringement, worth over 240 million yuan. Shijiazhuang Customs "
                     "uncovered 5 cases of export IPR infringement, worth over 200,000 yuan.\n", region="130000", languages="[en]"), "en")
    assert {("police.case_value", "240000000"), ("customs.goods_value", "200000")} <= {(i, v.split(".")[0]) for i, v in got}
    got = mapped(run("With a value of over 100 million yuan involved, Wuhan police cracked 115 counterfeiting cases.\n",
                     region="420100", languages="[en]"), "en")      # the authority named after an opening phrase
    assert {("police.case_value", "100000000"), ("police.cases", "115")} <= got
    assert not [g for g in got if g[0].startswith("enforcement.")]


def test_goals_named_after_their_figures_and_the_stock_after_additions(text_runner):
    run = text_runner("140000")
    text = ("2010年，全省新认定著名商标377件，有效量达到1143件。注册商标、著名商标、驰名商标分别超额完成了“十一五”规划4万件、"
            "1000件、30件的目标。\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("trademarks.famous_provincial.new", "377"), ("trademarks.famous_provincial", "1143")} <= got
    assert not [g for g in got if g[1] in ("40000", "1000", "30")]       # the plan's goals
    got = mapped(run("2010年，全省专利申请85件，完成全年任务的130.8%。\n", languages="[zh]"))
    assert ("patents.applications", "85") in got


def test_wordings_of_grants_contracts_and_gi_mark_users(text_runner):
    run = text_runner("610000")
    text = ("In 2016, its authorized patents increased by 45.1% up to 48,455, ranked first nationwide. In 2016, 21,033 "
            "technological contracts of all varieties were signed in Shaanxi, which brought a total turnover of RMB 80.27 billion.\n")
    got = mapped(run(text, languages="[en]"), "en")
    assert {("patents.granted", "48455"), ("patents.granted.yoy_pct", "45.1"), ("transactions.tech_contracts", "21033")} <= got
    assert ("transactions.tech_contracts.amount", "80270000000") in {(i, v.split(".")[0]) for i, v in got}
    text = ("2023年新增16家汉中仙毫地理标志专用标志使用资格的企业。截至2023年底，全市获得地理标志专用标志使用资格的企业115家。\n")
    got = mapped(run(text, region="610700", languages="[zh]"))
    assert ("gi.authorized_users", "115") in got
    assert not [g for g in got if g[1] == "16"]      # one product's users (汉中仙毫), no wording of the region's


def test_a_change_after_an_earlier_level_in_brackets_and_patent_density(run):
    got = dated_num(run("2018年，全市每万人发明专利拥有量约为8.24件(2017年底为6.87件)，同比增长19.94%。\n", languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "8.24", "2018-12-31"), ("patents.valid.invention.per_10k", "6.87", "2017-12-31"),
            ("patents.valid.invention.per_10k.yoy_pct", "19.94", "2018-12-31")} <= got
    got = dated_num(run("截止2017年底，全市有效发明专利179件，专利密度1.09件/万人。\n", languages="[zh]"))
    assert ("patents.valid.invention.per_10k", "1.09", "2017-12-31") in got
