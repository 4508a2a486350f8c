"""Every download link returns the right file with the right content type; every resource of
the package is downloadable as CSV, JSON and Parquet, and the whole package as a zip and as one
SQLite database, in both languages. The Parquet files (pyarrow) and the database (sqlite3) served
by the site open and hold the package's rows; DuckDB reads them too when it is installed."""
from __future__ import annotations

import csv
import io
import json
import posixpath
import sqlite3
import tempfile
import zipfile
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from build_scripts.core import paths

pytestmark = pytest.mark.browser
DOWNLOAD_TYPES = {".csv": "text/csv", ".json": "application/json", ".zip": "application/zip",
                  ".parquet": "application/vnd.apache.parquet", ".sqlite": "application/vnd.sqlite3"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def download_links(site) -> dict[str, dict[str, set[str]]]:
    """Site-relative target -> {language: pages linking to it}, for links to download files."""
    out: dict[str, dict[str, set[str]]] = {}
    for rel in site.pages():
        parser = _Links()
        parser.feed(site.html(rel))
        base = posixpath.dirname(rel) if not rel.endswith("/") else rel.rstrip("/")
        for href in parser.hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or posixpath.splitext(parts.path)[1] not in DOWNLOAD_TYPES:
                continue
            target = posixpath.normpath(posixpath.join(base, parts.path)).lstrip("./")
            out.setdefault(target, {}).setdefault(site.lang(rel), set()).add(rel)
    return out


@pytest.fixture(scope="module")
def links(site):
    found = download_links(site)
    assert found, "the site has no download links"
    return found


@pytest.fixture(scope="module")
def package():
    return json.loads((paths.DATAPACKAGE_DIR / "datapackage.json").read_text(encoding="utf-8"))


def csv_rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_resource_is_downloadable(links, package, lang):
    names = {posixpath.basename(t) for t, by_lang in links.items() if lang in by_lang}
    wanted = {f"{r['name']}.{ext}" for r in package["resources"] for ext in ("csv", "json", "parquet")}
    missing = sorted(wanted - names)
    assert not missing, f"no {lang} page links to {missing}"
    assert any(n.endswith(".zip") for n in names), f"no {lang} page links to the whole package as a zip"
    assert "datapackage.sqlite" in names, f"no {lang} page links to the whole package as SQLite"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_about_page_lists_the_package_downloads(site, lang):
    about = site.find(lang, r"^about/$")
    assert about, f"no {lang} about page"
    html = site.html(about[0])
    for name in ("datapackage.zip", "datapackage.sqlite", "datapackage.json"):
        assert f'href="../downloads/{name}"' in html, f"{about[0]} does not link downloads/{name}"
    assert ".parquet" in html


def test_download_links_return_the_right_file(links, package, site, context):
    resources = {r["name"]: r for r in package["resources"]}
    problems = []
    for target, by_lang in sorted(links.items()):
        where = sorted(p for pages in by_lang.values() for p in pages)[0]
        resp = context.request.get(site.url + target)
        ext = posixpath.splitext(target)[1]
        if resp.status != 200:
            problems.append(f"{target} (linked from {where}): HTTP {resp.status}")
            continue
        ctype = resp.headers.get("content-type", "")
        if not ctype.startswith(DOWNLOAD_TYPES[ext]):
            problems.append(f"{target}: content type {ctype}, expected {DOWNLOAD_TYPES[ext]}")
        body = resp.body()
        name = posixpath.splitext(posixpath.basename(target))[0]
        try:
            if ext == ".csv":
                rows = csv_rows(body)
                if name in resources:
                    expected = (paths.DATAPACKAGE_DIR / resources[name]["path"]).read_bytes()
                    if body != expected:
                        problems.append(f"{target} differs from datapackage/{resources[name]['path']}")
                elif not rows:
                    problems.append(f"{target}: no rows")
            elif ext == ".json":
                doc = json.loads(body)
                if name in resources:
                    rows = csv_rows((paths.DATAPACKAGE_DIR / resources[name]["path"]).read_bytes())
                    if not isinstance(doc, list) or len(doc) != len(rows):
                        problems.append(f"{target}: not an array of the {len(rows)} records of {name}")
                    elif rows and set(doc[0]) != set(rows[0]):
                        problems.append(f"{target}: fields {sorted(doc[0])} differ from the CSV's {sorted(rows[0])}")
                elif name == "datapackage" and doc.get("name") != package["name"]:
                    problems.append(f"{target} is not the package descriptor")
            elif ext == ".parquet":
                problems += parquet_problems(target, body, resources.get(name))
            elif ext == ".sqlite":
                problems += sqlite_problems(target, body, resources)
            elif ext == ".zip":
                with zipfile.ZipFile(io.BytesIO(body)) as zf:
                    members = set(zf.namelist())
                    descriptors = sorted((m for m in members if posixpath.basename(m) == "datapackage.json"), key=len)
                    if not descriptors:
                        problems.append(f"{target} lacks datapackage.json")
                        continue
                    root = posixpath.dirname(descriptors[0])  # the package may sit in one top folder
                    for r in resources.values():
                        member = posixpath.join(root, r["path"])
                        if member not in members:
                            problems.append(f"{target} lacks {member}")
                        elif zf.read(member) != (paths.DATAPACKAGE_DIR / r["path"]).read_bytes():
                            problems.append(f"{target}: {member} differs from datapackage/")
        except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, sqlite3.DatabaseError, OSError) as exc:
            problems.append(f"{target}: unreadable {ext} ({exc})")
    assert not problems, "\n".join(problems)


