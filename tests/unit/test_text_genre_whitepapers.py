"""Statements of the genre's white papers and press conferences written for these tests: a case verb right after a
case term (查处假冒专利案件立案…件); the patent offices named as an authority (a 结案 after them is not the courts');
a list of bounds restated exactly in the next clause (分别突破…，达到…和…); 申请数 / 授权数 for 申请量 / 授权量; a court's
kind of cases named by the figure's own clause (受理…刑事案件…件，审结…件); a rank among the whole country is no
statement of the country; things that joined an agreement are not the stock."""
import pytest

from factsets import dated_num, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("430000")


def test_a_case_verb_right_after_a_case_term(run):
    got = mapped(run("2022年，全省查处假冒专利案件立案812件，结案790件。\n", languages="[zh]"))
    assert ("enforcement.cases.patent_counterfeiting", "812") in got
    assert not any(v == "812" and i != "enforcement.cases.patent_counterfeiting" for i, v in got)


def test_the_patent_offices_are_an_authority_not_the_courts(run):
    text = ("2022年，全省法院共受理知识产权民事案件2310件。全省专利管理部门调处专利侵权纠纷立案96件，结案88件。\n")
    got = mapped(run(text, languages="[zh]"))
    assert ("enforcement.patent_disputes.accepted", "96") in got
    assert not any(v == "88" for _, v in got)        # the offices' closed disputes: no court figure


def test_a_list_of_bounds_restated_exactly(run):
    got = dated_num(run("2022年，全省专利申请量和授权量分别突破4万件和2万件，达到41256件和26311件，同比增长11.2%和9.4%。\n",
                        languages="[zh]"))
    assert {("patents.applications", "41256", "2022"), ("patents.granted", "26311", "2022"),
            ("patents.applications.yoy_pct", "11.2", "2022"), ("patents.granted.yoy_pct", "9.4", "2022")} <= got
    assert not any(v in ("40000", "20000") for _, v, _ in got)


def test_a_list_of_exact_figures_is_not_restated_by_the_next(run):
    got = mapped(run("2022年，全省专利申请量和授权量分别为41256件和26311件，其中企业812件和533件。\n", languages="[zh]"))
    assert ("patents.applications", "812") not in got and ("patents.granted", "533") not in got


def test_counts_worded_with_shu(run):
    got = mapped(run("2022年，我省农业植物品种权申请数和授权数分别为412件和207件。\n", languages="[zh]"))
    assert {("plant_varieties.agricultural.applications", "412"), ("plant_varieties.agricultural.grants", "207")} <= got


def test_a_courts_kind_named_by_the_figures_own_clause(run):
    got = mapped(run("2022年，全省法院共受理知识产权民事案件2310件；受理知识产权刑事案件41件，审结37件。\n", languages="[zh]"))
    assert {("courts.civil_cases.accepted", "2310"), ("courts.criminal_cases.accepted", "41"),
            ("courts.criminal_cases.concluded", "37")} <= got


def test_a_rank_in_the_country_is_no_statement_of_the_country(run):
    got = placed_num(run("2022年，全省新增地理标志证明商标9件，累计达64件，在全国排名第7；农产品地理标志登记产品累计达31个。\n",
                         languages="[zh]"))
    assert ("gi.agricultural_products", "430000", "31") in got
    assert ("gi.trademarks.certification.rank_national", "430000", "7") in got


def test_things_that_joined_an_agreement_are_not_the_stock(run):
    got = mapped(run("截至2022年底，全省地理标志商标达到96件，6件地理标志产品率先加入中欧地理标志保护协定。\n", languages="[zh]"))
    assert ("gi.trademarks", "96") in got
    assert not any(v == "6" for _, v in got)


def test_customs_worded_with_chachu(run):
    got = dated_num(run("2022年，长沙海关共查处侵犯知识产权商品312批次，查获侵权商品5.6万件。\n", languages="[zh]"))
    assert {("customs.batches", "312", "2022"), ("customs.pieces", "56000", "2022")} <= got


