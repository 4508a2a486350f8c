"""The written package in other formats: one Parquet file per resource and the whole package as
one SQLite database. Both are made from the descriptor and the rows read back from its CSVs (the
public API), never from in-memory records, and hold exactly the CSVs' rows.

Types follow each field's Table Schema `type`:

    Table Schema   Parquet (pyarrow)          SQLite column
    integer        int64                      INTEGER
    number         float64 (decimal128 *)     REAL (TEXT *)
    boolean        bool                       INTEGER (0/1)
    year           int32                      INTEGER
    date           date32                     TEXT (YYYY-MM-DD)
    datetime       timestamp[us] (UTC if any  TEXT (as in the CSV)
                   value has a zone)
    anything else  string                     TEXT

 * a number column with a value that float64 cannot hold exactly (more than 15-17 significant
   digits) becomes decimal128 in Parquet and TEXT in SQLite, so no download rounds a value.

A value in the schema's `missingValues` (default: the empty string) is null. The SQLite tables
carry the schema's `primaryKey` as PRIMARY KEY, its `foreignKeys` as FOREIGN KEY ... REFERENCES
(a reference to fields that are not the other table's primary key gets a UNIQUE index there) and
`constraints.required` as NOT NULL; the foreign keys are checked (PRAGMA foreign_key_check) before
the file is accepted. Table and column names are the resource and field names, quoted ("check",
"jiangsu-2022-patents").

Bytes are deterministic for a given pyarrow and SQLite library version: Parquet is written
without timestamps (its footer names the writer's version) and SQLite is built in memory with a
fixed page size, vacuumed and serialised (its header holds the SQLite version that wrote it).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from decimal import Decimal, InvalidOperation
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from build_scripts.core.errors import BuildError

PAGE_SIZE = 4096
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")
SQL_TYPES = {"integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "year": "INTEGER"}

Tables = dict[str, list[dict]]          # resource name -> rows as read from its CSV (strings)


def _fields(res: dict) -> list[dict]:
    return res.get("schema", {}).get("fields", [])


def _missing(res: dict) -> set[str]:
    return set(res.get("schema", {}).get("missingValues", [""]))


def _exact_float(text: str) -> bool:
    try:
        return Decimal(repr(float(text))) == Decimal(text)
    except (InvalidOperation, ValueError, OverflowError):
        return False


def _parse(ftype: str, text: str, field: dict):
    """A CSV cell as the Python value of its Table Schema type (ValueError when it is not one)."""
    if ftype in ("integer", "year"):
        return int(text)
    if ftype == "number":
        return float(text)
    if ftype == "boolean":
        if text in field.get("trueValues", TRUE_VALUES):
            return True
        if text in field.get("falseValues", FALSE_VALUES):
            return False
        raise ValueError(f"not a boolean: {text!r}")
    if ftype == "date":
        return dt.date.fromisoformat(text)
    if ftype == "datetime":
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return text


class _Column:
    """One field's cells, typed: `values` for Parquet, `sql` for SQLite (both None when missing)."""

    def __init__(self, res: dict, field: dict, rows: list[dict]):
        self.name, self.type = field["name"], field.get("type", "string")
        missing = _missing(res)
        cells = [row.get(self.name) for row in rows]
        cells = [None if c is None or c in missing else c for c in cells]
        self.exact = self.type != "number" or all(_exact_float(c) for c in cells if c is not None)
        try:
            parsed = [None if c is None else _parse(self.type, c, field) for c in cells]
        except ValueError as exc:
            raise BuildError(f"datapackage/{res.get('path', res['name'])}",
                             f"not a {self.type}: {exc} / 值与字段类型不符", key=self.name) from None
        self.cells, self.parsed = cells, parsed

    def arrow(self) -> tuple[pa.DataType, list]:
        if self.type == "number" and not self.exact:
            scale = max((len(c.partition(".")[2]) for c in self.cells if c), default=0)
            return pa.decimal128(38, scale), [None if c is None else Decimal(c) for c in self.cells]
        if self.type == "datetime" and any(v is not None and v.tzinfo for v in self.parsed):
            utc = dt.timezone.utc          # values without a zone in a column with zones: read as UTC
            return pa.timestamp("us", tz="UTC"), [None if v is None else (v.astimezone(utc) if v.tzinfo else v.replace(tzinfo=utc))
                                                  for v in self.parsed]
        kind = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "year": pa.int32(),
                "date": pa.date32(), "datetime": pa.timestamp("us")}.get(self.type, pa.string())
        return kind, self.parsed

    def sql_type(self) -> str:
        return SQL_TYPES.get(self.type, "TEXT") if self.exact else "TEXT"

    def sql(self) -> list:
        if not self.exact or self.type in ("date", "datetime"):
            return self.cells                        # as the CSV writes them
        return [int(v) if isinstance(v, bool) else v for v in self.parsed]


def _columns(res: dict, tables: Tables) -> list[_Column]:
    return [_Column(res, f, tables.get(res["name"], [])) for f in _fields(res)]


# --- Parquet ------------------------------------------------------------------------------------

