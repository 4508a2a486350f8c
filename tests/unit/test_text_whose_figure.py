"""Whose figure a number is, in statements of the genre written for these tests: a company heading a list
by its figure (X以…N件位居榜首), products listed as examples of what a figure counts whose names begin with a
place (南宁香蕉等地理标志保护产品), a court named in the sentence before a subject-less one, owners listed before
分别 after a clause of another owner, a count of places between a statement and its output value, an English
phrasal verb with "down" that is no fall, a figure restated to list its parts (…的1060件中，发明专利…), an
administrative department (行政部门) that makes no administrative lawsuits, and the earlier level a figure is
compared with (比2022年的272件增长79.41%)."""
import pytest

from factsets import dated_num, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("340000")


def test_a_company_heading_a_list_by_its_figure_is_no_regions(run):
    got = placed_num(run("2023年全省专利百强企业共拥有有效发明专利4243件。某某汽车以有效发明专利1341件位居榜首。"
                         "截至2023年底，全省拥有有效发明专利15649件。\n", languages="[zh]"))
    assert ("patents.valid.invention", "340000", "15649") in got
    assert not [k for k in got if k[2] == "1341"]
    got = placed_num(run("2023年，合肥市以有效发明专利1341件位居全省首位。\n", languages="[zh]"))
    assert ("patents.valid.invention", "340100", "1341") in got        # a city heading the list: its own figure


def test_products_named_after_places_are_examples_not_the_figures_place(run):
    got = placed_num(run("2023年，全区涌现出横县茉莉花、南宁香蕉、融安金桔等地理标志保护产品92个，地理标志商标67个，"
                         "产业年产值达697.7亿元。\n", region="450000", languages="[zh]"))
    assert {("gi.products", "450000", "92"), ("gi.trademarks", "450000", "67"),
            ("gi.output_value", "450000", "69770000000")} <= got
    assert not [k for k in got if k[1] == "450100"]
    got = placed_num(run("2023年，南宁、柳州等市地理标志商标67个。\n", region="450000", languages="[zh]"))
    assert not [k for k in got if k[1] == "450000"]                  # places listed as the subject: not the region's


def test_a_count_of_places_between_a_statement_and_its_output_value(run):
    got = mapped(run("截至2023年10月底，百色共有地理标志24件，覆盖10个县(市、区)，产值达48.76亿元。\n", region="451000",
                     languages="[zh]"))
    assert ("gi.output_value", "4876000000.00") in got


def test_a_sentence_with_no_subject_after_one_about_a_named_court_is_the_courts(run):
    got = placed_num(run("2023年，上海知识产权法院共受理各类知识产权案件5432件，同比增长2.9%。共审结各类知识产权案件4230件。\n"
                         "2023年，上海法院共审结知识产权案件4.1万件。\n", region="310000", languages="[zh]"))
    assert not [k for k in got if k[2] in ("5432", "4230")]
    assert ("courts.cases.concluded", "310000", "41000") in got


def test_owners_listed_before_fenbie_after_a_clause_of_another_owner(run):
    got = mapped(run("2023年，全市工矿企业专利授权13586件，同比增长39.7%；大专院校、科研单位、机关团体、个人分别获得专利授权"
                     "4323件、319件、220件、2740件。\n", region="430100", languages="[zh]"))
    assert {("patents.granted.enterprise", "13586"), ("patents.granted.university", "4323"),
            ("patents.granted.research", "319"), ("patents.granted.government", "220"),
            ("patents.granted.individual", "2740")} <= got
    assert not [k for k in got if k[0] == "patents.granted"]


def test_an_english_phrasal_verb_with_down_is_no_fall(run):
    res = run("Statistics indicate that in 2023 Ningbo police tracked down 382 cases of IPR infringement, and the number "
              "of trademark applications was down 5.2% year on year.\n", region="330200", languages="[en]")
    values = {str(f.value) for f in res.facts}
    assert "-382" not in values and "382" in values
    assert "-5.2" in values


def test_a_figure_restated_to_list_its_parts_keeps_its_indicator(run):
    got = mapped(run("2023年全市专利申请量为1060件，增长迅速。2023年的1060件中，发明专利197件，实用新型专利442件、"
                     "外观设计专利421件。\n", region="511300", languages="[zh]"))
    assert {("patents.applications", "1060"), ("patents.applications.invention", "197"),
            ("patents.applications.utility_model", "442"), ("patents.applications.design", "421")} <= got
    got = mapped(run("2023年全市专利申请量为1060件。在900件中，发明专利197件。\n", region="511300", languages="[zh]"))
    assert ("patents.applications.invention", "197") not in got      # another figure than the statement's: no whole known


def test_an_administrative_department_makes_no_administrative_lawsuits(run):
    got = mapped(run("2023年，全市法院共受理知识产权案件3200件。此外，行政部门移交调解案件70件，展会受理案件87件。\n",
                     region="310000", languages="[zh]"))
    assert ("courts.cases.accepted", "3200") in got
    assert not [k for k in got if k[0].startswith("courts.administrative_cases")]


def test_the_earlier_level_a_figure_is_compared_with_is_that_years(run):
    res = run("2023年全市专利授权量为488件，比2022年的272件增长79.41%。\n", region="511300", languages="[zh]")
    assert {("patents.granted", "488", "2023"), ("patents.granted", "272", "2022"),
            ("patents.granted.yoy_pct", "79.41", "2023")} <= dated_num(res)
    assert ("patents.granted", "511300", "272") in placed_num(res)
    res = run("2023年全市专利授权量为488件，较上年的272件增长79.41%。\n", region="511300", languages="[zh]")
    # 上年 after a statement of 2023: 2022, the year before the statement's
    assert {("patents.granted", "272", "2022"), ("patents.granted.yoy_pct", "79.41", "2023")} <= dated_num(res)
    got = mapped(run("2023年全市专利授权量为488件，比上年增长216件。\n", region="511300", languages="[zh]"))
    assert ("patents.granted", "216") not in got          # (no 的: the change itself, not the earlier level)


def test_a_company_named_as_the_clauses_subject_makes_the_figure_its_own(run):
    got = placed_num(run("2024年，某某材料有限公司有效专利质押某银行取得贷款1000万元，补助利息37万元。"
                         "全区知识产权质押融资累计30亿元。\n", region="640000", languages="[zh]"))
    assert not [k for k in got if k[2] == "10000000"]
    got = placed_num(run("2024年，某某材料有限公司等10家企业获评国家知识产权优势企业。\n", region="640000", languages="[zh]"))
    assert ("general.ip_advantage_enterprises.new", "640000", "10") in got  # (an example of a list: the region's count,
    #                                                                            of the year's designations: 2024年…获评)
