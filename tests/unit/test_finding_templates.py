"""The sentences of the findings are templates in catalog/checks.yaml (`finding_en` / `finding_zh`):
a faulty template is a BuildError naming the file, the line and the check, and every check the
code words has its templates there."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from build_scripts import check as checks
from build_scripts.check import tables
from build_scripts.check.report import merge_conflict
from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.normalize import align

HEAD = ("checks:\n"
        "  - id: rank\n"
        "    kind: arithmetic\n"
        "    scope: table\n"
        "    compares_en: a\n"
        "    compares_zh: b\n"
        "    description_en: c\n"
        "    description_zh: d\n")                      # the finding keys start on line 9
RANK = ('    finding_en: "The printed rank {cell} gives {recomputed}."\n'
        '    finding_zh: "排名 {cell} 重新计算为 {recomputed}。"\n')
SOURCES = [paths.ROOT / "build_scripts" / p for p in ("check/tables.py", "check/report.py", "check/twins.py",
                                                      "normalize/align.py")]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "checks.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def error(path: Path) -> BuildError:
    with pytest.raises(BuildError) as err:
        checks.load_checks(path)
    return err.value


def test_a_well_formed_template_loads_and_fills(tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "CHECKS_YAML", write(tmp_path, HEAD + RANK))
    assert checks.wording("rank", cell="3", recomputed=2) == ("The printed rank 3 gives 2.", "排名 3 重新计算为 2。")


def test_a_field_missing_in_one_language(tmp_path):
    err = error(write(tmp_path, HEAD + '    finding_en: "The printed rank {cell} gives {recomputed}."\n'
                                       '    finding_zh: "排名 {cell}。"\n'))
    assert (Path(err.file).name, err.line, err.key) == ("checks.yaml", 10, "rank")
    assert "{recomputed}" in err.message and "finding_zh" in err.message


def test_a_field_left_unsaid_on_purpose_is_written_omit(tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "CHECKS_YAML", write(tmp_path, HEAD + '    finding_en: "Rank {cell} by {basis}."\n'
                                                                      '    finding_zh: "排名 {cell}。{basis:omit}"\n'))
    assert checks.wording("rank", cell="3", basis="x") == ("Rank 3 by x.", "排名 3。")


def test_variants_must_be_the_same_in_both_languages(tmp_path):
    err = error(write(tmp_path, HEAD + "    finding_en:\n"
                                       '      high: "Rank {cell} too high."\n'
                                       '      low: "Rank {cell} too low."\n'
                                       "    finding_zh:\n"
                                       '      high: "排名 {cell} 偏高。"\n'
                                       '      lower: "排名 {cell} 偏低。"\n'))
    assert (Path(err.file).name, err.line, err.key) == ("checks.yaml", 12, "rank")
    assert "low" in err.message and "lower" in err.message


def test_a_field_missing_in_one_variant_names_the_variant_line(tmp_path):
    err = error(write(tmp_path, HEAD + "    finding_en:\n"
                                       '      high: "Rank {cell} too high."\n'
                                       '      low: "Rank {cell} too low."\n'
                                       "    finding_zh:\n"
                                       '      high: "排名 {cell} 偏高。"\n'
                                       '      low: "排名偏低。"\n'))
    assert (Path(err.file).name, err.line, err.key) == ("checks.yaml", 14, "rank")
    assert "finding_zh.low" in err.message


def test_an_unknown_variant_at_call_time(tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "CHECKS_YAML", write(tmp_path, HEAD + "    finding_en:\n"
                                                                      '      high: "Rank {cell} too high."\n'
                                                                      "    finding_zh:\n"
                                                                      '      high: "排名 {cell} 偏高。"\n'))
    assert checks.wording("rank", "high", cell="3") == ("Rank 3 too high.", "排名 3 偏高。")
    for variant in ("low", None):
        with pytest.raises(BuildError) as err:
            checks.wording("rank", variant, cell="3")
        assert (Path(err.value.file).name, err.value.line, err.value.key) == ("checks.yaml", 2, "rank")


def test_an_unknown_key_in_an_entry(tmp_path):
    err = error(write(tmp_path, HEAD + RANK + "    finding_eng: \"The rank {cell}.\"\n"))
    assert (Path(err.file).name, err.line, err.key) == ("checks.yaml", 11, "rank")
    assert "'finding_eng'" in err.message and "'finding_en'?" in err.message    # with the likely key


def test_the_finding_keys_are_required(tmp_path):
    err = error(write(tmp_path, HEAD + '    finding_en: "Rank {cell}."\n'))
    assert (Path(err.file).name, err.line, err.key) == ("checks.yaml", 2, "rank")
    assert "finding_zh" in err.message


@pytest.mark.parametrize("template", ["Rank {}.", "Rank {row.cell}.", "Rank {cell!x}.", "Rank {cell."])
def test_a_field_that_is_not_a_plain_name(tmp_path, template):
    err = error(write(tmp_path, HEAD + f'    finding_en: "{template}"\n    finding_zh: "排名 {{cell}}。"\n'))
    assert (Path(err.file).name, err.line, err.key) == ("checks.yaml", 9, "rank")


def test_a_field_not_given_at_call_time(tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "CHECKS_YAML", write(tmp_path, HEAD + RANK))
    with pytest.raises(BuildError) as err:
        checks.wording("rank", cell="3")
    assert (Path(err.value.file).name, err.value.line, err.value.key) == ("checks.yaml", 9, "rank")
    assert "{recomputed}" in err.value.message
    with pytest.raises(BuildError) as err:
        checks.wording("no_such_check", cell="3")
    assert (Path(err.value.file).name, err.value.key) == ("checks.yaml", "no_such_check")


def test_a_field_can_differ_by_language(tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "CHECKS_YAML", write(tmp_path, HEAD + '    finding_en: "{cell!r} of {what}."\n'
                                                                      '    finding_zh: "“{cell}”（{what}）。"\n'))
    assert checks.wording("rank", cell="3", what=checks.Both("patents", "专利")) == ("'3' of patents.", "“3”（专利）。")


# The real catalog and the code ------------------------------------------------------------------
def worded_checks() -> set[str]:
    """The checks the code words: literal first arguments of wording() and sum_check() (which
    passes its check on), the layout defects, and the report-scope conflicts, whose check is
    "<kept source>_vs_<other source>" (tables are merged before the text, so no text_vs_table)."""
    calls = re.compile(r'(?<!def )\b(?:wording|sum_check)\(\s*(?:"([^"]+)"|(\w+))')
    literal, dynamic = set(), set()
    for path in SOURCES:
        for lit, name in calls.findall(path.read_text(encoding="utf-8")):
            (literal.add(lit) if lit else dynamic.add(name))
    assert dynamic == {"check"}, dynamic        # a new computed check id belongs in this test too
    return literal | set(checks.LAYOUT) | {"table_vs_text", "table_vs_table", "text_vs_text"}


def test_every_worded_check_has_its_templates_and_every_template_is_used():
    assert worded_checks() == set(checks.load_checks())
    assert all(spec.findings for spec in checks.load_checks().values())


def test_the_layout_defects_the_parser_records_are_worded():
    code = "".join((paths.ROOT / "build_scripts" / stage / "tables.py").read_text(encoding="utf-8")
                   for stage in ("parse", "normalize"))
    recorded = set(re.findall(r'"(layout\.\w+)"', code))
    assert recorded and recorded == set(checks.LAYOUT) <= set(checks.load_checks())
    assert tables.LAYOUT_TAB is checks.LAYOUT_TAB and tables.LAYOUT_STACKED is checks.LAYOUT_STACKED


def test_every_text_translation_variant_is_filled_by_the_code():
    def fact(value, qualifier, region, unit):
        return SimpleNamespace(value=Decimal(value), qualifier=qualifier, region_code=region, unit=unit,
                               line=3, clause="", text="q")
    units = {"pieces": SimpleNamespace(label_en="pieces", label_zh="件")}
    for variant in checks.load_checks()["text_translation"].findings:
        d = align.discrepancy("r", fact("12", "approx", "320100", "pieces"), fact("13", "exact", "320200", ""),
                              variant, units)
        assert d.resolution.startswith("The Chinese text states 12 pieces, the English translation 13: ")
        assert d.resolution_zh.startswith("中文本为12件，英文译本为13：")


def test_every_conflict_check_is_filled_by_the_code():
    def obs(source, value, line_zh, line_en):
        return SimpleNamespace(report_id="r", indicator_id="i", region_code="320100", period="2022", value=value,
                               source=source, line_zh=line_zh, quote_zh="", line_en=line_en, quote_en="")
    for check in ("table_vs_text", "table_vs_table", "text_vs_text"):
        kept, other = check.split("_vs_")
        d = merge_conflict(obs(kept, 1.5, 1, 2), obs(other, 2, None, 7))
        assert d.check == check and "(" + other + ", line 7)" in d.resolution and "2（" + other + "）" in d.resolution_zh
