"""Wordings of older provincial and city reports, written for these tests: a province compared with (比全省…高出) is no
subject of the statement after it; a paragraph that opens with another year's months (2010年1-9月) goes on about them;
a span said of an average growth (近三年年均增长) is no span of the statement after a semicolon; a bound the exact
figure does not meet is of something else (突破40万件 before 90886件); parts listed in the sentence after an owner's
figure are the owner's (企业专利申请33737件。其中发明专利…), and a share of the country's owners (占国内企业…) no share
of the region's; a rank risen to after a compared level (比2008年年底的5.8万件增长2倍，在全国由第11位上升至第8位); a
year's recognitions with their running total (共有21件商标被认定为驰名商标，…总数达73件); a term in quotes after its
count (15件“中国驰名商标”); the value of seized goods as the police's case value."""
import pytest

from factsets import dated, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("370100")


def test_a_province_compared_with_is_no_subject_of_the_next_statement(run):
    got = placed_num(run("发明专利申请量为8603件，比全省同期平均水平高出5.85个百分点；发明专利授权量为2123件。\n", languages="[zh]"))
    assert ("patents.granted.invention", "370100", "2123") in got


def test_another_years_months_and_a_span_of_an_average_growth(run):
    got = dated(run("2023年，全省专利授权量11282件，发明专利近三年年均增长38.56%；全省PCT专利申请量达到143件。\n"
                    "2024年1-3月，全省专利申请受理15375件。其中发明专利申请3454件。全省专利授权12942件，同比增长73.23%。\n",
                    region="350000", languages="[zh]"))
    assert {("patents.pct.applications", "143", "2023"), ("patents.applications", "15375", "2024-01/2024-03"),
            ("patents.granted", "12942", "2024-01/2024-03"), ("patents.granted.yoy_pct", "73.23", "2024-01/2024-03")} <= got


def test_a_bound_the_exact_figure_does_not_meet_and_an_owners_parts(run):
    got = mapped(run("去年，广东成为首个专利申请总量突破40万件的省份。2023年，全省专利申请量为90886件。"
                     "企业专利申请33737件，占国内企业专利申请总量37.2%。其中发明专利申请15455件。\n", region="440000", languages="[zh]"))
    assert {("patents.applications", "90886"), ("patents.applications.enterprise", "33737")} <= got
    assert not any(v in ("400000", "37.2", "15455") for _, v in got)


def test_a_rank_risen_to_after_a_compared_level(run):
    got = dated(run("截至2023年上半年，全省商标有效注册量17.5万件，比2008年年底的5.8万件增长2倍，在全国由第11位上升至第8位。\n",
                    region="410000", languages="[zh]"))
    assert ("trademarks.valid.rank_national", "8", "2023-06-30") in got


def test_recognitions_of_a_year_with_their_total_and_a_term_in_quotes(run):
    got = dated(run("2023年，青岛市共有“捷能”、“青食”等21件商标被认定为驰名商标，全市行政认定驰名商标总数达73件。\n",
                    region="370200", languages="[zh]"))
    assert {("trademarks.well_known.new", "21", "2023"), ("trademarks.well_known", "73", "2023-12-31")} <= got
    got = mapped(run("今年辽宁又新添了15件“中国驰名商标”。\n", region="210000", languages="[zh]"))
    assert ("trademarks.well_known.new", "15") in got


def test_the_value_of_seized_goods_is_the_polices_case_value(run):
    got = mapped(run("2023年，全市公安机关立案侦查侵犯知识产权案件384起，涉案侵权商品价值人民币42261.98万元。\n",
                     region="370200", languages="[zh]"))
    assert {("police.cases.investigated", "384"), ("police.case_value", "422619800.00")} <= got


def test_an_amounts_yearly_increment_and_an_opening_span_across_semicolons(run):
    got = dated(run("2023年，全省共登记技术合同21175项，成交金额超375亿元，同比分别增长22.2%、29.6%，合同成交金额年增量达85亿元。\n",
                    region="350000", languages="[zh]"))
    assert {("transactions.tech_contracts.amount", "37500000000", "2023"),
            ("transactions.tech_contracts.amount.yoy_pct", "29.6", "2023")} <= got
    assert not any(v == "8500000000" and i == "transactions.tech_contracts.amount" for i, v, _ in got)
    got = dated(run("呼和浩特6日电 2023年以来，全区行政执法机关立案查处侵权假冒案件2220件；公安机关破获案件91件。\n",
                    region="150000", languages="[zh]", meta="    published: '2023-12-06'\n"))
    assert ("police.cases", "91", "2023-01-01/2023-12-06") in got


def test_marks_named_through_a_process_with_their_share_and_rank(run):
    got = dated(run("经企业自愿申请、市局推荐、专家评审，白银市“阳明化工”等16件商标被评为“甘肃省著名商标”，占全省总数的14.2%，"
                    "位列全省第一。截至目前，全市累计拥有甘肃著名商标87件。\n", region="620400", languages="[zh]"))
    assert {("trademarks.famous_provincial.new", "16", "2023"), ("trademarks.famous_provincial", "87", "2023-12-31")} <= got
    assert not any(i.startswith("trademarks.famous_provincial.rank") for i, _, _ in got)    # (the new ones' rank: no id)


def test_an_owner_named_by_a_pronoun_in_english(run):
    got = placed_num(run("Universities in the province applied for 4,246 patents in 2023, with the annual increase of 46 percent. "
                         "They now hold 4,758 valid invention patents.\n", region="230000", languages="[en]"), "en")
    assert ("patents.valid.invention.owner.university", "230000", "4758") in got
    assert not any(i == "patents.valid.invention" for i, _, _ in got)
