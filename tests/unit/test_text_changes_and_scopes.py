"""Statements of the genre written for these tests: changes, running totals and ranks the catalog makes
with `changes:` / `ranks:` (pledge projects, customs pieces), a court's retrial cases (a part of its
cases), a change or a rank after a figure no indicator took (that figure's, not the statement's before), customs
protection measures, 授权数量 after the right is named, and 件/万人 written after the number."""
from factsets import placed_num


def mapped(result, lang="zh"):
    return placed_num(result, lang)


def test_pledge_registrations_and_their_changes_listed_respectively(text_runner):
    got = mapped(text_runner("420000")("上半年，全省专利质押融资登记607笔、金额79.63亿元，同比分别增长34%、50.11%；"
                                       "商标质押融资登记62笔、金额14.56亿元。\n", languages="[zh]"))
    assert {("finance.pledge.patent.projects", "420000", "607"), ("finance.pledge.patent.projects.yoy_pct", "420000", "34"),
            ("finance.pledge.patent.amount", "420000", "7963000000"), ("finance.pledge.patent.amount.yoy_pct", "420000", "50.11"),
            ("finance.pledge.trademark.projects", "420000", "62")} <= got


def test_a_customs_count_and_its_change(text_runner):
    got = mapped(text_runner("320000")("2021年，南京海关全年查扣侵权货物192089件，同比增长131.75%。\n", languages="[zh]"))
    assert {("customs.pieces", "320000", "192089"), ("customs.pieces.yoy_pct", "320000", "131.75")} <= got


def test_the_parts_of_a_running_total_of_pledges(text_runner):
    got = mapped(text_runner("620000")("截至2022年底，全省专利权质押融资金额累计达到27.3亿元。\n", languages="[zh]"))
    assert ("finance.pledge.patent.amount.cumulative", "620000", "2730000000") in got
    assert not any(i == "finance.pledge.patent.amount" for i, _, _ in got)


def test_retrial_cases_are_a_part_of_a_courts_cases(text_runner):
    got = mapped(text_runner("620000")("2022年，全省法院受理一审知识产权案件1858件，审结1497件。受理再审案件3件，审结2件。"
                                       "全省法院共受理一、二审知识产权案件2047件，审结1641件。\n", languages="[zh]"))
    assert {("courts.cases.accepted", "620000", "2047"), ("courts.cases.concluded", "620000", "1641")} <= got
    assert {("courts.cases.first_instance.accepted", "620000", "1858"),           # (the first instance: its own figures)
            ("courts.cases.first_instance.concluded", "620000", "1497")} <= got
    assert not any(v in ("3", "2") for _, _, v in got)


def test_a_change_after_a_figure_no_indicator_took_is_that_figures(text_runner):
    got = mapped(text_runner("371600")("2023年，全市完成专利权质押融资271笔、同比增长61.31%，质押发明专利358件、同比增长44.94%，"
                                       "落实专利权质押39.12亿元、同比增长62.75%。\n", languages="[zh]"))
    assert {("finance.pledge.patent.projects", "371600", "271"), ("finance.pledge.patent.projects.yoy_pct", "371600", "61.31"),
            ("finance.pledge.patent.amount", "371600", "3912000000"), ("finance.pledge.patent.amount.yoy_pct", "371600", "62.75")} <= got
    assert not any(v == "44.94" for _, _, v in got)


def test_a_rank_after_a_rate_no_indicator_took_is_that_rates(text_runner):
    run = text_runner("430300")
    got = mapped(run("2021年，全市完成技术合同认定登记成交额160.24亿元，技术合同认定登记成交额占GDP比重达到6.28%，"
                     "连续两年位居全省第一位。\n", languages="[zh]"))
    assert ("transactions.tech_contracts.amount", "430300", "16024000000") in got
    assert not any(i.endswith(".rank_province") for i, _, _ in got)
    got = mapped(run("2021年，全市完成技术合同认定登记成交额160.24亿元，连续两年位居全省第一位。\n", languages="[zh]"))
    assert ("transactions.tech_contracts.amount.rank_province", "430300", "1") in got


def test_what_some_units_produced_is_theirs(text_runner):
    got = mapped(text_runner("320000")("截至2022年底，省级高价值专利培育示范中心达99个，累计产出发明专利申请10000余件、授权6200余件。"
                                       "全省累计发明专利申请量达到50万件。\n", languages="[zh]"))
    assert ("patents.applications.invention.cumulative", "320000", "500000") in got
    assert not any(v in ("10000", "6200") for _, _, v in got)


