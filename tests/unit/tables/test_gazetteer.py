"""The region gazetteer: codes, aliases, relative labels, mistranslations, errors."""
from __future__ import annotations

import re

import pytest

from build_scripts.core.errors import BuildError
from build_scripts.normalize.gazetteer import load_gazetteer

GAZ = load_gazetteer()


@pytest.mark.parametrize("label,code", [
    ("南京", "320100"), ("南京市", "320100"), ("Nanjing", "320100"), (" nanjing ", "320100"),
    ("Huai'an", "320800"), ("Huai' an", "320800"), ("昆山", "320583"), ("Kunshan", "320583"),
    ("Taixing", "321283"), ("Shuyang County", "321322"), ("苏南", "X32001"), ("Southern Jiangsu", "X32001"),
    ("珠三角", "X44001"), ("粤东", "X44002"), ("粤西", "X44003"), ("粤北", "X44004"),
    ("Guangzhou", "440100"), ("深圳市", "440300"), ("<b>Wuxi</b>", "320200"), ("*Others", None),
])
def test_lookup(label, code):
    assert GAZ.lookup(label) == code


def test_relative_labels_resolve_against_the_report_region():
    assert GAZ.lookup("全省", "320000") == "320000"
    assert GAZ.lookup("Entire province", "320100") == "320000"
    assert GAZ.lookup("全市", "320100") == "320100"
    assert GAZ.lookup("全市", "320000") is None
    assert GAZ.lookup("* 其他", "320000") == "X32999"
    assert GAZ.lookup("*Others", "440000") == "X44999"


def test_known_mistranslation_resolves_and_is_flagged():
    assert GAZ.lookup("Southern Suzhou") == "X32001"
    assert GAZ.is_mistranslation("Southern Suzhou") and not GAZ.is_mistranslation("Southern Jiangsu")


def test_unknown_label_names_file_line_and_label():
    with pytest.raises(BuildError) as exc:
        GAZ.resolve("Atlantis", "seeds/x.txt", 12)
    assert (str(exc.value.file), exc.value.line, exc.value.key) == ("seeds/x.txt", 12, "Atlantis")
    assert "regions.yaml" in str(exc.value)


def test_codes_levels_and_coverage():
    for r in GAZ.regions.values():
        assert re.fullmatch(r"\d{6}", r.code) or re.fullmatch(r"X\d{5}", r.code)
        assert r.code.startswith("X") == (r.level in ("subregion", "unclassified"))
        assert r.parent_code == "" or r.parent_code in GAZ.regions
    assert len(GAZ.children("320000", "prefecture")) == 13
    assert len(GAZ.children("440000", "prefecture")) == 21
    for g in ("X32001", "X32002", "X32003"):
        assert all(GAZ.regions[m].parent_code == "320000" for m in GAZ.regions[g].members)
    jiangsu = {m for g in ("X32001", "X32002", "X32003") for m in GAZ.regions[g].members}
    assert jiangsu == {r.code for r in GAZ.children("320000", "prefecture")}


def test_names_for_running_text_longest_first():
    zh = GAZ.names("zh")
    assert [len(s) for s, _ in zh] == sorted((len(s) for s, _ in zh), reverse=True)
    assert ("南京市", "320100") in zh and ("南京", "320100") in zh
    assert all(not re.search(r"[\u4e00-\u9fff]", s) for s, _ in GAZ.names("en"))
    assert ("Southern Suzhou", "X32001") in GAZ.names("en")


def test_a_label_naming_two_regions_is_an_error(tmp_path):
    p = tmp_path / "regions.yaml"
    p.write_text('regions:\n  - {code: "320100", name_zh: 南京市, name_en: Nanjing, level: prefecture, aliases: [宁]}\n'
                 '  - {code: "320200", name_zh: 无锡市, name_en: Wuxi, level: prefecture, aliases: [宁]}\n', encoding="utf-8")
    with pytest.raises(BuildError) as exc:
        load_gazetteer(p)
    assert exc.value.line == 3


def test_a_citys_districts_by_short_form_but_for_common_words_and_customs_districts(tmp_path):
    zh = dict(GAZ.names("zh", "440100"))
    assert zh.get("天河") == "440106" and zh.get("番禺") == "440113"
    assert "白云" not in zh                      # a common word too (regions.yaml common_words)
    assert "天河" not in dict(GAZ.names("zh", "440000"))   # only in its own city's reports
    assert GAZ.lookup("哈尔滨海关") == "230000" and GAZ.lookup("Wuhan Customs") == "420000"
    p = tmp_path / "regions.yaml"
    p.write_text('common_words: 市中\nregions:\n  - {code: "320100", name_zh: 南京市, name_en: Nanjing, level: prefecture}\n',
                 encoding="utf-8")
    with pytest.raises(BuildError, match="common_words"):
        load_gazetteer(p)
