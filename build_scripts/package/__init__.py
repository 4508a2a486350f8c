"""Stage 4, package: records -> `datapackage/` (Frictionless v1 descriptor + CSV), atomically.

Every field's type, titles and descriptions come from the one field dictionary,
`catalog/fields.yaml`. Rows are sorted and numbers written canonically, so two builds from the
same inputs are byte-identical.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import fields as dc_fields
from decimal import Decimal
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.atomic import replace_dir
from build_scripts.core.numfmt import canonical
from build_scripts.core.errors import BuildError
from build_scripts.core.yamlio import load_yaml

FIELDS_YAML = paths.CATALOG_DIR / "fields.yaml"
CSV_DIALECT = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "lineTerminator": "\n", "header": True}
DESCRIPTOR_KEYS = ("type", "title", "title_zh", "description", "description_zh", "constraints", "unit_field")


def load_dictionary(path: Path = FIELDS_YAML) -> dict:
    doc = load_yaml(path)
    for key in ("package", "fields", "resources", "published_table"):
        if not isinstance(doc, dict) or key not in doc:
            raise BuildError(path, f"missing top-level {key!r} / 缺少顶层键 {key}", key=key)
    for name, spec in doc["fields"].items():
        for k in ("type", "title", "title_zh", "description", "description_zh"):
            if not spec.get(k):
                raise BuildError(path, f"field {name!r} misses {k!r} / 字段缺少 {k}", line=doc["fields"].line_of(name), key=k)
    for rname, res in doc["resources"].items():
        for f in res["fields"]:
            if f not in doc["fields"]:
                raise BuildError(path, f"resource {rname!r} lists undefined field {f!r} / 资源引用了未定义字段",
                                 line=res.line_of("fields"), key=f)
    return doc


def cell(value) -> str:
    """A value as CSV text: numbers canonical (117100, not 117099.99999 or 117100.0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return canonical(value)
    if isinstance(value, float):  # 15 significant digits: all a float holds, without binary noise
        return canonical(Decimal(format(value, ".15g")))
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def to_csv(header: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow([cell(row.get(h)) for h in header])
    return buf.getvalue()


def field_descriptor(name: str, spec: dict) -> dict:
    out = {"name": name}
    out.update({k: spec[k] for k in DESCRIPTOR_KEYS if k in spec})
    return out


def resource(name: str, spec: dict, fields: list[dict], extra: dict | None = None) -> dict:
    schema = {"fields": fields, "missingValues": [""]}
    for key in ("primaryKey", "foreignKeys"):
        if key in spec:
            schema[key] = spec[key]
    res = {"name": name, "path": f"data/{name}.csv", "profile": "tabular-data-resource", "format": "csv",
           "mediatype": "text/csv", "encoding": "utf-8",
           "title": spec["title"], "title_zh": spec["title_zh"],
           "description": spec["description"].strip(), "description_zh": spec["description_zh"].strip(),
           "dialect": dict(CSV_DIALECT), "schema": schema}
    res.update(extra or {})
    return res


def row_of(record) -> dict:
    return {f.name: getattr(record, f.name) for f in dc_fields(record)}


FINDING_KEY = ("kind", "check", "line_zh", "line_en", "indicator_id", "region_code", "value_zh", "value_en")


def finding_id(row: dict, seen: set[str]) -> str:
    """A finding's id from what it says (report, check, lines, indicator, region, values), so a new
    finding elsewhere renumbers nothing: `<report>-<check>-<8 hex digits>`, `-2`... for repeats."""
    digest = hashlib.sha256("\x1f".join(str(row[k] or "") for k in FINDING_KEY).encode("utf-8")).hexdigest()[:8]
    base = f"{row['report_id']}-{row['check'].replace('_', '-').replace('.', '-')}-{digest}"
    out, k = base, 2
    while out in seen:
        out, k = f"{base}-{k}", k + 1
    seen.add(out)
    return out


def used_regions(result) -> list[str]:
    """The regions the package names (reports, observations, facts, findings, table rows), the
    members of the groupings among them, and all their ancestors: the regions resource, so every
    region_code is a key of it (CONTRACT.md) and nothing else of the national gazetteer is."""
    gaz = result.gazetteer
    used = {r.meta.region_code for r in result.reports}
    used |= {x.region_code for rows in (result.observations, result.facts, result.discrepancies) for x in rows}
    used |= {row.get("region_code") for t in result.tables for row in t.rows}
    used = {c for c in used if c}
    used |= {m for c in list(used) if c in gaz.regions for m in gaz.regions[c].members}
    used |= {a for c in list(used) for a in gaz.ancestors(c)}
    unknown = sorted(c for c in used if c not in gaz.regions)
    if unknown:
        raise BuildError(gaz.path, f"region code(s) {', '.join(unknown)} used but not in the gazetteer / 区划代码不在地区名录中",
                         key=unknown[0])
    return sorted(used)


def contract_rows(result, dictionary: dict) -> dict[str, list[dict]]:
    """The rows of every contract resource, sorted."""
    reports = [{
        "report_id": r.meta.id, "region_code": r.meta.region_code, "year": r.meta.year, "period": r.meta.period,
        "title_zh": r.meta.title_zh, "title_en": r.meta.title_en, "publisher_zh": r.meta.publisher_zh,
        "publisher_en": r.meta.publisher_en, "languages": list(r.meta.languages), "file": r.meta.file,
        "sha256": r.meta.sha256, "published": r.meta.published, "source_url": r.meta.source_url,
        "notes": r.meta.notes} for r in result.reports]
    regions = [{
        "region_code": g.code, "name_zh": g.name_zh, "name_en": g.name_en, "level": g.level,
        "parent_code": g.parent_code,
        "aliases": " | ".join([*g.aliases, *(f"{m} (mistranslation)" for m in g.mistranslations)]),
        "members": " ".join(g.members)} for g in map(result.gazetteer.regions.get, used_regions(result))]
    indicators = [{
        "indicator_id": i.id, "label_zh": i.label_zh, "label_en": i.label_en, "unit": i.unit, "topic": i.topic,
        "measure": i.measure, "definition_zh": i.definition_zh, "definition_en": i.definition_en}
        for i in result.catalog.indicators.values()]
    observations = [row_of(o) for o in result.observations]
    facts = [row_of(f) for f in result.facts]
    discrepancies = sorted((row_of(d) for d in result.discrepancies), key=lambda d: (
        d["report_id"], d["kind"], d["check"], d["line_zh"] or 0, d["line_en"] or 0, d["indicator_id"], d["region_code"],
        d["value_zh"], d["value_en"]))
    seen: set[str] = set()
    for d in discrepancies:
        d["discrepancy_id"] = finding_id(d, seen)
    tables = [{
        "resource": t.name, "report_id": t.report_id, "title_zh": t.title_zh, "title_en": t.title_en,
        "unit_zh": t.unit_zh, "unit_en": t.unit_en, "lines_zh": _lines(t, "zh"), "lines_en": _lines(t, "en"),
        "rows": len(t.rows), "notes": "\n".join(t.notes)} for t in result.tables]
    checks = [row_of(c) for c in result.checks]
    return {
        "reports": sorted(reports, key=lambda r: r["report_id"]),
        "regions": sorted(regions, key=lambda r: r["region_code"]),
        "indicators": sorted(indicators, key=lambda r: r["indicator_id"]),
        "observations": sorted(observations, key=lambda o: (o["report_id"], o["indicator_id"], o["region_code"], o["period"])),
        "facts": sorted(facts, key=lambda f: (f["report_id"], f["lang"], f["line"], f["fact_id"])),
        "discrepancies": discrepancies,
        "tables": sorted(tables, key=lambda t: t["resource"]),
        "checks": sorted(checks, key=lambda c: (c["report_id"], c["scope"], c["check"])),
    }


def _lines(table, lang: str) -> str:
    if table.lang == lang:
        return f"{table.line_first}-{table.line_last}"
    if lang == "en" and table.twin_lines:
        return f"{table.twin_lines[0]}-{table.twin_lines[1]}"
    return ""


def published_resource(table, result, dictionary: dict, missing: list[str]) -> dict:
    """The descriptor of one as-published table resource, its field titles in both languages."""
    tpl = dictionary["published_table"]
    cat = result.catalog
    units = cat.units
    fields = []
    for col in table.columns:
        ind = cat.indicators.get(col.get("indicator_id", ""))
        spec = dictionary["fields"].get(col["name"]) if ind is None else None
        if ind is None and spec is None and not (col.get("title") and col.get("title_zh")):
            raise BuildError(FIELDS_YAML, f"no field {col['name']!r} for table {table.name} / 未定义表格字段",
                             key=col["name"])
        f = {"name": col["name"], "type": col["type"],
             "title": col.get("title") or spec["title"], "title_zh": col.get("title_zh") or spec["title_zh"]}
        if ind:
            printed_en = col["printed_unit_en"] or col["printed_unit_zh"]
            printed_zh = col["printed_unit_zh"] or col["printed_unit_en"]
            scale = canonical(col["scale"])
            f["unit"] = ind.unit
            if scale != "1":
                f["unit_multiplier"] = int(col["scale"]) if col["scale"] == int(col["scale"]) else float(col["scale"])
            f["description"] = tpl["value_description"].format(
                indicator=ind.id, label=ind.label_en, unit=units[ind.unit].label_en, printed=printed_en or "none",
                scaled=tpl["scaled"].format(scale=scale) if scale != "1" else "")
            f["description_zh"] = tpl["value_description_zh"].format(
                indicator=ind.id, label_zh=ind.label_zh, unit_zh=units[ind.unit].label_zh, printed_zh=printed_zh or "无",
                scaled_zh=tpl["scaled_zh"].format(scale=scale) if scale != "1" else "")
        elif spec is None:      # a printed column that names no indicator
            f["description"] = tpl["unmapped_description"].format(title=f["title"])
            f["description_zh"] = tpl["unmapped_description_zh"].format(title_zh=f["title_zh"])
        else:
            f["description"], f["description_zh"] = spec["description"], spec["description_zh"]
        if "constraints" in (spec or {}):
            f["constraints"] = spec["constraints"]
        fields.append(f)
    lines = "; ".join(x for x in (f"lines {_lines(table, 'zh')} (zh)" if _lines(table, "zh") else "",
                                   f"lines {_lines(table, 'en')} (en)" if _lines(table, "en") else "") if x)
    lines_zh = "；".join(x for x in (f"中文第 {_lines(table, 'zh')} 行" if _lines(table, "zh") else "",
                                    f"英文第 {_lines(table, 'en')} 行" if _lines(table, "en") else "") if x)
    notes = " ".join(table.notes)
    spec = {
        "title": table.title_en or table.title_zh, "title_zh": table.title_zh or table.title_en,
        "description": tpl["description"].format(
            title=table.title_en or table.title_zh, report_id=table.report_id, lines=lines,
            unit=table.unit_en or table.unit_zh or "-", notes=f" {notes}" if notes else ""),
        "description_zh": tpl["description_zh"].format(
            title_zh=table.title_zh or table.title_en, report_id=table.report_id, lines_zh=lines_zh,
            unit_zh=table.unit_zh or table.unit_en or "-", notes_zh=notes),
        "foreignKeys": [{"fields": ["region_code"], "reference": {"resource": "regions", "fields": ["region_code"]}}],
    }
    res = resource(table.name, spec, fields)
    res["schema"]["missingValues"] = ["", *missing]
    return res


def descriptor(result, dictionary: dict, missing: list[str]) -> dict:
    pkg = dictionary["package"]
    sources = [{"title": f"{r.meta.title_en} / {r.meta.title_zh}",
                **({"path": r.meta.source_url} if r.meta.source_url else {}),
                "report_id": r.meta.id, "publisher": r.meta.publisher_en, "publisher_zh": r.meta.publisher_zh}
               for r in sorted(result.reports, key=lambda r: r.meta.id)]
    publishers = sorted({(r.meta.publisher_en, r.meta.publisher_zh) for r in result.reports})
    contributors = [dict(c) for c in pkg["contributors"]] + [
        {"title": en, "title_zh": zh, "role": "publisher"} for en, zh in publishers]
    resources = [resource(name, spec, [field_descriptor(f, dictionary["fields"][f]) for f in spec["fields"]])
                 for name, spec in dictionary["resources"].items()]
    resources += [published_resource(t, result, dictionary, missing) for t in sorted(result.tables, key=lambda t: t.name)]
    return {
        "profile": "tabular-data-package", "name": pkg["name"],
        "title": pkg["title"], "title_zh": pkg["title_zh"],
        "description": pkg["description"].strip(), "description_zh": pkg["description_zh"].strip(),
        "version": pkg["version"], "created": pkg["created"], "keywords": list(pkg["keywords"]),
        "licenses": [dict(x) for x in pkg["licenses"]], "sources": sources, "contributors": contributors,
        "resources": resources,
    }


def write_package(result, out_dir: str | Path = paths.DATAPACKAGE_DIR) -> Path:
    """Write datapackage.json and data/*.csv into a fresh folder, then swap it in."""
    from build_scripts.parse.tables import load_vocab

    dictionary = load_dictionary()
    missing = sorted(load_vocab().missing)
    rows = contract_rows(result, dictionary)
    desc = descriptor(result, dictionary, missing)
    out_dir = Path(out_dir)
    with replace_dir(out_dir) as tmp:
        (tmp / "data").mkdir()
        for res in desc["resources"]:
            header = [f["name"] for f in res["schema"]["fields"]]
            data = rows.get(res["name"])
            if data is None:
                data = next(t.rows for t in result.tables if t.name == res["name"])
            (tmp / res["path"]).write_text(to_csv(header, data), encoding="utf-8")
        (tmp / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        validate_written(tmp / "datapackage.json")
    return out_dir


def validate_written(descriptor_path: Path) -> None:
    """`frictionless validate` on the package just written, before it replaces the last good one:
    a package that fails it is never published (BuildError listing the first errors)."""
    from frictionless import validate

    report = validate(str(descriptor_path))
    if report.valid:
        return
    errors = [f"{task.name}: {err.type}: {err.message}" for task in report.tasks for err in task.errors[:3]]
    errors += [f"package: {err.type}: {err.message}" for err in report.errors[:3]]
    raise BuildError(descriptor_path.name, "the written package fails frictionless validate / 数据包未通过校验: "
                     + " | ".join(errors[:6]), key=(report.tasks[0].name if report.tasks else "package"))
