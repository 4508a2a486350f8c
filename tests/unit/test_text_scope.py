"""What a figure is of, on snippets written for these tests in the genre's wordings: a word before a
term that narrows it, two terms sharing one number, a headline's event figure, a rate named by its
own term, a rank printed without 第, a running total to date, a population ratio's change, and a coarser
print of the same figure."""
import pytest


from factsets import dated, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("150000")


def test_a_word_before_a_term_that_narrows_it_names_none_of_the_terms_figures(run):
    got = mapped(run("2023年，全区共对2552件非正常专利申请进行了核查，撤回非正常专利申请2326件；非正常专利申请同比下降35%。"
                     "全区专利申请量同比增长12%。\n", languages="[zh]"))
    assert got == {("patents.applications.yoy_pct", "12")}
    got = mapped(run("In 2023, the region checked 2,552 abnormal patent applications. It received 30,000 patent "
                     "applications.\n", languages="[en]"), "en")
    assert got == {("patents.applications", "30000")}
    # whose inventions, from where, which fate or how long held: a part of the total the catalog does not name
    got = mapped(run("2023年，全区职务发明专利申请量3000件，涉外专利申请量300件，港澳台专利授权量50件，驳回商标注册申请3000件，"
                     "维持10年以上的有效发明专利500件，专利授权量2万件。\n", languages="[zh]"))
    assert got == {("patents.granted", "20000")}
    got = mapped(run("In 2023, the region received 300 foreign patent applications, 200 overseas patent applications "
                     "and 9,000 invention patent applications.\n", languages="[en]"), "en")
    assert got == {("patents.applications.invention", "9000")}


def test_patent_counterfeiting_cases_are_their_own_and_two_kinds_of_cases_with_one_number_neither(run):
    got = mapped(run("2023年，全区查处假冒专利案件20件，办理专利侵权纠纷案件242件；处理专利侵权纠纷案件和查处假冒专利案件共"
                     "1353件；查处侵犯商标权案件850件。\n", languages="[zh]"))
    assert got == {("enforcement.cases.patent_counterfeiting", "20"), ("enforcement.patent_disputes.handled", "242"),
                   ("enforcement.cases.trademark", "850")}


def test_a_headlines_figure_gives_way_to_the_bodys(run):
    text = ("知识产权质押融资进园区 8家企业用纯知识产权获贷款5640万元\n\n近日，8家企业用纯知识产权获得银行放贷5640万元。"
            "1至10月，全区知识产权质押融资额达30亿元，较去年同期增长71%。\n")
    got = mapped(run(text, languages="[zh]", meta="    period: 2023-01/2023-10\n"))
    assert {("finance.pledge.amount", "3000000000"), ("finance.pledge.amount.yoy_pct", "71")} <= got
    assert not any(v == "56400000" for _, v in got)
    # a headline that restates the body's figure stays published with it
    got = mapped(run("全区专利授权量达1.2万件\n\n2023年，全区专利授权量达1.2万件，同比增长8%。\n", languages="[zh]"))
    assert {("patents.granted", "12000.0"), ("patents.granted.yoy_pct", "8")} <= got


def test_a_rate_named_by_its_own_term_and_the_ranks_after_it(run):
    got = mapped(run("2023年，全区专利电子申请率达99.15%，居全国第1位；地理标志商标总量居全国第2位；有效注册商标35.14万件，"
                     "列全国12位。\n", languages="[zh]"))
    assert {("patents.e_filing_rate_pct", "99.15"), ("patents.e_filing_rate_pct.rank_national", "1"),
            ("gi.trademarks.rank_national", "2"), ("trademarks.valid", "351400.00"),
            ("trademarks.valid.rank_national", "12")} <= got
    assert ("trademarks.valid", "12") not in got and ("patents.applications.share_national_pct", "99.15") not in got
    # the length of a ranking is no place in it
    assert not any(i.endswith("rank_national") for i, _ in mapped(run("全区有效注册商标居全国前10位。\n", languages="[zh]")))


