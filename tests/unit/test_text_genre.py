"""Wordings of the genre beyond the seeds, on inline snippets written for these tests: the verb
before its object, totals, acronyms in brackets, a headline's spaces, lists of kinds, and
`respectively` for levels."""
import pytest


from factsets import dated, mapped


@pytest.fixture
def run(text_runner):
    return text_runner("500000")


def test_the_verb_before_its_object_and_totals(run):
    res = run("2023年，全市授权专利5.41万件，专利申请总量为9.03万件。\n", languages="[zh]")
    assert ("patents.granted", "54100.00") in mapped(res)
    assert ("patents.applications", "90300.00") in mapped(res)


def test_a_latin_acronym_in_brackets_is_part_of_the_name(run):
    res = run("国际专利(PCT)申请528件,同比增长17.07%。\n", languages="[zh]")
    assert {("patents.pct.applications", "528"), ("patents.pct.applications.yoy_pct", "17.07")} <= mapped(res)


def test_a_headline_space_after_a_quantity_ends_the_clause(run):
    res = run("全年授权专利5.41万件 每万人口发明专利拥有量达19.98件\n", languages="[zh]")
    got = mapped(res)
    assert ("patents.granted", "54100.00") in got
    assert ("patents.valid.invention.per_10k", "19.98") in got
    assert ("patents.valid.invention.per_10k", "54100.00") not in got


def test_a_list_of_kinds_is_the_kinds_of_the_statement_before(run):
    res = run("全年授权专利5.41万件,其中发明专利1.36万件、实用新型专利3.41万件、外观设计0.64万件。\n", languages="[zh]")
    assert {("patents.granted.invention", "13600.00"), ("patents.granted.utility_model", "34100.00"),
            ("patents.granted.design", "6400.00")} <= mapped(res)
    res = run("全市专利授权量27138件,同比下降0.53%。其中发明专利4967件,同比下降0.14%。\n", languages="[zh]")
    assert {("patents.granted.invention", "4967"), ("patents.granted.invention.yoy_pct", "-0.14")} <= mapped(res)


def test_respectively_gives_the_nth_number_to_the_nth_kind(run):
    res = run("In 2023, Chongqing granted 54,100 patents. The numbers of utility model patents and design patents "
              "granted were 34,100 and 6,400, respectively. Of the patents granted, 13,600 were invention patents.\n",
              languages="[en]")
    got = mapped(res, "en")
    assert {("patents.granted.utility_model", "34100"), ("patents.granted.design", "6400"),
            ("patents.granted.invention", "13600")} <= got
    assert ("patents.granted.design", "34100") not in got


def test_a_clause_opening_with_a_head_carries_the_subject(run):
    res = run("2019年,专利申请量达到144010件,授权量达到86247件。全省专利申请受理180399件,其中发明专利申请35161件。\n",
              languages="[zh]")
    got = mapped(res)
    assert {("patents.applications", "144010"), ("patents.granted", "86247")} <= got


def test_new_registrations_are_the_additions_of_a_stock(run):
    res = run("全省新注册地理标志商标64件,累计有效地理标志商标达561件;作品登记数量达163786件,同比增长46.3%。\n",
              languages="[zh]")
    got = mapped(res)
    assert {("gi.trademarks.new", "64"), ("gi.trademarks", "561"), ("copyright.registrations", "163786")} <= got


def test_a_sentence_about_a_subset_unit_is_not_the_region_total(run):
    res = run("截至2022年底,省级高价值专利培育示范中心达99个,累计产出发明专利申请10000余件、授权6200余件。\n",
              languages="[zh]")
    assert not any(f.indicator_id.startswith("patents.") for f in res.facts)


def test_one_named_office_is_not_its_region(text_runner):
    run = text_runner("320100")
    res = run("金陵海关立足属地型海关知识产权案件特点,深入开展专项执法行动。全年办理知识产权案件80起,涉及邮件1074批次。\n"
              "南京海关全年扣留侵权货物3525批次。\n", languages="[zh]")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in res.facts if f.indicator_id}
    assert not any(v in ("80", "1074") for _, _, v in got)           # the office's work, not Nanjing's
    assert ("customs.batches", "320000", "3525") in got               # 南京海关: the customs district of Jiangsu


def test_a_joint_total_of_several_authorities_takes_no_single_authority_indicator(text_runner):
    run = text_runner("320100")
    res = run("2022年,全市共计立案查处侵权假冒案件2000余件,罚没款3000余万元,抓获犯罪嫌疑人329人。\n"
              "市市场监管局全年查处知识产权违法案件1200件。\n", languages="[zh]")
    got = {(f.indicator_id, str(f.value)) for f in res.facts if f.indicator_id}
    assert not any(v == "2000" for _, v in got)
    assert ("enforcement.cases", "1200") in got


def test_english_kinds_after_among_which_and_ratios_per_each_10000(run):
    res = run("Wuhan reported a total of 93,950 patent applications in 2020, a year-on-year growth of 21.86%, among "
              "which 34,635 were invention patents, a year-on-year growth of 4.32%; total number of patents granted "
              "was 58,923, among which 14,667 were invention patents. The number of valid invention patents owned by "
              "each 10,000 heads of population stood at 51.87.\n", languages="[en]")
    got = mapped(res, "en")
    assert {("patents.applications.invention", "34635"), ("patents.applications.invention.yoy_pct", "4.32"),
            ("patents.granted.invention", "14667"), ("patents.valid.invention.per_10k", "51.87")} <= got
    assert not any(v == "10000" for _, v in got)