def test_a_count_change_of_a_share_with_no_unit_is_no_change_of_pieces(text_runner):
    got = mapped(text_runner("320000")("The number of utility model patents granted hit 427,156, down 17.21% YoY, accounting for "
                                       "76.26% of the total, down 4.24 YoY. Valid trademarks reached 50,000, up 1,234 YoY.\n",
                                       languages="[en]"), "en")
    assert {("patents.granted.utility_model.yoy_pct", "320000", "-17.21"), ("trademarks.valid.change", "320000", "1234")} <= got
    assert not any(i.endswith(".change") and v == "-4.24" for i, _, v in got)


def test_customs_protection_measures_batches_detained_and_their_changes_respectively(text_runner):
    got = mapped(text_runner("320000")("2021年，南京海关全年共采取知识产权保护措施3515批次，实际扣留侵权嫌疑货物、物品3506批次"
                                       "192089件，货值249万元人民币，分别增长41.77%、131.75%、419.57%。\n", languages="[zh]"))
    assert {("customs.protection_measures", "320000", "3515"), ("customs.batches", "320000", "3506"),
            ("customs.pieces", "320000", "192089"), ("customs.goods_value", "320000", "2490000"),
            ("customs.batches.yoy_pct", "320000", "41.77"), ("customs.pieces.yoy_pct", "320000", "131.75"),
            ("customs.goods_value.yoy_pct", "320000", "419.57")} <= got


def test_customs_cases_and_their_value(text_runner):
    got = mapped(text_runner("530000")("2014年，昆明海关关区共查获侵犯知识产权案件96起，案值700万元，与上年同期相比，"
                                       "查获侵权案件数增长49%。全省公安机关查获侵权案件50起。\n", languages="[zh]"))
    assert {("customs.cases", "530000", "96"), ("customs.goods_value", "530000", "7000000"),
            ("customs.cases.yoy_pct", "530000", "49")} <= got
    assert not any(v == "50" for _, _, v in got)


def test_well_known_marks_among_gi_marks_are_not_all_well_known_marks(text_runner):
    got = mapped(text_runner("350900")("截至2018年5月底，全市共有地理标志证明商标69件；其中，地标中的驰名商标8件。"
                                       "全市驰名商标达到20件。\n", languages="[zh]"))
    assert {("gi.trademarks.certification", "350900", "69"), ("trademarks.well_known", "350900", "20")} <= got
    assert not any(v == "8" for _, _, v in got)


def test_an_amount_in_yi_without_yuan_is_no_count(text_runner):
    got = mapped(text_runner("420000")("湖北上半年知识产权质押融资登记94亿创新高\n", languages="[zh]"))
    assert not any(i.endswith(".projects") for i, _, _ in got)


def test_a_verbs_count_after_the_right_is_named_and_a_count_per_10000_written_after_the_number(text_runner):
    run = text_runner("410000")
    got = mapped(run("今年上半年，全省专利申请数量达到66633件，授权数量为41637件。\n", languages="[zh]"))
    assert {("patents.applications", "410000", "66633"), ("patents.granted", "410000", "41637")} <= got
    got = mapped(run("截至2022年底，全省有效发明专利215件、有效发明专利拥有量达到1.42件/万人。\n", languages="[zh]"))
    assert {("patents.valid.invention", "410000", "215"), ("patents.valid.invention.per_10k", "410000", "1.42")} <= got


def test_an_increase_by_a_percent_and_changes_over_several_years(text_runner):
    got = mapped(text_runner("110000")("As of December 2023, the city had an effective total of 574,000 invention patents, "
                                       "indicating a year-on-year increase by 20.2 percent.\n", languages="[en]"), "en")
    assert ("patents.valid.invention.yoy_pct", "110000", "20.2") in got
    run = text_runner("230000")
    got = mapped(run("Trademark Registrations Increase by 122.73% in Heilongjiang over the Past 6 Years\n\n"
                     "In 2016, trademark registrations rose 12% year on year.\n", languages="[en]"), "en")
    assert ("trademarks.registrations.yoy_pct", "230000", "12") in got and not any(v == "122.73" for _, _, v in got)
    got = mapped(run("近5年，全省有效商标增长122.73%。五年来，全省法院受理各类知识产权案件2008件，同比增长3.35%。\n",
                     languages="[zh]"))
    assert not any(v == "122.73" for _, _, v in got)
    assert ("courts.cases.accepted.yoy_pct", "230000", "3.35") in got
