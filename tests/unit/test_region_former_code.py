"""A report's region_code may be the code its region had in the year it is about. A renamed or upgraded unit (撤县设区:
a county's code until 2015, a district's after) is the same territory under its successor's code: the report is
published under the successor and a finding says so in both languages. A merged unit keeps a code of its own, and a
code no list knows still stops the build, naming reports.yaml, the line and the key."""
import pytest
import yaml

from build_scripts.core.errors import BuildError
from build_scripts.pipeline import extract

TEXT = "2011年全县专利申请量1234件，专利授权量567件。\n"


def build(tmp_path, code):
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    entry = {"id": "r", "file": "r.txt", "region_code": code, "year": 2011, "title_zh": "报告", "title_en": "Report",
             "publisher_zh": "某局", "publisher_en": "A bureau", "languages": ["zh"]}
    (tmp_path / "reports.yaml").write_text(yaml.safe_dump({"reports": [entry]}, allow_unicode=True), encoding="utf-8")
    return extract(tmp_path)


def test_a_former_county_code_is_published_under_its_district(tmp_path):
    result = build(tmp_path, "110228")          # 密云县 until 2015, 密云区 110118 since
    assert {(o.indicator_id, o.region_code, str(o.value)) for o in result.observations} >= {
        ("patents.applications", "110118", "1234"), ("patents.granted", "110118", "567")}
    assert result.reports[0].meta.region_code == "110118"
    (found,) = [d for d in result.discrepancies if d.check == "region_code_former"]
    assert "110228" in found.resolution and "110118" in found.resolution and "Miyun District" in found.resolution
    assert "密云县" in found.resolution_zh and "密云区" in found.resolution_zh
    (run,) = [c for c in result.checks if c.check == "region_code_former"]
    assert (run.comparisons, run.findings) == (1, 1)


def test_a_current_code_makes_no_finding(tmp_path):
    result = build(tmp_path, "110118")
    assert not [d for d in result.discrepancies if d.check == "region_code_former"]
    assert not [c for c in result.checks if c.check == "region_code_former"]


def test_a_merged_units_code_stays_its_own(tmp_path):
    result = build(tmp_path, "310108")          # 闸北区, merged into 静安区 in 2015: its figures are not 静安区's
    assert {o.region_code for o in result.observations} == {"310108"}
    assert not [d for d in result.discrepancies if d.check == "region_code_former"]


def test_an_unknown_code_still_stops_the_build(tmp_path):
    with pytest.raises(BuildError) as err:
        build(tmp_path, "110299")
    assert "reports.yaml" in str(err.value) and "region_code" in str(err.value)