def test_as_of_a_month_with_a_two_digit_year(run):
    res = run("截至24年6月,全市每万人口高价值发明专利拥有量达1.29件。\n", languages="[zh]")
    (f,) = [f for f in res.facts if f.indicator_id]
    assert (f.indicator_id, f.period) == ("patents.valid.high_value_invention.per_10k", "2024-06-30")


def test_a_family_verb_before_a_kind_names_both(run):
    res = run("截至2019年底,全市共拥有发明专利15135件,占全省总量34.56%。\n", languages="[zh]")
    assert {("patents.valid.invention", "15135"), ("patents.valid.invention.share_province_pct", "34.56")} <= mapped(res)


def test_a_web_copy_in_traditional_characters_reads_as_simplified(run):
    res = run("2024年,湖北省有效註冊商標量126.82萬件,地理標誌商標540件,國際專(zhuān)利(PCT)申請528件。\n",
              languages="[zh]")
    got = {(f.indicator_id, str(f.value)): f for f in res.facts if f.indicator_id}
    assert {("trademarks.valid", "1268200.00"), ("gi.trademarks", "540"), ("patents.pct.applications", "528")} <= set(got)
    f = got[("trademarks.valid", "1268200.00")]
    assert f.text == "126.82萬件"                 # quotes stay as printed


def test_a_simplified_text_is_left_alone(run):
    from build_scripts.parse.numbers import simplified
    text = "乾县发明专利授权量120件，著作权登记5件"
    assert simplified(text) == text


def test_goals_and_work_under_way_are_no_statistics(run):
    res = run("截至2022年底,全市有效商标注册量45.68万件。力争到2023年底有效商标注册量突破50万件。"
              "目前正在申报地理标志保护产品1件。2020年福建每万人口发明专利拥有12.775件\n", languages="[zh]")
    got = mapped(res)
    assert ("trademarks.valid", "456800.00") in got
    assert not any(v in ("500000", "1") for _, v in got)
    assert ("patents.valid.invention.per_10k", "12.775") in got


def test_a_count_change_is_the_change_and_a_change_since_the_year_end_no_yoy(run):
    res = run("截至10月底,全市有效发明专利42673件,比去年底增长4710件,比去年底增幅12.41%。"
              "全省有效商标注册量268.5万件,比上一年度增长287670件。\n", languages="[zh]")
    got = mapped(res)
    assert ("trademarks.valid.change", "287670") in got
    assert not any(i.endswith(".yoy_pct") for i, _ in got)


def test_agreement_looks_at_every_english_sentence_of_the_section(text_runner):
    run = text_runner("440000")
    res = run("一、知识产权保护\n2022年，全省累计建成13家国家级知识产权保护中心。\n"
              "I. IP protection\nGuangdong has built a network of centres. By the end of 2022, the province had 13 "
              "national IP protection centers.\n", region="440000", languages="[zh, en]")
    (o,) = [o for o in res.observations if o.indicator_id == "public_services.protection_centers"]
    assert o.agreement == "agree" and "13" in o.quote_en


def test_kinds_listed_before_respectively_take_the_family_of_the_sentence_before(run):
    res = run("全市专利申请量30000件,同比增长10.0%。其中:发明专利、实用新型专利、外观设计专利分别为5000件、"
              "20000件、5000件,较上年同期分别增长1.50%、2.50%、3.00%。\n", languages="[zh]")
    got = mapped(res)
    assert {("patents.applications.invention", "5000"), ("patents.applications.utility_model", "20000"),
            ("patents.applications.design", "5000"), ("patents.applications.invention.yoy_pct", "1.50"),
            ("patents.applications.utility_model.yoy_pct", "2.50")} <= got


def test_kinds_in_the_next_paragraph_qualify_the_last_statement(run):
    res = run("上半年,全市专利授权量8000件,同比增长12.0%。\n\n从专利类型看,发明专利900件,同比增长20.0%;"
              "实用新型6000件;外观设计1100件。\n", languages="[zh]")
    assert {("patents.granted.invention", "900"), ("patents.granted.invention.yoy_pct", "20.0"),
            ("patents.granted.utility_model", "6000"), ("patents.granted.design", "1100")} <= mapped(res)
    # after a statement of no family of kinds, a kind names nothing
    res = run("全市商标注册量8000件。\n\n发明专利900件。\n", languages="[zh]")
    assert not [k for k in mapped(res) if k[1] == "900"]


def test_a_count_of_places_is_no_count_of_what_follows(run):
    res = run("2023年,全市9个区县授权专利12000件,同比增长5.0%。\n", languages="[zh]")
    got = mapped(res)
    assert ("patents.granted", "12000") in got and ("patents.granted", "9") not in got


def test_a_date_before_a_news_item_is_no_figure(run):
    res = run("Sept. 30 -- In the first half of 2023, the number of patent applications in the city was 5,812.\n",
              languages="[en]")
    got = mapped(res, "en")
    assert ("patents.applications", "5812") in got and not [k for k in got if k[1] == "30"]


def test_two_heads_and_two_numbers_joined_by_he(run):
    res = run("专利受理量和授权量分别为43000件和13000件,同比增长35.00%和40.00%。\n", languages="[zh]")
    assert {("patents.applications", "43000"), ("patents.granted", "13000"),
            ("patents.applications.yoy_pct", "35.00"), ("patents.granted.yoy_pct", "40.00")} <= mapped(res)