def test_a_flows_total_to_date_is_its_running_total(run):
    got = dated(run("截至目前，全区专利授权总量达13万件，商标注册总量为35.14万件。\n", languages="[zh]",
                    meta="    published: '2023-04-26'\n"))
    assert ("patents.granted.cumulative", "130000", "2023-04-26") in got
    assert not any(i == "patents.granted" for i, _, _ in got)
    # a year's own total after a date of another clause stays that year's flow
    got = dated(run("截至2023年底，全区商标注册总量达31853件；2023年全区专利申请总量达5210件。\n", languages="[zh]"))
    assert ("patents.applications", "5210", "2023") in got


def test_the_change_of_a_population_ratio_written_with_its_base_first(run):
    got = mapped(run("2023年，全区每万人有效发明专利拥有量同比增长35.6%，有效发明专利拥有量同比增长20%。\n", languages="[zh]"))
    assert got == {("patents.valid.invention.per_10k.yoy_pct", "35.6"), ("patents.valid.invention.yoy_pct", "20")}


def test_a_coarser_print_of_the_same_figure_gives_way_and_keeps_what_follows(run):
    got = mapped(run("我区每万人口发明专利拥有量11.1件，排名全国第9位。截至2023年底，全区每万人口发明专利拥有11.112件，"
                     "同比增长12.81%。\n", languages="[zh]"))
    assert {("patents.valid.invention.per_10k", "11.112"), ("patents.valid.invention.per_10k.yoy_pct", "12.81"),
            ("patents.valid.invention.per_10k.rank_national", "9")} <= got
    assert ("patents.valid.invention.per_10k", "11.1") not in got


def test_small_form_stops_of_traditional_script_pages_end_clauses(run):
    got = mapped(run("2023年，全區共查處侵犯奧林匹克標志專有權案件93件﹔查處商標侵權假冒案件302件﹔查處假冒專利案件20件。\n",
                     languages="[zh]"))
    assert got == {("enforcement.cases.trademark", "302"), ("enforcement.cases.patent_counterfeiting", "20")}


def test_verbs_and_nouns_that_stand_for_each_other_in_terms(run):
    got = mapped(run("2023年，全区1781家市场主体获准使用地理标志专用标志。\n", languages="[zh]"))
    assert got == {("gi.authorized_users", "1781")}
    got = mapped(run("2023年，全区地理标志专用标志使用经营主体达到350家，地理标志产品年直接产值达280亿元。\n", languages="[zh]"))
    assert got == {("gi.authorized_users", "350"), ("gi.output_value", "28000000000")}


def test_english_pledge_registrations_and_one_banks_figure(run):
    got = mapped(run("In the first half of this year, the city documented 101 IP pledge financing registrations. Branch "
                     "manager Yang Lin said that the bank has completed nearly 23 million yuan in IP pledge financing.\n",
                     languages="[en]"), "en")
    assert got == {("finance.pledge.projects", "101")}
    got = mapped(run("In the first quarter, the district had 23 cases of intellectual property pledge financing.\n",
                     languages="[en]"), "en")
    assert got == {("finance.pledge.projects", "23")}


def test_the_first_instance_is_its_own_figure_and_both_are_all(run):
    got = mapped(run("2021年全省法院共新收一审各类知识产权案件9124件，审结7731件；调解撤诉结案同比增长90.98%。\n", languages="[zh]"))
    assert got == {("courts.cases.first_instance.accepted", "9124"), ("courts.cases.first_instance.concluded", "7731")}
    got = mapped(run("2018年全区法院共受理一、二审知识产权案件10435件，同比增长67.01%。\n", languages="[zh]"))
    assert got == {("courts.cases.accepted", "10435"), ("courts.cases.accepted.yoy_pct", "67.01")}
    got = mapped(run("Courts of the region accepted 19,983 IP-related first instance cases and settled 19,908. The courts "
                     "accepted 5,000 civil cases.\n", languages="[en]"), "en")
    assert got == {("courts.cases.first_instance.accepted", "19983"), ("courts.cases.first_instance.concluded", "19908"),
                   ("courts.civil_cases.accepted", "5000")}      # (one kind alone, all instances: that kind's figure)


