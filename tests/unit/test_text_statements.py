"""Statements of the genre written for these tests: a change before the level it led to, a kind
as a sentence's subject, population ratios in English wordings, the longer of two overlapping
terms, counts written as words, a list of places with counts in brackets, amounts that belong to
the count before them, and stocks dated at the report's publication (截至目前 / "to date")."""
import pytest


from factsets import dated, dated_num, mapped, num, placed


@pytest.fixture
def run(text_runner):
    return text_runner("330200")


def test_a_change_before_the_level_it_led_to(run):
    res = run("2023年，全市专利授权量同比增长15.3%至2.1万件，其中发明专利授权量增长8%，达到3000件。\n", languages="[zh]")
    assert {("patents.granted.yoy_pct", "15.3"), ("patents.granted", "21000.0"),
            ("patents.granted.invention.yoy_pct", "8"), ("patents.granted.invention", "3000")} <= mapped(res)
    res = run("In 2023, 55,069 patents were authorized in the city. The number of invention patents rose 55.02 percent "
              "year-on-year to 6,503.\n", languages="[en]")
    assert {("patents.granted.invention.yoy_pct", "55.02"), ("patents.granted.invention", "6503")} <= mapped(res, "en")


def test_a_change_with_no_level_after_it_stays_unnamed(run):
    res = run("In 2023, 55,069 patents were authorized. The city's output rose 5.5 percent to a record.\n", languages="[en]")
    assert not any(i.endswith(".yoy_pct") and v == "5.5" for i, v in mapped(res, "en"))


def test_a_kind_as_the_subject_takes_the_family_of_the_statement_before(run):
    res = run("The city had 893 patent applications and 665 patent authorizations in 2023. The number of invention "
              "patents reached 35, up 16.67 percent year-on-year.\n", languages="[en]")
    assert {("patents.granted.invention", "35"), ("patents.granted.invention.yoy_pct", "16.67")} <= mapped(res, "en")


def test_english_population_ratios(run):
    got = mapped(run("In 2023, 38,559 patent applications were made. Patents per 10,000 persons reached 18.78.\n",
                     languages="[en]"), "en")
    assert ("patents.valid.invention.per_10k", "18.78") in got
    got = mapped(run("Last year the city owned 2500 valid inventions, 5.3 patents to every 10,000 residents.\n",
                     languages="[en]"), "en")
    assert {("patents.valid.invention", "2500"), ("patents.valid.invention.per_10k", "5.3")} <= got
    res = run("In 2023 the number of valid invention patents reached 9,689; the number of invention patents "
              "reached 32.47 every 10,000 people, higher than the average of 21.61 in Zhejiang.\n", languages="[en]")
    got = placed(res)
    assert {("patents.valid.invention.per_10k", "330200", "32.47"), ("patents.valid.invention.per_10k", "330000", "21.61")} <= got


def test_a_region_only_compared_with_in_english_is_not_the_figures(run):
    res = run("In 2023 the city had 32.47 invention patents for every 10,000 people, higher than the average "
              "in Zhejiang.\n", languages="[en]")
    assert {f.region_code for f in res.facts if f.indicator_id} == {"330200"}


def test_the_longer_of_two_overlapping_terms_names_the_number(run):
    res = run("In 2023, the number of registered trademarks per 10,000 market players was 1,305, and a total of 73 GI "
              "protection products were approved.\n", languages="[en]")
    got = mapped(res, "en")
    assert {("trademarks.valid.per_10k_entities", "1305"), ("gi.products", "73")} <= got
    assert ("trademarks.registrations", "1305") not in got and ("gi.trademarks", "73") not in got


def test_counts_written_as_words(run):
    res = run("By the end of 2023, the city had 16,547 valid trademarks, including four well-known trademarks. The "
              "three categories of patents and two years of work are no counts of anything.\n", languages="[en]")
    got = mapped(res, "en")
    assert ("trademarks.well_known", "4") in got
    assert {f.value for f in res.facts} & {3, 2} == set()


def test_newly_added_before_an_english_term(run):
    res = run("In 2023, the number of newly added geographical indication trademarks was 7, the total number of which "
              "reached 128.\n", languages="[en]")
    assert {("gi.trademarks.new", "7"), ("gi.trademarks", "128")} <= mapped(res, "en")


def test_as_of_a_day_dates_a_stock_at_that_months_end(run):
    res = run("As of March 31, 2023, the city had 12,633 valid invention patents.\n", languages="[en]")
    assert ("patents.valid.invention", "12633", "2023-03-31") in dated(res, "en")


def test_a_list_of_places_with_counts_in_brackets(text_runner):
    run = text_runner("340000")
    res = run("2023年1-3月，全省发明专利授权量前三位的县(市)分别为当涂县(57件)、界首市(39件)、南陵县(29件)。\n",
              languages="[zh]")
    got = placed(res)
    assert {("patents.granted.invention", "340521", "57"), ("patents.granted.invention", "341282", "39"),
            ("patents.granted.invention", "340223", "29")} <= got


def test_an_amount_belongs_to_the_count_before_it(run):
    res = run("2023年，全市调解知识产权类案件80起，涉案金额663.89万元；查处商标违法案件120件，涉案金额300万元。\n", languages="[zh]")
    got = mapped(res)
    assert ("mediation.disputes", "80") in got
    assert ("enforcement.case_value", "6638900.00") not in got      # not the enforcement cases' value
    assert ("enforcement.case_value", "3000000") in got


def test_a_round_mark_is_not_given_up_for_a_count_of_something_else(run):
    res = run("2023年，全市知识产权质押融资突破9亿元，位居全省前列；3个品牌入选榜单。\n", languages="[zh]")
    assert ("finance.pledge.amount", "900000000") in mapped(res)


def test_piracy_cases_and_patent_awards_name_their_own_authority(run):
    res = run("2023年，全市获得中国专利奖4项；查办侵权盗版案件10起。\n", languages="[zh]")
    assert {("patents.china_patent_award.awards", "4"), ("enforcement.copyright.cases", "10")} <= mapped(res)


def test_to_date_dates_a_stock_at_the_publication_day(run):
    text = "时间:2024-06-05 10:21 来源:市政府\n截至目前，全市有效发明专利1270件，每万人发明专利拥有量3.62件。2023年专利授权2045件。\n"
    got = dated(run(text, languages="[zh]"))
    assert {("patents.valid.invention", "1270", "2024-06-05"), ("patents.valid.invention.per_10k", "3.62", "2024-06-05"),
            ("patents.granted", "2045", "2023")} <= got
    got = dated(run("截至目前，全市有效发明专利1270件。\n", languages="[zh]", meta="    published: 2024-02-01\n"))
    assert ("patents.valid.invention", "1270", "2024-02-01") in got
    got = dated(run("截至目前，全市有效发明专利1270件。\n", languages="[zh]"))      # no date known: the period's end
    assert ("patents.valid.invention", "1270", "2023-12-31") in got
    got = dated(run("Updated: 2024-06-05\nTo date, the city has nurtured two national IP demonstration enterprises.\n",
                    languages="[en]"), "en")
    assert ("general.ip_demonstration_enterprises", "2", "2024-06-05") in got


def test_a_participle_after_a_number_names_its_family(run):
    res = run("In the first half of 2023, the number of patent applications in the city reached 12,306, accounting for "
              "27.3% of the total amount in Zhejiang; 7,727 granted accounting for 27.5% of the total amount in Zhejiang; 5,000 held by "
              "companies.\n", languages="[en]")
    got = mapped(res, "en")
    assert {("patents.applications", "12306"), ("patents.granted", "7727"),
            ("patents.granted.share_province_pct", "27.5")} <= got
    assert not any(v == "5000" for _, v in got)


def test_a_figure_stated_only_as_the_comparison_is_the_compared_regions(text_runner):
    res = text_runner("410100")("2023年上半年，郑州市万人有效发明专利拥有量为26.72件，是全省6.8件的近4倍。\n", languages="[zh]")
    got = placed(res)
    assert {("patents.valid.invention.per_10k", "410100", "26.72"), ("patents.valid.invention.per_10k", "410000", "6.8")} <= got
    res = text_runner("120116")("As of the end of June 2023, the number of valid invention patents reached 9,689, "
                                "accounting for 28.8% of Tianjin's effective invention patents; the number of invention "
                                "patents reached 32.47 every 10,000 people, higher than the average of 21.61 in Tianjin.\n",
                                languages="[en]")
    got = placed(res)
    assert {("patents.valid.invention.per_10k", "120116", "32.47"), ("patents.valid.invention.per_10k", "120000", "21.61"),
            ("patents.valid.invention.share_province_pct", "120116", "28.8")} <= got


