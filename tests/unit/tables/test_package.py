"""The package writer: canonical numbers, the field dictionary, atomic and deterministic output."""
from __future__ import annotations

from decimal import Decimal

import dataclasses
import json
import pytest

from build_scripts import package
from build_scripts.core import records
from build_scripts.core.errors import BuildError


def test_numbers_are_written_canonically():
    assert package.cell(Decimal("11.71") * 10000) == "117100"
    assert package.cell(Decimal("942.34") * 10000) == "9423400"
    assert package.cell(11.71 * 10000) == "117100"
    assert package.cell(-17.61) == "-17.61" and package.cell(Decimal("50.390")) == "50.39"
    assert package.cell(None) == "" and package.cell(0) == "0" and package.cell(["zh", "en"]) == "zh,en"


def test_field_dictionary_defines_every_column_once_in_both_languages():
    d = package.load_dictionary()
    for name, res in d["resources"].items():
        assert res["title_zh"] and res["description_zh"]
        assert len(res["fields"]) == len(set(res["fields"])), name
    enums = {f: set(spec["constraints"]["enum"]) for f, spec in d["fields"].items() if "enum" in spec.get("constraints", {})}
    assert enums["qualifier"] == set(records.QUALIFIERS)
    assert enums["agreement"] == set(records.AGREEMENTS)
    assert enums["kind"] == set(records.DISCREPANCY_KINDS)


@pytest.mark.parametrize("resource,record", [("observations", records.Observation), ("facts", records.Fact),
                                             ("discrepancies", records.Discrepancy)])
def test_resources_carry_every_record_field(resource, record):
    listed = set(package.load_dictionary()["resources"][resource]["fields"])
    assert {f.name for f in dataclasses.fields(record)} <= listed


def test_undefined_field_is_an_error_naming_it(tmp_path):
    p = tmp_path / "fields.yaml"
    p.write_text("package: {}\npublished_table: {}\nfields: {}\nresources:\n  r: {fields: [nope]}\n", encoding="utf-8")
    with pytest.raises(BuildError) as exc:
        package.load_dictionary(p)
    assert exc.value.key == "nope" and exc.value.line == 5


def test_csv_is_plain_utf8_with_newlines_and_quotes():
    text = package.to_csv(["a", "b"], [{"a": "南京, 市", "b": Decimal("1.50")}, {"a": 'say "x"'}])
    assert text == 'a,b\n"南京, 市",1.5\n"say ""x""",\n'


def test_table_column_without_a_field_definition_names_fields_yaml():
    from types import SimpleNamespace
    result = SimpleNamespace(catalog=SimpleNamespace(indicators={}, units={}))
    table = SimpleNamespace(name="r-2022-t", columns=[{"name": "region_code", "type": "string"},
                                                      {"name": "mystery", "type": "string"}])
    with pytest.raises(BuildError) as err:
        package.published_resource(table, result, package.load_dictionary(), [])
    assert err.value.file == package.FIELDS_YAML and err.value.key == "mystery" and "r-2022-t" in err.value.message


def test_finding_ids_come_from_the_finding_not_its_place():
    from build_scripts.package import finding_id

    def row(line, value):
        return {"report_id": "r", "kind": "arithmetic", "check": "column_sum", "line_zh": line, "line_en": None,
                "indicator_id": "patents.granted", "region_code": "320000", "value_zh": value, "value_en": ""}
    a, b, new = row(10, "5"), row(20, "7"), row(5, "1")
    before = [finding_id(r, set()) for r in (a, b)]
    seen: set[str] = set()
    after = [finding_id(r, seen) for r in (new, a, b)]
    assert after[1:] == before                     # a new finding before them renumbers nothing
    assert len(set(after)) == 3 and all(i.startswith("r-column-sum-") for i in after)
    seen = set()
    assert finding_id(a, seen) != finding_id(dict(a), seen)   # the same finding twice still gets two ids


def test_a_written_package_that_fails_frictionless_is_refused(tmp_path):
    from build_scripts.package import validate_written

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "r.csv").write_text("code,value\n320000,12\n330000,not a number\n", encoding="utf-8")
    desc = {"name": "t", "resources": [{"name": "r", "path": "data/r.csv", "format": "csv", "encoding": "utf-8",
                                        "schema": {"fields": [{"name": "code", "type": "string"},
                                                              {"name": "value", "type": "integer"}]}}]}
    (tmp_path / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        validate_written(tmp_path / "datapackage.json")
    assert "frictionless" in err.value.message and err.value.key == "r"
    (tmp_path / "data" / "r.csv").write_text("code,value\n320000,12\n", encoding="utf-8")
    validate_written(tmp_path / "datapackage.json")
