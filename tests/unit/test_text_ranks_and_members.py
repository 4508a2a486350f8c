"""Statements of the genre written for these tests: a rank whose whole is printed before its verb
(全省排名第六), a rank verb of a leap (跃居), 全区 of a city inside an autonomous region, an elliptic head
with an adverb before its verb (授权量首次突破2万件), the places of a list stated "respectively" with no
term of their own (其中，杭州、金华分别以22.2万件、7万件), GI certification and collective marks
named together (地理标志集体商标、证明商标), round marks passed between figures and their changes "respectively"
(首破万项), court cases of one kind after an opening that names their measure (已结案件中), prosecutors' own acts
naming their authority (提起公诉) and a wording of copyright cases."""
import pytest

from factsets import mapped, placed


@pytest.fixture
def run(text_runner):
    return text_runner("320500")


def test_a_rank_whose_whole_comes_before_its_verb(run):
    got = mapped(run("2023年底，全市发明专利拥有量10597件；万人发明专利拥有量23.72件，全省排名第六。\n", languages="[zh]"))
    assert ("patents.valid.invention.per_10k.rank_province", "6") in got
    got = mapped(run("2023年，全省专利授权量12万件，全省居全国第二。\n", region="320000", languages="[zh]"))
    assert ("patents.granted.rank_national", "2") in got          # (全省 the subject, 全国 the whole after the verb)
    assert not any(i.endswith(".rank_province") for i, _ in got)


def test_a_leap_to_a_place_and_the_autonomous_region_of_a_city(run):
    got = mapped(run("2023年，全市每万人口高价值发明专利拥有量跃居全区第一；PCT专利申请新增37件，排名全区第二。\n",
                     region="450300", languages="[zh]"))
    assert {("patents.valid.high_value_invention.per_10k.rank_province", "1"),
            ("patents.pct.applications.rank_province", "2")} <= got
    got = mapped(run("2023年，全区PCT专利申请新增37件，排名全区第二。\n", region="310115", languages="[zh]"))
    assert ("patents.pct.applications", "37") in got
    assert not any(i.endswith((".rank_province", ".rank_national")) for i, _ in got)   # (a district's own 全区: no whole)


def test_an_elliptic_head_with_an_adverb_before_its_verb(run):
    got = mapped(run("2023年全市专利申请量首次突破3万件，授权量首次突破2万件；商标申请量5000件，注册量再次达到4000件。\n",
                     languages="[zh]"))
    assert {("patents.applications", "30000"), ("patents.granted", "20000"), ("trademarks.applications", "5000"),
            ("trademarks.registrations", "4000")} <= got


def test_places_listed_respectively_take_the_statement_before(run):
    got = placed(run("2023年，全省商标申请量59.7万件，同比增长1.42%，其中，杭州、金华分别以22.2万件、7万件位居前二。\n",
                     region="330000", languages="[zh]"))
    assert {("trademarks.applications", "330000", "597000.0"), ("trademarks.applications", "330100", "222000.0"),
            ("trademarks.applications", "330700", "70000")} <= got
    got = placed(run("2023年，全省商标申请量59.7万件，其中，上海、南京分别为22.2万件、7万件。\n", region="330000", languages="[zh]"))
    assert not any(v in ("222000.0", "70000") for _, _, v in got)      # (places outside the province: not its parts)
    got = placed(run("2023年，全省专利质押融资金额100亿元，其中，杭州、宁波分别为20件、10件。\n", region="330000", languages="[zh]"))
    assert not any(v in ("20", "10") for _, _, v in got)               # (counts after an amount: not the amount's)


def test_gi_certification_and_collective_marks_named_together(run):
    got = mapped(run("截至2023年底，全省地理标志1080个。其中，地理标志保护产品296个，居全国第一；"
                     "地理标志集体商标、证明商标583个，居全国第三。\n", region="510000", languages="[zh]"))
    assert {("gi.total", "1080"), ("gi.products", "296"), ("gi.trademarks", "583"),
            ("gi.trademarks.rank_national", "3")} <= got


def test_a_round_mark_passed_is_no_figure_of_a_respective_list(run):
    got = mapped(run("2023年，全省共完成技术合同认定登记11741项，首破万项，实现全省技术合同成交额735.95亿元，首破700亿元，"
                     "同比分别增长30.12%和49.98%。\n", region="430000", languages="[zh]"))
    assert {("transactions.tech_contracts.yoy_pct", "30.12"), ("transactions.tech_contracts.amount.yoy_pct", "49.98")} <= got


def test_court_cases_of_one_kind_after_an_opening_naming_their_measure(run):
    got = mapped(run("2023年，全省法院共受理各类知识产权案件3868件，同比增长10.39%。已结案件中，民事案件3585件，刑事案件95件，"
                     "行政案件8件。\n", region="230000", languages="[zh]"))
    assert {("courts.civil_cases.concluded", "3585"), ("courts.criminal_cases.concluded", "95"),
            ("courts.administrative_cases.concluded", "8")} <= got
    got = mapped(run("2023年，全省市场监管部门查处各类知识产权案件3868件。已结案件中，民事案件3585件。\n", region="230000",
                     languages="[zh]"))
    assert not any(i.startswith("courts.") for i, _ in got)       # (no court figure before: no court's part)


