"""Whose and how much a figure is, in statements of the genre written for these tests: court figures that leave
out one kind of cases (除…刑事案件外 / 不含刑事案件: no more all the cases, and not the kind left out); the
authority of a paragraph carried past a photo's caption, and not taken from an authority another one's work is
done to (监督公安机关撤案); an addition said with its verb alone after a count of a stock (再新增2件); a prize's
winners counted after the verb (共获奖165项); holdings of listed companies (a part of the region's); a value
after a customs seizure (价值…元, "valued at"); cases of a kind with the verb after them (…案件立案N件); a
listed head with 年 (年注册量) or with the level it rose from (授权量从1500件增至4000件); bare 地理标志 counted as a
part of marks (其中: the GI marks); marks recognised in a year (去年认定: added) and marks counted with those only
preliminarily approved (初审通过: no registered marks)."""
import pytest

from factsets import dated_num, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("110000")


def test_court_figures_that_leave_out_one_kind_of_cases(run):
    got = mapped(run("2022年，除知识产权刑事案件外，全市法院共受理各类知识产权案件7277件，审结7450件。\n", languages="[zh]"))
    assert not [i for i, _ in got if i.startswith("courts.")]
    got = mapped(run("2022年，全市法院共受理各类知识产权案件7277件（不含刑事案件），审结7450件。\n", languages="[zh]"))
    assert not [i for i, _ in got if i.startswith("courts.")]       # (not the criminal cases concluded either)
    got = mapped(run("2022年，全市法院共受理各类知识产权案件7277件，审结7450件。\n", languages="[zh]"))
    assert {("courts.cases.accepted", "7277"), ("courts.cases.concluded", "7450")} <= got
    got = mapped(run("In 2022, excluding criminal cases, courts of the city accepted 7,277 IP cases.\n", languages="[en]"), "en")
    assert not [i for i, _ in got if i.startswith("courts.")]


def test_a_paragraphs_authority_past_a_caption_and_not_from_an_object_of_its_work(run):
    text = ("2022年，全市检察机关批准逮捕侵犯知识产权犯罪案件40件，提起公诉70件，监督公安机关撤案2件。\n\n"
            "图为新闻发布会现场。\n\n"
            "2020年起诉56件，2021年起诉70件。\n")
    got = mapped(run(text, languages="[zh]"))
    assert {("procuratorates.prosecutions.cases", "56")} <= got


def test_an_addition_said_with_its_verb_alone(run):
    got = mapped(run("2021年，全县继4月成功申报2件地理标志证明商标后，再新增2件。至此，全县地理标志证明商标已增至9件。\n",
                     region="510525", languages="[zh]"))
    assert {("gi.trademarks.certification.new", "2"), ("gi.trademarks.certification", "9")} <= got
    assert ("gi.trademarks.certification", "2") not in got     # (成功申报: obtained, the marks added, no stock of 2)
    got = dated_num(run("2021年，全县原有地理标志证明商标6件，年内又新增3件。\n", region="510525", languages="[zh]"))
    assert ("gi.trademarks.certification.new", "3", "2021") in got
    got = mapped(run("2021年，全县专利申请量600件，再新增3件。\n", region="510525", languages="[zh]"))
    assert not [i for i, v in got if v == "3"]          # (after a flow: no stock to add to)


def test_prize_winners_counted_after_the_verb(run):
    got = mapped(run("在第23届中国专利奖评选中，全市共获奖165项，金奖9项。\n", languages="[zh]"))
    assert ("patents.china_patent_award.awards", "165") in got
    assert not [i for i, v in got if v == "9"]      # (bare 金奖 mixes the patent and design gold awards the catalog counts apart)


def test_holdings_of_listed_companies_are_a_part(run):
    got = mapped(run("截至2019年底，全市35家上市公司拥有有效专利3338件，同比增长10.0%。全市有效专利12万件。\n", languages="[zh]"))
    assert ("patents.valid", "120000") in got
    assert not [i for i, v in got if v in ("3338", "10.0")]


