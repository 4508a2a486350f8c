"""Parquet and SQLite exports of a small package (package/exports.py): types from the Table Schema,
primary and foreign keys, nulls, row counts, exact numbers and deterministic bytes."""
import datetime as dt
import io
import json
import sqlite3
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from build_scripts.core.errors import BuildError
from build_scripts.package.exports import export_files, parquet_bytes, sqlite_bytes


def resource(name, fields, pk=None, fks=()):
    schema = {"fields": [{"name": n, "type": t, "title": n.title()} for n, t in fields]}
    if pk:
        schema["primaryKey"] = pk
    if fks:
        schema["foreignKeys"] = [{"fields": [f], "reference": {"resource": r, "fields": [rf]}} for f, r, rf in fks]
    return {"name": name, "path": f"data/{name}.csv", "schema": schema}


DESCRIPTOR = {"name": "small", "resources": [
    resource("regions", [("region_code", "string"), ("name", "string")], pk=["region_code"]),
    resource("reports", [("report_id", "string"), ("region_code", "string"), ("year", "integer"),
                         ("published", "date"), ("bilingual", "boolean")],
             pk=["report_id"], fks=[("region_code", "regions", "region_code")]),
    resource("observations", [("report_id", "string"), ("check", "string"), ("value", "number"), ("line", "integer")],
             pk=["report_id", "check"], fks=[("report_id", "reports", "report_id")]),
    resource("my-table", [("region_code", "string"), ("share", "number")], fks=[("region_code", "regions", "region_code")]),
]}
TABLES = {
    "regions": [{"region_code": "320000", "name": "江苏省"}, {"region_code": "320100", "name": "南京市"}],
    "reports": [{"report_id": "js-2022", "region_code": "320000", "year": "2022", "published": "2023-04-26", "bilingual": "true"},
                {"report_id": "nj-2022", "region_code": "320100", "year": "2022", "published": "", "bilingual": "false"}],
    "observations": [{"report_id": "js-2022", "check": "a", "value": "50000000000", "line": "12"},
                     {"report_id": "js-2022", "check": "b", "value": "12.61", "line": ""},
                     {"report_id": "nj-2022", "check": "a", "value": "-0.5", "line": "3"}],
    "my-table": [{"region_code": "320100", "share": "0.12345678901234567890123"},   # more digits than float64 holds
                 {"region_code": "", "share": "1"}],
}


def read_parquet(name, descriptor=DESCRIPTOR, tables=TABLES) -> pa.Table:
    res = next(r for r in descriptor["resources"] if r["name"] == name)
    return pq.read_table(io.BytesIO(parquet_bytes(res, tables)))


def open_sqlite(tmp_path, descriptor=DESCRIPTOR, tables=TABLES) -> sqlite3.Connection:
    path = tmp_path / "p.sqlite"
    path.write_bytes(sqlite_bytes(descriptor, tables))
    return sqlite3.connect(path)


def test_parquet_columns_are_typed_from_the_schema():
    reports = read_parquet("reports")
    assert reports.schema.field("year").type == pa.int64()
    assert reports.schema.field("published").type == pa.date32()
    assert reports.schema.field("bilingual").type == pa.bool_()
    assert reports.schema.field("region_code").type == pa.string()
    assert reports.to_pylist()[0] == {"report_id": "js-2022", "region_code": "320000", "year": 2022,
                                      "published": dt.date(2023, 4, 26), "bilingual": True}
    assert reports.to_pylist()[1]["published"] is None                      # missing value -> null
    obs = read_parquet("observations")
    assert obs.schema.field("value").type == pa.float64()
    assert obs.column("value").to_pylist() == [50000000000.0, 12.61, -0.5]
    assert obs.column("line").to_pylist() == [12, None, 3]
    assert obs.schema.field("value").metadata[b"title"] == b"Value"
    described = json.loads(obs.schema.metadata[b"frictionless:resource"])
    assert described["name"] == "observations" and described["schema"]["primaryKey"] == ["report_id", "check"]