def test_a_list_over_as_many_years_as_it_has_numbers_is_one_a_year(run):
    got = dated(run("近三年来，该区检察机关办理起诉的侵犯知识产权犯罪人数分别为989人、1099人、1248人。"
                    "2020年至2022年，全区专利授权量分别为1000件、1200件和1500件。\n", languages="[zh]",
                    meta="    period: '2022'\n"))
    assert {("procuratorates.prosecutions.persons", "989", "2020"), ("procuratorates.prosecutions.persons", "1248", "2022"),
            ("patents.granted", "1000", "2020"), ("patents.granted", "1200", "2021"), ("patents.granted", "1500", "2022")} <= got
    # a list of terms over those years is no list of years
    got = dated(run("近三年来，全区专利授权量、商标注册量、作品登记量分别为5万件、6万件、7万件。\n", languages="[zh]",
                    meta="    period: '2022'\n"))
    assert not any(p in ("2020", "2021") for _, _, p in got)


def test_the_polices_wordings_of_crime_cases(run):
    got = mapped(run("2023年，全区公安机关共侦办侵犯知识产权和制售伪劣商品案件713起，抓获犯罪嫌疑人897人；"
                     "查处侵犯知识产权犯罪刑事案件107起。\n", languages="[zh]"))
    assert {("police.cases.investigated", "713"), ("police.suspects", "897")} <= got


def test_english_owners_after_the_noun_of_a_figure(run):
    got = mapped(run("In 2023, 300 patent applications were filed by individuals, and the region's software copyright "
                     "registrations reached 20,000.\n", languages="[en]"), "en")
    assert got == {("patents.applications.individual", "300"), ("copyright.registrations.software", "20000")}
    got = mapped(run("In 2023, the region received 12,000 patent applications from small and medium-sized enterprises and "
                     "granted 2,000 utility model patents to enterprises.\n", languages="[en]"), "en")
    assert got == set()


def test_one_rights_crimes_are_a_part_of_the_procurators_and_polices_figures(run):
    got = mapped(run("2023年，全区检察机关起诉侵犯商标权犯罪案件120件；全区法院受理涉外知识产权案件300件。"
                     "全区公安机关共破获侵犯知识产权犯罪案件500起，其中侵犯商标权犯罪案件300起，抓获犯罪嫌疑人800人。\n",
                     languages="[zh]"))
    assert got == {("police.cases", "500"), ("police.suspects", "800")}


def test_a_figure_among_another_topics_things_is_theirs(run):
    got = mapped(run("全区地理标志商标中，集体商标120件、驰名商标3件。全区有效注册商标中，驰名商标60件。\n", languages="[zh]"))
    assert got == {("gi.trademarks.collective", "120"), ("trademarks.well_known", "60")}
    got = mapped(run("截至2023年底，全区地理标志商标总数达到45件，其中证明商标40件。\n", languages="[zh]"))
    assert got == {("gi.trademarks", "45"), ("gi.trademarks.certification", "40")}


def test_a_noun_of_other_things_next_to_a_term_makes_the_figure_theirs(run):
    # zones, stations, applicants: the term says which of them, the figure counts them
    got = mapped(run("2023年，全区建成3个地理标志产品保护示范区，地理标志产品保护示范区共5个；全区商标注册申请人数1.2万个，"
                     "共有8000个专利申请人；全区有效注册商标30万件。全区公安机关抓获犯罪嫌疑人800人。\n", languages="[zh]"))
    assert got == {("trademarks.valid", "300000"), ("police.suspects", "800")}
    # filings for things held: no stock of them
    got = mapped(run("2023年，全区集体商标注册申请25件，驰名商标认定申请3件，有效注册商标5万件。\n", languages="[zh]"))
    assert got == {("trademarks.valid", "50000")}
    got = mapped(run("In 2023, 1,200 enterprises in the region were granted invention patents. The number of trademark "
                     "applicants reached 12,000. The region has built 3 geographical indication product protection "
                     "demonstration zones. Four companies were named national IP demonstration enterprises, and the region "
                     "granted 9,000 invention patents.\n", languages="[en]"), "en")
    assert got == {("general.ip_demonstration_enterprises.new", "4"), ("patents.granted.invention", "9000")}
    # a word of agriculture before a term: its part (涉农驰名商标)
    got = mapped(run("截至2023年底，全区共有涉农驰名商标35件，驰名商标共60件。\n", languages="[zh]"))
    assert got == {("trademarks.well_known", "60")}


