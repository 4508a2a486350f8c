"""The region gazetteer (`catalog/regions.yaml`): region labels -> codes, and back.

One mapping harmonises every spelling the reports use. A label that is not in it stops the
build with a BuildError naming the file, line and label (OWID's rule: no silent guesses).
Relative labels (全省, 全市, 其他 / Entire province, Others) resolve against the report's region.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.yamlio import load_list, load_yaml, require_keys

LEVELS = ("province", "prefecture", "county", "subregion", "unclassified")
CODE_RE = re.compile(r"^(?:\d{6}|X\d{5})$")
RELATIVE_KINDS = ("province", "city", "unclassified")
CJK_RE = re.compile(r"[\u3400-\u9fff]")


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

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en


def normalize_label(label: str) -> str:
    """The lookup key of a label: NFKC, no footnote asterisks or markup, one space, casefolded."""
    text = unicodedata.normalize("NFKC", label)
    text = re.sub(r"</?\w+>|\\?\*", "", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def label_lang(label: str) -> str:
    return "zh" if CJK_RE.search(label) else "en"


@dataclass
class Gazetteer:
    regions: dict[str, Region]
    path: Path
    _index: dict[str, str] = field(default_factory=dict)        # normalized label -> code
    _relative: dict[str, str] = field(default_factory=dict)     # normalized label -> kind
    _mistranslated: set[str] = field(default_factory=set)       # normalized labels
    _raw_relative: list[tuple[str, str]] = field(default_factory=list)  # (label, kind) as written

    def lookup(self, label: str, context: str | None = None) -> str | None:
        """The code a label names, or None. `context`: the report's region code (for 全省 ...)."""
        key = normalize_label(label)
        if key in self._index:
            return self._index[key]
        kind = self._relative.get(key)
        if kind is None or context is None:
            return None
        prefix = context[1:3] if context.startswith("X") else context[:2]
        code = {"province": f"{prefix}0000", "city": context[:4] + "00" if context[2:4] != "00" else None,
                "unclassified": f"X{prefix}999"}[kind]
        return code if code in self.regions else None

    def resolve(self, label: str, file: str | Path, line: int | None = None, context: str | None = None) -> str:
        code = self.lookup(label, context)
        if code is None:
            raise BuildError(file, f"unknown region label {label!r}: add it to {self.path.name} / "
                                   f"未知地区名称“{label}”：请在 {self.path.name} 中登记", line=line, key=label)
        return code

    def is_mistranslation(self, label: str) -> bool:
        return normalize_label(label) in self._mistranslated

    def names(self, lang: str) -> list[tuple[str, str]]:
        """(spelling, code) for every absolute name and alias in one language, longest first,
        for finding region names in running text. Known mistranslations are included."""
        out = set()
        for r in self.regions.values():
            for s in (r.name_zh, r.name_en, *r.aliases, *r.mistranslations):
                if label_lang(s) == lang:
                    out.add((s, r.code))
        return sorted(out, key=lambda p: (-len(p[0]), p[0], p[1]))

    def children(self, code: str, level: str | None = None) -> list[Region]:
        return [r for r in self.regions.values() if r.parent_code == code and (level is None or r.level == level)]


def _parse(path: Path) -> Gazetteer:
    doc = load_yaml(path)
    entries = load_list(path, "regions", doc)
    gaz = Gazetteer(regions={}, path=path)

    def claim(label: str, code: str, line: int, key: str) -> None:
        norm = normalize_label(label)
        if not norm:
            raise BuildError(path, f"empty {key} / {key} 为空", line=line, key=key)
        owner = gaz._index.get(norm) or gaz._relative.get(norm)
        if owner is not None and owner != code:
            raise BuildError(path, f"label {label!r} names both {owner} and {code} / 名称“{label}”对应多个地区",
                             line=line, key=key)
        gaz._index[norm] = code

    for entry in entries:
        require_keys(path, entry, ("code", "name_zh", "name_en", "level"), "region")
        code = str(entry["code"])
        if not CODE_RE.match(code):
            raise BuildError(path, f"code {code!r} is neither six GB/T 2260 digits nor X + five digits / 代码格式错误",
                             line=entry.line_of("code"), key="code")
        if code in gaz.regions:
            raise BuildError(path, f"duplicate region code {code!r} / 地区代码重复", line=entry.line_of("code"), key="code")
        if entry["level"] not in LEVELS:
            raise BuildError(path, f"level must be one of {', '.join(LEVELS)} / level 取值无效",
                             line=entry.line_of("level"), key="level")
        lists = {}
        for k in ("aliases", "mistranslations", "members"):
            v = entry.get(k) or []
            if not isinstance(v, list) or not all(isinstance(s, str) and s.strip() for s in v):
                raise BuildError(path, f"{k} must be a list of strings / {k} 须为字符串列表", line=entry.line_of(k), key=k)
            lists[k] = tuple(v)
        region = Region(code=code, name_zh=str(entry["name_zh"]), name_en=str(entry["name_en"]),
                        level=str(entry["level"]), parent_code=str(entry.get("parent") or ""), **lists)
        gaz.regions[code] = region
        for key, labels in (("name_zh", [region.name_zh]), ("name_en", [region.name_en]),
                            ("aliases", region.aliases), ("mistranslations", region.mistranslations)):
            for label in labels:
                claim(label, code, entry.line_of(key), key)
        gaz._mistranslated.update(normalize_label(s) for s in region.mistranslations)

    for region in gaz.regions.values():
        for code in (region.parent_code, *region.members):
            if code and code not in gaz.regions:
                raise BuildError(path, f"region {region.code} refers to unknown region {code!r} / 引用了未知地区",
                                 key=region.code)
    relative = doc.get("relative") or {}
    if not isinstance(relative, dict) or set(relative) - set(RELATIVE_KINDS):
        raise BuildError(path, f"relative: keys must be among {', '.join(RELATIVE_KINDS)} / relative 键无效",
                         line=getattr(relative, "line", None), key="relative")
    for kind, labels in relative.items():
        for label in labels or []:
            norm = normalize_label(str(label))
            if norm in gaz._index:
                raise BuildError(path, f"relative label {label!r} is also a region name / 相对名称与地区名称重复",
                                 line=relative.line_of(kind), key=kind)
            gaz._relative[norm] = kind
            gaz._raw_relative.append((str(label), kind))
    return gaz


@lru_cache(maxsize=8)
def _cached(path: Path, mtime: float) -> Gazetteer:
    return _parse(path)


def load_gazetteer(path: str | Path = paths.CATALOG_DIR / "regions.yaml") -> Gazetteer:
    path = Path(path)
    if not path.is_file():
        raise BuildError(path, "gazetteer file not found / 找不到地区名录文件")
    return _cached(path.resolve(), path.stat().st_mtime)