def test_prosecutors_acts_name_their_authority(run):
    got = mapped(run("三年来(2021年1月—2023年12月)共办理侵犯知识产权刑事案件558件1049人，其中依法提起公诉案件303件494人。\n",
                     languages="[zh]"))
    assert {("procuratorates.prosecutions.cases", "303"), ("procuratorates.prosecutions.persons", "494")} <= got
    got = mapped(run("2023年，全市公安机关破获侵犯知识产权案件50起，抓获犯罪嫌疑人80人；检察机关提起公诉20件35人。\n",
                     languages="[zh]"))
    assert {("police.cases", "50"), ("police.suspects", "80"), ("procuratorates.prosecutions.cases", "20")} <= got


def test_wordings_of_copyright_cases(run):
    got = mapped(run("2023年，全市共查办侵权假冒案件10178件，查处版权行政案件87件，著作权行政案件中罚款10万元。\n",
                     languages="[zh]"))
    assert {("enforcement.cases", "10178"), ("enforcement.copyright.cases", "87")} <= got
    got = mapped(run("2023年，全市法院受理知识产权刑事案件5件，审结5件；知识产权行政案件7件，审结7件。\n", languages="[zh]"))
    assert {("courts.criminal_cases.accepted", "5"), ("courts.administrative_cases.accepted", "7")} <= got


def test_a_place_with_no_verb_in_a_clause_of_its_own(run):
    got = mapped(run("截至2023年底，全市商标有效注册量达12.4万件，占全省总量的12.9%，全省第三；专利密度全省第一。\n",
                     languages="[zh]"))
    assert ("trademarks.valid.rank_province", "3") in got
    got = mapped(run("2023年，全省专利授权量30万件，同比增长10%，全国第二。全省专利申请量50万件，全国第二批试点。\n",
                     region="320000", languages="[zh]"))
    assert ("patents.granted.rank_national", "2") in got
    assert not any(i.startswith("patents.applications.rank") for i, _ in got)     # (第二批: a batch, no place)


def test_an_acronym_in_brackets_after_its_words_and_english_holdings(run):
    got = mapped(run("The city investigated 1,224 intellectual property right (IPR) infringement cases in 2023. "
                     "The city filed 2,000 Patent Cooperation Treaty (PCT) applications in 2023. "
                     "By the end of 2023, the city had 8,251 effective authorized patents.\n", languages="[en]"), "en")
    assert {("enforcement.cases", "1224"), ("patents.pct.applications", "2000"), ("patents.valid", "8251")} <= got
    got = mapped(run("The Beijing Intellectual Property Court (BIPC) handled over 10,600 intellectual property rights (IPRs) "
                     "cases in 2023.\n", region="110000", languages="[en]"), "en")
    assert not any(i.startswith("enforcement.") for i, _ in got)      # (the court's words stay: no administrative figure)


def test_a_case_value_in_english_and_a_balance_is_no_financing(run):
    got = mapped(run("In the first half of 2023, the city solved 93 cases of IPR infringement, valued at 517,500 yuan and "
                     "involving the fines of 434,000 yuan.\n", languages="[en]"), "en")
    assert {("enforcement.cases", "93"), ("enforcement.case_value", "517500")} <= got
    assert not [k for k in got if k[1] == "434000"]       # (the fines are the next figure's; bare "fines of" names no indicator:
    #                                                       an agency's fines in a supervision campaign are no IP enforcement's)
    got = mapped(run("截至2023年6月末，全市知识产权质押融资余额533亿元。2023年，全市知识产权质押融资金额297.5亿元。\n",
                     languages="[zh]"))
    assert ("finance.pledge.amount", "29750000000.0") in got
    assert not [k for k in got if k[1].startswith("533")]        # (a balance owed at a date, not the year's financing)


def test_grants_named_by_their_verb_and_persons_after_involving(run):
    got = mapped(run("2023年，全区授予发明专利1255项，同比增长74.79%；全区获授予专利权5000项。"
                     "全市检察机关共起诉侵犯知识产权犯罪案件86件涉及275人。\n", languages="[zh]"))
    assert {("patents.granted.invention", "1255"), ("patents.granted.invention.yoy_pct", "74.79"), ("patents.granted", "5000"),
            ("procuratorates.prosecutions.cases", "86"), ("procuratorates.prosecutions.persons", "275")} <= got


def test_trade_secret_cases_are_a_part(run):
    got = mapped(run("2023年，全市公安机关移送起诉侵犯知识产权犯罪嫌疑人189名，其中，破获侵犯高新企业商业秘密案件4起。"
                     "全市公安机关破获侵犯知识产权犯罪案件40起。\n", languages="[zh]"))
    assert ("police.cases", "40") in got and not [k for k in got if k[1] == "4"]
    got = mapped(run("In 2023, the city's police cracked 40 IPR crime cases, including 4 trade secret cases.\n", languages="[en]"), "en")
    assert not [k for k in got if k[1] == "4"]