def test_ranks_of_the_genres_counts_among_provinces_or_a_provinces_areas(text_runner):
    city = text_runner("341500")
    got = mapped(city("2023年，全市专利申请量1.2万件，居全省第二位，全国第50位；发明专利授权量3000件，同比增长15%，增速居全省第3。"
                      "商标注册申请量2万件，排名全省第一。全市专利质押18项、金额1.2亿元；商标质押贷款共计授信额3.5亿元。\n",
                      languages="[zh]"))
    assert got == {("patents.applications", "12000.0"), ("patents.applications.rank_province", "2"),
                   ("patents.granted.invention", "3000"), ("patents.granted.invention.yoy_pct", "15"),
                   ("patents.granted.invention.yoy_pct.rank_province", "3"),     # (增速: the change's rank)
                   ("trademarks.applications", "20000"), ("trademarks.applications.rank_province", "1"),
                   ("finance.pledge.patent.projects", "18"), ("finance.pledge.patent.amount", "120000000.0")}
    province = text_runner("340000")
    got = mapped(province("2023年，全省有效发明专利5万件，居中部第一，全国第8位。全省专利申请、授权量分别达7万件、4万件，分居全国第13位、"
                          "10位。全省注册地理标志商标90件，批准地理标志产品12个，总量位居全国首位。全省44件地理标志产品产值在1亿元以上。\n",
                          languages="[zh]"))
    assert got == {("patents.valid.invention", "50000"), ("patents.valid.invention.rank_national", "8"),
                   ("patents.applications", "70000"), ("patents.granted", "40000"), ("gi.trademarks", "90"),
                   ("gi.products", "12"), ("patents.applications.rank_national", "13"), ("patents.granted.rank_national", "10")}


def test_a_list_of_places_is_paired_with_its_list_of_statements_in_order(text_runner):
    province = text_runner("320000")
    got = mapped(province("1-6月全省专利申请、授权量分别为175870件、103346件，同比分别增长8.27%、27.82%，分别位居全国第一、第二。\n",
                          languages="[zh]", meta="    period: 2015-01/2015-06\n"))
    assert got == {("patents.applications", "175870"), ("patents.granted", "103346"), ("patents.applications.yoy_pct", "8.27"),
                   ("patents.granted.yoy_pct", "27.82"), ("patents.applications.rank_national", "1"),
                   ("patents.granted.rank_national", "2")}


def test_a_rank_among_provinces_without_the_municipalities_is_no_national_rank(text_runner):
    province = text_runner("330000")
    got = mapped(province("2018年，全省每万人口发明专利拥有量达到23.6件，居全国各省(区)第二位；高价值发明专利3万件，连续8年在全国"
                          "排名省区第一。全省有效发明专利5万件，居全国31个省区市第六位。\n", languages="[zh]"))
    assert got == {("patents.valid.invention.per_10k", "23.6"), ("patents.valid.high_value_invention", "30000"),
                   ("patents.valid.invention", "50000"), ("patents.valid.invention.rank_national", "6")}


def test_a_rank_after_a_semicolon_with_a_subject_of_its_own_is_not_the_statement_befores(text_runner):
    province = text_runner("320000")
    got = mapped(province("2023年，全省有效发明专利5万件；新增试点示范数量、示范企业数量居全国首位。全省有效注册商标3万件，"
                          "同比增长5%；位居全国第六。\n", languages="[zh]"))
    assert got == {("patents.valid.invention", "50000"), ("trademarks.valid", "30000"), ("trademarks.valid.yoy_pct", "5"),
                   ("trademarks.valid.rank_national", "6")}


def test_a_bare_value_noun_after_a_gi_statement_is_the_gis_output_value(run):
    got = mapped(run("2023年，全区地理标志专用标志使用市场主体1255家，总产值402.51亿元。\n", languages="[zh]"))
    assert got == {("gi.authorized_users", "1255"), ("gi.output_value", "40251000000.00")}
    got = mapped(run("2023年，全区地理标志年度产值321.23亿元，带动旅游业产值36.96亿元。\n", languages="[zh]"))
    assert got == {("gi.output_value", "32123000000.00")}


def test_what_happened_to_the_things_a_figure_counts_said_after_their_term(run):
    got = mapped(run("2023年，“甲乙茶”等4件地理标志证明商标由国家知识产权局核准注册，“丙丁米”等2件地理标志产品入选中欧互认名录，"
                     "3件地理标志商标荣获博览会金奖。截至2023年底，全区拥有地理标志证明商标15件，地理标志产品20个。\n",
                     languages="[zh]"))
    assert got == {("gi.trademarks.certification", "15"), ("gi.products", "20"), ("gi.trademarks.certification.new", "4")}
    got = mapped(run("2023年，全区3件地理标志商标获准注册，5件发明专利获得授权。\n", languages="[zh]"))
    assert got == {("gi.trademarks.new", "3"), ("patents.granted.invention", "5")}