def csv_count(res: dict) -> int:
    return len(csv_rows((paths.DATAPACKAGE_DIR / res["path"]).read_bytes()))


def parquet_problems(target: str, body: bytes, res: dict | None) -> list[str]:
    import pyarrow.parquet as pq

    if res is None:
        return [f"{target}: no resource of that name"]
    table = pq.read_table(io.BytesIO(body))
    fields = [f["name"] for f in res["schema"]["fields"]]
    out = []
    if table.num_rows != csv_count(res):
        out.append(f"{target}: {table.num_rows} rows, the CSV has {csv_count(res)}")
    if table.column_names != fields:
        out.append(f"{target}: columns {table.column_names}, the schema has {fields}")
    return out


def sqlite_problems(target: str, body: bytes, resources: dict) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = posixpath.join(tmp, "p.sqlite")
        with open(path, "wb") as f:
            f.write(body)
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            out = [f"{target}: tables {sorted(tables)} are not the resources"] if sorted(tables) != sorted(resources) else []
            for name, res in resources.items():
                if name in tables:
                    n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                    if n != csv_count(res):
                        out.append(f"{target}: {name} has {n} rows, the CSV {csv_count(res)}")
                    pk = [r[1] for r in sorted(con.execute(f'PRAGMA table_info("{name}")'), key=lambda r: r[5]) if r[5]]
                    if pk != list(res["schema"].get("primaryKey") or []):
                        out.append(f"{target}: {name} primary key {pk}, the schema has {res['schema'].get('primaryKey')}")
                    fks = len(list(con.execute(f'PRAGMA foreign_key_list("{name}")')))
                    if fks != len(res["schema"].get("foreignKeys") or []):
                        out.append(f"{target}: {name} has {fks} foreign keys, the schema {len(res['schema'].get('foreignKeys') or [])}")
            if con.execute("PRAGMA foreign_key_check").fetchall():
                out.append(f"{target}: foreign keys without their row")
            return out
        finally:
            con.close()


def test_duckdb_reads_the_parquet_files_when_installed(site, package, context):
    """Optional: DuckDB (not a dependency) reads each Parquet file as served, with the CSV's row count."""
    duckdb = pytest.importorskip("duckdb")
    with tempfile.TemporaryDirectory() as tmp:
        for res in package["resources"]:
            path = posixpath.join(tmp, f"{res['name']}.parquet")
            with open(path, "wb") as f:
                f.write(context.request.get(f"{site.url}downloads/{res['name']}.parquet").body())
            assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchall()[0][0] == csv_count(res)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_clicking_a_download_saves_the_file(links, site, page, lang):
    """A reader clicking the CSV link of a dataset page gets the file, named as on the server."""
    target, pages = next((t, by[lang]) for t, by in sorted(links.items())
                         if t.endswith(".csv") and lang in by and "/" in t)
    rel = sorted(pages)[0]
    page.goto(site.url + rel)
    href = posixpath.relpath(target, rel if rel.endswith("/") else posixpath.dirname(rel) or ".")
    link = page.locator(f'a[href="{href}"]').first
    assert link.count(), f"{rel}: no link {href}"
    with page.expect_download() as info:
        link.evaluate("a => a.click()")
    download = info.value
    assert download.suggested_filename == posixpath.basename(target)
    saved = download.path().read_bytes()
    assert saved == (site.dir / target).read_bytes()
