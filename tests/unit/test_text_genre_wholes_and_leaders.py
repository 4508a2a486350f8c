"""Wordings of the genre, written for these tests: a compared level named as the whole (与上年总申请量…相比) after an
owner's part, and the change after it; a second respectively list that reuses the kinds of the first (三种专利申请量
分别为…，授权量分别为…); a kind named as the sentence's subject and changes under family words alone (其中外观设计增幅
最大，申请量同比增长…); an owner before 的 with a date opening the subject (去年企业的专利申请); a leader's figure
after a semicolon (…；其中甲市注册量最高，为…); a share after a place's figure with no whole, as the place's before it;
the change a clause says is the largest (乙市同比增长最高，为…); a kind in brackets after a local name (区域公共品牌
(集体商标)); English shares whose whole stands between the cue and the figure."""
import pytest

from factsets import dated, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("230900")


def test_a_compared_whole_after_an_owners_part_and_its_change(run):
    got = dated(run("2023年，全市申请专利总计900件，其中企业申请专利600件，占66.7%。与2022年总申请量450件相比，同比增长100%。"
                    "其中，发明专利50件，占5.6%。\n", languages="[zh]"))
    assert {("patents.applications", "450", "2022"), ("patents.applications.yoy_pct", "100", "2023"),
            ("patents.applications.invention", "50", "2023")} <= got
    assert not any(i.startswith("patents.applications.enterprise") and v in ("450", "100") for i, v, _ in got)


def test_a_second_respectively_list_reuses_the_kinds_of_the_first(run):
    got = mapped(run("2023年，全市发明、实用新型、外观设计三种专利申请量分别为1200件、3400件和800件，"
                     "授权量分别为300件、2600件和700件，均有增长。\n", languages="[zh]"))
    assert {("patents.granted.invention", "300"), ("patents.granted.utility_model", "2600"),
            ("patents.granted.design", "700"), ("patents.applications.utility_model", "3400")} <= got


def test_two_statements_of_kinds_are_no_shared_list(run):
    got = mapped(run("2023年，全市发明专利申请量和授权量分别为1200件和300件；外观设计专利申请量和授权量分别为800件和700件。\n",
                     languages="[zh]"))
    assert {("patents.granted.invention", "300"), ("patents.granted.design", "700")} <= got


def test_a_kind_as_subject_and_changes_under_family_words(run):
    got = mapped(run("2023年全市专利授权量5000件。其中，外观设计专利的增幅最大，申请量同比增长42.5%，授权量同比增长38.1%。\n",
                     languages="[zh]"))
    assert {("patents.applications.design.yoy_pct", "42.5"), ("patents.granted.design.yoy_pct", "38.1")} <= got
    got = mapped(run("2023年，全市发明专利授权1000件，申请量同比增长5%。\n", languages="[zh]"))
    assert ("patents.applications.invention.yoy_pct", "5") not in got


def test_an_owner_before_de_after_a_date(run):
    got = mapped(run("市知识产权局表示，去年企业的专利申请有2345件，同比增长18.2%。\n", region="500000", languages="[zh]"))
    assert {("patents.applications.enterprise", "2345"), ("patents.applications.enterprise.yoy_pct", "18.2")} <= got
    got = mapped(run("去年高新技术企业的专利申请有2345件。\n", region="500000", languages="[zh]"))
    assert not any(v == "2345" for _, v in got)


def test_leaders_after_a_semicolon_shares_without_a_whole_and_the_largest_change(run):
    text = ("2023年，全省商标申请量60万件，商标注册量40万件；截至2023年底，全省有效注册商标110万件。\n"
            "各市商标申请、注册量同比增长。2023年济南、烟台等12市申请量过万件，其中烟台申请量最高，为8.1万件，占全省总量的13.5%；"
            "淄博同比增长最高，为55.2%；其中烟台注册量最高，为5.2万件，占全省总量的14.0%；东营同比增长最高，为101.3%。\n"
            "截至2023年底，烟台有效量最高，为20.1万件，占全省总量的18.2%；济南16.2万件，占14.7%。\n")
    got = placed_num(run(text, region="370000", languages="[zh]"))
    assert {("trademarks.registrations", "370600", "52000"), ("trademarks.registrations.share_province_pct", "370600", "14"),
            ("trademarks.applications.yoy_pct", "370300", "55.2"), ("trademarks.registrations.yoy_pct", "370500", "101.3"),
            ("trademarks.valid.share_province_pct", "370100", "14.7")} <= got


def test_a_kind_in_brackets_after_a_local_name(run):
    got = dated(run("2023年，“山乡好物”等120件区域公共品牌(集体商标)注册量位居全省第二。\n", region="331100", languages="[zh]"))
    assert {("trademarks.collective", "120", "2023-12-31"), ("trademarks.collective.rank_province", "2", "2023-12-31")} <= got


def test_english_shares_whose_whole_stands_before_the_figure(run):
    got = mapped(run("By the end of 2023, the city's valid invention patents reached 23,456, accounting for the province's total "
                     "amount of 21.5%.\n", region="320100", languages="[en]"), "en")
    assert ("patents.valid.invention.share_province_pct", "21.5") in got
    got = mapped(run("In 2023, the city's valid invention patents reached 23,456, accounting for 21.5%.\n",
                     region="320100", languages="[en]"), "en")
    assert ("patents.valid.invention.share_province_pct", "21.5") not in got