def test_a_new_before_another_figure_is_not_the_next_terms(run):
    got = dated(run("截至2023年底，全区拥有著名商标10件，新增4件，地理标志商标2件；全年新增3件集体商标。\n", languages="[zh]"))
    assert got == {("gi.trademarks", "2", "2023-12-31"), ("trademarks.famous_provincial", "10", "2023-12-31"),
                   ("trademarks.famous_provincial.new", "4", "2023")}      # (新增4件: the famous marks' own additions)


def test_english_ranks_in_ordinal_words_and_owners_qualified_before_them(run):
    got = mapped(run("In 2023, the region filed 1,200 PCT international patent applications, ranking fifth in the country. "
                     "High-tech enterprises owned 45,000 valid invention patents.\n", languages="[en]"), "en")
    assert got == {("patents.pct.applications", "1200"), ("patents.pct.applications.rank_national", "5")}


def test_a_kinds_share_of_its_familys_total(text_runner):
    city = text_runner("330100")
    got = mapped(city("2023年，全市专利授权量1.5万件，其中发明专利3200件，占比21.3%。全市发明专利申请8000件，占全市专利申请量的40%。"
                      "余杭区发明专利申请800件，占全市专利申请量的4%。\n", languages="[zh]"))
    assert got == {("patents.granted", "15000.0"), ("patents.granted.invention", "3200"),
                   ("patents.granted.invention.share_granted_pct", "21.3"), ("patents.applications.invention", "8000"),
                   ("patents.applications.invention.share_applications_pct", "40"), ("patents.applications.invention", "800")}
    # the figures make it a share of another level stated: the invention filings, not all grants
    got = mapped(city("2017年，全市专利申请量和授权量分别为15205件和9065件，其中发明专利申请量和授权量分别达到4558件和1404件，"
                      "授权发明专利占比达30.8%。\n", languages="[zh]"))
    assert not any(i.endswith("_pct") for i, _ in got)
    got = mapped(city("In 2023, the city granted 15,000 patents, including 3,200 invention patents, accounting for 21.3% of the "
                      "total.\n", languages="[en]"), "en")
    assert ("patents.granted.invention.share_granted_pct", "21.3") in got


def test_the_enterprises_filings_and_their_share_of_the_whole(text_runner):
    city = text_runner("430100")
    got = dated(city("2018年，全市企业专利授权量13586件，同比增长39.7%，占全市专利授权量的64.1%。全市企业专利申请量6304件，"
                     "同比增长21.67%，占比51.7%。前三季度，全市企业专利申请和授权量同比增长92.1%、50.5%。\n", languages="[zh]"))
    assert got == {("patents.granted.enterprise", "13586", "2018"), ("patents.granted.enterprise.yoy_pct", "39.7", "2018"),
                   ("patents.granted.enterprise.share_pct", "64.1", "2018"), ("patents.applications.enterprise", "6304", "2018"),
                   ("patents.applications.enterprise.yoy_pct", "21.67", "2018"),
                   ("patents.applications.enterprise.share_pct", "51.7", "2018"),
                   ("patents.applications.enterprise.yoy_pct", "92.1", "2023-01/2023-09"),
                   ("patents.granted.enterprise.yoy_pct", "50.5", "2023-01/2023-09")}
    got = mapped(city("At the moment, 9 out of 10 patent applications come from enterprises. The city received 3,000 patent "
                      "applications.\n", languages="[en]"), "en")
    assert got == {("patents.applications", "3000")}


def test_new_gi_certification_marks_a_courts_closure_rate_and_a_total_of_its_own_subject(text_runner):
    province = text_runner("130000")
    got = dated(province("2022年，全省新增地理标志证明商标39件，地理标志累计达367件。全省法院受理知识产权案件800件，审结760件，"
                         "结案率95%。\n", languages="[zh]"))
    assert got == {("gi.trademarks.certification.new", "39", "2022"), ("courts.cases.accepted", "800", "2022"),
                   ("courts.cases.concluded", "760", "2022"), ("courts.cases.closure_rate_pct", "95", "2022")}
    got = mapped(province("2024年，两级法院共办结知识产权案件710件，正常审限内结案率100%。\n", languages="[zh]"))
    assert got == {("courts.cases.concluded", "710")}     # the rate within the trial time limit is another


