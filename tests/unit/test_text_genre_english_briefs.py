"""Statements of English news briefs on a region's IP figures, written for these tests: the kinds named after the
family noun ("applications for utility models") and a later item that keeps only "for designs"; a part stated with
its share set off ("of which 4,446, or 32.3 percent, involved inventions"); PCT filings "through the Patent
Cooperation Treaty"; patents "issued"; pledges of patent and trademark rights with their changes listed after them;
"since 2002" after a figure (a span, not that year); a company's name with "Co., Ltd." does not end its sentence."""
import pytest

from factsets import dated_num, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("630000")


def en(run, text, region="630000"):
    return run(text, region=region, languages="[en]")


def test_kinds_after_the_family_noun_and_an_item_with_only_its_kind(run):
    got = mapped(en(run, "There were 610 applications for inventions, 402 applications for utility models and 188 for "
                         "designs in 2023.\n"), "en")
    assert {("patents.applications.invention", "610"), ("patents.applications.utility_model", "402"),
            ("patents.applications.design", "188")} <= got
    assert not any(v in ("402", "188") and i == "patents.applications" for i, v in got)


def test_an_item_with_only_its_kind_needs_a_kind_before_it(run):
    got = mapped(en(run, "The province received 5,120 patent applications in 2023 and 75 for designs.\n"), "en")
    assert ("patents.applications", "5120") in got
    assert not any(v == "75" for _, v in got)         # no kind before it: no list of kinds to continue


def test_a_part_with_its_share_set_off(run):
    got = mapped(en(run, "In 2023, the district had 9,600 patent applications, of which 3,012, or 31.4 percent, "
                         "involved inventions. There were 5,230 patent authorizations, among which 902 involved "
                         "inventions.\n", region="310112"), "en")
    assert {("patents.applications", "9600"), ("patents.applications.invention", "3012"),
            ("patents.applications.invention.share_applications_pct", "31.4"), ("patents.granted", "5230"),
            ("patents.granted.invention", "902")} <= got


def test_a_percent_not_set_off_by_or_is_no_share(run):
    got = mapped(en(run, "In 2023, the district had 9,600 patent applications, of which 3,012 involved inventions, "
                         "up 31.4 percent.\n", region="310112"), "en")
    assert ("patents.applications.invention", "3012") in got
    assert not any(i.endswith("share_applications_pct") for i, _ in got)


def test_pct_filings_through_the_treaty(run):
    got = mapped(en(run, "There were 512 international patent filings through the Patent Cooperation Treaty in 2023. "
                         "The city received about 88,000 patent applications.\n", region="320500"), "en")
    assert {("patents.pct.applications", "512"), ("patents.applications", "88000")} <= got


def test_patents_issued_are_grants_with_their_changes_respectively(run):
    got = mapped(en(run, "In 2023, the city recorded 9,411 patent filings and issued 6,553 patents, increasing by 11.8% "
                         "and 24% respectively.\n", region="330300"), "en")
    assert {("patents.applications", "9411"), ("patents.granted", "6553"), ("patents.applications.yoy_pct", "11.8"),
            ("patents.granted.yoy_pct", "24")} <= got


def test_pledges_of_patent_and_trademark_rights_with_changes_listed_after(run):
    got = mapped(en(run, "In 2023, the city pledged a total of 812 million yuan in intellectual property financing. "
                         "Thirty-two patent right pledge contracts were registered, and financing for patent right "
                         "pledges amounted to 350 million yuan, increases of 120 percent and 95 percent year-on-year. "
                         "In addition, five trademark pledges were registered, with a financing amount of 3.6 million "
                         "yuan.\n", region="370900"), "en")
    assert {("finance.pledge.amount", "812000000"), ("finance.pledge.patent.projects", "32"),
            ("finance.pledge.patent.amount", "350000000"), ("finance.pledge.patent.projects.yoy_pct", "120"),
            ("finance.pledge.patent.amount.yoy_pct", "95"), ("finance.pledge.trademark.projects", "5"),
            ("finance.pledge.trademark.amount", "3600000")} <= {(i, str(int(float(v))) if "." in v and float(v).is_integer() else v)
                                                              for i, v in got}


def test_since_a_year_after_the_figure_is_a_span_not_that_year(run):
    got = dated_num(en(run, "The region has applied for 1,250 patents since 2015, according to the bureau.\n"), "en")
    assert ("patents.applications", "1250", "2015-01/2023-12") in got
    assert not any(p == "2015" for _, _, p in got)


def test_a_span_after_one_figure_is_not_the_next_sentence(run):
    got = dated_num(en(run, "Its patent filings have led the province for three years since 2020. There were 430 PCT "
                            "applications.\n", region="320500"), "en")
    assert ("patents.pct.applications", "430", "2023") in got


def test_a_company_abbreviation_does_not_end_the_sentence(run):
    got = mapped(en(run, "In 2023, the city granted 7,212 patents. Haixin Machinery Co., Ltd. obtained 3 million yuan "
                         "of loans with 2 invention patents and 5 utility models.\n", region="330300"), "en")
    assert ("patents.granted", "7212") in got
    assert not any(v in ("2", "5") for _, v in got)   # the company's own patents


def test_a_figure_after_and_for_another_period_repeats_the_statement(run):
    got = dated_num(en(run, "The region applied for 205 patents in 2022 and for 31 in the first quarter of 2023. The city "
                            "granted 2,100 patents in 2022 and 940 in the first half of 2023.\n"), "en")
    assert {("patents.applications", "205", "2022"), ("patents.applications", "31", "2023-01/2023-03"),
            ("patents.granted", "2100", "2022"), ("patents.granted", "940", "2023-01/2023-06")} <= got


def test_a_figure_after_and_with_a_noun_of_its_own_is_not_the_statement_repeated(run):
    got = dated_num(en(run, "In 2023, the city granted 2,100 patents and 940 trademarks.\n"), "en")
    assert ("patents.granted", "2100", "2023") in got
    assert not any(v == "940" for _, v, _ in got)


def test_since_a_year_in_a_clause_of_its_own_dates_nothing(run):
    got = dated_num(en(run, "In 2023, the city granted 7,000 patents, the most since 2015. Patent grants rose 20 percent, "
                            "the fastest growth since 2012.\n", region="320500"), "en")
    assert {("patents.granted", "7000", "2023"), ("patents.granted.yoy_pct", "20", "2023")} <= got


def test_trademarks_owned_by_every_10000_market_entities(run):
    got = mapped(en(run, "In 2023, the number of trademarks owned by every 10,000 market entities in the city reached "
                         "5,210.\n", region="330200"), "en")
    assert ("trademarks.valid.per_10k_entities", "5210") in got