def test_owned_registered_trademarks_are_the_valid_stock(text_runner):
    res = text_runner("330782")("2023年义乌累计拥有注册商标10.8万件。去年义乌商标核准数为21653件。\n", languages="[zh]")
    got = {(f.indicator_id, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("trademarks.valid", "108000.0"), ("trademarks.registrations", "21653")} <= got


def test_new_covers_a_list_of_stocks(run):
    res = run("2023年，新增国家知识产权示范企业15家、国家知识产权优势企业21家。全市拥有国家知识产权优势企业120家。\n", languages="[zh]")
    assert {("general.ip_demonstration_enterprises.new", "15"), ("general.ip_advantage_enterprises.new", "21"),
            ("general.ip_advantage_enterprises", "120")} <= mapped(res)


def test_a_rank_of_a_strength_is_not_the_counts(run):
    got = mapped(run("2023年，全市有效注册商标10.8万件，县域商标综合实力居全省首位。\n", languages="[zh]"))
    assert ("trademarks.valid", "108000.0") in got and ("trademarks.valid.rank_province", "1") not in got
    got = mapped(run("2023年，全市有效注册商标10.8万件，居全省第二。\n", languages="[zh]"))
    assert ("trademarks.valid.rank_province", "2") in got


def test_a_county_elsewhere_named_in_full_is_its_own_region(text_runner):
    res = text_runner("510500")("其中泸州市有效商标44589件,2022年新增6316件,增长14.9%;永川区有效商标17091件,2022年新增2361件,"
                                "增长13.89%。鼓楼区专利授权5000件。\n", languages="[zh]")
    got = placed(res)
    assert {("trademarks.valid", "510500", "44589"), ("trademarks.valid.yoy_pct", "510500", "14.9"),
            ("trademarks.valid", "500118", "17091"), ("trademarks.valid.yoy_pct", "500118", "13.89")} <= got
    assert not any(v == "5000" for _, _, v in got)      # 鼓楼区: several units share the name, none of them here


def test_a_family_verb_alone_in_a_sentence_on_its_right(text_runner):
    res = text_runner("510500")("在专利方面，泸州市2022年新增授权3591件，有效发明专利拥有量1059件。全市新增授权商标300件。\n",
                                languages="[zh]")
    got = mapped(res)
    assert {("patents.granted", "3591"), ("patents.valid.invention", "1059")} <= got
    assert not any(v == "300" for _, v in got)


def test_scope_words_that_change_nothing(run):
    res = run("2022年，全市共授权国内专利8931件，同比增长3.68%。中国地理标志证明(集体)商标以总数15件位居全省第一位。\n", languages="[zh]")
    assert {("patents.granted", "8931"), ("patents.granted.yoy_pct", "3.68"), ("gi.trademarks", "15")} <= mapped(res)


def test_a_total_after_its_own_term_is_not_the_stock_before(run):
    res = run("2020年，有效商标注册量达到56787件，位居全省前列；中国驰名商标总量达到25件，居全省第三位。\n", languages="[zh]")
    got = mapped(res)
    assert {("trademarks.valid", "56787"), ("trademarks.well_known", "25")} <= got
    assert ("trademarks.valid.rank_province", "3") not in got


def test_the_parts_of_a_running_total_are_running_totals(run):
    res = run("截至2023年底，全区专利申请量累计达到3万余件，其中发明专利申请量累计达1.2万余件，实用新型专利1.5万余件。\n",
              languages="[zh]")
    got = mapped(res)
    assert {("patents.applications.cumulative", "30000"), ("patents.applications.invention.cumulative", "12000.0"),
            ("patents.applications.utility_model.cumulative", "15000.0")} <= got
    assert not any(iid in ("patents.applications", "patents.applications.utility_model") for iid, _ in got)


def test_the_whole_region_of_an_autonomous_regions_city(text_runner):
    res = text_runner("640200")("截止3月底全市有效发明专利312件，每万人拥有量达到3.94件，高出全区平均水平(2.77件)42%。\n",
                                languages="[zh]")
    got = placed(res)
    assert {("patents.valid.invention.per_10k", "640200", "3.94"), ("patents.valid.invention.per_10k", "640000", "2.77")} <= got


def test_english_new_patents_and_among_every_10000(run):
    res = run("Last year, 7,070 new patents were authorized in the city, including 831 invention patents, up 25% and 53% "
              "year-on-year respectively. By the end of last year, there were an average of 26.5 invention patents among "
              "every 10,000 people in the city.\n", languages="[en]")
    assert {("patents.granted", "7070"), ("patents.granted.yoy_pct", "25"), ("patents.granted.invention.yoy_pct", "53"),
            ("patents.valid.invention.per_10k", "26.5")} <= mapped(res, "en")


def test_a_whole_named_after_a_compared_province_is_compared_too(text_runner):
    res = text_runner("540100")("截至2021年底，拉萨市有效注册商标30032件，占西藏全区63%；地理标志商标21件，占全区16%。\n",
                                languages="[zh]")
    got = placed(res)
    assert {("trademarks.valid", "540100", "30032"), ("trademarks.valid.share_province_pct", "540100", "63"),
            ("gi.trademarks", "540100", "21")} <= got


def test_an_authority_carried_from_the_paragraph_before_does_not_bar_piracy_cases(run):
    res = run("市中级人民法院、市人民检察院发布2023年度工作情况。\n2023年，查办侵权盗版案件10起，调解知识产权类案件80起，获批广西首个试点城市。\n",
              languages="[zh]")
    got = placed(res)
    assert {("enforcement.copyright.cases", "330200", "10"), ("mediation.disputes", "330200", "80")} <= got


def test_an_owner_word_of_the_term_before_is_not_this_terms(run):
    res = run("To date, the city has nurtured two national IP demonstration enterprises and seven national IP "
              "advantageous enterprises.\n", languages="[en]")
    assert {("general.ip_demonstration_enterprises", "2"), ("general.ip_advantage_enterprises", "7")} <= mapped(res, "en")


def test_an_english_news_item_so_far_and_the_whole_it_is_among(text_runner):
    res = text_runner("310151")("Chongming Boasts 8 Geographical Indication Trademarks\n\n2023-12-03 09:13\n\nSo far, there have been 8 "
                                "geographical indication trademarks in Chongming among the 17 ones in Shanghai. Currently, "
                                "Chongming has eight geographical indication trademarks and two Products of Geographical "
                                "Indication Protection. Two more passed the application in 2019 and 2020 respectively.\n",
                                languages="[en]")
    got = {(f.indicator_id, f.region_code, f.period, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("gi.trademarks", "310151", "2023-12-03", "8"), ("gi.trademarks", "310000", "2023-12-03", "17"),
            ("gi.products", "310151", "2023-12-03", "2")} <= got
    assert not any(p.startswith("2019") or p.startswith("2020") for _, _, p, _ in got)


def test_the_one_that_has_most_is_no_comparison(text_runner):
    res = text_runner("370000")("截至2022年底，全省16市中有效发明专利拥有量最多的是青岛，达到59414件。\n", languages="[zh]")
    got = placed(res)
    assert ("patents.valid.invention", "370200", "59414") in got


def test_a_part_of_a_year_the_sentence_names(run):
    res = run("2017年全市有效发明专利3643件；2018年1—9月，全市有效发明专利4396件，专利授权5000件；2018年全年专利申请9000件。\n"
              "In the first half of 2023, 1,200 patents were granted.\n", languages="[zh, en]")
    got = {(f.indicator_id, f.period, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("patents.valid.invention", "2017-12-31", "3643"), ("patents.valid.invention", "2018-09-30", "4396"),
            ("patents.granted", "2018-01/2018-09", "5000"), ("patents.applications", "2018", "9000"),
            ("patents.granted", "2023-01/2023-06", "1200")} <= got


def test_so_far_this_quarter_and_the_total_the_additions_bring(run):
    res = run("截至2023年第三季度，全市新增商标注册量28607件，总量达到260410件。截至9月底，全市专利授权5000件。\n", languages="[zh]")
    got = {(f.indicator_id, f.period, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("trademarks.registrations", "2023-01/2023-09", "28607"), ("trademarks.valid", "2023-09-30", "260410"),
            ("patents.granted", "2023-01/2023-09", "5000")} <= got


def test_changes_listed_after_heads_with_no_levels(run):
    got = mapped(run("2023年，全市专利申请量和授权量分别同比增长12%和8%；商标申请量、注册量分别增长6%、5%。"
                     "发明专利申请和授权量稳步提升，同比增长32.1%和44.2%。\n", languages="[zh]"))
    assert {("patents.applications.yoy_pct", "12"), ("patents.granted.yoy_pct", "8"),
            ("trademarks.applications.yoy_pct", "6"), ("trademarks.registrations.yoy_pct", "5"),
            ("patents.applications.invention.yoy_pct", "32.1"), ("patents.granted.invention.yoy_pct", "44.2")} <= got


def test_a_fall_printed_as_a_negative_rise(run):
    got = mapped(run("2023年，全市专利授权量5495件，同比增长-4.28%，其中发明专利授权967件，同比增长73.61%。\n", languages="[zh]"))
    assert {("patents.granted.yoy_pct", "-4.28"), ("patents.granted.invention.yoy_pct", "73.61")} <= got


def test_lists_of_places_and_court_cases_of_one_kind(text_runner):
    res = text_runner("640000")("2021年，宁夏全区专利授权量为12885件。按授权专利的类型划分，包括发明专利1103件、实用新型11141件、"
                                "外观设计641件。按授权专利地区分布划分，银川市7286件、石嘴山市1941件。全区法院共受理知识产权民事案件"
                                "4857件，审结3198件。\n", languages="[zh]")
    got = placed(res)
    assert {("patents.granted.invention", "640000", "1103"), ("patents.granted.design", "640000", "641"),
            ("patents.granted", "640100", "7286"), ("patents.granted", "640200", "1941")} <= got
    assert not any(v in ("4857", "3198") for i, _, v in got if i.startswith("courts.cases."))  # civil cases: not all the courts'
    assert {("courts.civil_cases.accepted", "640000", "4857"), ("courts.civil_cases.concluded", "640000", "3198")} <= got


def test_a_list_of_places_is_no_subject_after_its_clause(text_runner):
    res = text_runner("330000")("2024年，全省商标申请量59.7万件，其中，杭州、金华分别以22.2万件、7万件位居前二；商标注册量36.7万件。\n",
                                languages="[zh]")
    got = placed(res)
    assert ("trademarks.registrations", "330000", "367000.0") in got


def test_english_kinds_before_a_term_and_respectively_after_the_numbers(text_runner):
    res = text_runner("370000")("In 2021, there were 36,300 invention patents authorized and 465,000 trademarks registered in the "
                                "province, up 35.9 percent and 32.9 percent year-on-year, respectively. By the end of 2021, the "
                                "number of international registered trademarks under the Madrid system and GI trademarks was "
                                "9,118 and 792, respectively. There were a total of 1.61 million registered trademarks.\n",
                                languages="[en]")
    got = {(f.indicator_id, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("patents.granted.invention", "36300"), ("trademarks.registrations", "465000"),
            ("patents.granted.invention.yoy_pct", "35.9"), ("trademarks.registrations.yoy_pct", "32.9"),
            ("trademarks.madrid.valid", "9118"), ("gi.trademarks", "792"), ("trademarks.valid", "1610000.00")} <= got


def test_a_rank_after_another_place_named_since_the_statement_is_that_places(text_runner):
    res = text_runner("340000")("截至2022年底，全省每万人口发明专利拥有量为12.5件，排名靠后的有宿州(2.10)、阜阳(2.35)，"
                                "发明专利拥有总量最少的池州按每万人口发明专利拥有量看，位列全省第8位。\n", languages="[zh]")
    got = placed(res)
    assert ("patents.valid.invention.per_10k", "341300", "2.10") in got
    assert ("patents.valid.invention.per_10k.rank_province", "341700", "8") in got      # 池州's, not 阜阳's
    assert not any(i.endswith("rank_province") and r == "341200" for i, r, _ in got)


def test_english_a_family_verb_before_a_number_and_kinds_listed_after_the_numbers(text_runner):
    res = text_runner("340000")("Anhui accepted 30,512 patent applications and authorized 12,400 cases in 2021, an annual increase "
                                "of 12.5% and 20.1%, respectively. There were 9,100, 15,200, and 6,212 applications for invention, "
                                "utility model, and design patents, an annual increase of 8.2%, 11.5%, and 3.1%, respectively. "
                                "There were 2,000, 6,000, and 3,000 cases authorized.\n", languages="[en]")
    got = {(f.indicator_id, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("patents.applications", "30512"), ("patents.granted", "12400"), ("patents.applications.yoy_pct", "12.5"),
            ("patents.granted.yoy_pct", "20.1"), ("patents.applications.invention", "9100"),
            ("patents.applications.utility_model", "15200"), ("patents.applications.design", "6212"),
            ("patents.applications.invention.yoy_pct", "8.2"), ("patents.applications.design.yoy_pct", "3.1")} <= got
    # the last of a list of parts, its kind unnamed, is no total of the family: the kinds listed before it
    assert not any(i == "patents.granted" and v in ("2000", "6000", "3000") for i, v in got)
    assert {("patents.granted.invention", "2000"), ("patents.granted.utility_model", "6000"),
            ("patents.granted.design", "3000")} <= got


def test_english_dates_after_the_number_kinds_after_for_and_clauses_that_only_reach_a_number(text_runner):
    res = text_runner("140000")("The province reported 12,040 valid invention patents and 3.5 invention patents per 10,000 people at "
                                "the end of September, according to the bureau. By June this year, it had 9,856 valid patents for "
                                "invention, an increase of 12.5 percent year-on-year. Valid trademark registrations also rose "
                                "sharply, reaching 402,300 and increasing by 21.4%. The level of high-value invention patents per "
                                "10,000 of its population reached 2.9, and the province aims for 4 by 2025.\n",
                                languages="[en]")
    got = {(f.indicator_id, str(f.value), f.period) for f in res.facts if f.indicator_id}
    assert {("patents.valid.invention", "12040", "2023-09-30"), ("patents.valid.invention.per_10k", "3.5", "2023-09-30"),
            ("patents.valid.invention", "9856", "2023-06-30"), ("patents.valid.invention.yoy_pct", "12.5", "2023-06-30"),
            ("trademarks.valid", "402300", "2023-12-31"), ("trademarks.valid.yoy_pct", "21.4", "2023-12-31"),
            ("patents.valid.high_value_invention.per_10k", "2.9", "2023-12-31")} <= got
    assert not any(v == "4" for _, v, _ in got)          # a goal


def test_a_narrower_authoritys_figures_after_the_total_of_all_authorities_are_parts(text_runner):
    res = text_runner("520000")("2023年，全省公安机关侦破侵权假冒案件120起。各级行政执法机关共计立案查办侵权假冒案件8200件，"
                                "罚没金额3100万元。市场监管部门查办知识产权案件900件，案值800万元，罚没金额600万元。\n", languages="[zh]")
    got = placed(res)
    assert {("enforcement.cases", "520000", "8200"), ("enforcement.fines", "520000", "31000000")} <= got   # 行政执法: not the police
    assert not any(v in ("900", "8000000", "6000000") for _, _, v in got)     # the market regulators' part


def test_the_whole_of_a_share_and_a_level_of_recognition_are_no_place(text_runner):
    res = text_runner("650100")("目前，乌鲁木齐有效发明专利拥有量为4100件，占比达全疆的55%，有效商标注册量11.2万件，占比达全疆的36.5%。"
                                "全市布局建设自治区级专利导航服务基地2个，培育国家知识产权优势示范企业20家。\n", languages="[zh]")
    got = placed(res)
    assert {("trademarks.valid", "650100", "112000.0"), ("trademarks.valid.share_province_pct", "650100", "36.5"),
            ("general.ip_advantage_demonstration_enterprises", "650100", "20")} <= got


def test_a_running_total_after_a_flow_and_a_population_ratio_named_by_verb_and_kind(text_runner):
    res = text_runner("520000")("2023年，全省林业植物新品种授权3个，累计15个；新增地理标志商标7件，累计388件；有效发明专利6000件，"
                                "累计9000件。每万人有效发明专利4.12件，每万人口拥有发明专利4.12件。\n", languages="[zh]")
    got = dated(res)
    assert {("plant_varieties.forestry.grants.cumulative", "15", "2023-12-31"), ("gi.trademarks", "388", "2023-12-31"),
            ("patents.valid.invention.per_10k", "4.12", "2023-12-31")} <= got
    assert not any(v == "9000" for _, v, _ in got)        # a stock has no running total of its own


def test_english_running_totals_by_a_years_end_and_a_change_after_an_including_list(text_runner):
    res = text_runner("320623")("By the end of 2019, the total numbers of the county's patent applications and authorizations were "
                                "respectively 52,300 and 31,020. By the end of October this year, the total number of patent "
                                "applications was 4,100. As of 2023, the county had 12,547 effective trademark registrations, "
                                "including three well-known trademarks and 8 geographical indication trademarks, a 5.12 percent "
                                "increase.\n", languages="[en]")
    got = dated(res, "en")
    assert ("patents.granted.cumulative", "31020", "2019-12-31") in got
    assert not any(i == "patents.granted" and v == "31020" for i, v, _ in got)      # a running total, no year's flow
    assert ("patents.applications", "4100", "2023-01/2023-10") in got or ("patents.applications", "4100", "2023") in got
    assert ("trademarks.valid.yoy_pct", "5.12", "2023-12-31") in got
    assert not any(i == "gi.trademarks.yoy_pct" for i, _, _ in got)


def test_respectively_in_the_sentence_after_the_levels_and_a_bare_per_10k_term(text_runner):
    res = text_runner("370000")("24,100 invention patents were authorized and 310,000 trademarks were registered in the province last "
                                "year. The year-on-year growth was 21.5% and 18.2% respectively.\n", languages="[en]")
    got = {(f.indicator_id, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("patents.granted.invention.yoy_pct", "21.5"), ("trademarks.registrations.yoy_pct", "18.2")} <= got
    res = text_runner("130800")("2022年，全市有效发明专利达到1050件，万人发明专利达到3.02件，增长20.5%。\n", languages="[zh]")
    assert {("patents.valid.invention.per_10k", "3.02"), ("patents.valid.invention.per_10k.yoy_pct", "20.5")} <= mapped(res)
    res = text_runner("320000")("In 2020, 9,100 PCT applications were made. Applications and grants to enterprises accounted for "
                                "80.1% and 82.3%, up 2.1% and 4.2% compared to late 2019 respectively.\n", languages="[en]")
    assert not any(i.startswith("patents.pct") and v in ("2.1", "4.2") for i, v in mapped(res, "en"))   # the shares' changes


def test_a_count_of_places_is_no_count_of_the_term_after_it(text_runner, tmp_path):
    res = text_runner("360000")("上半年全省15个县专利申请增幅翻倍\n今年上半年，全省专利申请受理量共计24100件，同比增长70.5%。\n",
                                languages="[zh]")
    got = placed(res)
    assert ("patents.applications", "360000", "24100") in got
    assert not any(v == "15" for _, _, v in got)
    from build_scripts.core.errors import BuildError
    from build_scripts.normalize.text_rules import RULES_PATH, load_rules
    bad = tmp_path / "text_rules.yaml"
    bad.write_text(RULES_PATH.read_text(encoding="utf-8").replace("  zh: '^\\s*个?", "  zh: '(^\\s*个?", 1),
                   encoding="utf-8")
    with pytest.raises(BuildError, match="places_counted.zh"):
        load_rules(bad)


def test_a_term_in_the_passive_and_more_wordings_of_the_genre(text_runner):
    res = text_runner("450000")("今年1-8月，全区专利获授权20100件，同比增长40.5%。全区共办理作品自愿登记9800件，"
                                "使用地理标志保护产品专用标志的单位共计300家。\n", languages="[zh]")
    assert {("patents.granted", "20100"), ("patents.granted.yoy_pct", "40.5"), ("copyright.registrations", "9800"),
            ("gi.authorized_users", "300")} <= mapped(res)


def test_a_clause_after_an_aside_in_brackets_keeps_the_term_before_the_aside(text_runner):
    res = text_runner("230000")("2019年，全省累计拥有国家知识产权优势(示范)企业58家，省级专利优势企业380家。\n", languages="[zh]")
    assert ("general.ip_advantage_demonstration_enterprises", "58") in mapped(res)


def test_a_list_named_only_by_a_participle_takes_the_kinds_of_the_list_before_it(text_runner):
    res = text_runner("610000")("In 2021, the province received 9,120, 14,530 and 2,210 applications for invention, utility "
                                "model and design patents. There were 3,050, 11,400 and 1,980 cases granted, up 4.1%, "
                                "7.5% and 2.2% year on year.\n", languages="[en]")
    assert {("patents.granted.invention", "3050"), ("patents.granted.utility_model", "11400"),
            ("patents.granted.design", "1980"), ("patents.granted.invention.yoy_pct", "4.1"),
            ("patents.granted.utility_model.yoy_pct", "7.5"), ("patents.granted.design.yoy_pct", "2.2")} <= mapped(res, "en")
    # with no list of kinds before it, a list named only by a verb stays unnamed
    res = text_runner("610000")("In 2021, the province received 26,000 patent applications. There were 3,050, 11,400 "
                                "and 1,980 cases granted.\n", languages="[en]")
    assert not any(v in ("3050", "11400", "1980") for _, v in mapped(res, "en"))


def test_english_owners_listed_a_kind_with_its_own_family_and_a_family_noun_after_the_number(text_runner):
    res = text_runner("440300")("The number of patent applications filed by individuals, companies and institutions in the city "
                                "in 2021 soared 20.5 percent to 98,000. The city granted more than 60,000 patents in 2021 from "
                                "over 98,000 applications, with the number of invention applications reaching 31,200.\n",
                                languages="[en]")
    got = mapped(res, "en")
    assert {("patents.applications", "98000"), ("patents.applications.yoy_pct", "20.5"), ("patents.granted", "60000"),
            ("patents.applications.invention", "31200")} <= got
    assert not any(i == "patents.granted.invention" for i, _ in got)
    # the comma of a list of nouns after a preposition joins; a comma before another statement still separates
    from build_scripts.parse.sentences import Context
    from build_scripts.read import Line
    text = "Patents filed by individuals, companies and institutions rose, and 3,000 of them were granted to firms, banks and others."
    ctx = Context.of([Line(1, text, "en")], "en", None)
    assert [t for c in ctx.clauses if (t := ctx.norm[c.start:c.end].strip())] == [
        "Patents filed by individuals, companies and institutions rose,", "and 3,000 of them were granted to firms, banks and others."]


def test_english_percentages_sharing_a_unit_rises_of_and_population_ratios_held(text_runner):
    res = text_runner("310000")("In 2021, the city granted 110,000 patents and received 210,000 applications, rises of 12 and "
                                "7 percent, respectively. The number of approved trademarks was 9,000. Every 10,000 residents "
                                "in the city own 60.5 invention patents. About 300,000 trademarks were newly registered and "
                                "more than 250,000 copyrights were put on record.\n", languages="[en]")
    got = mapped(res, "en")
    assert {("patents.granted.yoy_pct", "12"), ("patents.applications.yoy_pct", "7"),
            ("patents.valid.invention.per_10k", "60.5"), ("trademarks.registrations", "300000"),
            ("copyright.registrations", "250000")} <= got


def test_zh_a_running_word_in_a_part_year_an_elliptic_verb_clause_and_a_list_past_an_aside(text_runner):
    res = text_runner("360000")("今年上半年，全省累计申请专利14559件，同比增长47.3%；获授权10053件，同比增长77.5%。\n",
                                languages="[zh]", meta="    period: 2023-01/2023-06\n")
    assert {("patents.applications", "14559"), ("patents.applications.yoy_pct", "47.3"), ("patents.granted", "10053"),
            ("patents.granted.yoy_pct", "77.5")} <= mapped(res)
    res = text_runner("410000")("去年，全省专利申请达74373件，较上年增长19.1%；在三种专利申请中，发明、实用新型、外观设计专利申请量"
                                "分别为21338件、40778件、12257件，较上年分别增长8.6%（全国平均值达20.9%）、32.8%、1.5%。\n",
                                languages="[zh]")
    got = mapped(res)
    assert {("patents.applications.utility_model", "40778"), ("patents.applications.design", "12257"),
            ("patents.applications.invention.yoy_pct", "8.6"), ("patents.applications.utility_model.yoy_pct", "32.8"),
            ("patents.applications.design.yoy_pct", "1.5")} <= got
    assert not any(v == "20.9" for _, v in got)      # the national average in the aside is no figure of the province


def test_a_breakdown_by_owner_and_a_running_total_after_an_addition(text_runner):
    res = text_runner("410100")("2021年，全市有效发明专利总量24343件。从全市有效发明专利结构来看，企业占比53.13%，拥有量为12934件；"
                                "高校占比29.24%，拥有量为7117件；个人有效发明专利占比5.36%，拥有量为1305件。\n", languages="[zh]")
    assert {("patents.valid.invention.owner.enterprise", "12934"), ("patents.valid.invention.owner.university", "7117"),
            ("patents.valid.invention.owner.individual", "1305")} <= mapped(res)
    res = text_runner("410100")("In 2021, the city had 8,610 valid invention patents, comprising 5,842 from companies, 1,626 "
                                "from universities and 194 from government organizations.\n", languages="[en]")
    assert {("patents.valid.invention", "8610"), ("patents.valid.invention.owner.enterprise", "5842"),
            ("patents.valid.invention.owner.university", "1626"),
            ("patents.valid.invention.owner.government", "194")} <= mapped(res, "en")
    # an addition to a stock the catalog counts no additions of is its net change; the running total after it is the stock
    got = mapped(text_runner("320600")("今年该市新增有效发明专利571件，累计已达1852件。\n", languages="[zh]"))
    assert {("patents.valid.invention", "1852"), ("patents.valid.invention.change", "571")} <= got
    assert ("patents.valid.invention", "571") not in got


def test_an_addition_or_net_increase_of_a_stock_is_its_change(run):
    got = dated(run("2023年，全市新增有效注册商标844件，总数达3690件；有效发明专利新增571件，达到1852件；"
                    "每万人口发明专利拥有量新增1.2件，达到8.5件。全市专利授权新增3591件。\n", languages="[zh]"))
    got |= dated(run("2023年，全市有效注册商标净增900件。\n", languages="[zh]"))
    assert {("trademarks.valid.change", "844", "2023-12-31"), ("trademarks.valid", "3690", "2023-12-31"),
            ("patents.valid.invention.change", "571", "2023-12-31"), ("patents.valid.invention", "1852", "2023-12-31"),
            ("trademarks.valid.change", "900", "2023-12-31"), ("patents.valid.invention.per_10k.change", "1.2", "2023-12-31"),
            ("patents.valid.invention.per_10k", "8.5", "2023-12-31"),
            ("patents.granted", "3591", "2023")} <= got
    assert not any(v in ("844", "571", "900", "1.2") and not i.endswith(".change") for i, v, _ in got)


def test_a_rank_after_an_aside_in_brackets_and_a_provinces_customs_district(text_runner):
    res = text_runner("110000")("截至2019年12月底，全市万人发明专利拥有量132.0件（按2019年末2153.6万常住人口计算）位居全国第一名，"
                                "同比增长17.86%。\n", languages="[zh]")
    assert {("patents.valid.invention.per_10k.rank_national", "1"),
            ("patents.valid.invention.per_10k.yoy_pct", "17.86")} <= mapped(res)
    got = placed(text_runner("230000")("2020年，哈尔滨海关共查扣侵权商品73批次，涉及货物4.3万件。\n", languages="[zh]"))
    assert {("customs.batches", "230000", "73"), ("customs.pieces", "230000", "43000.0")} <= got


def test_english_a_sentence_opening_with_the_number_of_a_term_parts_among_and_stocks_as_of(text_runner):
    res = text_runner("440300")("The number of international patent applications, filed under the Patent Cooperation Treaty, in "
                                "the same period hit 7,925. The number of patent applications hit nearly 190,000 in 2018. Among "
                                "the applications, more than 100,000 were for invention patents. Officers sent 20 cases to police "
                                "for prosecution. From 2011 to 2018, the number of invention patents authorized increased from "
                                "9,200 to 24,200. As of the end of 2018, the city had registered 145,600 invention patents.\n",
                                languages="[en]")
    got = mapped(res, "en")
    assert {("patents.pct.applications", "7925"), ("patents.applications.invention", "100000"),
            ("enforcement.cases.transferred", "20"), ("patents.granted.invention", "24200"),
            ("patents.granted.invention.cumulative", "145600")} <= got
    assert ("patents.granted.invention", "145600") not in got      # a running total, not the year's grants
    # the owners named before the number: their part, which the catalog cannot name here
    res = text_runner("440300")("In 2020, a total of 28,000 enterprises in the city submitted 219,000 patent applications.\n",
                                languages="[en]")
    assert ("patents.applications", "219000") not in mapped(res, "en")


def test_scopes_in_meaning_ranks_among_cities_plan_comparisons_designation_levels_and_sectors(text_runner):
    res = text_runner("350000")("2023年，泉州市有效注册商标765467件，位列全国设区市首位；漳州市有效注册商标155000件，"
                                "居全省设区市第一。其中，种植业390件地理标志商标，养殖业116件。\n", languages="[zh]")
    got = placed(res)
    assert not any(i.endswith("rank_national") for i, _, _ in got)        # among the country's cities: no national rank
    assert ("trademarks.valid.rank_province", "350600", "1") in got       # among the province's own cities
    assert not any(v in ("390", "116") for _, _, v in got)                # a sector's part
    res = text_runner("150100")("“十三五”期间，全市共授权专利15631件，较“十二五”增长165.65%。全市拥有国家知识产权示范企业4家、"
                                "国家知识产权优势企业14家、自治区知识产权优势企业19家、自治区知识产权试点企业13家。\n",
                                languages="[zh]")
    got = placed(res)
    assert ("general.ip_advantage_enterprises", "150100", "14") in got
    assert not any(i.endswith("yoy_pct") for i, _, _ in got)              # against a whole plan period
    assert not any(v in ("19", "13") for _, _, v in got)                  # a region's own designation, another subject


def test_a_citys_districts_by_their_short_names_and_lists_of_their_growth_in_brackets(text_runner):
    res = text_runner("440100")("2017年，全市专利申请量118332件。专利申请增速较突出的区有南沙(83.2%)、增城(59.5%)和番禺(39.2%)；"
                                "发明专利申请增速较突出的区有增城区(105.5%)、越秀区(44.7%)。天河、黄埔两大集聚区建成，"
                                "13个知识产权信息服务网点覆盖全市。\n", languages="[zh]")
    got = placed(res)
    assert {("patents.applications.yoy_pct", "440115", "83.2"), ("patents.applications.yoy_pct", "440118", "59.5"),
            ("patents.applications.yoy_pct", "440113", "39.2"), ("patents.applications.invention.yoy_pct", "440118", "105.5"),
            ("patents.applications.invention.yoy_pct", "440104", "44.7")} <= got
    assert not any(v == "13" and c != "440100" for _, c, v in got)       # 天河、黄埔 name their own clause only
    # a short form inside a product's name is no place (大兴西瓜 in a Beijing report)
    got = placed(text_runner("110000")("2020年，全市共有平谷大桃、大兴西瓜等地理标志产品13件。\n", languages="[zh]"))
    assert ("gi.products", "110000", "13") in got


def test_english_terms_in_the_singular_and_a_running_total_after_an_addition(text_runner):
    res = text_runner("210200")("In 2015, the number of trademark registration reached 9,571. The city recognized 4 well-known "
                                "trademarks, adding up to 86 over the city.\n", languages="[en]")
    got = mapped(res, "en")
    assert {("trademarks.registrations", "9571"), ("trademarks.well_known.new", "4"), ("trademarks.well_known", "86")} <= got
    assert ("trademarks.well_known", "4") not in got


def test_english_a_noun_counted_before_a_term_is_not_the_term(text_runner):
    got = mapped(text_runner("321200")("In 2023, the city guided eight entities in GI and trademark registration. Out of "
                                       "94,526 applications, 18,006 were for invention patent applications.\n", languages="[en]"), "en")
    assert not any(v == "8" for _, v in got)
    assert ("patents.applications.invention", "18006") in got


def test_joint_kinds_one_rights_court_cases_and_a_level_reached_by_a_date(text_runner):
    got = mapped(text_runner("330182")("2020年，全市完成商标权、专利权质押登记6笔，授信额7300余万元。\n", languages="[zh]"))
    assert not any(i.startswith("finance.pledge.patent") for i, _ in got)      # both kinds together: not the patents'
    got = mapped(text_runner("370700")("2017年，全市法院新收一审知识产权民事案件837件。在法院受理的知识产权案件中，"
                                       "专利权案件受理数量增长31.4%。\n", languages="[zh]"))
    assert not any(v == "31.4" for _, v in got)                                # one right's cases
    got = mapped(text_runner("510600")("至去年，每万人发明专利从2012年的0.88件提高到去年的2.52件，居全省第4位。\n",
                                       languages="[zh]"))
    assert ("patents.valid.invention.per_10k", "2.52") in got and not any(i.endswith(".change") for i, _ in got)


def test_levels_from_a_year_to_another_and_headline_phrases_set_apart(text_runner):
    got = dated(text_runner("330600")("绍兴每万人发明专利拥有量从2013年的5.55件，逐步增长到了2017年的14.15件。"
                                      "全市专利申请已从2012年的2108件增长到3467件。\n", languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "5.55", "2013-12-31"), ("patents.valid.invention.per_10k", "14.15", "2017-12-31"),
            ("patents.applications", "2108", "2012"), ("patents.applications", "3467", "2023")} <= got
    got = mapped(text_runner("330600")("全市商标注册量从2016年的18537件，上升到今年9月的38777件。\n", languages="[zh]"))
    assert not any(v == "38777" for _, v in got)          # a level at a date: no flow's
    got = dated(text_runner("370700")("2015年，全市每万人口发明专利拥有量由2014年的2.16件增加到3.60件；"
                                      "有效发明专利由2012年底的2100件增长至6870件。\n", languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "2.16", "2014-12-31"), ("patents.valid.invention.per_10k", "3.60", "2015-12-31"),
            ("patents.valid.invention", "2100", "2012-12-31"), ("patents.valid.invention", "6870", "2015-12-31")} <= got   # 由 as 从
    got = mapped(text_runner("310000")("上海去年授权9.2万件专利  每万人发明专利拥有量居全国第二\n", languages="[zh]"))
    assert not any(i.endswith("per_10k") for i, _ in got)  # two headline phrases, not one term


def test_an_authoritys_own_verbs_name_its_cases(text_runner):
    res = text_runner("520000")("2022年，全省行政执法机关立案1200件，结案1100件；公安机关立案侦办侵犯知识产权犯罪案件310件，"
                                "破案280起；全省法院共受理知识产权类案件960件，结案900件。\n", languages="[zh]")
    got = placed(res)
    assert {("enforcement.cases", "520000", "1200"), ("police.cases.investigated", "520000", "310"),
            ("police.cases", "520000", "280"), ("courts.cases.accepted", "520000", "960"),
            ("courts.cases.concluded", "520000", "900")} <= got
    assert not any(v == "1100" for _, _, v in got)      # the enforcers' closed cases: no indicator of theirs
    assert not any(i.startswith("notarization") for i, _, _ in got)   # 知识产权类案件 of a court is not the notaries'
    got = placed(text_runner("520000")("全省法院受理维权援助申请72件，受理案件900件。\n", languages="[zh]"))
    assert ("courts.cases.accepted", "520000", "900") in got and not any(v == "72" for _, _, v in got)   # not cases


def test_an_authority_named_as_the_object_of_anothers_work_is_not_the_sentences(text_runner):
    res = text_runner("500000")("2021年，全市检察机关起诉侵犯知识产权犯罪案件88件130人，监督公安机关立案6件8人。"
                                "市场监管部门移送公安机关涉嫌犯罪案件15件。\n", languages="[zh]")
    got = placed(res)
    assert ("procuratorates.prosecutions.cases", "500000", "88") in got
    assert not any(i.startswith("police.") for i, _, _ in got)    # the procurators' supervision, the regulators' transfers


def test_a_stock_undated_in_a_news_item_is_the_publication_days(run):
    got = dated(run("全市有效发明专利拥有量为4311件，2022年专利授权2045件。\n", languages="[zh]", meta="    published: 2023-03-29\n"))
    assert {("patents.valid.invention", "4311", "2023-03-29"), ("patents.granted", "2045", "2022")} <= got
    got = dated(run("全市有效发明专利拥有量为4311件。\n", languages="[zh]", meta="    published: 2024-04-20\n"))
    assert ("patents.valid.invention", "4311", "2023-12-31") in got      # a white paper after its year: the year end


def test_a_change_after_the_round_mark_a_figure_passed_is_the_figures(run):
    got = dated(run("前三季度，全市专利申请量达40257件，首次突破4万件，超过2022年全年，同比增长67.8%；专利授权22318件，同比增长37.6%。\n",
                    languages="[zh]"))
    assert {("patents.applications.yoy_pct", "67.8", "2023"), ("patents.granted", "22318", "2023"),
            ("patents.granted.yoy_pct", "37.6", "2023")} <= got
    assert not any(v == "40000" for _, v, _ in got)


def test_a_year_closing_a_range_or_before_this_year_is_not_the_period(run):
    got = dated(run("出台《知识产权强国建设纲要(2021-2035年)》的实施意见\n今年1-6月，全市专利授权量8620件。\n", languages="[zh]"))
    assert ("patents.granted", "8620", "2023-01/2023-06") in got


def test_a_clause_naming_the_right_and_its_verbs_heads_the_verbs_alone(run):
    got = mapped(run("2023年，全市专利申请和授权实现新突破，申请量首次突破2000件、授权首次突破1000件。\n", languages="[zh]"))
    assert {("patents.applications", "2000"), ("patents.granted", "1000")} <= got


def test_totals_stated_respectively_after_a_list_of_additions(run):
    got = dated(run("2023年，全市新增国家知识产权示范企业6家，国家知识产权优势企业36家，总数量分别达到14家和77家。\n", languages="[zh]"))
    assert {("general.ip_demonstration_enterprises.new", "6", "2023"), ("general.ip_advantage_enterprises.new", "36", "2023"),
            ("general.ip_demonstration_enterprises", "14", "2023-12-31"),
            ("general.ip_advantage_enterprises", "77", "2023-12-31")} <= got


def test_all_the_parts_of_a_whole_listed_with_one_number_are_the_whole(run):
    got = mapped(run("截至2023年底，全市拥有地理标志商标和地理标志保护产品256件。全市地理标志证明商标、集体商标150件。\n",
                     languages="[zh]"))
    assert ("gi.total", "256") in got
    assert ("gi.trademarks", "150") in got      # both kinds of GI mark: all the GI marks, as the catalog defines them


def test_a_running_total_up_to_a_date_covers_the_flows_of_its_sentence(run):
    got = dated(run("截至2023年底，全省共申请专利19万件，其中发明专利6万件；授权专利11万件，其中发明专利1.8万件。"
                    "2023年，全省授权专利2.1万件。\n", languages="[zh]"))
    assert {("patents.granted.cumulative", "110000", "2023-12-31"), ("patents.granted", "21000.0", "2023")} <= got
    assert not any(i == "patents.applications" for i, _, _ in got)      # the running total of applications: no indicator


def test_a_wording_the_catalog_writes_out_is_not_anothers_reworded_form(run):
    got = dated(run("截至2023年底，全市商标注册总量达31853件；2023年全市专利申请总量达5210件。\n", languages="[zh]"))
    assert {("trademarks.valid", "31853", "2023-12-31"), ("patents.applications", "5210", "2023")} <= got


def test_english_violation_cases_fines_and_a_month_before_its_year(run):
    got = dated(run("In 2023, administrative authorities investigated 545 patent violation cases and 2,126 trademark "
                    "violation cases, with fines and forfeitures amounting to 182 million yuan. By the end of October 2023, "
                    "the city's number of valid invention patents had reached 104,000.\n", languages="[en]"), "en")
    assert {("enforcement.cases.patent", "545", "2023"), ("enforcement.cases.trademark", "2126", "2023"),
            ("enforcement.fines", "182000000", "2023"), ("patents.valid.invention", "104000", "2023-10-31")} <= got


def test_owners_listed_together_are_no_one_owners_part(run):
    got = mapped(run("Local individuals and firms received almost 30,000 patents in 2023. Local companies obtained 6,558 "
                     "patents.\n", languages="[en]"), "en")
    assert ("patents.granted", "30000") in got
    assert not any(v == "6558" and i == "patents.granted" for i, v in got)


def test_this_years_total_up_to_a_day_is_the_years_flow_and_english_additions_after_the_noun(run):
    got = dated(run("截至6月30日，今年全市共授权发明专利352件，较去年同期增长76%。\n", languages="[zh]"))
    assert ("patents.granted.invention", "352", "2023-01/2023-06") in got
    got = mapped(run("Last year, the city saw 43,500 trademarks registered and seven geographical indications added. "
                     "The city has 23 geographical indications. It applied for 5 geographical indication of certification "
                     "trademarks.\n", languages="[en]"), "en")
    assert {("trademarks.registrations", "43500"), ("gi.total", "23")} <= got
    assert ("gi.total.new", "7") in got and ("gi.total", "7") not in got     # an addition
    assert not any(v == "5" for _, v in got)      # the head of an "of" phrase


def test_a_city_named_as_the_level_of_a_designation_is_no_place(text_runner):
    got = placed(text_runner("510112")("截至6月底，龙泉驿区有省著名商标40件，成都市著名商标46件，累计有效商标注册量1万余件；"
                                       "有地理标志保护产品2个。\n", languages="[zh]"))
    assert {("trademarks.valid", "510112", "10000"), ("gi.products", "510112", "2")} <= got


def test_marks_passed_year_after_year_are_no_years_figure(run):
    got = mapped(run("2021年至2023年，全市发明专利申请连续3年突破2万件、3万件、4万件大关。2023年发明专利申请43789件。\n",
                     languages="[zh]"))
    assert ("patents.applications.invention", "43789") in got
    assert not any(v in ("20000", "30000", "40000") for _, v in got)


def test_last_year_is_the_year_before_the_publication(run):
    got = dated(run("昨天举行的2024年全市知识产权工作会议透露，截至去年底，全市有效发明专利拥有量2.4万件。\n", languages="[zh]",
                    meta="    published: 2024-02-20\n"))
    assert ("patents.valid.invention", "24000.0", "2023-12-31") in got
    got = dated(run("2023年上半年，全市专利授权1.2万件。去年全市专利授权2.1万件，同比增长10%。\n", languages="[zh]",
                    meta="    period: 2023-01/2023-06\n"))
    assert {("patents.granted", "12000.0", "2023-01/2023-06"), ("patents.granted", "21000.0", "2022")} <= got


def test_kinds_side_by_side_before_one_kinds_term_are_their_joint(run):
    got = mapped(run("2023年，全市完成专利商标质押登记248件，质押金额8.72亿元。\n", languages="[zh]"))
    assert {("finance.pledge.projects", "248"), ("finance.pledge.amount", "872000000.00")} <= got


def test_a_listed_noun_completed_by_the_head_of_the_term_before(run):
    got = mapped(run("截至2023年底，全市国家知识产权示范企业达60家、优势企业270家。\n", languages="[zh]"))
    assert {("general.ip_demonstration_enterprises", "60"), ("general.ip_advantage_enterprises", "270")} <= got


def test_a_per_10k_word_before_a_list_stated_respectively_covers_each_term(run):
    got = mapped(run("截至2023年底，全市每万人有效发明专利拥有量、高价值发明专利拥有量分别为10.72件和3.5件；"
                     "今年前7个月专利授权23186件同比增15.59%。\n", languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "10.72"), ("patents.valid.high_value_invention.per_10k", "3.5"),
            ("patents.granted.yoy_pct", "15.59")} <= got


def test_english_wordings_of_filings_model_enterprises_pct_and_ten_thousand(run):
    got = mapped(run("The province received 95,963 patent applications last year, a year-on-year surge of 40.5 percent. There were 12 national "
                     "IP model enterprises in the city. A total of 18,081 applications under the Patent Cooperation Treaty were "
                     "filed. The city investigated 1,224 intellectual property right infringement cases. Every ten thousand "
                     "people own 9.99 invention patents in the city.\n", languages="[en]"), "en")
    assert {("patents.applications", "95963"), ("patents.applications.yoy_pct", "40.5"),
            ("general.ip_demonstration_enterprises", "12"), ("patents.pct.applications", "18081"),
            ("enforcement.cases", "1224"), ("patents.valid.invention.per_10k", "9.99")} <= got


def test_enterprises_designated_are_what_is_counted_and_copyright_cases(text_runner):
    got = placed(text_runner("370212")("上半年，崂山区4家企业被确定为国家知识产权示范企业。2021年，全区版权部门办结版权案件141起；"
                                       "全区法院受理版权案件500件；全区质押件数同比增长138%。\n", languages="[zh]"))
    assert {("general.ip_demonstration_enterprises", "370212", "4"), ("enforcement.copyright.cases", "370212", "141"),
            ("finance.pledge.projects.yoy_pct", "370212", "138")} <= got
    assert not any(v == "500" for _, _, v in got)      # a court's cases of one right


def test_a_level_risen_from_and_to_each_at_its_own_date(run):
    got = dated(run("全市专利授权数量由2018年的777件增加到2022年的1939件。每万人口发明专利拥有量从2015年末的1.61件"
                    "提高到2023年9月的3.1件。有效商标注册量由2022年底的2.1万件上升到今年9月的38777件。"
                    "2011年至2020年，全市发明专利授权量从920件增加到2420件。\n", languages="[zh]"))
    assert {("patents.granted", "777", "2018"), ("patents.granted", "1939", "2022"),
            ("patents.valid.invention.per_10k", "1.61", "2015-12-31"), ("patents.valid.invention.per_10k", "3.1", "2023-09-30"),
            ("trademarks.valid", "21000.0", "2022-12-31"), ("trademarks.valid", "38777", "2023-09-30"),
            ("patents.granted.invention", "920", "2011"), ("patents.granted.invention", "2420", "2020")} <= got
    got = dated(run("The number of invention patents granted rose from 2,108 in 2012 to 3,467 in 2022. Valid invention patents "
                    "per 10,000 people increased from 1.61 at the end of 2015 to 3.1 at the end of September 2020. In 2023, "
                    "the city granted 1,939 patents, up from 777 in 2018.\n", languages="[en]"), "en")
    assert {("patents.granted.invention", "2108", "2012"), ("patents.granted.invention", "3467", "2022"),
            ("patents.valid.invention.per_10k", "1.61", "2015-12-31"), ("patents.valid.invention.per_10k", "3.1", "2020-09-30"),
            ("patents.granted", "1939", "2023"), ("patents.granted", "777", "2018")} <= got


def test_a_level_risen_from_at_no_stated_date_is_not_published(run):
    got = dated(run("西吉县专利授权量从去年同期的20件增加到今年的33件；发明专利授权量从9200件增加到24200件。\n", languages="[zh]"))
    assert not any(v in ("20", "9200") for _, v, _ in got)
    assert ("patents.granted", "33", "2023") in got
    got = dated(run("The number of invention patents also rose to 41,500, up from 6,800.\n", languages="[en]"), "en")
    assert not any(v == "6800" for _, v, _ in got)


def test_a_figure_after_a_count_of_places_is_no_one_places(run):
    got = placed(run("2023年5月，宁波市专利总授权量为6138个，环比下降8.92%，慈溪、余姚2个地区专利授权量不足60个，"
                     "3个区县专利授权增幅超过50%。\n", languages="[zh]"))
    assert ("patents.granted", "330200", "6138") in got
    assert not any(v in ("2", "3", "60", "50", "8.92", "-8.92") for _, _, v in got)     # 环比: no year-on-year change


def test_a_part_year_total_stated_as_cumulative_and_a_count_after_its_share(text_runner):
    got = placed(text_runner("430000")("2023年1-5月，全省累计专利授权量为32590件，长沙市专利授权量占全省比重的49.28%，高达3025件。\n",
                                       languages="[zh]"))
    assert {("patents.granted", "430000", "32590"), ("patents.granted.share_province_pct", "430100", "49.28"),
            ("patents.granted", "430100", "3025")} <= got
    got = dated(text_runner("430000")("2023年1-5月，全省累计专利授权量为32590件。\n", languages="[zh]"))
    assert ("patents.granted", "32590", "2023-01/2023-05") in got


def test_english_owners_named_after_the_term_make_a_part(run):
    got = mapped(run("The number of patent applications of enterprises reached 7,812 in 2023. Patents granted to "
                     "universities totaled 1,234. Invention patents granted to universities totaled 567. The number of "
                     "patent applications of the city reached 9,000.\n", languages="[en]"), "en")
    assert ("patents.applications.enterprise", "7812") in got      # the enterprises' part the catalog names
    assert ("patents.granted.university", "1234") in got
    assert not any(v == "567" for _, v in got)                     # the universities' inventions, which it does not
    assert ("patents.applications", "9000") in got
    got = mapped(run("The number of valid invention patents owned by individuals, companies and institutions reached 113,375.\n",
                     languages="[en]"), "en")
    assert ("patents.valid.invention", "113375") in got        # all owners listed: the whole


def test_a_bound_after_a_count_of_owners_is_each_ones_threshold(run):
    got = mapped(run("In 2023, 21 enterprises applied for more than 50 patents, 6 of which applied for more than 100 patents.\n",
                     languages="[en]"), "en")
    assert not any(v in ("50", "100") for _, v in got)
    got = mapped(run("全市21家企业专利申请超过50件，全市专利申请量超过5万件。\n", languages="[zh]"))
    assert ("patents.applications", "50000") in got and not any(v == "50" for _, v in got)


def test_a_flow_over_a_span_of_years_is_dated_over_it(text_runner):
    run = text_runner("530000")
    got = dated(run("“十三五”期间，全省企业共获得1项中国专利金奖、12项中国专利优秀奖。2016年至今，全省发明专利有1项获中国专利银奖。\n"
                    "2020年至2021年，全省法院共受理各类知识产权案件7133件。“十三五”以来，全省累计专利申请量达到155607件。\n",
                    languages="[zh]", meta="    period: 2021-01/2021-09\n"))
    assert {("patents.china_patent_award.gold", "1", "2016-01/2020-12"), ("patents.china_patent_award.excellence", "12", "2016-01/2020-12"),
            ("patents.china_patent_award.silver", "1", "2016-01/2021-09"), ("courts.cases.accepted", "7133", "2020-01/2021-09"),
            ("patents.applications", "155607", "2016-01/2020-12")} <= got
    got = dated(run("From 2015 to 2018, patent applications in the province totaled 454,000. Since 2012 the province has "
                    "handled over 1,000 infringement cases annually.\n", languages="[en]"), "en")
    assert ("patents.applications", "454000", "2015-01/2018-12") in got
    assert not any(p.startswith("2012-01/") for _, _, p in got)        # a yearly figure, not the span's


def test_a_span_compared_with_or_named_before_a_year_is_no_window(run):
    got = dated(run("“十三五”期间，全市专利工作成效显著，2023年全市专利授权3000件，较“十二五”时期增长20%。\n", languages="[zh]"))
    assert ("patents.granted", "3000", "2023") in got
    assert ("patents.applications", "389000", "2023") in dated(run("In 2023, 389,000 patent applications were received, "
                                                                    "1.3 times of that in the 12th Five-Year Plan period.\n",
                                                                    languages="[en]"), "en")


def test_award_levels_listed_after_a_full_award_name_complete_it(run):
    got = mapped(run("2023年，全市共有22项专利获得第二十四届中国专利奖，其中，中国专利金奖1项，银奖2项，优秀奖15项，"
                     "中国外观设计银奖1项，优秀奖3项。\n", languages="[zh]"))
    assert {("patents.china_patent_award.awards", "22"), ("patents.china_patent_award.gold", "1"),
            ("patents.china_patent_award.silver", "2"), ("patents.china_patent_award.excellence", "15"),
            ("patents.china_patent_award.design_silver", "1"), ("patents.china_patent_award.design_excellence", "3")} <= got


def test_owners_listed_after_a_statement_or_respectively(run):
    got = mapped(run("截至2023年底，全市有效发明专利12000件，其中企业8000件、高校2000件、科研院所1000件。\n", languages="[zh]"))
    assert {("patents.valid.invention", "12000"), ("patents.valid.invention.owner.enterprise", "8000"),
            ("patents.valid.invention.owner.university", "2000"), ("patents.valid.invention.owner.research", "1000")} <= got
    got = mapped(run("截至2023年底，全市有效发明专利中，职务发明中企业1.24万余件、大专院校2794件，非职务发明专利729件。\n", languages="[zh]"))
    assert {("patents.valid.invention.owner.university", "2794"), ("patents.valid.invention.owner.individual", "729")} <= got
    got = mapped(run("截至2023年底，高等院校和科研机构分别拥有10819件和2589件有效发明专利。\n", languages="[zh]"))
    assert {("patents.valid.invention.owner.university", "10819"), ("patents.valid.invention.owner.research", "2589")} <= got
    assert ("patents.valid.invention", "2589") not in got
    got = mapped(run("全年新增国家知识产权示范企业5家、国家知识产权优势企业60家，累计分别达到25家、255家。\n", languages="[zh]"))
    assert {("general.ip_demonstration_enterprises", "25"), ("general.ip_advantage_enterprises", "255")} <= got


def test_a_pattern_gives_way_to_a_longer_term_and_takes_new(run):
    got = mapped(run("截至2023年底，全省拥有地理标志458件。\n", languages="[zh]"))
    assert ("gi.total", "458") in got
    got = mapped(run("截至2023年底，全省农产品地理标志201个。新增地理标志6个。全市实现知识产权质押融资111笔。\n", languages="[zh]"))
    assert ("gi.agricultural_products", "201") in got and ("finance.pledge.projects", "111") in got
    assert ("gi.total.new", "6") in got and ("gi.total", "6") not in got


def test_english_parts_that_became_grants_and_kinds_with_their_family_noun(run):
    got = mapped(run("In 2023, a total of 389,000 applications for invention patents were received, 106,000 of which were granted, "
                     "and 1.898 million applications for trademark registration were received, 1.225 million of which were "
                     "approved.\n", languages="[en]"), "en")
    assert {("patents.granted.invention", "106000"), ("trademarks.registrations", "1225000.000")} <= got
    got = dated(run("From 2015 to 2018, patent applications in the city totaled 454,000. Among them, 139,000 were invention "
                    "patent applications.\n", languages="[en]"), "en")
    assert {("patents.applications", "454000", "2015-01/2018-12"), ("patents.applications.invention", "139000", "2015-01/2018-12")} <= got


def test_a_sentence_of_parts_takes_the_date_of_the_whole_before_it(run):
    got = dated(run("2023年1-9月，全市专利授权5.41万件。其中，发明专利1.36万件，实用新型3.41万件。\n", languages="[zh]"))
    assert {("patents.granted.invention", "13600.00", "2023-01/2023-09"), ("patents.granted.utility_model", "34100.00", "2023-01/2023-09")} <= got


def test_each_stated_as_respectively_and_a_span_carried_to_the_next_sentence(run):
    got = mapped(run("2023年，全市发明专利申请量和授权量各为6.3万件和2.1万件。\n", languages="[zh]"))
    assert {("patents.applications.invention", "63000.0"), ("patents.granted.invention", "21000.0")} <= got
    got = dated(run("2019年以来，全市专利授权量年均增长25%，培育知识产权优势企业81家。14项专利获评中国专利奖。\n",
                    languages="[zh]", meta="    period: 2023-01/2023-06\n"))
    assert ("patents.china_patent_award.awards", "14", "2019-01/2023-06") in got


def test_effective_registration_in_english_is_the_valid_trademarks(run):
    got = mapped(run("In 2023, the number of effective registration amounted to 50414.\n", languages="[en]"), "en")
    assert ("trademarks.valid", "50414") in got


def test_a_place_inside_a_quoted_product_name_and_counts_that_won_awards(text_runner):
    got = placed(text_runner("450000")("2023年，广西新增注册“桂林罗汉果”等11件地理标志证明商标，累计地理标志366个。"
                                       "桂林市专利授权5000件。\n", languages="[zh]"))
    assert {("gi.total", "450000", "366"), ("patents.granted", "450300", "5000")} <= got
    got = mapped(text_runner("230000")("In 2020, three invention patents registered by ZBD Pharmaceutical and Northeast Petroleum "
                                       "University won gold medals of the China Patent Awards. To date, Harbin has nurtured two national IP "
                                       "demonstration enterprises and seven national IP advantageous enterprises, and received "
                                       "one Silver Award.\n",
                                       languages="[en]"), "en")
    assert not any(v == "3" for _, v in got)
    assert ("general.ip_demonstration_enterprises", "2") in got


def test_an_owner_before_a_kind_of_the_stock_is_that_owners_part(run):
    got = mapped(run("截至2023年底，全市企业有效发明专利3011件。全市共拥有发明专利15135件。\n", languages="[zh]"))
    assert {("patents.valid.invention.owner.enterprise", "3011"), ("patents.valid.invention", "15135")} <= got
    got = mapped(run("截至2023年底，全市高新技术企业有效发明专利3011件。\n", languages="[zh]"))
    assert not any(v == "3011" for _, v in got)


def test_owners_divide_rights_not_the_financing_enterprises_receive(run):
    got = mapped(run("2023年，该局推动30户企业获得知识产权质押融资2.7亿元。\n", languages="[zh]"))
    assert {("finance.pledge.enterprises", "30"), ("finance.pledge.amount", "270000000.0")} <= got


def test_a_total_adverb_between_the_right_and_its_verb(run):
    got = mapped(run("2023年全市国内专利共授权11007件，同比增长49.39%，其中发明专利920件。\n", languages="[zh]"))
    assert {("patents.granted", "11007"), ("patents.granted.yoy_pct", "49.39"), ("patents.granted.invention", "920")} <= got


def test_a_national_title_in_a_term_and_a_rank_scope_before_its_verb(text_runner):
    got = placed(text_runner("510000")("截至2023年底，四川省共有全国驰名商标283件，有效注册商标63万件，在全国列第8位。\n",
                                       languages="[zh]"))
    assert {("trademarks.well_known", "510000", "283"), ("trademarks.valid.rank_national", "510000", "8")} <= got


def test_users_of_the_gi_mark_in_the_genres_wordings(run):
    got = mapped(run("截至2023年底，全市通过审核使用地理标志专用标志累计达540户。\n", languages="[zh]"))
    assert ("gi.authorized_users", "540") in got
    got = mapped(run("2023年，累计85家企业获得地理标志专用标志使用口令。\n", languages="[zh]"))
    assert ("gi.authorized_users", "85") in got


def test_english_adjectives_before_the_noun_and_kinds_worded_with_for(run):
    got = mapped(run("In 2023, a total of 14,678 domestic patents were authorized, of which 2,333 were patents for "
                     "inventions.\n", languages="[en]"), "en")
    assert {("patents.granted", "14678"), ("patents.granted.invention", "2333")} <= got


def test_a_share_after_the_wholes_figure_in_brackets_is_the_statement_befores(text_runner):
    got = placed(text_runner("150100")("2017年11月，呼和浩特市专利申请量为389件，占自治区专利申请量(1204件)的32.3%；其中发明专利111件。\n",
                                       languages="[zh]"))
    assert {("patents.applications", "150000", "1204"), ("patents.applications.share_province_pct", "150100", "32.3"),
            ("patents.applications.invention", "150100", "111")} <= got


def test_english_parts_after_of_which_and_kinds_after_their_family(run):
    got = mapped(run("In 2016, the city handled 67,779 patent applications, 25,524 of which were patent applications for "
                     "inventions; and 34,050 patents were authorized, 6,967 of which were invention patents.\n", languages="[en]"), "en")
    assert {("patents.applications", "67779"), ("patents.applications.invention", "25524"),
            ("patents.granted", "34050"), ("patents.granted.invention", "6967")} <= got


def test_english_stocks_in_force_a_phrase_of_who_and_year_over_year(run):
    got = mapped(run("As of September, 141,173 patents applied for by local residents had been granted this year, with a 20.72% "
                     "year-over-year increase. 2.478 million registered trademarks were in force, with a 15.74% year-over-year "
                     "increase.\n", languages="[en]"), "en")
    assert {("patents.granted", "141173"), ("patents.granted.yoy_pct", "20.72"), ("trademarks.valid", "2478000.000"),
            ("trademarks.valid.yoy_pct", "15.74")} <= got


def test_an_english_headline_bound_gives_way_to_the_exact_figure(run):
    got = mapped(run("Patent Applications Exceed 60,000 in 2023\n\nIn 2023, the city handled 67,779 patent applications.\n",
                     languages="[en]"), "en")
    assert ("patents.applications", "67779") in got and ("patents.applications", "60000") not in got


def test_english_applications_of_a_kind_and_the_number_as_a_subject(run):
    got = mapped(run("In 2023, companies and individuals in the city applied for 42,000 invention patents. They were granted "
                     "6,142 invention patents. The number increased nearly 80 percent from the same period last year.\n",
                     languages="[en]"), "en")
    assert {("patents.applications.invention", "42000"), ("patents.granted.invention", "6142"),
            ("patents.granted.invention.yoy_pct", "80")} <= got
    assert ("patents.granted.invention", "42000") not in got


def test_a_stock_on_a_day_named_and_a_flow_up_to_it(text_runner):
    got = dated(text_runner("620100")("截至6月15日，全市新增商标注册4262件，商标有效注册量71363件。\n", languages="[zh]",
                                      meta="    period: 2024-01/2024-07\n"))
    assert {("trademarks.valid", "71363", "2024-06-15"), ("trademarks.registrations", "4262", "2024-01-01/2024-06-15")} <= got
    got = dated(text_runner("350200")("As of March 15, 2019, the city had 5,000 valid invention patents; as of March 31, "
                                      "2019, 6,000 valid invention patents.\n", languages="[en]"), "en")
    assert ("patents.valid.invention", "5000", "2019-03-15") in got


def test_ranked_lists_after_a_top_n_take_their_own_term(text_runner):
    got = placed(text_runner("620000")("2017年二季度，全省商标有效注册量累计排前五位的依次是：兰州市(19801件)，天水市(2822件)。"
                                       "商标申请件数排前5位的依次是：兰州市(1923件)，庆阳市(641件)。\n", languages="[zh]"))
    assert {("trademarks.valid", "620100", "19801"), ("trademarks.applications", "620100", "1923"),
            ("trademarks.applications", "621000", "641")} <= got
    assert not any(i == "trademarks.valid" and v == "641" for i, _, v in got)


def test_an_annual_award_is_dated_over_its_year_in_a_report_of_part_of_it(run):
    got = dated(run("2023年1-11月，全市专利授权量5万件；获中国专利奖21项，新增国家知识产权示范企业15家。\n", languages="[zh]",
                    meta="    period: 2023-01/2023-11\n"))
    assert {("patents.granted", "50000", "2023-01/2023-11"), ("patents.china_patent_award.awards", "21", "2023"),
            ("general.ip_demonstration_enterprises.new", "15", "2023")} <= got


def test_new_covers_figures_listed_before_their_terms(run):
    got = mapped(run("2023年，新增35家省级知识产权优势企业，新增7家国家知识产权示范企业和35家国家知识产权优势企业；"
                     "驰名商标总量159件、商标马德里国际注册数量达1694件。\n", languages="[zh]"))
    assert {("general.ip_demonstration_enterprises.new", "7"), ("general.ip_advantage_enterprises.new", "35"),
            ("trademarks.madrid.valid", "1694")} <= got
    assert ("general.ip_advantage_enterprises", "35") not in got


def test_patent_dispute_rulings_and_mediations_in_the_genres_wordings(run):
    got = mapped(run("2024年，全市办结专利侵权纠纷行政裁决65件，调处专利侵权案件50起。\n", languages="[zh]"))
    assert {("enforcement.patent_disputes.adjudicated", "65"), ("enforcement.patent_disputes.handled", "50")} <= got


def test_newly_approved_before_a_national_title_and_figures_of_some_places(run):
    got = mapped(run("2018年，全市新获批国家地理标志保护产品4个、累计274个，全市8个山区县新增地理标志商标53件。"
                     "全市10个区县专利授权量5万件。\n", languages="[zh]"))
    assert {("gi.products.new", "4"), ("gi.products", "274"), ("patents.granted", "50000")} <= got
    assert not any(v in ("53", "8") for _, v in got)


def test_places_listed_before_figures_stated_respectively(text_runner):
    got = placed(text_runner("350000")("2023年，漳州、南平和宁德地理标志商标数量分别为155件、110件和94件。\n", languages="[zh]"))
    assert {("gi.trademarks", "350600", "155"), ("gi.trademarks", "350700", "110"), ("gi.trademarks", "350900", "94")} <= got
    got = placed(text_runner("350000")("In 2023, Xiamen and Fuzhou had 5,000 and 4,000 valid invention patents respectively.\n",
                                       languages="[en]"))
    assert {("patents.valid.invention", "350200", "5000"), ("patents.valid.invention", "350100", "4000")} <= got


def test_a_running_total_after_an_addition_is_the_stock_it_brings(run):
    got = dated(run("2023年，新增地理标志6个，累计420个。农业植物新品种保护授权品种47个，累计257个。"
                    "每万户经营主体有效注册商标1092.85件。\n", languages="[zh]"))
    assert {("gi.total.new", "6", "2023"), ("gi.total", "420", "2023-12-31"),
            ("plant_varieties.agricultural.grants", "47", "2023"),
            ("plant_varieties.agricultural.grants.cumulative", "257", "2023-12-31"),
            ("trademarks.valid.per_10k_entities", "1092.85", "2023-12-31")} <= got


def test_designations_and_award_grades_in_the_genres_wordings(run):
    got = mapped(run("2023年，全市12家企业荣膺国家知识产权示范、优势企业；我市获得中国专利奖优秀奖2项。\n", languages="[zh]"))
    assert {("general.ip_advantage_demonstration_enterprises", "12"), ("patents.china_patent_award.excellence", "2")} <= got
    got = mapped(run("截至2023年底，国家知识产权示范优势企业总量达124家。\n", languages="[zh]"))
    assert ("general.ip_advantage_demonstration_enterprises", "124") in got


def test_english_the_figure_as_a_subject_and_verbs_of_filing_and_gaining(run):
    got = mapped(run("In 2023, the province filed 95,963 patent applications. The figure represented a year-on-year surge of 40.5 percent. "
                     "The city gained 34,063 patents, increasing by 35.66%.\n", languages="[en]"), "en")
    assert {("patents.applications", "95963"), ("patents.applications.yoy_pct", "40.5"), ("patents.granted", "34063"),
            ("patents.granted.yoy_pct", "35.66")} <= got


def test_an_english_sentence_about_one_company_gives_no_regions_figures(run):
    got = mapped(run("Liu Dan, general manager of the company's film division, revealed that it has filed a total of 122 "
                     "patents, with 97 patents granted. In 2023 the city had 500 patents granted.\n", languages="[en]"), "en")
    assert ("patents.granted", "500") in got and not any(v in ("97", "122") for _, v in got)


def test_places_ranked_then_their_figures_respectively(text_runner):
    run = text_runner("150600")
    # the places, a rank among the whole (全市), then 分别为 their figures: each place its own
    got = placed(run("1-4月，全市专利授权1000件。东胜区、准格尔旗、伊金霍洛旗专利授权量位居全市前三，分别为257件、230件、214件。\n",
                     languages="[zh]"))
    assert {("patents.granted", "150602", "257"), ("patents.granted", "150622", "230"),
            ("patents.granted", "150627", "214")} <= got
    assert not [g for g in got if g[1] == "150600" and g[2] in ("257", "230", "214")]
    # a development zone among them has no code: its figure is nobody's, the others keep theirs
    got = placed(text_runner("150200")("其中，稀土高新区、昆都仑区、青山区专利授权量位居全市前三，分别为644件、493件、365件。\n",
                                       languages="[zh]"))
    assert {("patents.granted", "150203", "493"), ("patents.granted", "150204", "365")} <= got
    assert not [g for g in got if g[2] == "644"]
    # places the figures cannot be matched to one by one: none of them is published
    got = placed(text_runner("150200")("其中，稀土高新区、某某片区、青山区专利授权量位居全市前三，分别为644件、493件、365件。\n",
                                       languages="[zh]"))
    assert not [g for g in got if g[2] in ("644", "493", "365")]


def test_a_zones_figure_is_no_regions(text_runner):
    got = placed(text_runner("150200")("上半年，全市专利授权量1873件。稀土高新区专利授权量644件。\n", languages="[zh]"))
    assert ("patents.granted", "150200", "1873") in got
    assert not [g for g in got if g[2] == "644"]


def test_levels_risen_from_and_to_in_a_review_of_several_years(text_runner):
    run = text_runner("440112")
    # a five-year review with no year in the sentence: the level risen from is the year's before the
    # span, the level reached its last year's (not the span's total)
    got = dated(run("The district's annual patent application has increased from 13,900 to 35,200 over the past five "
                    "years.\n", languages="[en]", meta="    period: 2016-01/2020-12\n"), "en")
    assert {("patents.applications", "13900", "2015"), ("patents.applications", "35200", "2020")} <= got
    assert not [g for g in got if g[2] == "2016-01/2020-12"]
    got = dated(run("五年来，全区专利授权量从6700件增加到22600件。\n", languages="[zh]", meta="    period: 2016-01/2020-12\n"))
    assert {("patents.granted", "6700", "2015"), ("patents.granted", "22600", "2020")} <= got
    # a report of one year: the level risen from is still undated (no value), the level reached the year's
    got = dated(run("全区专利授权量从去年同期的6700件增加到22600件。\n", languages="[zh]"))
    assert ("patents.granted", "22600", "2023") in got and not [g for g in got if g[1] == "6700"]


def test_a_per_person_figure_is_no_count(run):
    got = mapped(run("截至2023年11月底，全市人均高价值发明专利持有量已经突破46件。\n", languages="[zh]"))
    assert not [g for g in got if g[1] == "46"]


def test_english_invention_patents_counted_at_a_date_are_those_held(run):
    got = dated(run("By the end of 2021, the number of invention patents in the province had reached 150,800, or 14.85 "
                    "per 10,000 people.\n", languages="[en]"), "en")
    assert {("patents.valid.invention", "150800", "2021-12-31"), ("patents.valid.invention.per_10k", "14.85", "2021-12-31")} <= got
    # a verb of flow names what was counted; a year's figure with no date of a stock stays unnamed
    got = mapped(run("By the end of 2021, invention patents granted in the province had reached 150,800. In 2021, the "
                     "number of invention patents reached 30,000.\n", languages="[en]"), "en")
    assert not [g for g in got if g[0] == "patents.valid.invention"]


def test_english_pattern_before_a_term_that_only_adds_a_preposition(run):
    # "… secured intellectual property financing of 1.2 billion yuan": the amount's term ("… financing
    # of") is no longer noun than the enterprises' pattern; both figures are read
    got = mapped(run("In 2022, 96 companies in the district secured intellectual property financing of 1.2 billion yuan.\n",
                     languages="[en]"), "en")
    assert {("finance.pledge.enterprises", "96"), ("finance.pledge.amount", "1200000000.0")} <= got


def test_figures_named_only_by_their_owners_after_a_heading(text_runner):
    run = text_runner("520000")
    got = placed(run("截至2022年11月底，全省有效发明专利2.28万件。\n按发明人类型划分。职务发明中企业1.24万件，大专院校2794件；"
                     "科研机构1138件。\n", languages="[zh]"))
    assert {("patents.valid.invention.owner.enterprise", "520000", "12400.00"),
            ("patents.valid.invention.owner.university", "520000", "2794"),
            ("patents.valid.invention.owner.research", "520000", "1138")} <= got
    # an owner before a count of something no owner divides (financing) names no part of it
    got = placed(run("全省知识产权质押融资金额12亿元。企业5家。\n", languages="[zh]"))
    assert not [g for g in got if g[2] == "5"]


def test_a_rank_in_the_country_named_before_its_verb(text_runner):
    got = placed(text_runner("210000")("2019年，辽宁省知识产权综合发展指数在全国排第十位。\n", languages="[zh]"))
    assert ("general.ip_development_index.rank_national", "210000", "10") in got


def test_a_level_after_a_round_mark_takes_the_term_not_a_word_of_another_authority(run):
    # 数量 is also a customs term: the clause's own term (有效商标) names the level after the round mark
    got = mapped(run("2023年，全市有效商标数量首次突破8万件大关，达8.42万件，同比增长12.5%。\n", languages="[zh]"))
    assert {("trademarks.valid", "84200.00"), ("trademarks.valid.yoy_pct", "12.5")} <= got


def test_court_figures_take_the_kind_of_cases_named_nearest(run):
    got = mapped(run("2023年，全市法院受理知识产权民事案件3200件，审结3100件；受理知识产权刑事案件120件，审结110件；"
                     "受理知识产权行政案件16件，审结15件。\n", languages="[zh]"))
    assert not [g for g in got if g[0].startswith("courts.cases.")]
    assert {("courts.civil_cases.accepted", "3200"), ("courts.civil_cases.concluded", "3100"),
            ("courts.criminal_cases.accepted", "120"), ("courts.criminal_cases.concluded", "110"),
            ("courts.administrative_cases.accepted", "16"), ("courts.administrative_cases.concluded", "15")} == got
    got = mapped(run("2023年，全市法院受理知识产权民事一审案件3200件。\n", languages="[zh]"))
    assert got == {("courts.civil_cases.first_instance.accepted", "3200")}     # (the first instance of one kind)
    got = mapped(run("2023年，全市法院受理知识产权民事二审案件320件。\n", languages="[zh]"))
    assert not got        # (another instance alone: a part the catalog does not name)
    got = mapped(run("2023年，全市法院受理知识产权民事一、二审案件3200件，审结3100件。\n", languages="[zh]"))
    assert got == {("courts.civil_cases.accepted", "3200"), ("courts.civil_cases.concluded", "3100")}   # (both instances: all)
    got = mapped(run("2023年，全市法院受理知识产权民事、刑事和行政案件3300件，审结3150件。\n", languages="[zh]"))
    assert {("courts.cases.accepted", "3300"), ("courts.cases.concluded", "3150")} <= got


def test_a_year_end_named_after_as_of_dates_its_figures(run):
    # 截至2022年底 in a report of 2023: the stock of that day and the flow of that year, not the report's
    got = dated(run("截至2022年底，全市有效发明专利1.5万件，地理标志产业产值120亿元。\n", languages="[zh]"))
    assert {("patents.valid.invention", "15000.0", "2022-12-31"), ("gi.output_value", "12000000000", "2022")} <= got
    # in a review of several years, the end of its last year dates a total over the review
    got = dated(run("截至2023年底，全市有效发明专利1.5万件，PCT国际专利申请620件。\n", languages="[zh]",
                    meta="    period: 2019-01/2023-12\n"))
    assert {("patents.valid.invention", "15000.0", "2023-12-31"), ("patents.pct.applications", "620", "2019-01/2023-12")} <= got


def test_a_noun_after_a_measure_word_is_what_an_authority_counts(run):
    # 名 counts suspects in a police sentence; 6名个人 are people commended, not suspects
    got = mapped(run("2023年，全市公安机关破获侵权假冒犯罪案件85起，抓获犯罪嫌疑人140名。\n", languages="[zh]"))
    assert ("police.suspects", "140") in got
    got = mapped(run("2023年，全市公安机关3个集体、6名个人受到表彰。\n", languages="[zh]"))
    assert not [g for g in got if g[1] == "6"]


def test_units_named_members_of_a_list(run):
    # named one year's or one batch's members: the units added; named members with no cohort: those held
    got = dated(run("2023年，全市12家企业被确定为2023年度国家知识产权优势企业，3家企业入选第二批国家知识产权示范企业。\n",
                    languages="[zh]"))
    assert {("general.ip_advantage_enterprises.new", "12", "2023"), ("general.ip_demonstration_enterprises.new", "3", "2023")} <= got
    got = dated(run("截至6月底，全市21家企业被认定为国家知识产权优势企业。\n", languages="[zh]"))
    assert ("general.ip_advantage_enterprises", "21", "2023-06-30") in got


def test_places_ranked_before_a_respective_list_of_their_figures(text_runner):
    got = placed(text_runner("350000")("截至2023年底，厦门、福州和泉州地理标志商标数量位居全省前三，分别拥有66件、54件和41件。\n",
                                       languages="[zh]"))
    assert {("gi.trademarks", "350200", "66"), ("gi.trademarks", "350100", "54"), ("gi.trademarks", "350500", "41")} <= got


def test_gi_well_known_marks_are_not_all_well_known_marks(run):
    got = mapped(run("截至2023年底，全市地理标志驰名商标6件，位居全省第一；中国驰名商标40件。\n", languages="[zh]"))
    assert ("trademarks.well_known", "40") in got and not [g for g in got if g[1] in ("6", "1")]


def test_pledge_contracts_and_the_enterprises_they_served(run):
    got = mapped(run("2023年，全市专利权质押合同登记120件，同比增长20%；质押总金额6.5亿元；质押贷款惠及企业88家。\n",
                     languages="[zh]"))
    assert {("finance.pledge.patent.projects", "120"),
            ("finance.pledge.patent.amount", "650000000.0"), ("finance.pledge.enterprises", "88")} <= got


def test_a_change_since_the_last_year_end_past_a_long_term_is_no_yearly_change(run):
    got = mapped(run("截至9月底，全市有效发明专利2.1万件，比去年底每万人口高价值发明专利拥有量增幅9.8%。\n", languages="[zh]",
                     meta="    period: 2023-01/2023-09\n"))
    assert not [g for g in got if g[1] == "9.8"]


def test_a_change_after_a_level_risen_from_years_before_is_no_yearly_change(run):
    got = mapped(run("全市每万人口发明专利拥有量从2018年底的4.2件提高到2023年底的9.6件，增长128.6%。\n", languages="[zh]"))
    assert ("patents.valid.invention.per_10k", "9.6") in got and not [g for g in got if g[1] == "128.6"]
    got = mapped(run("全市专利授权量从2022年的1.2万件增长到2023年的1.5万件，增长25%。\n", languages="[zh]"))
    assert ("patents.granted.yoy_pct", "25") in got


def test_a_paragraph_goes_on_about_the_earlier_year_it_opened_with(run):
    # a report of the first quarter of 2023: a sentence opening with 2022 and the undated one after it are 2022's
    got = dated(run("1-3月，全市专利授权2100件。据悉，2022年全市专利授权8600件，其中发明专利1200件。有效发明专利拥有量6100件，"
                    "每万人口发明专利拥有量达21.5件。\n", languages="[zh]", meta="    period: 2023-01/2023-03\n"))
    assert {("patents.valid.invention", "6100", "2022-12-31"), ("patents.valid.invention.per_10k", "21.5", "2022-12-31"),
            ("patents.granted", "2100", "2023-01/2023-03")} <= got
    # a year named inside a sentence (compared with) carries nothing
    got = dated(run("1-3月，全市专利授权2100件，比2022年同期增长5%。有效发明专利拥有量6300件。\n", languages="[zh]",
                    meta="    period: 2023-01/2023-03\n"))
    assert ("patents.valid.invention", "6300", "2023-03-31") in got


def test_a_series_of_years_after_a_level_goes_on_with_its_statement(run):
    got = dated(run("2019年，全市每万人口发明专利拥有量达到18.2件，此后逐年攀升。2020年达到21.6件，2021年达到25.3件。\n",
                    languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "21.6", "2020-12-31"), ("patents.valid.invention.per_10k", "25.3", "2021-12-31")} <= got
    got = dated(run("2019年,全市每万人口发明专利拥有量达到18.2件。2020年达到21.6件,2021年达到25.3件。\n", languages="[zh]"))
    assert ("patents.valid.invention.per_10k", "25.3", "2021-12-31") in got     # (ASCII commas, as web pages give them)
    # another measure word is something else
    got = dated(run("2019年，全市专利授权量达到1.2万件。2020年达到35家。\n", languages="[zh]"))
    assert not [g for g in got if g[1] == "35"]


def test_a_paragraph_of_an_earlier_year_ends_where_a_stock_is_said_to_be_now(run):
    got = dated(run("据悉，2022年全市专利授权8600件。全市已有国家知识产权示范企业12家。\n", languages="[zh]",
                    meta="    period: 2023-01/2023-03\n"))
    assert ("general.ip_demonstration_enterprises", "12", "2023-03-31") in got


def test_english_stock_said_to_be_added_is_the_addition(run):
    got = dated(run("In 2022, the city received 26,000 trademark applications. It also added 9 geographical indications "
                    "that year.\n", languages="[en]"), "en")
    assert ("gi.total.new", "9", "2022") in got


def test_english_term_after_a_number_is_not_the_next_statements(run):
    got = mapped(run("By the end of 2023, the number of GI trademarks was 21 and the number of products under GI protection "
                     "was 6.\n", languages="[en]"), "en")
    assert {("gi.trademarks", "21"), ("gi.products", "6")} <= got


def test_english_units_named_members_of_a_list(run):
    got = dated(run("In 2023, three companies in the city were named as national IP demonstration enterprises. By the end "
                    "of 2023, 14 enterprises in the city have been recognized as national IP advantage enterprises.\n",
                    languages="[en]"), "en")
    assert {("general.ip_demonstration_enterprises.new", "3", "2023"),
            ("general.ip_advantage_enterprises", "14", "2023-12-31")} <= got


def test_a_kind_of_a_running_total_is_that_kinds_running_total(run):
    got = dated(run("截至2023年底，全市累计授权专利5.2万件，其中发明专利8100件。\n", languages="[zh]"))
    assert ("patents.granted.invention.cumulative", "8100", "2023-12-31") in got
    got = dated(run("As of June, the city had authorized a total of 6,120 patents, including 930 invention patents.\n",
                    languages="[en]", meta="    period: 2023-01/2023-06\n"), "en")
    assert ("patents.granted.invention.cumulative", "930", "2023-06-30") in got


def test_names_listed_after_new_then_their_count(run):
    got = dated(run("2023年新增“东山芦笋”、“平和白芽”2件地理标志商标，全市地理标志商标达到41件。\n", languages="[zh]"))
    assert {("gi.trademarks.new", "2", "2023"), ("gi.trademarks", "41", "2023-12-31")} <= got


def test_english_ratio_owned_by_ten_thousand_residents(run):
    got = mapped(run("In 2023 there were 21,000 valid invention patents in the city, with 32 patents owned by 10,000 "
                     "residents on average.\n", languages="[en]"), "en")
    assert ("patents.valid.invention.per_10k", "32") in got and not [g for g in got if g[1] == "10000"]


def test_a_whole_years_figure_in_a_report_of_part_of_it(run):
    got = dated(run("1-11月，全市专利授权量1.2万件。全年专利质押融资额6.3亿元，同比增长54.7%。\n", languages="[zh]",
                    meta="    period: 2023-01/2023-11\n"))
    assert {("patents.granted", "12000.0", "2023-01/2023-11"), ("finance.pledge.patent.amount", "630000000.0", "2023"),
            ("finance.pledge.patent.amount.yoy_pct", "54.7", "2023")} <= got


def test_listed_changes_of_owners_are_the_owners(run):
    got = mapped(run("前三季度，全市企业专利申请和授权量同比增长62.1%、40.5%。\n", languages="[zh]",
                     meta="    period: 2023-01/2023-09\n"))
    assert ("patents.granted.enterprise.yoy_pct", "40.5") in got
    assert not [g for g in got if g[0] in ("patents.applications.yoy_pct", "patents.granted.yoy_pct")]


def test_changes_listed_after_heads_follow_the_list_not_the_levels_before(run):
    # the levels stated before the list (其中…) are not what 分别 pairs the changes with
    got = mapped(run("2023年，全市专利申请612件，其中发明专利申请48件，专利授权301件，专利申请量和授权量分别同比增长"
                     "40.2%和21.5%。\n2023年，全市商标申请900件，其中集体商标申请12件，商标申请量和商标注册量分别同比增长"
                     "9.1%和7.7%。\n", languages="[zh]"))
    assert {("patents.applications.yoy_pct", "40.2"), ("patents.granted.yoy_pct", "21.5"),
            ("trademarks.applications.yoy_pct", "9.1"), ("trademarks.registrations.yoy_pct", "7.7")} <= got
    assert not any(i == "patents.applications.invention.yoy_pct" for i, _ in got)


def test_a_count_before_a_bare_gi_term_and_gis_chosen_for_a_list(run):
    res = run("目前，全州共有31个地理标志，近200家企业使用。全州已有6个地理标志产品。\n"
              "茶叶等8个地理标志列入省级重点保护清单，另有3个地理标志项目进入国家运用促进名录。\n", languages="[zh]")
    got = mapped(res)
    assert {("gi.total", "31"), ("gi.products", "6")} <= got
    assert not any(v in ("8", "3") for _, v in got)


def test_additions_named_in_quotes_side_by_side_and_a_plan_period_with_nei(run):
    res = run("“十三五”内全市新增21件地理标志商标；2023年以来又新增“东山鱼丸”“西岭茶”4件地理标志商标，"
              "目前全市的地理标志商标总量达到44件。\n", languages="[zh]")
    got = dated(res)
    assert ("gi.trademarks.new", "21", "2016-01/2020-12") in got
    assert ("gi.trademarks", "44", "2023-12-31") in got
    assert any(i == "gi.trademarks.new" and v == "4" for i, v, _ in got)
    assert not any(i == "gi.trademarks" and v == "4" for i, v, _ in got)


def test_a_goal_to_ensure_is_no_statistic(run):
    got = mapped(run("2023年，确保实现有效发明专利和注册商标增长12%和9%的目标。\n", languages="[zh]"))
    assert not any(v in ("12", "9") for _, v in got)


def test_a_participle_after_the_figure_it_follows(run):
    got = mapped(run("Courts in the city received 3,120 intellectual property cases in 2023, concluding 2,987 of them.\n",
                     languages="[en]"), "en")
    assert {("courts.cases.accepted", "3120"), ("courts.cases.concluded", "2987")} <= got


def test_one_rank_said_of_several_statements_is_each_ones(text_runner):
    run = text_runner("410700")
    res = run("2023年，全市专利授权达9120件，其中发明专利授权812件，同比增长18.2%，有效发明专利3975件，三项指标均居全省第2位。\n"
              "全市地理标志商标达到21件，地理标志保护产品达9件，均居全省首位。\n"
              "全市商标申请量8000件；商标注册量6000件，居全省第三位。\n", languages="[zh]")
    got = dated(res)
    assert {("patents.granted.rank_province", "2", "2023"), ("patents.granted.invention.rank_province", "2", "2023"),
            ("patents.valid.invention.rank_province", "2", "2023-12-31"),
            ("gi.trademarks.rank_province", "1", "2023-12-31"), ("gi.products.rank_province", "1", "2023-12-31"),
            ("trademarks.registrations.rank_province", "3", "2023")} <= got
    assert not any(i == "trademarks.applications.rank_province" for i, _, _ in got)     # (past a semicolon: not shared)
    ids = [f.fact_id for f in res.facts]
    assert len(ids) == len(set(ids))
    # each statement's rank is the same printed number, on its line
    ranks = [f for f in res.facts if f.indicator_id.endswith(".rank_province") and f.line == 1]
    assert len(ranks) == 3 and {f.text for f in ranks} == {"第2位"}


def test_changes_ranked_together_and_a_rank_in_the_province_named(text_runner):
    run = text_runner("450200")
    got = dated(run("2023年，全市有效发明专利达6008件、高价值发明专利达1798件，两项增幅均居广西第一。\n", languages="[zh]"))
    assert {("patents.valid.invention.yoy_pct.rank_province", "1", "2023-12-31"),
            ("patents.valid.high_value_invention.yoy_pct.rank_province", "1", "2023-12-31")} <= got
    got = dated(run("2023年，全市有效发明专利达6008件，居广东第一。\n", languages="[zh]"))
    assert not any(i.endswith("rank_province") for i, _, _ in got)     # another province's name: no rank of its own
    got = dated(run("In 2023, Liuzhou had 6,008 valid invention patents, ranking first in Guangxi.\n", languages="[en]"), "en")
    assert ("patents.valid.invention.rank_province", "1", "2023-12-31") in got


def test_one_figure_said_of_each_of_a_list_of_places(text_runner):
    run = text_runner("350100")
    res = run("2023年，鼓楼区、台江区和仓山区专利授权量均超过1000件。晋安区、马尾区发明专利授权量合计850件。\n"
              "鼓楼区、台江区专利申请量均居前列，分别为2600件和2100件。\n", languages="[zh]")
    got = placed(res)
    assert {("patents.granted", "350102", "1000"), ("patents.granted", "350103", "1000"),
            ("patents.granted", "350104", "1000"), ("patents.applications", "350102", "2600"),
            ("patents.applications", "350103", "2100")} <= got
    assert not any(v == "850" for _, _, v in got)       # a sum of two places is neither's
    assert all(f.qualifier == "more_than" for f in res.facts if f.value == 1000)


def test_a_headline_rank_with_no_verb_and_one_rank_of_listed_terms(text_runner):
    run = text_runner("620100")
    got = dated(run("2023年全市商标申请量、注册量全省第一\n2023年全市发明专利申请量增幅全省第二\n"
                    "2023年，全市专利申请量和授权量均位居全省首位。\n", languages="[zh]"))
    assert {("trademarks.applications.rank_province", "1", "2023"), ("trademarks.registrations.rank_province", "1", "2023"),
            ("patents.applications.invention.yoy_pct.rank_province", "2", "2023"),
            ("patents.applications.rank_province", "1", "2023"), ("patents.granted.rank_province", "1", "2023")} <= got
    got = dated(run("2023年，全市专利申请量全省第一批次受理。\n全省第一批示范企业12家。\n", languages="[zh]"))
    assert not any(i.endswith("rank_province") for i, _, _ in got)


def test_two_court_verbs_over_two_figures_pair_them_in_order(run):
    got = mapped(run("2023年，全市法院受理和审结知识产权刑事案件628件和547件。\n", languages="[zh]"))
    assert {g for g in got if g[0].startswith("courts.")} == {("courts.criminal_cases.accepted", "628"),
                                                              ("courts.criminal_cases.concluded", "547")}
    got = mapped(run("2023年，全市法院受理和审结知识产权刑事案件628件，同比增长5%。\n", languages="[zh]"))
    assert not [g for g in got if g[0].startswith("courts.")]      # (one figure, two verbs: neither's)


def test_changes_respectively_pair_in_order_with_an_unnamed_part_among_the_levels(run):
    # the third level is a part the catalog does not name: its change stays unnamed, the others pair in order
    res = run("今年上半年，全市共登记技术合同125项，合同成交额7.81亿元，其中技术交易额4.62亿元，同比分别增长67%、193%和82%。\n",
              languages="[zh]")
    got = mapped(res)
    assert {("transactions.tech_contracts.yoy_pct", "67"), ("transactions.tech_contracts.amount.yoy_pct", "193")} <= got
    assert not [m for m in got if m[1] in ("82", "462000000.00")]      # an amount after an amount is not the count's


def test_institutions_counted_after_a_term_are_not_its_figure(run):
    res = run("全市技术合同认定登记机构数量达到6个，今年登记技术合同1073份。\n", languages="[zh]")
    assert not [m for m in mapped(res) if m[1] == "6"]


def test_a_bare_amount_after_words_naming_one_kind_of_right_is_that_kinds(run):
    res = run("2023年全年实现专利权质押贷款总额10.6亿元，首次突破10亿元。首次实现4家企业商标专用权质权登记，质押金额4.75亿元。\n",
              languages="[zh]")
    got = mapped(res)
    assert ("finance.pledge.trademark.amount", "475000000.00") in got
    assert not [m for m in got if m[0] == "finance.pledge.amount"]


def test_patent_related_contracts_are_a_part_of_all_contracts(run):
    res = run("2023年，全市专利转让突破2万次，涉专利的技术合同成交额达488.4亿元，分别同比增长38.2%和151%。\n", languages="[zh]")
    assert not [m for m in mapped(res) if m[0].startswith("transactions.tech_contracts.amount")]


def test_service_patents_are_a_family_of_their_own(run):
    res = run("全市专利授权中，职务发明授权1049件，同比增长6.39%；非职务发明授权220件。全市职务专利申请量8156件，"
              "其中职务发明专利申请1200件。\n", languages="[zh]")
    got = mapped(res)
    assert {("patents.granted.service", "1049"), ("patents.granted.service.yoy_pct", "6.39"),
            ("patents.applications.service", "8156")} <= got
    assert ("patents.granted.individual", "220") in got        # non-service grants: the individuals'
    assert not [m for m in got if m[1] == "1200"]              # one kind's: not the family's whole
    res = run("全市授权专利总计19435件。在职务授权中，企业授权量5444件，占28.01%。\n", languages="[zh]")
    assert ("patents.granted.enterprise", "5444") in mapped(res)       # (enterprises' grants are all service grants)


def test_a_rank_of_new_approvals_is_not_the_stocks_rank(run):
    res = run("2022年，新获批地理标志保护产品数量全国第一。全省有效发明专利拥有量全国第五。\n", languages="[zh]")
    got = mapped(res)
    assert ("patents.valid.invention.rank_national", "5") in got
    assert not [m for m in got if m[0].startswith("gi.")]


def test_an_award_framed_before_its_winners(run):
    got = mapped(run("2023年，第二十四届中国专利奖中全市共有19个项目获奖，其中金奖1项、银奖3项，优秀奖15项。\n", languages="[zh]"))
    assert ("patents.china_patent_award.awards", "19") in got
    # bare 金奖 / 银奖 / 优秀奖 mix patent and design awards, which the catalog counts apart: none of its levels
    assert not any(i != "patents.china_patent_award.awards" for i, _ in got)
    got = mapped(run("在第24届中国专利奖评选中，我市共有12项专利获奖。\n", languages="[zh]"))
    assert ("patents.china_patent_award.awards", "12") in got
    # another award framed: no China Patent Award figure
    got = mapped(run("在第九届广东专利奖评选中，我市共有20项专利获奖。\n", languages="[zh]"))
    assert not any(i.startswith("patents.china_patent_award") for i, _ in got)


def test_customs_cases_seized_with_a_modifier_between_verb_and_cases(run):
    got = mapped(run("2023年，全市海关查获各类知识产权侵权案件44起。上半年，全市海关已查发涉嫌侵权案件15起。\n", languages="[zh]"))
    assert ("customs.cases", "44") in got and ("customs.cases", "15") in got


def test_a_respectively_list_with_an_item_no_term_names_pairs_from_both_ends(run):
    got = dated_num(run("2023年，全市有效发明专利量、PCT国际专利累计申请量、商标有效注册量分别为3.51万件、2.07万件、54.3万件。\n",
                        languages="[zh]"))
    assert {("patents.valid.invention", num("35100"), "2023-12-31"), ("trademarks.valid", num("543000"), "2023-12-31")} <= got
    assert not any(v in (num("35100"), num("20700")) and i == "trademarks.valid" for i, v, _ in got)


def test_a_change_said_of_each_listed_statement_with_jun(run):
    got = mapped(run("2023年，全市专利申请量3000件、授权量2000件，同比均增长10%。全市海关查获侵权案件154起，侵权物品数量10321件，"
                     "同比均增长70%以上。\n", languages="[zh]"))
    assert {("patents.applications.yoy_pct", "10"), ("patents.granted.yoy_pct", "10"),
            ("customs.cases.yoy_pct", "70"), ("customs.pieces.yoy_pct", "70")} <= got
    got = mapped(run("2023年，全市专利申请量3000件，授权量2000件，同比增长10%。\n", languages="[zh]"))
    assert ("patents.granted.yoy_pct", "10") in got and ("patents.applications.yoy_pct", "10") not in got


def test_an_elliptic_head_after_a_term_with_a_verb_of_its_own_takes_the_subject(run):
    got = mapped(run("2023年，全市商标注册申请量5.6万件，注册量4.1万件。\n", languages="[zh]"))
    assert {("trademarks.applications", "56000.0"), ("trademarks.registrations", "41000.0")} <= got


def test_wordings_of_the_genre_the_catalog_reads(run):
    got = mapped(run("2023年，有效注册商标总量达到18.6万件，每万户市场主体拥有有效商标2150件。去年，我市输出技术1612项，"
                     "成交金额19.68亿元；吸纳技术1763项。\n", languages="[zh]"))
    assert {("trademarks.valid.per_10k_entities", "2150"), ("transactions.tech_contracts.output", "1612"),
            ("transactions.tech_contracts.absorbed", "1763")} <= got


def test_a_share_whose_whole_is_a_term_is_the_share_of_the_term_before_zhan(run):
    got = mapped(run("2023年，全市发明专利授权量占专利授权总量的比重为21.3%，比上年提高2.1个百分点。\n", languages="[zh]"))
    assert ("patents.granted.invention.share_granted_pct", "21.3") in got
    assert not any(i.startswith("patents.granted.share") for i, _ in got)
    got = mapped(run("2023年，全市专利授权量3000件，占全省比重为12.5%。\n", languages="[zh]"))
    assert ("patents.granted.share_province_pct", "12.5") in got


def test_a_level_after_a_change_in_pieces_is_the_terms(run):
    got = dated(run("2023年，全市PCT国际专利申请量较上年增加35件，达到218件。有效发明专利增加571件，达到1852件。\n",
                    languages="[zh]"))
    assert {("patents.pct.applications", "218", "2023"), ("patents.valid.invention", "1852", "2023-12-31"),
            ("patents.valid.invention.change", "571", "2023-12-31")} <= got


def test_one_month_named_is_that_months_flow(run):
    got = dated(run("2023年一季度，全市发明专利授权822件。3月份，全市发明专利申请2330件，发明专利授权315件。\n", languages="[zh]"))
    assert {("patents.granted.invention", "822", "2023-01/2023-03"), ("patents.applications.invention", "2330", "2023-03/2023-03"),
            ("patents.granted.invention", "315", "2023-03/2023-03")} <= got
    assert ("patents.applications.invention", "2330", "2023") not in got


def test_a_rank_risen_to_from_a_place_in_a_named_whole(text_runner):
    got = mapped(text_runner("420000")("2017年，全省技术合同成交额1066亿元，从全国第6位上升至第2位。\n", languages="[zh]"))
    assert ("transactions.tech_contracts.amount.rank_national", "2") in got
    assert not any(v == "6" for _, v in got)


def test_value_added_is_no_rise_and_a_share_of_gdp_is_named(run):
    got = mapped(run("2023年，全市专利密集型产业增加值占GDP比重为12.3%。\n", languages="[zh]"))
    assert got == {("patents.intensive_industries.value_added.share_gdp_pct", "12.3")}
    got = mapped(run("2023年，全市专利密集型产业增加值达到1200亿元，占地区生产总值的12.3%。\n", languages="[zh]"))
    assert ("patents.intensive_industries.value_added.share_gdp_pct", "12.3") in got


def test_an_addition_to_a_stock_within_a_year_is_no_change_on_a_year_earlier(run):
    got = mapped(run("2023年上半年，全市新增有效注册商标13230件。截至9月底，全市有效发明专利新增571件。\n", languages="[zh]"))
    assert not any(i.endswith(".change") or v in ("13230", "571") for i, v in got)


def test_a_years_total_worded_cumulative_and_compared_with_the_year_before(text_runner):
    got = dated(text_runner("360700")("2022年，全市累计完成知识产权质押融资11.1亿元，同比增长94.74%，位居江西省榜首。"
                                      "截至2022年底，全市累计完成知识产权质押融资50亿元。\n", languages="[zh]"))
    assert {("finance.pledge.amount", "1110000000.0", "2022"), ("finance.pledge.amount.yoy_pct", "94.74", "2022"),
            ("finance.pledge.amount.rank_province", "1", "2022"),
            ("finance.pledge.amount.cumulative", "5000000000", "2022-12-31")} <= got


def test_xintian_is_an_addition(text_runner):
    got = dated(text_runner("350900")("2023年，宁德市新添4件地理标志证明商标。截至目前，全市共有地理标志证明商标69件。\n",
                                      languages="[zh]"))
    assert ("gi.trademarks.certification.new", "4", "2023") in got and ("gi.trademarks.certification", "4", "2023-12-31") not in got



def test_top_of_a_named_whole_is_first_and_of_no_named_whole_no_rank(text_runner):
    got = mapped(text_runner("430000")("2023年5月，长沙市稳居榜首，其专利授权量占全省的49.28%，高达3025个。全省专利授权量6138件，"
                                       "居全国榜首。\n", languages="[zh]"))
    assert ("patents.granted.rank_national", "1") in got
    assert not any(i.endswith("rank_province") for i, _ in got)