def test_english_enforcement_verbs_share_their_cases(run):
    res = run("Police in the city investigated nearly 300 IP infringement cases and settled more than 200, "
              "while local courts heard 500 IP cases and concluded 450.\n", languages="[en]")
    assert {("police.cases.investigated", "300"), ("police.cases", "200"), ("courts.cases.accepted", "500"),
            ("courts.cases.concluded", "450")} <= mapped(res, "en")


def test_one_number_after_two_joined_terms_is_their_joint_total(run):
    # GI certification and collective marks together are the catalog's GI marks (its definition: 含证明商标、集体商标);
    # two joined terms the catalog has no whole of name neither
    res = run("全市地理标志证明商标、集体商标120件。全市集体商标80件。全市驰名商标、马德里商标30件。\n", languages="[zh]")
    got = mapped(res)
    assert ("gi.trademarks", "120") in got and ("trademarks.collective", "80") in got
    assert not [k for k in got if k[1] == "30"]


def test_english_passive_and_applied_wordings(run):
    res = run("A total of 55,069 patents were authorized in the city in 2021. "
              "As of 2018, the city had applied 27,034 patents, a year-on-year increase of 32.2 percent.\n",
              languages="[en]")
    got = mapped(res, "en")
    assert {("patents.granted", "55069"), ("patents.applications", "27034")} <= got


def test_a_name_shared_with_the_report_region_is_that_region(run):
    res = run("As of 2018, Jilin had applied 27,034 patents, a year-on-year increase of 32.2 percent.\n",
              region="220000", languages="[en]")
    assert {f.region_code for f in res.facts if f.indicator_id} == {"220000"}


def test_a_share_of_the_named_province_is_a_share_of_the_province(run):
    res = run("2021年,昆明市专利授权26023件,占云南省专利授权量的63%。截至2021年底,昆明市有效注册商标263467件,"
              "占云南省有效注册商标的49%。\n", region="530100", languages="[zh]")
    got = mapped(res)
    assert {("patents.granted.share_province_pct", "63"), ("trademarks.valid.share_province_pct", "49")} <= got


def test_a_term_whose_clause_states_no_number_names_the_next_clause(run):
    res = run("2023年,本市专利申请量再创新高,共31250件,同比增长12.5%。全市知识产权密集型行业专利授权量最多,达6300件。\n",
              languages="[zh]")
    got = mapped(res)
    assert {("patents.applications", "31250"), ("patents.applications.yoy_pct", "12.5")} <= got
    assert not [k for k in got if k[1] == "6300"]      # an industry's figure, not the region's


def test_a_region_named_only_as_what_a_figure_is_compared_with(run):
    res = run("2023年,朝阳区专利授权量21000件,占北京市18.5%;有效发明专利拥有量45000件,超过全市平均水平,"
              "其中发明专利授权量5200件。\n", region="110105", languages="[zh]")
    assert {f.region_code for f in res.facts if f.indicator_id} == {"110105"}
    assert ("patents.granted.share_province_pct", "18.5") in mapped(res)


def test_a_whole_in_brackets_is_the_named_regions_figure(run):
    res = run("2023年,包头市专利申请量为410件,占自治区专利申请量(1350件)的30.4%。\n", region="150200", languages="[zh]")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("patents.applications", "150200", "410"), ("patents.applications", "150000", "1350")} <= got


def test_a_list_of_shares_after_fenbie_is_the_listed_statements_shares(run):
    res = run("2023年,本市专利申请达到21000件、专利授权10000件,分别占全省的40.10%、42.20%。\n", region="210100",
              languages="[zh]")
    assert {("patents.applications.share_province_pct", "40.10"),
            ("patents.granted.share_province_pct", "42.20")} <= mapped(res)


def test_owners_before_a_term_name_its_owner_variant_or_a_part(run):
    res = run("2023年,朝阳区企业全年获得专利授权12000件,高校全年获得专利授权3000件;"
              "高新技术企业有效发明专利拥有量9000件。\n", region="110105", languages="[zh]")
    got = mapped(res)
    assert {("patents.granted.enterprise", "12000"), ("patents.granted.university", "3000")} <= got
    assert not [k for k in got if k[1] == "9000"]          # (qualified owners: a part the catalog does not name)


def test_terms_listed_before_fenbie_take_the_numbers_in_order(run):
    res = run("截至2023年底,全市马德里国际注册商标、驰名商标分别达1500件、120件。\n", languages="[zh]")
    assert {("trademarks.madrid.valid", "1500"), ("trademarks.well_known", "120")} <= mapped(res)


def test_a_session_ordinal_between_the_number_and_the_award(run):
    res = run("2023年,全市有7个项目获第二十四届中国专利奖。\n", languages="[zh]")
    assert ("patents.china_patent_award.awards", "7") in mapped(res)


def test_a_change_since_last_year_end_of_a_year_end_stock_is_a_yearly_change(run):
    res = run("截至2023年底,全市每万人口发明专利拥有量21.5件,比上年末增加3.1件。\n", languages="[zh]")
    assert ("patents.valid.invention.per_10k.change", "3.1") in mapped(res)
    res = run("截至2023年6月底,全市每万人口发明专利拥有量21.5件,比上年末增加3.1件。\n", languages="[zh]")
    assert not [k for k in mapped(res) if k[1] == "3.1"]


def test_new_before_the_term_makes_the_new_twin(run):
    res = run("2023年,全市新增使用地理标志专用标志企业14家。\n", languages="[zh]")
    assert ("gi.authorized_users.new", "14") in mapped(res)


