"""Region labels -> GB/T 2260 codes, for the whole of China (`catalog/regions.py` loads the data).

One mapping harmonises every spelling: official names, short forms (南京, 海淀), English names,
the project's aliases and known mistranslations, and former names. Many names repeat across
China (通州区 in Beijing and Nantong; 朝阳区 in Beijing and Changchun; 鼓楼区 in four cities), so
a label is resolved inside the report's own region first, then its prefecture, then its
province, and elsewhere only when it names one unit; where several units remain it is
ambiguous: a table row stops the build naming file, line and label, a name in running text
leaves its numbers without a region, and the build summary lists it. A label that names nothing
stops the build too (OWID's rule: no silent guesses). Relative labels (全省, 全市, 其他 / Entire
province, Others) resolve against the report's region.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from build_scripts.catalog.regions import (CODE_RE, LEVELS, RELATIVE_KINDS, Region, RegionData,  # noqa: F401
                                           load_regions)
from build_scripts.core import paths
from build_scripts.core.errors import BuildError

CJK_RE = re.compile(r"[\u3400-\u9fff]")
# how a spelling names its unit, best first: where several units share a spelling, the best wins
NAME, ALIAS, SHORT, FORMER = range(4)
AMBIGUOUS = "@ambiguous"
AUTONOMOUS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))


def autonomous_forms(r) -> list[str]:
    """An autonomous unit's short name with the plain generic (恩施州 for 恩施土家族苗族自治州, 陵水县 for 陵水黎族自治县)."""
    return [r.short_zh + generic for suffix, generic in AUTONOMOUS if r.short_zh and r.name_zh.endswith(suffix)]


TOTAL_AFTER = re.compile(r"\s*[(（]?\s*(?:合计|总计|小计|汇总|共计)\s*[)）]?$")