def test_parquet_never_rounds_a_number():
    table = read_parquet("my-table")
    assert isinstance(table.schema.field("share").type, pa.Decimal128Type)
    assert table.column("share").to_pylist() == [Decimal("0.12345678901234567890123"), Decimal("1")]
    assert table.column("region_code").to_pylist() == ["320100", None]


def test_sqlite_tables_keys_types_and_counts(tmp_path):
    con = open_sqlite(tmp_path)
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    assert names == [r["name"] for r in DESCRIPTOR["resources"]]
    for name, rows in TABLES.items():
        assert con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == len(rows)
    cols = {r[1]: (r[2], r[3], r[5]) for r in con.execute('PRAGMA table_info("observations")')}   # type, notnull, pk
    assert cols == {"report_id": ("TEXT", 1, 1), "check": ("TEXT", 1, 2), "value": ("REAL", 0, 0), "line": ("INTEGER", 0, 0)}
    assert [(r[2], r[3], r[4]) for r in con.execute('PRAGMA foreign_key_list("observations")')] == [("reports", "report_id", "report_id")]
    assert [(r[2], r[3], r[4]) for r in con.execute('PRAGMA foreign_key_list("my-table")')] == [("regions", "region_code", "region_code")]
    assert con.execute('SELECT value, typeof(value), line FROM observations ORDER BY rowid').fetchall() == [
        (50000000000.0, "real", 12), (12.61, "real", None), (-0.5, "real", 3)]
    assert con.execute("SELECT published, bilingual FROM reports ORDER BY rowid").fetchall() == [("2023-04-26", 1), (None, 0)]
    assert con.execute('SELECT share FROM "my-table" ORDER BY rowid').fetchall() == [("0.12345678901234567890123",), ("1",)]
    con.execute("PRAGMA foreign_keys = ON")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO observations VALUES ('no-such-report', 'x', 1, 1)")
    assert con.execute("PRAGMA page_size").fetchone()[0] == 4096


def test_exports_are_byte_identical_across_runs():
    first, second = export_files(DESCRIPTOR, TABLES), export_files(DESCRIPTOR, TABLES)
    assert sorted(first) == ["datapackage.sqlite", "my-table.parquet", "observations.parquet",
                             "regions.parquet", "reports.parquet"]
    assert all(first[k] == second[k] for k in first)


def test_a_broken_foreign_key_or_duplicate_key_is_a_build_error():
    broken = {**TABLES, "reports": [dict(TABLES["reports"][0], region_code="999999"), TABLES["reports"][1]]}
    with pytest.raises(BuildError) as err:
        sqlite_bytes(DESCRIPTOR, broken)
    assert err.value.key == "reports" and "regions" in err.value.message
    twice = {**TABLES, "regions": TABLES["regions"] * 2}
    with pytest.raises(BuildError) as err:
        sqlite_bytes(DESCRIPTOR, twice)
    assert err.value.key == "regions"


def test_a_value_that_is_not_its_type_names_the_column():
    bad = {**TABLES, "observations": [dict(TABLES["observations"][0], line="twelve")]}
    with pytest.raises(BuildError) as err:
        parquet_bytes(DESCRIPTOR["resources"][2], bad)
    assert err.value.key == "line"


def test_a_reference_to_fields_that_are_not_a_primary_key_gets_a_unique_index(tmp_path):
    descriptor = {"resources": [
        resource("regions", [("region_code", "string"), ("name", "string")]),
        resource("cities", [("name", "string")], fks=[("name", "regions", "name")])]}
    tables = {"regions": TABLES["regions"], "cities": [{"name": "南京市"}]}
    con = open_sqlite(tmp_path, descriptor, tables)
    indexes = [r[1] for r in con.execute('PRAGMA index_list("regions")') if r[2]]
    assert indexes == ["regions__name"]