def test_an_acronym_right_before_a_count_and_kinds_counted_with_zhong(run):
    got = dated_num(run("2022年，全省申请PCT516件。截至2022年底，累计获得地理标志产品41种。全省有3种专利获奖。\n", languages="[zh]"))
    assert {("patents.pct.applications", "516", "2022"), ("gi.products", "41", "2022-12-31")} <= got
    assert not any(v == "3" for _, v, _ in got)       # 3种专利: a noun after it, no count of its own
    got = dated_num(run("2022年，全市有5G基站1200个，G20峰会相关专利3件。\n", languages="[zh]"))
    assert not any(v in ("5", "20") for _, v, _ in got)


def test_a_flows_total_up_to_a_year_end_opening_a_clause(run):
    got = dated_num(run("“十三五”时期成效明显。至2020年末，全区专利授权总量达8.53万件，有效商标注册总量达24.06万件。\n",
                        languages="[zh]"))
    assert {("patents.granted.cumulative", "85300", "2020-12-31"), ("trademarks.valid", "240600", "2020-12-31")} <= got
    got = dated_num(run("2016年至2020年末，全区专利授权总量达8.53万件。\n", languages="[zh]"))
    assert ("patents.granted.cumulative", "85300", "2020-12-31") not in got


def test_lines_without_a_full_stop_end_their_figures(run):
    text = ("2022年知识产权保护成绩单\n全省检察机关:批捕侵犯知识产权犯罪案件88件152人,提起公诉97件183人\n"       # (a web page's
            "省司法厅:支持公证机构拓宽公证服务,推进全省统一的公证保管平台建设\n"                                # ASCII marks)
            "版权执法机构:共取缔非法出版物场所1.2万家,收缴各类非法出版物8万件,查办版权案件412件\n成都海关:共查处侵犯知识产权商品76批次\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("procuratorates.prosecutions.persons", "183"), ("enforcement.copyright.cases", "412")} <= got


def test_counts_worded_with_shouli_shu(run):
    got = mapped(run("2021年，全年共计专利受理数512件，增长12.5%；发明专利140件。\n", languages="[zh]"))
    assert {("patents.applications", "512"), ("patents.applications.yoy_pct", "12.5")} <= got


def test_english_appositions_citizens_pct_and_the_same_period(text_runner):
    run = text_runner("320500")
    got = placed_num(run("In 2021, courts in Kunshan, a city in Jiangsu province, concluded a total of 812 IP cases, up 9.3%.\n",
                         region="320583", languages="[en]"), "en")
    assert ("courts.cases.concluded", "320583", "812") in got and not any(c == "320000" for _, c, _ in got)
    got = dated_num(run("In 2021, the city registered 41.5 invention patents per 10,000 citizens. "
                        "International patent filings under PCT reached 518, down 5.1%.\n", languages="[en]"), "en")
    assert {("patents.valid.invention.per_10k", "41.5", "2021-12-31"), ("patents.pct.applications", "518", "2021")} <= got
    got = dated_num(run("From January to June 2021, the city saw its patent applications amount to 30,114.\n\n"
                        "During the same period, patent grants in the city accumulated to 21,104, down 1.5%.\n",
                        languages="[en]", meta="    period: 2021-01/2021-06\n"), "en")
    assert ("patents.granted", "21104", "2021-01/2021-06") in got


def test_the_same_months_a_year_before_in_a_years_report(run):
    got = dated_num(run("2021年，全省专利申请17376件，比上年同期的14576件，增长19.2%。\n", languages="[zh]"))
    assert {("patents.applications", "17376", "2021"), ("patents.applications", "14576", "2020"),
            ("patents.applications.yoy_pct", "19.2", "2021")} <= got


def test_a_rank_shared_by_indicators_counted_and_a_rank_among_the_provinces_cities(run):
    got = mapped(run("2021年，我市专利申请量、发明专利申请量和发明专利授权量3项指标，均位居全省首位。\n", region="370100",
                     languages="[zh]"))
    assert {("patents.applications.rank_province", "1"), ("patents.applications.invention.rank_province", "1"),
            ("patents.granted.invention.rank_province", "1")} <= got
    assert not any(v == "3" for _, v in got)
    got = mapped(run("2021年，我市专利授权量为3104件，其中，发明专利授权量275件，在全省17城市中位居第一。\n", region="370100",
                     languages="[zh]"))
    assert ("patents.granted.invention.rank_province", "1") in got