def test_a_bare_number_a_copula_states_is_a_figure(run):
    res = run("2023年底,全市有效发明专利拥有量达30500,占全省总数的41.2%。二期工程编号358。\n", region="410100",
              languages="[zh]")
    got = mapped(res)
    assert {("patents.valid.invention", "30500"), ("patents.valid.invention.share_province_pct", "41.2")} <= got
    assert not [f for f in res.facts if str(f.value) == "358"]      # no copula: a label, no figure


def test_a_year_that_starts_a_run_is_not_the_period(run):
    res = run("全市专利授权量自2011年起连续12年居全省首位;目前发明专利拥有量达2.1万件。\n", languages="[zh]")
    assert {f.period for f in res.facts if f.indicator_id == "patents.valid.invention"} == {"2023-12-31"}


def test_an_abbreviated_province_whole_is_the_province(run):
    res = run("2023年,全市专利申请总量2900件,占全疆专利申请总量45.1%。\n", region="650100", languages="[zh]")
    assert ("patents.applications.share_province_pct", "45.1") in mapped(res)


def test_a_change_after_its_own_term_is_that_terms_change(run):
    res = run("2023年,全市专利申请量同比增长31.5%,专利授权量同比增长18.2%,发明专利授权量1200件,占专利授权量的9.5%。\n",
              languages="[zh]")
    got = mapped(res)
    assert {("patents.applications.yoy_pct", "31.5"), ("patents.granted.yoy_pct", "18.2")} <= got
    assert ("patents.granted.yoy_pct", "31.5") not in got


def test_toneless_pinyin_after_characters_is_debris(run):
    res = run("截至2023年底,全省有效發(fa)明(ming)(ming)專(zhuan)(zhuan)利(li)1.5萬件(jian)。\n", languages="[zh]")
    assert ("patents.valid.invention", "15000.0") in mapped(res) or ("patents.valid.invention", "15000") in mapped(res)


def test_a_compared_year_gives_way_to_the_sentences_own_year(run):
    res = run("2019年,全省申请发明专利93000件,较2012年增长3.5倍,居全国第5位;获授权发明专利12400件,较2012年增长3.1倍;"
              "每万人口发明专利拥有量达到7.7件,较2012年增长4.9倍,居全国第9位。\n", region="340000", languages="[zh]")
    got = {(f.indicator_id, f.period) for f in res.facts if f.indicator_id}
    assert {("patents.granted.invention", "2019"), ("patents.valid.invention.per_10k", "2019-12-31"),
            ("patents.valid.invention.per_10k.rank_national", "2019-12-31")} <= got


def test_a_round_mark_passed_gives_way_to_the_exact_figure(run):
    res = run("截至2023年3月底,全市有效发明专利量突破12万件,达到123456件,同比增长25.2%。\n", languages="[zh]")
    got = mapped(res)
    assert {("patents.valid.invention", "123456"), ("patents.valid.invention.yoy_pct", "25.2")} <= got
    assert not [k for k in got if k[1] in ("120000", "1.2E+5")]


def test_a_mark_passed_is_more_than_its_number(run):
    res = run("2023年,全市专利申请量首次突破1万件,持续多年位居全省首位。\n", languages="[zh]")
    assert {f.qualifier for f in res.facts if f.value == 10000} == {"more_than"}


def test_places_with_their_figures_in_brackets_take_the_statement(run):
    res = run("截至2023年12月底,全省每万人口发明专利拥有量为18.65件,高于平均水平的有3个市,分别为青岛(58.99)、"
              "济南(48.92)、东营(26.36)。重点企业中华为(1234)、中兴(567)。\n", region="370000", languages="[zh]")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("patents.valid.invention.per_10k", "370200", "58.99"), ("patents.valid.invention.per_10k", "370100", "48.92"),
            ("patents.valid.invention.per_10k", "370500", "26.36")} <= got
    assert not [k for k in got if k[2] in ("1234", "567")]      # a company's figure names no region


def test_english_a_named_whole_is_only_compared(run):
    res = run("By December 2023, the number of PCT international patent applications reached 300 in Tianhe, "
              "accounting for 16.05 percent of Guangzhou's total, while the number of invention patents per 10,000 "
              "people hit 149.1. A total of 22,034 patents have been authorized.\n", region="440106", languages="[en]")
    got = {(f.indicator_id, f.region_code) for f in res.facts if f.lang == "en" and f.indicator_id}
    assert {("patents.valid.invention.per_10k", "440106"), ("patents.granted", "440106")} <= got


def test_a_bound_stated_first_gives_way_to_the_exact_figure(run):
    res = run("全市专利申请量首破1万件\n2023年,全市专利申请量首度突破1万件,居全省首位。\n统计显示,2023年,全市专利申请总量达到12189件,"
              "专利授权量6994件。\n", languages="[zh]")
    assert {v for i, v in mapped(res) if i == "patents.applications"} == {"12189"}
    res = run("2023年,全市知识产权证券化发行金额超过42亿元;累计发行规模148.66亿元。\n", languages="[zh]")
    assert "148.66" not in {str(f.value / 100000000) for f in res.facts if f.indicator_id == "finance.securitization.amount"}


def test_a_change_since_a_named_year_end_inside_a_year_is_no_yearly_change(run):
    res = run("截至2023年6月底,全市有效发明专利1.5万件,比2022年年底增长11.19%。\n", languages="[zh]")
    assert not [k for k in mapped(res) if k[1] == "11.19"]
    res = run("截至2023年底,全市有效发明专利1.5万件,比2022年底增长11.19%。\n", languages="[zh]")
    assert ("patents.valid.invention.yoy_pct", "11.19") in mapped(res)


