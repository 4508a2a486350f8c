"""The site's downloads: every resource of the written package as CSV, JSON (an array of typed
records) and Parquet, and the whole package as one zip with fixed timestamps (byte-identical
rebuilds) and as one SQLite database (package/exports.py). Their names are stable URLs below
downloads/: <resource>.csv, <resource>.json, <resource>.parquet, datapackage.zip,
datapackage.sqlite and datapackage.json."""
from __future__ import annotations

import io
import json
import zipfile

from build_scripts.package.exports import export_files
from build_scripts.site.model import Package
from build_scripts.site.ui import to_decimal

ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _typed(value: str, ftype: str):
    if value == "":
        return None
    if ftype in ("integer", "number"):
        d = to_decimal(value)
        if d is not None:
            return int(d) if ftype == "integer" or d == d.to_integral_value() and "." not in value else float(d)
    return value


def download_files(pkg: Package) -> dict[str, bytes]:
    """Each resource as CSV (the committed bytes), JSON (array of records, typed by its schema) and
    Parquet; the descriptor; the whole package as a zip with fixed timestamps and as SQLite."""
    out: dict[str, bytes] = {}
    for res in pkg.resources:
        types = {f["name"]: f.get("type", "string") for f in res.get("schema", {}).get("fields", [])}
        out[f"{res['name']}.csv"] = (pkg.folder / res["path"]).read_bytes()
        records = [{k: _typed(v, types.get(k, "string")) for k, v in row.items()} for row in pkg.rows(res["name"])]
        out[f"{res['name']}.json"] = (json.dumps(records, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    out["datapackage.json"] = (pkg.folder / "datapackage.json").read_bytes()
    members = ["datapackage.json"] + sorted(res["path"] for res in pkg.resources)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in members:
            info = zipfile.ZipInfo(f"datapackage/{name}", date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, (pkg.folder / name).read_bytes())
    out["datapackage.zip"] = buf.getvalue()
    out.update(export_files(pkg.descriptor, pkg.tables))
    return out