def test_a_court_kind_inside_the_verbs_term_and_its_changes(run):
    res = run("2023年，全区法院新收各类知识产权案件1468件。其中，新收知识产权民事案件1434件、同比上升75%，"
              "审结民事案件1191件、同比上升47%。\n", languages="[zh]")
    assert {("courts.cases.accepted", "1468"), ("courts.civil_cases.accepted", "1434"),
            ("courts.civil_cases.accepted.yoy_pct", "75"), ("courts.civil_cases.concluded", "1191"),
            ("courts.civil_cases.concluded.yoy_pct", "47")} <= mapped(res)


def test_a_count_word_after_a_term_is_that_terms_count(run):
    # 数量 after 破获…案件 counts those cases (数量 alone is also a customs term: not here)
    res = run("2023年全区公安机关共破获侵权假冒犯罪案件数量同比上升39.37%，涉案价值7.19亿元。\n", languages="[zh]")
    assert ("police.cases.yoy_pct", "39.37") in mapped(res)


def test_court_kinds_listed_as_parts_with_no_verb(run):
    res = run("2023年，全区法院共受理知识产权案件30000件，其中民事案件28792件，刑事案件542件，行政案件66件。"
              "全年审结知识产权案件29000件，其中民事一审案件20000件。\n", languages="[zh]")
    got = mapped(res)
    assert {("courts.civil_cases.accepted", "28792"), ("courts.criminal_cases.accepted", "542"),
            ("courts.administrative_cases.accepted", "66"), ("courts.cases.concluded", "29000")} <= got
    assert not [m for m in got if m[1] == "20000"]          # one instance's cases: a part the catalog lacks
    res = run("2023年全区法院共受理各类知识产权案件972件，其中民事案件925件，审结792件；刑事案件44件，审结33件。\n",
              languages="[zh]")
    got = mapped(res)          # 刑事案件44件 after 审结792件: of the accepted (the all-kinds figure), not concluded
    assert {("courts.criminal_cases.accepted", "44"), ("courts.criminal_cases.concluded", "33"),
            ("courts.civil_cases.concluded", "792")} <= got


def test_a_whole_of_one_level_after_a_place_of_that_level_is_that_place(text_runner):
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in text_runner("340200")(
        "今年一季度，全市授权发明专利822件。从县区来看，鸠江区成绩突出，全区共申请专利940件，居全省县区第3位，全市县区第1位，"
        "同比增长96.7%；其中发明专利申请490件。全区授权专利794件。\n", languages="[zh]").facts if f.indicator_id}
    assert {("patents.granted.invention", "340200", "822"), ("patents.applications", "340207", "940"),
            ("patents.applications.rank_province", "340207", "3"), ("patents.applications.yoy_pct", "340207", "96.7"),
            ("patents.applications.invention", "340207", "490"), ("patents.granted", "340207", "794")} <= got
    assert not any(r == "340200" and v in ("940", "490", "794") for _, r, v in got)


def test_the_world_and_the_country_named_in_a_districts_page_are_no_figures_of_it(text_runner):
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in text_runner("340104")(
        "根据世界知识产权组织的数据，2019年全球商标申请量达到1240万件。根据国家知识产权局的数据，2023年度全国商标申请总量为"
        "9116454件，注册总量为5576545件。截至2024年3月，该区商标有效注册量达到68461件。\n", languages="[zh]").facts if f.indicator_id}
    assert not any(v in ("12400000", "9116454", "5576545") for _, _, v in got)
    assert ("trademarks.valid", "340104", "68461") in got
    # the country named in an aside with no figure of its own leaves the figures after it the region's
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in text_runner("150600")(
        "2023年1-4月份，全市实用新型专利授权1068件，同比减少18.09%（从2023年开始，我国在实用新型审查中引入明显创造性审查）；"
        "外观设计专利授权102件，同比增长64.52%。\n", languages="[zh]").facts if f.indicator_id}
    assert ("patents.granted.design", "150600", "102") in got