def test_a_change_against_a_plan_end_is_no_yearly_change(run):
    res = run("截至2023年底,全市有效发明专利2.8万件,与“十三五”末相比增长133%。\n", languages="[zh]")
    assert not [k for k in mapped(res) if k[1] == "133"]


def test_a_rank_among_some_cities_is_no_national_rank(run, text_runner):
    res = run("截至2023年底,全市商标有效注册量达82.01万件,连续5年居全国地级市首位。\n", languages="[zh]")
    assert not [k for k in mapped(res) if k[0].startswith("trademarks.valid.rank")]
    res = text_runner("320500")("截至2023年底,全市商标有效注册量达82.01万件,居全省第一。\n", languages="[zh]")
    assert ("trademarks.valid.rank_province", "1") in mapped(res)


def test_an_elliptic_per_10k_after_a_stock(run):
    res = run("截至2023年6月底,全市有效发明专利达到5.28万件,万人有效52.51件。\n", languages="[zh]")
    assert ("patents.valid.invention.per_10k", "52.51") in mapped(res)


def test_english_owners_and_bare_kinds(run):
    res = run("In 2023, local companies have applied for 6,558 patents. The city had 4,417 patent applications, among "
              "which the invention patent applications reached 1,594; the utility model patents reached 2,136.\n",
              languages="[en]")
    got = mapped(res, "en")
    assert ("patents.applications.utility_model", "2136") in got
    assert [k for k in got if k[1] == "6558"] == [("patents.applications.enterprise", "6558")]    # the city's companies' filings


def test_units_listed_against_their_growth_take_the_statements_change(run):
    res = run("一季度,全市商标申请量906件,同比增长8.50%。同比增长排名前三位的县(市、区):西塞山区76.74%、"
              "开发区·铁山区52.50%、下陆区32.61%。\n", region="420200", languages="[zh]")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("trademarks.applications.yoy_pct", "420203", "76.74"), ("trademarks.applications.yoy_pct", "420204", "32.61")} <= got
    assert not [k for k in got if k[2] == "52.50"]       # a zone and a unit together
    res = run("2023年,海淀区专利授权量31181件,占北京市33.2%。\n", region="110108", languages="[zh]")
    assert {(f.region_code, str(f.value)) for f in res.facts if f.indicator_id} == {("110108", "31181"), ("110108", "33.2")}


def test_heads_listed_after_a_term_and_ranks_of_a_named_whole(run):
    res = run("截至2023年12月底,全市商标申请量11830件,注册量9314件,有效注册量62140件,同比增长15.54%,"
              "商标申请量、注册量全省排名第一;拥有中国驰名商标17件。\n", region="620100", languages="[zh]")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("trademarks.valid", "620100", "62140"), ("trademarks.valid.yoy_pct", "620100", "15.54"),
            ("trademarks.well_known", "620100", "17")} <= got


def test_a_listed_heads_noun_and_a_plan_periods_flows(run):
    res = run("2023年,全市新增专利申请、授权数量分别为10141件、6753件,同比增长23.71%、66.72%;“十三五”期末,"
              "全市专利申请量、专利授权量分别达到33838件、19262件。\n", languages="[zh]")
    got = mapped(res)
    assert {("patents.applications", "10141"), ("patents.granted", "6753"), ("patents.granted.yoy_pct", "66.72")} <= got
    assert not [k for k in got if k[1] in ("33838", "19262")]      # five years' flows, no year's


def test_english_wordings_of_the_genre_and_a_ranked_province(run):
    res = run("In 2023, the total number of effective invention patents was 20,309. 23,911 new registered trademarks "
              "were added. There are 19 geographical indication certification trademarks. The application number of "
              "invention patents was 1,656. The city had 14 geographical indication trademarks, ranking first in "
              "Hebei Province; and there were a total of 47 well-known trademarks, ranking second in Hebei Province.\n",
              region="130200", languages="[en]")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in res.facts if f.lang == "en" and f.indicator_id}
    assert {("patents.valid.invention", "130200", "20309"), ("trademarks.registrations", "130200", "23911"),
            ("gi.trademarks.certification", "130200", "19"), ("patents.applications.invention", "130200", "1656"),
            ("trademarks.well_known", "130200", "47")} <= got


def test_figures_against_a_plan_end_and_this_years_month(run):
    res = run("截至今年6月底,全省知识产权创造指标与“十二五”末相比,专利申请量达到112335件、增长了119.71%;"
              "全省商标有效注册量达到109911件、增长了219%。\n", languages="[zh]")
    got = {(f.indicator_id, f.period, str(f.value)) for f in res.facts if f.indicator_id}
    assert ("trademarks.valid", "2023-06-30", "109911") in got
    assert not [k for k in got if k[2] in ("112335", "119.71", "219")]


def test_narrower_statements_and_places_with_yi(run):
    res = run("2023年,全省实现专利权质押融资529笔,质押金额48.9亿元,同比增长98.5%。\n", region="340000", languages="[zh]")
    got = mapped(res)
    assert {("finance.pledge.patent.projects", "529"), ("finance.pledge.patent.amount", "4890000000.0")} <= got \
        or {("finance.pledge.patent.projects", "529"), ("finance.pledge.patent.amount", "4.89E+9")} <= got
    assert not [k for k in got if k[0] == "finance.pledge.amount"]
    res = run("2023年上半年,银川市专利授权量2941件,各县(市、区)中,金凤区以995件、兴庆区以621件分列前三。\n",
              region="640000", languages="[zh]")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in res.facts if f.indicator_id}
    assert {("patents.granted", "640106", "995"), ("patents.granted", "640104", "621")} <= got


