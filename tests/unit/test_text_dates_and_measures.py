"""Statements of the genre written for these tests: a news item's lead that opens with a day and no
year (4月26日，市政府新闻办召开新闻发布会) or a dateline before a byline, which date what it holds "to date"
(截至目前); a count per 10,000 people whose measure word is 项, and per million people, which the catalog
does not count; a count of places after the names they sum up (长株潭3市, 沪苏浙皖四省市)."""
import pytest

from factsets import dated, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("421300")


LEAD = "随州日报讯（记者张三）4月26日，市政府新闻办召开新闻发布会，通报全市知识产权工作情况。\n"


def test_a_leads_day_with_no_year_dates_the_item_after_its_period(run):
    got = dated(run(LEAD + "截至目前，全市有效发明专利1270件。2023年，全市专利授权2045件。\n", languages="[zh]"))
    assert {("patents.valid.invention", "1270", "2024-04-26"), ("patents.granted", "2045", "2023")} <= got
    # a stock with no word of time is the year's end (a white paper presented after its year)
    got = dated(run(LEAD + "目前，全市有效发明专利1270件。\n", languages="[zh]"))
    assert ("patents.valid.invention", "1270", "2023-12-31") in got


def test_a_day_long_after_the_period_or_before_its_end_is_no_publication(run):
    # 12月28日 of the report's own year is before its end, of the next a year later: no day known, the period's end
    got = dated(run("12月28日，记者从市市场监管局获悉。截至目前，全市有效发明专利1270件。\n", languages="[zh]"))
    assert ("patents.valid.invention", "1270", "2023-12-31") in got
    # a full dateline still wins over the lead, also when a byline follows it
    got = dated(run("2024-05-06 作者：李四\n" + LEAD + "截至目前，全市有效发明专利1270件。\n", languages="[zh]"))
    assert ("patents.valid.invention", "1270", "2024-05-06") in got


def test_a_count_per_10000_people_in_items_and_none_per_million(run):
    got = mapped(run("2023年，全市有效发明专利4371项，每万人有效发明专利17.24项，同比增长45.02%。\n", languages="[zh]"))
    assert {("patents.valid.invention", "4371"), ("patents.valid.invention.per_10k", "17.24"),
            ("patents.valid.invention.per_10k.yoy_pct", "45.02")} <= got
    got = mapped(run("2023年，全市每百万人发明专利申请2319件，每十万人有效发明专利拥有量30件。\n", languages="[zh]"))
    assert not got          # ratios per million or 100,000 people: none of the catalog's, nor its counts


def test_a_count_of_places_after_their_names_is_a_groups_figure(run):
    got = mapped(run("2023年，沪、苏、浙、皖四省市新增发明专利授权量24.77万件；长三角27个重点城市每万人高价值发明专利拥有量达19.6件。"
                     "全省专利授权量12万件。\n", region="330000", languages="[zh]"))
    assert ("patents.granted", "120000") in got
    assert not any(v in ("247700.00", "19.6") for _, v in got)      # the group's, not the province's
    got = mapped(run("2023年，长株潭3市专利授权量5.2万件。\n", region="430000", languages="[zh]"))
    assert not got
    got = mapped(run("2023年，全省14个市州专利授权量均实现增长，全省专利授权量8万件。\n", region="430000", languages="[zh]"))
    assert ("patents.granted", "80000") in got      # (全省14个市州: all of the province's cities)


def test_a_fraction_of_a_count_after_a_ratio_to_the_population_is_that_ratio(run):
    got = mapped(run("2023年，全区每万人口发明专利拥有量达到3.81件，高价值发明专利拥有量1.63件。\n", region="540000",
                     languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "3.81"), ("patents.valid.high_value_invention.per_10k", "1.63")} <= got
    got = mapped(run("2023年，全区有效发明专利拥有量达到3810件，高价值发明专利拥有量1.63件。\n", region="540000", languages="[zh]"))
    assert not any(v == "1.63" for _, v in got)     # (no ratio stated before: a fraction is no count)
    got = mapped(run("2023年，全市每万人口发明专利拥有量98.36件；每平方公里发明专利拥有量150.38件。\n", region="440300",
                     languages="[zh]"))
    assert not any(v == "150.38" for _, v in got)   # (a ratio to another base)


def test_new_before_quoted_names_and_their_term_makes_the_additions(run):
    got = dated(run("2023年，全区新增“田阳香米”“横县茉莉花”等地理标志商标11件，地理标志商标总数达180件。\n", region="450000",
                    languages="[zh]"))
    assert {("gi.trademarks.new", "11", "2023"), ("gi.trademarks", "180", "2023-12-31")} <= got


def test_a_yearly_figure_said_to_date_is_the_years_not_the_months_to_the_publication(run):
    got = dated(run("时间：2024-03-04\n截至目前，全区地理标志共201个，年产值达1983亿多元。截至目前，今年全区专利授权1.2万件。\n",
                    region="450000", languages="[zh]"))
    assert {("gi.total", "201", "2024-03-04"), ("gi.output_value", "198300000000", "2023"),
            ("patents.granted", "12000.0", "2024-01-01/2024-03-04")} <= got