def parquet_bytes(res: dict, tables: Tables) -> bytes:
    """One resource as a Parquet file: a column per field, typed from the schema; the field's
    descriptor (titles, description, unit) as the column's metadata and the resource's (without
    its fields: keys, title, description) as the file's."""
    arrays, schema_fields = [], []
    for col, field in zip(_columns(res, tables), _fields(res)):
        kind, values = col.arrow()
        arrays.append(pa.array(values, type=kind))
        meta = {k: v for k, v in field.items() if isinstance(v, str)}
        schema_fields.append(pa.field(col.name, kind, metadata={k: v.encode("utf-8") for k, v in sorted(meta.items())}))
    described = {k: v for k, v in res.items() if k not in ("path", "dialect", "schema")}   # fields: on the columns
    described["schema"] = {k: v for k, v in res.get("schema", {}).items() if k != "fields"}
    schema = pa.schema(schema_fields, metadata={b"frictionless:resource": json.dumps(
        described, ensure_ascii=False, sort_keys=True).encode("utf-8")})
    table = pa.Table.from_arrays(arrays, schema=schema)
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="snappy", version="2.6", write_statistics=True, store_schema=True)
    return buf.getvalue()


# --- SQLite -------------------------------------------------------------------------------------

def quote(name: str) -> str:
    """An SQL identifier: resource and field names as they are ("check" is a keyword, names have '-')."""
    return '"' + name.replace('"', '""') + '"'


def _names(fields) -> str:
    return ", ".join(quote(f) for f in ([fields] if isinstance(fields, str) else fields))


def _primary_key(res: dict) -> list[str]:
    pk = res.get("schema", {}).get("primaryKey") or []
    return [pk] if isinstance(pk, str) else list(pk)


def create_table_sql(res: dict, columns: list[_Column]) -> str:
    schema = res.get("schema", {})
    pk = _primary_key(res)
    lines = []
    for col, field in zip(columns, _fields(res)):
        required = col.name in pk or (field.get("constraints") or {}).get("required")
        lines.append(f"{quote(col.name)} {col.sql_type()}{' NOT NULL' if required else ''}")
    if pk:
        lines.append(f"PRIMARY KEY ({_names(pk)})")
    for fk in schema.get("foreignKeys") or []:
        ref = fk["reference"]
        lines.append(f"FOREIGN KEY ({_names(fk['fields'])}) REFERENCES "
                     f"{quote(ref.get('resource') or res['name'])} ({_names(ref['fields'])})")
    return f"CREATE TABLE {quote(res['name'])} (\n  " + ",\n  ".join(lines) + "\n)"


def _referenced(resources: list[dict]) -> Iterable[tuple[str, tuple[str, ...]]]:
    """(resource, fields) that a foreign key points at but that are not that resource's primary key."""
    by_name = {r["name"]: r for r in resources}
    seen = set()
    for res in resources:
        for fk in res.get("schema", {}).get("foreignKeys") or []:
            target = fk["reference"].get("resource") or res["name"]
            fields = fk["reference"]["fields"]
            fields = (fields,) if isinstance(fields, str) else tuple(fields)
            if target in by_name and list(fields) != _primary_key(by_name[target]) and (target, fields) not in seen:
                seen.add((target, fields))
                yield target, fields


def sqlite_bytes(descriptor: dict, tables: Tables, where: str = "datapackage/datapackage.json") -> bytes:
    """The whole package as one SQLite database: a table per resource (in the descriptor's order)."""
    resources = descriptor.get("resources", [])
    con = sqlite3.connect(":memory:")
    try:
        con.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        con.execute("PRAGMA foreign_keys = OFF")          # checked once all tables are in
        for res in resources:
            columns = _columns(res, tables)
            con.execute(create_table_sql(res, columns))
            marks = ", ".join("?" for _ in columns)
            rows = list(zip(*(c.sql() for c in columns))) if columns else []
            try:
                con.executemany(f"INSERT INTO {quote(res['name'])} VALUES ({marks})", rows)
            except sqlite3.IntegrityError as exc:
                raise BuildError(where, f"{res['name']}: {exc} / 主键或非空约束不满足", key=res["name"]) from None
            count = con.execute(f"SELECT count(*) FROM {quote(res['name'])}").fetchone()[0]
            if count != len(tables.get(res["name"], [])):
                raise BuildError(where, f"{res['name']}: {count} rows in SQLite, "
                                        f"{len(tables.get(res['name'], []))} in the CSV / 行数不符", key=res["name"])
        for target, fields in _referenced(resources):
            try:
                con.execute(f"CREATE UNIQUE INDEX {quote(f'{target}__' + '__'.join(fields))} "
                            f"ON {quote(target)} ({_names(fields)})")
            except sqlite3.IntegrityError:
                raise BuildError(where, f"{target}: foreign keys point at {', '.join(fields)}, which are not unique / "
                                        "外键引用的字段不唯一", key=target) from None
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            table, rowid, parent, _ = broken[0]
            raise BuildError(where, f"{table} row {rowid}: no matching row in {parent} ({len(broken)} in all) / "
                                    "外键在被引用资源中不存在", key=table)
        con.commit()
        con.execute("VACUUM")
        return con.serialize()
    finally:
        con.close()


def export_files(descriptor: dict, tables: Tables) -> dict[str, bytes]:
    """`<resource>.parquet` for every resource and `datapackage.sqlite` for the whole package."""
    out = {f"{res['name']}.parquet": parquet_bytes(res, tables) for res in descriptor.get("resources", [])}
    out["datapackage.sqlite"] = sqlite_bytes(descriptor, tables)
    return out

