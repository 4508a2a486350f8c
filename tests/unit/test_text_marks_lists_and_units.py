"""Marks, lists and units in statements of the genre written for these tests: a mark passed (突破10万件大关) and a
place first in its province to pass it (在全省率先); terms listed with a count per 10,000 people (每万人…) sharing a
rank; a list of places with one the gazetteer does not hold (上虞市、新昌县分别…) and a list's first place after
another place's statement; changes since an event (比协会成立之初); additions named after 又有 and members made in a
year (2022年…获评…16家) but not those on a recommendation list; things that only carry a term (地理标志驿站); subsets
held longer than some years (维持10年以上); a total after a change (总量达到496件); rises worded 上涨; money in
人民币 and goods in a customs paragraph; data IP certificates counted in 张 and data IP applications."""
import pytest

from factsets import dated_num, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("320100")


def test_a_mark_passed_and_first_in_the_province(run):
    got = placed_num(run("截至今年6月底，南京有效发明专利量在全省率先突破10万件大关。\n", languages="[zh]"))
    assert ("patents.valid.invention", "320100", "100000") in got
    assert not [g for g in got if g[1] == "320000"]          # (率先 among the province's cities: not the province's)


def test_terms_with_a_count_per_10k_people_share_a_rank(run):
    got = mapped(run("上半年，三项核心指标——发明专利授权量、有效发明专利量、每万人发明专利拥有量均位居全省第一。\n",
                     languages="[zh]"))
    assert {("patents.granted.invention.rank_province", "1"), ("patents.valid.invention.rank_province", "1"),
            ("patents.valid.invention.per_10k.rank_province", "1")} <= got


def test_lists_of_places_and_their_changes(text_runner):
    run = text_runner("330600")
    text = "上半年，诸暨市的专利申请量达到4193件，同比增长215.26%；新昌县和嵊州市的增幅分别为107.39%、104.18%。\n"
    got = placed_num(run(text, languages="[zh]"))
    assert {("patents.applications.yoy_pct", "330681", "215.26"), ("patents.applications.yoy_pct", "330624", "107.39"),
            ("patents.applications.yoy_pct", "330683", "104.18")} <= got
    got = placed_num(run("上半年，上虞市、新昌县发明专利授权量分别增长35.9%、32.4%。\n", languages="[zh]"))
    assert ("patents.granted.invention.yoy_pct", "330624", "35.9") not in got     # (上虞市 is no longer a unit: its own)
    got = placed_num(run("上半年，新昌县发明专利申请量增长91.51%，总量达到496件，居全省第9位。\n", languages="[zh]"))
    assert {("patents.applications.invention", "330624", "496"), ("patents.applications.invention.rank_province", "330624", "9")} <= got


def test_changes_since_an_event_are_no_years(run):
    got = mapped(run("目前全市有效注册商标74107件、中国驰名商标49件，分别比协会成立之初增长341%、196%。\n", languages="[zh]"))
    assert {("trademarks.valid", "74107"), ("trademarks.well_known", "49")} <= got
    assert not [i for i, v in got if v in ("341", "196")]
    got = mapped(run("2023年，全市法院共新收知识产权案件4537件，审结4283件，比2022年分别上涨43.17%、43%。\n", languages="[zh]"))
    assert {("courts.cases.accepted.yoy_pct", "43.17"), ("courts.cases.concluded.yoy_pct", "43")} <= got


def test_additions_named_after_more_and_a_years_members(run):
    text = "今年又有“甲地瓷器”、“甲地米粉”3件地理标志证明商标被核准注册，至此，全县地理标志证明商标已达14件。\n"
    got = mapped(run(text, region="350628", languages="[zh]"))
    assert {("gi.trademarks.certification.new", "3"), ("gi.trademarks.certification", "14")} <= got
    got = dated_num(run("全省现有地理标志保护产品62个，2020年新增1个“宜春夏布”地理标志保护产品。\n", languages="[zh]"))
    assert ("gi.products.new", "1", "2020") in got              # (the count, a quoted name, then its term)
    got = dated_num(run("2022年，全市获评国家知识产权优势企业16家。2023年，全市12家企业入选国家知识产权优势企业推荐名单。\n",
                        languages="[zh]"))
    assert ("general.ip_advantage_enterprises.new", "16", "2022") in got
    assert not [g for g in got if g[1] == "12"]             # (a recommendation list: not yet recognised)
    got = mapped(run("截至2022年底，全市累计获评国家知识产权优势企业16家。\n", languages="[zh]"))
    assert ("general.ip_advantage_enterprises", "16") in got


def test_things_that_only_carry_a_term_and_subsets_held_longer(run):
    got = mapped(run("该企业是全省首批2个地理标志驿站之一。\n", languages="[zh]"))
    assert not got
    got = mapped(run("截至6月底，全市维持10年以上有效发明专利数达19000件。\n", languages="[zh]"))
    assert ("patents.valid.invention", "19000") not in got


def test_money_in_renminbi_and_goods_in_a_customs_paragraph(run):
    got = mapped(run("2021年，海口海关查获涉嫌侵犯知识产权案件40余起，侵权商品近2000件，案值约250万人民币。\n",
                     region="460000", languages="[zh]"))
    assert {("customs.cases", "40"), ("customs.pieces", "2000"), ("customs.goods_value", "2500000")} <= got


def test_data_ip_certificates_and_applications(run):
    text = "去年发放数据知识产权证书30张。截至今年7月底，全省已受理数据知识产权登记申请56件，颁发36张数据知识产权登记证书。\n"
    got = mapped(run(text, region="340000", languages="[zh]"))
    assert {("finance.data_ip.certificates", "30"), ("finance.data_ip.applications", "56"),
            ("finance.data_ip.certificates", "36")} <= got
    assert ("finance.data_ip.certificates", "56") not in got


def test_english_kinds_listed_before_a_term_and_changes_in_the_number_and_the_amount(run):
    text = ("In 2023, the city recorded 2,223 patent and trademark pledge financing registrations, amounting to a total of "
            "32 billion yuan. This represents a year-on-year increase of 62.3 percent in the number of transactions and a "
            "40.6 percent increase in the total amount financed.\n")
    got = mapped(run(text, languages="[en]"), "en")
    assert {("finance.pledge.projects", "2223"), ("finance.pledge.amount", "32000000000"),
            ("finance.pledge.projects.yoy_pct", "62.3"), ("finance.pledge.amount.yoy_pct", "40.6")} <= got


def test_wordings_of_trademark_supervision_cases_and_patent_transfers(run):
    got = placed_num(run("2023年，全市查处商标监管案件174件，实现专利转让和许可2.82万次。\n", languages="[zh]"))
    assert {("enforcement.cases.trademark", "320100", "174"), ("transactions.patent_transfer_license", "320100", "28200")} <= got


def test_a_clause_of_a_year_and_its_verb_after_a_term(run):
    got = dated_num(run("全市专利申请量快速增长，2022年为5000件。\n", languages="[zh]"))
    assert ("patents.applications", "5000", "2022") in got