def test_customs_seizures_and_their_value(run):
    got = mapped(run("2019年1至10月，拉萨海关共查获涉嫌侵犯知识产权案件14起，查获侵权嫌疑货物2327件，价值135385元。\n",
                     region="540000", languages="[zh]"))
    assert {("customs.cases", "14"), ("customs.pieces", "2327"), ("customs.goods_value", "135385")} <= got
    got = mapped(run("2022年，全市品牌价值达224.13亿元。\n", languages="[zh]"))
    assert not [i for i, _ in got if i.startswith("customs.")]          # (a value with no customs figure: none of theirs)
    got = mapped(run("It was learned from Tianjin Customs that, in 2018, 110 cases of IPR infringement were handled and goods "
                     "valued at 9.93 million yuan were seized.\n", region="120000", languages="[en]"), "en")
    assert {("customs.cases", "110"), ("customs.goods_value", "9930000.00")} <= got


def test_cases_of_a_kind_with_the_verb_after_them(run):
    got = mapped(run("2023年，全省查处案件1511件，专利侵权纠纷案件立案1624件。\n", region="430000", languages="[zh]"))
    assert {("enforcement.cases", "1511"), ("enforcement.patent_disputes.accepted", "1624")} <= got


def test_a_listed_head_with_the_year(run):
    got = mapped(run("2012年，全省商标年申请量34031件，年注册量17696件。\n", region="610000", languages="[zh]"))
    assert {("trademarks.applications", "34031"), ("trademarks.registrations", "17696")} <= got


def test_copyright_registrations_for_works(run):
    got = mapped(run("In 2024, copyright registrations for works exceeded 450,000, up 9.05 percent year on year.\n",
                     region="310000", languages="[en]"), "en")
    assert {("copyright.registrations", "450000"), ("copyright.registrations.yoy_pct", "9.05")} <= got


def test_bare_gis_counted_among_marks_are_gi_marks(run):
    got = mapped(run("截至2015年6月底，该县共拥有注册商标497件，其中地理标志1件，中国驰名商标1件。\n", region="421221",
                     languages="[zh]"))
    assert {("trademarks.valid", "497"), ("gi.trademarks", "1")} <= got
    got = mapped(run("截至2021年底，全市有效注册商标22826件（其中驰名商标10件），地理标志23件，著作权登记18868件。\n",
                     region="510900", languages="[zh]"))
    assert ("gi.total", "23") in got          # (a list of rights: all the GIs)
    got = mapped(run("截至2014年底，全省地理标志203件，居全国第三。\n", region="420000", languages="[zh]"))
    assert ("gi.total", "203") in got          # (no marks stated before: all the GIs)
    got = mapped(run("截至2023年底，全省中国驰名商标410件；新增地理标志商标10件，地理标志总数达到332件。\n", region="430000",
                     languages="[zh]"))
    assert ("gi.total", "332") in got          # (the total of GIs, said so)
    got = mapped(run("截至2014年底，全省有效商标总量15.3万件，农产品地理标志20件。\n", region="420000", languages="[zh]"))
    assert ("gi.agricultural_products", "20") in got


def test_marks_recognised_in_a_year_and_marks_not_yet_registered(run):
    got = dated_num(run("2012年认定省著名商标742件，中国驰名商标18件，地理标志证明商标8件。截至2012年末，全省中国驰名商标58件。\n",
                        region="610000", languages="[zh]"))
    assert {("trademarks.well_known.new", "18", "2012"), ("gi.trademarks.certification.new", "8", "2012"),
            ("trademarks.well_known", "58", "2012-12-31")} <= got
    got = mapped(run("截至2013年2月底，全省已注册或初审通过的地理标志商标共计41件。\n", region="610000", languages="[zh]"))
    assert not [i for i, v in got if v == "41"]     # (marks only preliminarily approved are no registered marks)


def test_a_listed_head_with_the_level_it_rose_from(run):
    got = dated_num(run("2020年，全市专利申请量从3000件增至8000件，授权量从1500件增至4000件。\n", region="330100", languages="[zh]"))
    assert {("patents.applications", "8000", "2020"), ("patents.granted", "4000", "2020")} <= got
    assert not [k for k in got if k[1] in ("3000", "1500")]      # (levels at a date the sentence does not state)
