"""Every Chinese number against its English twin (normalize/pairing.py, check/twins.py) on small
inline bilingual reports: a same number, a lost digit, a direction, points against percent, a
qualifier, an unmatched number, and what must not be a finding."""
from decimal import Decimal
from types import SimpleNamespace

import pytest

from build_scripts.check import twins
from build_scripts.normalize import pairing


@pytest.fixture
def run(text_runner):
    return text_runner("320100")


def report(zh: str, en: str) -> str:
    return f"一、工作\n{zh}\nI. Work\n{en}\n"


def found(result) -> dict[tuple[str, str], str]:
    """(value_zh, value_en) -> the sentence of each text_numbers finding."""
    return {(d.value_zh, d.value_en): d.resolution for d in result.discrepancies if d.check == "text_numbers"}


def twin_texts(result) -> dict[str, str]:
    by_id = {f.fact_id: f for f in result.facts}
    return {f.text: by_id[f.twin_fact_id].text if f.twin_fact_id else "" for f in result.facts if f.lang == "zh"}


def test_a_same_number_is_a_pair_and_no_finding(run):
    r = run(report("全市举办专题培训 6 场，发放宣传资料 5000 多份。",
                   "The city held 6 training sessions and distributed over 5,000 promotional materials."))
    assert twin_texts(r) == {"6 场": "6", "5000 多份": "over 5,000"}
    assert found(r) == {}
    assert all(f.twin_fact_id for f in r.facts)


def test_a_lost_digit(run):
    r = run(report("全市举办专题培训 6 场，调解纠纷1250件。", "The city held 6 training sessions and mediated 125 disputes."))
    assert twin_texts(r)["1250件"] == "125"
    assert "one digit fewer" in found(r)[("1250", "125")]


def test_a_count_one_higher_in_english(run):
    r = run(report("全市现有农作物种子持证企业 32 家，品种超过 50 个。",
                   "There are 33 licensed crop seed enterprises, and more than 50 varieties."))
    assert "the numbers differ" in found(r)[("32", "33")]


def test_a_direction_and_points_given_as_percent(run):
    r = run(report("全市示范企业数量同比下降3%，占比提高2个百分点。",
                   "The number of demonstration enterprises was up 3% YoY, and their share rose by 2%."))
    assert "direction of the change is reversed" in found(r)[("-3", "3")]
    assert "percentage points is given as a percent" in found(r)[("2", "2")]


def test_a_dropped_qualifier_and_an_unmatched_number(run):
    r = run(report("全市惠及企业300余家，取缔违法经营12家，出动执法人员 230 人。",
                   "The program benefited 300 enterprises and mobilized 230 law enforcers."))
    assert "the qualifier differs (more_than in Chinese, exact in English)" in found(r)[("300", "300")]
    assert twin_texts(r)["12家"] == ""            # said in Chinese only: unmatched, not compared
    assert len(found(r)) == 1


def test_a_preposition_and_a_qualifier_printed_once_for_a_list_are_no_findings(run):
    r = run(report("围绕重点产业链 20 个方向开展分析，累计产出申请10000余件、授权6200余件。",
                   "Analysis was carried out around 20 directions, with more than 10,000 applications and 6,200 grants."))
    assert twin_texts(r) == {"20 个": "around 20", "10000余件": "more than 10,000", "6200余件": "6,200"}
    assert found(r) == {}


def test_a_number_written_in_words_is_its_twin_not_another(run):
    # "four" (a count in words) is the twin of 4家, so 100 (a title's number) is left alone
    r = run(report("组织4家实体市场通过审查。经验入选《优化营商环境百问百答》。",
                   "The experience was included in the 100 Q&As. It organized four physical markets to pass the review."))
    assert twin_texts(r) == {"4家": "four"} and found(r) == {}


def test_pairs_compared_by_the_indicator_path_are_not_compared_again(run):
    r = run(report("全年完成知识产权质押融资总额 78.31 亿元。", "Nanjing provided over RMB 7.831 billion in IP pledge financing."))
    assert [d.check for d in r.discrepancies] == ["text_translation"]
    assert twin_texts(r) == {"78.31 亿元": "over RMB 7.831 billion"}


def test_sections_match_by_order_when_a_heading_is_misprinted():
    printed = [("zh", "一、"), ("zh", "一、"), ("zh", "二、"), ("zh", "二、"),
               ("en", "I."), ("en", "I."), ("en", "XIII."), ("en", "XIII.")]     # XIII. for VIII.
    lines = [SimpleNamespace(number=i, text="", section=section, lang=lang) for i, (lang, section) in enumerate(printed)]
    report = SimpleNamespace(half=lambda lang: [ln for ln in lines if ln.lang == lang])
    blocks = pairing.section_blocks(report)
    assert blocks[("zh", "二、")] == blocks[("en", "XIII.")] != blocks[("zh", "一、")] == blocks[("en", "I.")]
    assert [pairing.label_number(x) for x in ("三、", "（十二）", "3.", "XIV.", "IV.")] == [3, 12, 3, 14, 4]


@pytest.mark.parametrize("zh, en, expected", [
    ("117100", "11710", "lost_digit"), ("2608", "26608", "extra_digit"), ("80", "108", "number"),
    ("12.61", "12.61", None), ("1400", "1400", None)])
def test_digits_compared(zh, en, expected):
    def fact(value, lang):
        return SimpleNamespace(value=Decimal(value), unit="", qualifier="exact", fact_id=lang, text=value,
                               clause=value, lang=lang)
    assert twins.variant(fact(zh, "zh"), fact(en, "en"), set()) == expected


def test_a_number_said_of_several_statements_pairs_once_and_is_no_unmatched_number(run):
    r = run(report("2023年，全市专利申请量1.2万件，专利授权量8000件，均居全省第一。",
                   "In 2023, the city had 12,000 patent applications and 8,000 patents granted, both ranking first in the province."))
    restated = [f for f in r.facts if f.fact_id.endswith(".2")]
    assert len(restated) == 1 and restated[0].lang == "zh" and not restated[0].twin_fact_id
    assert all(f.twin_fact_id for f in r.facts if f.lang == "en")
    assert found(r) == {}
    assert all(f.twin_fact_id for f in r.facts if f.lang == "zh" and f not in restated)
    assert all(x.unmatched == 0 for x in twins.twins_run("t", r.facts, r.observations, r.discrepancies))