def normalize_label(label: str) -> str:
    """The lookup key of a label: NFKC, no footnote asterisks or markup, one space, casefolded."""
    text = unicodedata.normalize("NFKC", label)
    text = re.sub(r"</?\w+>|\\?\*", "", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def label_lang(label: str) -> str:
    return "zh" if CJK_RE.search(label) else "en"


def prefix(code: str) -> str:
    """The code prefix shared by a unit and everything inside it (32, 3201, 320106; X32 groupings)."""
    code = code[1:3] + "0000" if code.startswith("X") else code
    return code[:2] if code[2:] == "0000" else code[:4] if code[4:] == "00" else code


def scopes(context: str | None) -> list[str]:
    """Where a label is looked for, nearest first: the report's region, its prefecture, its
    province, then all of China."""
    if not context:
        return [""]
    out = [prefix(context)]
    code = context[1:3] + "0000" if context.startswith("X") else context
    out += [code[:4], code[:2], ""]
    return list(dict.fromkeys(p for p in out if len(p) <= len(out[0])))


@dataclass
class Gazetteer:
    regions: dict[str, Region]
    path: Path
    _index: dict[str, dict[str, int]] = field(default_factory=dict)   # normalized label -> code -> how
    _relative: dict[str, str] = field(default_factory=dict)           # normalized label -> kind
    _mistranslated: set[str] = field(default_factory=set)             # normalized labels
    ambiguous: Counter = field(default_factory=Counter)               # (label, context) -> times met
    zones: tuple[str, ...] = ()                                       # words ending a zone's name
    common_words: frozenset = frozenset()                             # short county names that are words too
    renamed: dict[str, tuple[str, str, int]] = field(default_factory=dict)   # former code -> (successor, name, until)

    def is_zone(self, label: str) -> bool:
        """A functional zone's name (北京经济技术开发区, Suzhou Industrial Park), or one joined with a
        unit's (开发区·铁山区, their figures together): no GB/T 2260 unit."""
        key = normalize_label(label)
        return any(part.strip().endswith(w) for part in re.split(r"[·・/、&＆]|和|及", key) for w in self.zones)

    def candidates(self, label: str, context: str | None = None) -> list[str]:
        """The units a label may name, nearest the context first; several when it stays ambiguous."""
        found = self._index.get(normalize_label(label), {})
        if len(found) <= 1:
            return list(found)
        for scope in scopes(context):
            inside = {c: how for c, how in found.items() if prefix(c).startswith(scope) or c == context}
            if inside:
                best = min(inside.values())
                return sorted(c for c, how in inside.items() if how == best)
        return sorted(found)

    def lookup(self, label: str, context: str | None = None) -> str | None:
        """The code a label names, or None (unknown, or ambiguous: then counted in `ambiguous`).
        `context`: the report's region code (for 全省 and for names that repeat across China). A
        total word after a name (自治区(总计), 全省合计) names the same region."""
        whole = TOTAL_AFTER.sub("", label).strip()
        if whole and whole != label.strip():
            return self.lookup(whole, context)
        codes = self.candidates(label, context)
        if len(codes) == 1:
            return codes[0]
        if codes:
            self.ambiguous[(label, context or "")] += 1
            return None
        kind = self._relative.get(normalize_label(label))
        if kind is None or context is None:
            return None
        return self.relative_code(kind, context)

    def relative_code(self, kind: str, context: str) -> str | None:
        """全省 -> the report's province; 全市 -> the report's city (a county-level city itself, a
        municipality itself, a district's prefecture); 全区 / 全县 -> the report's own region;
        其他 -> the province's unclassified row."""
        p = context[1:3] if context.startswith("X") else context[:2]
        own = self.regions.get(context)
        if kind == "city":
            if own is not None and own.level == "county" and not own.name_zh.endswith("市"):
                code = context[:4] + "00"
            elif own is not None and own.level == "province":
                code = context if not self.children(context, "prefecture") else None
            else:
                code = context
        else:
            code = {"province": f"{p}0000", "own": context, "unclassified": f"X{p}999"}[kind]
        return code if code in self.regions else None

    def resolve(self, label: str, file: str | Path, line: int | None = None, context: str | None = None) -> str:
        code = self.lookup(label, context)
        if code is not None:
            return code
        codes = self.candidates(label, context)
        if len(codes) > 1:
            names = ", ".join(f"{c} {self.regions[c].name_zh}" for c in codes[:6])
            raise BuildError(file, f"region label {label!r} names several units ({names}); write the full name "
                                   f"or add an alias in {self.path.name} / 地区名称“{label}”对应多个区划",
                             line=line, key=label)
        raise BuildError(file, f"unknown region label {label!r}: add it to {self.path.name} / "
                               f"未知地区名称“{label}”：请在 {self.path.name} 中登记", line=line, key=label)

    def is_mistranslation(self, label: str) -> bool:
        return normalize_label(label) in self._mistranslated

    def short_children(self, context: str | None) -> frozenset:
        """The short forms (天河, 番禺) of the county-level units of the report's own region, but for
        those that are common words too (regions.yaml `common_words`)."""
        if not context:
            return frozenset()
        return frozenset(r.short_zh for r in self.regions.values() if r.parent_code == context and r.short_zh
                         and len(r.short_zh) >= 2 and r.short_zh not in self.common_words
                         and r.level not in ("province", "prefecture") and not r.curated)

    def names(self, lang: str, context: str | None = None) -> list[tuple[str, str]]:
        """(spelling, code) for finding region names in running text, longest first: every name
        of the units inside the report's province, of the provinces and prefectures of China and of
        the project's own regions; of a county-level unit elsewhere only its full name (its short
        form is too rarely meant to be worth a false match, 市中 and 城关 being words too). A spelling shared with
        the report's own region is that region; one that stays ambiguous maps to AMBIGUOUS. Known
        mistranslations are included."""
        home = prefix(context)[:2] if context else None
        children = self.short_children(context)
        out = set()
        for r in self.regions.values():
            inside = home is not None and prefix(r.code).startswith(home)
            if not (inside or r.curated or r.level in ("province", "prefecture")):
                # a county-level unit elsewhere by its full name only (永川区 in a Luzhou report on the
                # Sichuan-Chongqing area): a name several units share stays AMBIGUOUS, not the report's
                # (Chinese only: English county names outside the province would make every scan of an
                # English paragraph several times slower, for names English texts hardly ever use)
                spellings = [r.name_zh] if len(r.name_zh) >= 3 and lang == "zh" else []
            else:
                spellings = [r.name_zh, r.name_en, *r.aliases, *r.mistranslations, *(f[0] for f in r.former)]
                spellings += autonomous_forms(r)      # 陵水县, 恩施州 (自治县, 自治州)
            if r.short_zh and (r.level in ("province", "prefecture") or r.curated or r.code == context):
                spellings.append(r.short_zh)
            elif r.parent_code == context and r.short_zh in children:
                spellings.append(r.short_zh)      # 天河, 番禺 in a Guangzhou report: its own districts
            short_en = re.sub(r"\s+(?:District|County|City|New Area)$", "", r.name_en)
            if r.code == context and lang == "en" and short_en != r.name_en:
                out.add((short_en, context))     # the report's own unit by its short English name ("Chongming")
            for s in spellings:
                if label_lang(s) == lang:
                    codes = self.candidates(s, context)
                    if len(codes) > 1 and context in codes:
                        codes = [context]     # in running text, the report's own region (Jilin in a Jilin report)
                    out.add((s, codes[0] if len(codes) == 1 else AMBIGUOUS))
        return sorted(out, key=lambda p: (-len(p[0]), p[0], p[1]))

    def children(self, code: str, level: str | None = None) -> list[Region]:
        return [r for r in self.regions.values() if r.parent_code == code and (level is None or r.level == level)]

    def ancestors(self, code: str) -> list[str]:
        out, seen = [], {code}
        while code in self.regions and self.regions[code].parent_code and self.regions[code].parent_code not in seen:
            code = self.regions[code].parent_code
            out.append(code)
            seen.add(code)
        return out


def _index(data: RegionData) -> Gazetteer:
    gaz = Gazetteer(regions=data.regions, path=data.overrides, zones=data.zones, common_words=data.common_words,
                    renamed=data.renamed)
    curated: dict[str, str] = {}

    def claim(label: str, code: str, how: int, region: Region, key: str = "") -> None:
        norm = normalize_label(label)
        if not norm:
            raise BuildError(data.overrides, "empty name / 名称为空", key=code)
        if region.curated and how <= ALIAS:      # the project's own spellings must be unique among themselves
            owner = curated.setdefault(norm, code)
            if owner != code:
                raise BuildError(data.overrides, f"label {label!r} names both {owner} and {code} / 名称“{label}”对应多个地区",
                                 line=region.line_of(key), key=label)
        codes = gaz._index.setdefault(norm, {})
        codes[code] = min(how, codes.get(code, how))

    for r in data.regions.values():
        for key, labels, how in (("name_zh", [r.name_zh], NAME), ("name_en", [r.name_en], NAME),
                                 ("aliases", r.aliases, ALIAS), ("mistranslations", r.mistranslations, ALIAS)):
            for label in labels:
                claim(label, r.code, how, r, key)
        if r.short_zh:
            claim(r.short_zh, r.code, SHORT, r)
            for form in autonomous_forms(r):      # 恩施州, 长阳县: the short name and the plain generic
                claim(form, r.code, SHORT, r)
        for former, _, _ in r.former:
            claim(former, r.code, FORMER, r)
        gaz._mistranslated.update(normalize_label(s) for s in r.mistranslations)
    for label, kind, line in data.relative:
        norm = normalize_label(label)
        if norm in gaz._index:
            raise BuildError(data.overrides, f"relative label {label!r} is also a region name / 相对名称与地区名称重复",
                             line=line, key=kind)
        gaz._relative[norm] = kind
    return gaz


@lru_cache(maxsize=8)
def _cached(path: Path, stamps: tuple) -> Gazetteer:
    return _index(load_regions(path))


def load_gazetteer(path: str | Path = paths.CATALOG_DIR / "regions.yaml") -> Gazetteer:
    """The gazetteer of `path` (regions.yaml) with the national list and history beside it."""
    path = Path(path)
    if not path.is_file():
        raise BuildError(path, "gazetteer file not found / 找不到地区名录文件")
    beside = [path, path.with_name("gazetteer.csv"), path.with_name("regions_history.yaml")]
    gaz = _cached(path.resolve(), tuple(p.stat().st_mtime if p.is_file() else 0 for p in beside))
    gaz.ambiguous.clear()
    return gaz