def test_an_events_date_and_a_year_compared_with_are_not_the_figures_period(text_runner):
    province = text_runner("330000")
    got = dated(province("1月10日，记者从国家知识产权局举办的2019年第一季度例行新闻发布会上获悉，全省每万人口发明专利拥有量达到23.6件，"
                         "比2017年提高20%。\n2018年，全省发明专利授权与2017年相比增长61.26%，PCT国际专利申请同比增长28%。\n",
                         languages="[zh]", meta="    period: '2018'\n"))
    assert got == {("patents.valid.invention.per_10k", "23.6", "2018-12-31"),
                   ("patents.valid.invention.per_10k.yoy_pct", "20", "2018-12-31"),
                   ("patents.granted.invention.yoy_pct", "61.26", "2018"), ("patents.pct.applications.yoy_pct", "28", "2018")}


def test_registered_marks_dated_as_held_are_the_stock_and_a_months_registrations_a_flow(text_runner):
    county = text_runner("130224")
    got = dated(county("截至2021年1月底，全县注册商标1199个，其中驰名商标5个。\n", languages="[zh]",
                       meta="    period: 2021-01/2021-01\n"))
    assert got == {("trademarks.valid", "1199", "2021-01-31"), ("trademarks.well_known", "5", "2021-01-31")}
    got = dated(county("截至6月底，全县商标注册量5000件。\n", languages="[zh]", meta="    period: 2021-01/2021-06\n"))
    assert got == {("trademarks.registrations", "5000", "2021-01/2021-06")}
    got = dated(county("截至6月底，全县新增注册商标800件。\n", languages="[zh]", meta="    period: 2021-01/2021-06\n"))
    assert got == {("trademarks.registrations", "800", "2021-01/2021-06")}


def test_a_first_item_that_borrows_the_second_items_head(run):
    got = mapped(run("2019年全市专利和发明专利授权量分别为52.7万件和6.0万件。\n", languages="[zh]"))
    assert got == {("patents.granted", "527000.0"), ("patents.granted.invention", "60000.0")}


def test_a_citys_customs_district_is_no_ones_region_and_a_municipalitys_is_its_own(text_runner):
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in text_runner("440000")(
        "2024年，广州海关查扣侵权货物6811批次、437.1万件。\nIn 2024, Guangzhou Customs seized 6,811 batches of infringing goods.\n",
        languages="[zh, en]").facts if f.indicator_id}
    assert got == set()
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in text_runner("500000")(
        "2022年，重庆海关查扣侵权货物10.07万件。\n", languages="[zh]").facts if f.indicator_id}
    assert got == {("customs.pieces", "500000", "100700.00")}


def test_agricultural_marks_and_management_standard_filings_are_other_things(run):
    got = mapped(run("2020年，全市新增农产品注册商标9366件，累计有效农产品注册商标48717件；新增知识产权贯标备案企业4391家。"
                     "全市有效注册商标20万件。\n", languages="[zh]"))
    assert got == {("trademarks.valid", "200000")}


def test_a_verb_alone_after_a_kinds_statement_is_that_kinds_and_a_particle_before_a_head(run):
    got = mapped(run("2020年，全市发明专利申请5万件，同比增长5%；获授权1万件。\n", languages="[zh]"))
    assert got == {("patents.applications.invention", "50000"), ("patents.applications.invention.yoy_pct", "5"),
                   ("patents.granted.invention", "10000")}
    got = mapped(run("2020年全市专利和发明专利的授权量分别为8万件和2万件。\n", languages="[zh]"))
    assert got == {("patents.granted", "80000"), ("patents.granted.invention", "20000")}
    got = mapped(run("In 2020, the city's invention patent applications were 10,400, and authorized 2,960.\n", languages="[en]"), "en")
    assert got == {("patents.applications.invention", "10400"), ("patents.granted.invention", "2960")}


def test_a_share_after_a_kinds_change_is_no_change_and_of_the_total_is_its_familys(run):
    got = mapped(run("2017年，全市专利申请量4417件，其中，发明专利申请量1594件、增长25.02%、占比重36.09%。\n"
                     "2016年上半年，全市实用新型专利申请量为12176件，同比增长47.3%，占总量的46.5%。\n", languages="[zh]"))
    assert {("patents.applications.invention.share_applications_pct", "36.09"),
            ("patents.applications.utility_model.share_applications_pct", "46.5")} <= got
    assert not [k for k in got if k[1] in ("36.09", "46.5") and k[0].endswith("yoy_pct")]


def test_a_change_over_an_earlier_year_than_the_last_is_no_yearly_change(run):
    got = dated(run("截至2023年底，全市拥有有效注册商标24万件，较2019年底增长142%；专利授权量比2022年增长45%。\n"
                    "By the end of 2023, the city had 240,000 valid trademarks, up 142% over 2019.\n",
                    languages="[zh, en]", meta="    period: '2023'\n"))
    assert ("trademarks.valid.yoy_pct", "142", "2023-12-31") not in got
    assert ("patents.granted.yoy_pct", "45", "2023") in got
    got = mapped(run("“十四五”以来，全市有效发明专利量增长至28043件，增幅达133%。2016年—2019年，全市商标申请量增长161%。\n",
                     languages="[zh]", meta="    period: '2023'\n"))
    assert not [k for k in got if k[1] in ("133", "161")]
    assert ("trademarks.valid.yoy_pct", "142", "2023-12-31") not in dated(run("By the end of 2023, the city had 240,000 "
                                                                             "valid trademarks, up 142% over 2019.\n", languages="[en]"), "en")


