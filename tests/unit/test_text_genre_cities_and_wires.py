"""Wordings of city and county news and English wire copy, written for these tests: units a sentence only names (培育了
一大批…示范企业) are no subject of the figures after them, units it counts (示范中心达99个) are; 查处假冒专利 as the
counterfeiting cases; 每万人拥有的 before a stock; additions won (争创…9件) before their total (总数达到23件); 新增商标 and
商标侵权违法案件; marks recognised as a kind of mark (18件注册商标被认定为“广东省著名商标”) and the marks recognised counted
alone (被认定的19件注册商标中); 地理标志认证商标; an administrative authority named beside criminal figures; and English:
"now has N registered trademarks", "in the first quarter this year" after a whole year's figures, one case's value, a
rank "with a year-on-year growth of …"."""
import pytest

from factsets import dated, mapped, placed_num


@pytest.fixture
def run(text_runner):
    return text_runner("610722")


def test_units_named_are_no_subject_units_counted_are(run):
    got = mapped(run("2011年以来，我县培育了一大批知识产权优势示范企业，完成专利申请626件，专利授权254件。\n", languages="[zh]"))
    assert {("patents.applications", "626"), ("patents.granted", "254")} <= got
    got = mapped(run("全县知识产权示范中心达9个，累计产出发明专利申请1000余件。\n", languages="[zh]"))
    assert not any(v == "1000" for _, v in got)


def test_counterfeiting_cases_and_a_ratio_after_the_holders_verb(run):
    got = mapped(run("2023年，市科技局查处假冒专利34件，处理专利侵权纠纷案47件。全市每万人拥有的有效发明专利为13.6件。\n",
                     region="510100", languages="[zh]"))
    assert {("enforcement.cases.patent_counterfeiting", "34"), ("patents.valid.invention.per_10k", "13.6")} <= got


def test_additions_won_before_their_total_and_marks_recognised_as_a_kind(run):
    got = dated(run("2023年，全市共争创中国驰名商标9件，驰名商标总数达到23件，居全省第二位。\n", region="370600", languages="[zh]"))
    assert {("trademarks.well_known.new", "9", "2023"), ("trademarks.well_known", "23", "2023-12-31")} <= got
    got = mapped(run("2023年，全市此次被认定的19件注册商标中，“甲乙”等18件注册商标被认定为“广东省著名商标”。\n",
                     region="441900", languages="[zh]"))
    assert ("trademarks.famous_provincial.new", "18") in got
    assert not any(v == "19" for _, v in got)


def test_new_marks_trademark_cases_gi_marks_and_an_administrative_authority(run):
    got = mapped(run("据统计，2023年全市新增商标7199件，同比增长34.1%。全市立案查处商标侵权违法案件370件。"
                     "全市共有地理标志认证商标11个。\n", region="350300", languages="[zh]"))
    assert {("trademarks.registrations", "7199"), ("trademarks.registrations.yoy_pct", "34.1"),
            ("enforcement.cases.trademark", "370"), ("gi.trademarks", "11")} <= got
    got = mapped(run("2023年，全市查处侵权假冒行政处罚案件1616件，破获侵权假冒刑事案件286起，抓获犯罪嫌疑人729名。\n",
                     region="320500", languages="[zh]"))
    assert {("enforcement.cases", "1616"), ("police.cases", "286")} <= got


def test_english_marks_held_the_next_years_quarter_one_cases_value_and_a_rank_with_growth(run):
    got = placed_num(run("The city now has 2,775 registered trademarks.\n", region="450200", languages="[en]"), "en")
    assert ("trademarks.valid", "450200", "2775") in got
    text = ("News from Shanghai Customs reveal that a trademark infringement case involving 10,164 pairs of counterfeit shoes, "
            "worth 5 million yuan, has been seized.\nIn 2023, Shanghai Customs seized 461 IPR infringement cases. Also, in the "
            "first quarter this year, Shanghai Customs seized 69 IPR infringement cases.\n")
    got = dated(run(text, region="310000", languages="[en]"), "en")
    assert {("customs.cases", "461", "2023"), ("customs.cases", "69", "2024-01/2024-03")} <= got
    assert not any(i == "customs.goods_value" for i, _, _ in got)
    got = mapped(run("The patent pledge loan in Guizhou Province reached 253 million yuan in 2023, which ranks 16th nationwide "
                     "with a year-on-year growth of 58%.\n", region="520000", languages="[en]"), "en")
    assert {("finance.pledge.patent.amount.rank_national", "16"), ("finance.pledge.patent.amount.yoy_pct", "58")} <= got


def test_english_ratio_of_such_patents_and_wordings_of_marks_held(run):
    text = ("As of the end of 2023, the province had 47,694 domestic invention patents, meaning every 10,000 persons own 4.9 "
            "such patents; 1,040 Madrid international registered trademarks. Of its marks, 2,091 are provincially famous "
            "brands. A total of 485 enterprises were labeled with GI marks. In 2023, the administration for industry and "
            "commerce handled 857 cases of trademark infringement cases.\n")
    got = mapped(run(text, region="370000", languages="[en]"), "en")
    assert {("patents.valid.invention.per_10k", "4.9"), ("trademarks.madrid.valid", "1040"),
            ("trademarks.famous_provincial", "2091"), ("gi.authorized_users", "485"), ("enforcement.cases.trademark", "857")} <= got


def test_natural_persons_items_a_verb_alone_a_total_past_another_term_and_a_rate_reached(run):
    got = mapped(run("2023年全市专利申请4.15万件。在非职务发明方面，2023年自然人专利申请7871件，同比下降24.8%；自然人专利授权2440件，"
                     "同比增长28.5%；有效专利6951件，同比增长1.2%。\n", region="120000", languages="[zh]"))
    assert {("patents.applications.individual", "7871"), ("patents.granted.individual", "2440")} <= got
    assert not any(v in ("6951", "1.2") for _, v in got)
    got = dated(run("2023年全市申请注册商标21952件，核准11168件；全市认定著名商标243件，延续认定172件，著名商标总量达1025件。\n",
                    region="120000", languages="[zh]"))
    assert {("trademarks.registrations", "11168", "2023"), ("trademarks.famous_provincial.new", "243", "2023"),
            ("trademarks.famous_provincial", "1025", "2023-12-31")} <= got
    got = mapped(run("2023年，发明专利申请4602件，占全省专利申请总量的36%；企业专利申请占全年申请总量的40%；外观专利申请增幅达到117.3%。\n",
                     region="140000", languages="[zh]"))
    assert {("patents.applications.enterprise.share_pct", "40"), ("patents.applications.design.yoy_pct", "117.3")} <= got


def test_an_average_rate_and_one_authoritys_part_are_no_years_figures(run):
    got = mapped(run("2023年全省作品著作权登记数量已连续七年增长，年均增长率为161.59%。\n", region="130000", languages="[zh]"))
    assert not any(v == "161.59" for _, v in got)
    got = mapped(run("In 2023, the Beijing Municipal Administration for Industry and Commerce handled 2,300 cases concerning IPR "
                     "infringement and counterfeit products, up 92 percent from 2022.\n", region="110000", languages="[en]"), "en")
    assert not any(i.startswith("enforcement.cases") and v in ("2300", "92") for i, v in got)