def test_stocks_held_at_the_half_years_end_and_flows_held_since_the_start(run):
    got = dated(run("截至今年上半年，全市有效注册商标拥有量达到58295件，中国驰名商标21件。\n", languages="[zh]",
                    meta="    period: 2020-01/2020-06\n    published: '2020-09-07'\n"))
    assert got == {("trademarks.valid", "58295", "2020-06-30"), ("trademarks.well_known", "21", "2020-06-30")}
    got = dated(run("截至2023年底，全市拥有专利授权量超过5万件，其中发明专利超过6千件。\n", languages="[zh]", meta="    period: '2023'\n"))
    assert got == {("patents.granted.cumulative", "50000", "2023-12-31"), ("patents.granted.invention.cumulative", "6000", "2023-12-31")}


def test_marks_applied_for_are_no_marks_held(run):
    got = mapped(run("2021年，全市新申请地理标志商标42件。全市拥有地理标志商标30件。\n", languages="[zh]"))
    assert got == {("gi.trademarks", "30")}


def test_a_place_in_a_news_dateline_is_the_reporters_not_the_figures(text_runner):
    city = text_runner("650100")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in city(
        "新疆网讯(记者 张三)2017年，专利申请量达到6080件。\n中新网北京4月25日电 (记者 李四)2017年，专利授权量3571件。\n",
        languages="[zh]").facts if f.indicator_id}
    assert got == {("patents.applications", "650100", "6080"), ("patents.granted", "650100", "3571")}


def test_court_cases_after_a_full_list_of_kinds_and_with_their_instances_listed(text_runner):
    province = text_runner("320000")
    got = mapped(province("2021年，全省法院共审理知识产权案件35878件，其中民事案件35034件，刑事案件710件，行政案件134件；"
                          "审结29441件，同比上升41.14%。\n\n1.png\n\n2021年，新收各类知识产权一审、二审、申请再审案件31873件。"
                          "受理一审案件29407件。\n", languages="[zh]"))
    assert got == {("courts.cases.concluded", "29441"), ("courts.cases.concluded.yoy_pct", "41.14"), ("courts.cases.accepted", "31873"),
                   ("courts.cases.first_instance.accepted", "29407")}      # (the first instance: its own figure)


def test_cases_cracked_are_the_polices(run):
    got = mapped(run("2021年破获侵犯知识产权和制假售假案290起，涉案金额1.2亿元。\n", languages="[zh]"))
    assert got == {("police.cases", "290"), ("police.case_value", "120000000.0")}


def test_a_paragraph_of_a_traditional_script_text_is_read_as_simplified_whatever_its_share(text_runner):
    province = text_runner("320000")
    text = ("2021年，江蘇法院審結知識產權案件29441件。\n\n2021年，新收各類知識產權一審、二審、申請再審案件31873件，同比上升49.76%。"
            "其中：一審案件29407件，包括民事案件28812件，同比上升50.95%；刑事案件487件，同比下降25.08%；行政案件108件，同比上升176.92%。\n")
    assert ("courts.cases.accepted", "31873") in mapped(province(text, languages="[zh]"))


def test_a_grade_listed_past_an_aside_completes_the_term_before_and_a_kind_may_be_reached(run):
    got = mapped(run("全区获第23届中国外观设计专利金奖1项(占全市1/3)、银奖2项(占全市2/5)。2017年，专利授权量3571件，"
                     "其中发明专利达到504件。\n", languages="[zh]"))
    assert got == {("patents.china_patent_award.design_gold", "1"), ("patents.china_patent_award.design_silver", "2"),
                   ("patents.granted", "3571"), ("patents.granted.invention", "504")}


def test_places_listed_with_colons_and_the_mainland_in_brackets(text_runner):
    province = text_runner("360000")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in province(
        "2020年，有效注册商标全省排名前三的地区分别为:南昌:112778件;赣州:93827件;上饶:62289件。"
        "全省有效注册商标总量在全国(大陆)排名第15位。\n", languages="[zh]").facts if f.indicator_id}
    assert {("trademarks.valid", "360100", "112778"), ("trademarks.valid", "360700", "93827"),
            ("trademarks.valid", "361100", "62289"), ("trademarks.valid.rank_national", "360000", "15")} <= got


def test_a_share_of_a_whole_named_by_a_catalog_term(run):
    got = mapped(run("截至2023年底，全市高价值发明专利拥有量3.67万件，占发明专利有效量的46.4%。\n", languages="[zh]"))
    assert ("patents.valid.high_value_invention.share_valid_invention_pct", "46.4") in got


def test_a_newspapers_credit_in_brackets_is_a_dateline(text_runner):
    province = text_runner("220000")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in province(
        "【香港商报网讯】“破获侵犯知识产权犯罪案件219起,抓获犯罪嫌疑人336名,涉案价值1.03亿元...”4月20日上午，吉林省公安厅召开打击侵犯知识产权犯罪新闻发布会。\n",
        languages="[zh]").facts if f.indicator_id}
    assert got == {("police.cases", "220000", "219"), ("police.suspects", "220000", "336"), ("police.case_value", "220000", "103000000.00")}


def test_the_polices_verbs_and_objects_that_count_something_else(text_runner):
    province = text_runner("320000")
    got = mapped(province("2023年，江苏公安机关依法严打侵权假冒犯罪。全年共侦办各类侵权假冒犯罪案件2000余起，"
                          "抓获犯罪嫌疑人5000余名，成功破获公安部挂牌督办案件30起，刑事拘留犯罪嫌疑人793名。\n",
                          languages="[zh]"))
    # 侦办 opens a case count however its object is worded; the supervised cases are a part; the
    # detained suspects are not the arrested ones the catalog counts
    assert got == {("police.cases.investigated", "2000"), ("police.suspects", "5000")}
    got = mapped(province("2023年，江苏公安机关破获一起制售假冒保健食品案，抓获嫌疑人46人。\n", languages="[zh]"))
    assert got == {("police.suspects", "46")}


def test_a_term_naming_the_subject_of_disputes_is_no_count_of_that_term(text_runner):
    city = text_runner("321100")
    got = mapped(city("2019年，全市法院新收知识产权案件507件，其中知识产权合同纠纷(含技术合同纠纷、特许经营合同纠纷)23件。\n",
                      languages="[zh]"))
    assert got == {("courts.cases.accepted", "507")}


def test_a_figure_of_listed_places_is_their_sum_not_the_last_ones(text_runner):
    region = text_runner("330000")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in region(
        "2023年，上海、江苏、浙江、安徽四省市新增发明专利授权量24.77万件。今年一季度，诸暨市和新昌县专利申请量超过了8000件。"
        "2023年，浙江发明专利授权量6.5万件。\n", languages="[zh]").facts if f.indicator_id}
    assert got == {("patents.granted.invention", "330000", "65000.0")}


def test_the_procurators_cases_handled_and_a_crimes_count(text_runner):
    city = text_runner("120000")
    got = mapped(city("2021年，全市检察机关共办理知识产权案件114件。审结刑事案件56件，其中假冒注册商标罪20件。\n",
                      languages="[zh]"))
    assert got == {("procuratorates.cases", "114")}


def test_a_rank_of_a_growth_ranks_the_change_and_is_dated_as_its_level(text_runner):
    city = text_runner("320100")
    got = {(f.indicator_id, str(f.value), f.period) for f in city(
        "2023年，全市专利授权量5000件，同比增长25%，增幅居全省第一；发明专利授权量500件，居全省第二。"
        "全市有效注册商标8万件，增速居全省第三。\n", languages="[zh]").facts if f.indicator_id}
    assert {("patents.granted.yoy_pct.rank_province", "1", "2023"), ("patents.granted.invention.rank_province", "2", "2023"),
            ("trademarks.valid.yoy_pct.rank_province", "3", "2023-12-31")} <= got
    assert not {i for i, _, _ in got} & {"patents.granted.rank_province", "trademarks.valid.rank_province"}


def test_changes_listed_respectively_pair_with_the_statements_not_their_ranks(text_runner):
    province = text_runner("340000")
    got = mapped(province("2017年实现专利权质押融资529笔，跃居全国第1位，质押金额48.9亿元，居全国第5位，"
                          "分别较上一年度增长140%和98.5%。\n", languages="[zh]"))
    assert ("finance.pledge.patent.amount.yoy_pct", "98.5") in got
    assert ("finance.pledge.patent.amount.yoy_pct", "140") not in got


def test_a_rank_that_does_not_say_whose_it_is_names_none(text_runner):
    province = text_runner("440000")
    got = mapped(province("In 2022, 837,300 patents were granted in Guangdong, of which 115,100 were invention patents. In 2022, "
                          "strategic industrial clusters in the Province contributed 73,000 granted invention patents, ranking first "
                          "in the country. In 2022, Guangdong recorded pledge financing of RMB 15.272 billion (up 72.37% YoY) and "
                          "1,799 pledge projects (up 60.91% YoY), ranking first among provinces in China.\n", languages="[en]"), "en")
    assert not [i for i, _ in got if ".rank_" in i]
    assert ("patents.granted.invention", "115100") in got and ("finance.pledge.projects", "1799") in got
    city = text_runner("320100")
    got = mapped(city("2022年，南京市知识产权保护中心授权2608件，专利授权量、预审业务量位居全省第一。"
                      "全市专利授权量5万件，专利申请量和授权量均居全省第一。\n", languages="[zh]"))
    # the first rank is of two things together; the second (均) is each listed term's
    assert {i for i, _ in got if ".rank_" in i} == {"patents.applications.rank_province", "patents.granted.rank_province"}


def test_a_head_written_alone_takes_the_subject_of_the_statements_before(text_runner):
    province = text_runner("370000")
    got = {(f.indicator_id, f.region_code, str(f.value)) for f in province(
        "2018年，全省商标申请量39.9万件，注册量25.2万件。\n\n各市商标申请、注册量同比正增长。其中青岛申请量最高，为7.7万件。"
        "全省16市有效注册量均过万件。青岛有效量最高，为18.4万件；济南15.0万件。年申请量过万件的县从2017年1个发展为5个。\n\n"
        "2018年，全省完成作品著作权登记31769件。\n\n济南、青岛的年登记量超过3000件，分别为7079件、6717件。\n",
        languages="[zh]").facts if f.indicator_id}
    assert {("trademarks.applications", "370200", "77000.0"), ("trademarks.valid", "370200", "184000.0"),
            ("trademarks.valid", "370100", "150000.0"), ("copyright.registrations", "370100", "7079"),
            ("copyright.registrations", "370200", "6717")} <= got
    assert not [v for _, r, v in got if v in ("10000", "1", "3000")]
