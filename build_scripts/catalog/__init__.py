"""The indicator catalog (`catalog/indicators.yaml`, `topics.yaml`, `units.yaml`), validated.

One source for every indicator's labels, unit, topic, definition and the terms that name it.
Errors name the YAML file, line and key.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.yamlio import load_list, load_yaml, require_keys, string_list

# units whose values add up (a total is the sum of its parts); the checks and the table unit rules use it
ADDITIVE_UNITS = ("pieces", "persons", "person_times", "cases", "entities", "items", "batches", "yuan")

ID_RE = re.compile(r"^[a-z0-9_]+(?:\.[a-z0-9_]+)*$")
MEASURES = ("flow", "stock", "ratio", "change", "share", "rank", "score")
REQUIRED = ("id", "topic", "unit", "measure", "label_zh", "label_en", "definition_zh", "definition_en")
LIST_KEYS = ("terms_zh", "terms_en", "column_terms_zh", "column_terms_en")
SIMPLE_KEYS = ("id", "label_zh", "label_en")    # the whole of an entry of topics.yaml / units.yaml
TERM_KEYS = ("title_terms_zh", "title_terms_en")
ONE_REF = ("base", "rank_of", "change_of", "amount_of")      # the id of another indicator (amount_of: the count an amount is of)
VARIANTS = {"changes": "change_variants", "ranks": "rank_variants"}   # entry key -> the file's templates of what it makes
OPTIONAL = LIST_KEYS + TERM_KEYS + ONE_REF + ("sum_of", "ratio_of", "agencies", "headline", "annual") + tuple(VARIANTS)
RANK_TEMPLATE_KEYS = ("label_zh", "label_en", "definition_zh", "definition_en")
RATIO_KEYS = ("numerator", "denominator", "per")


@dataclass(frozen=True)
class Topic:
    id: str
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class Unit:
    id: str
    label_zh: str
    label_en: str


@dataclass
class Indicator:
    id: str
    topic: str
    unit: str
    measure: str
    label_zh: str
    label_en: str
    definition_zh: str
    definition_en: str
    terms_zh: list[str] = field(default_factory=list)
    terms_en: list[str] = field(default_factory=list)
    column_terms_zh: list[str] = field(default_factory=list)
    column_terms_en: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)   # any further keys, kept for the extractors

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass
class Catalog:
    indicators: dict[str, Indicator]
    topics: dict[str, Topic]
    units: dict[str, Unit]

    @cached_property
    def words_zh(self) -> frozenset[str]:
        """The Chinese labels and plain terms (no pattern) of every indicator, found once: header pieces a narrow
        column split over lines (发明专利 / 授权量) join again where together they make one."""
        return frozenset(t for i in self.indicators.values() for t in (i.label("zh"), *i.terms_zh) if "{" not in t)


def _simple_list(path: Path, key: str, cls):
    out = {}
    for entry in load_list(path, key):
        line = entry.line
        for k in sorted(set(entry) - set(SIMPLE_KEYS)):   # a comma in an unquoted flow mapping splits a label
            raise BuildError(path, f"unexpected key {k!r}: an entry has exactly id, label_zh, label_en (quote labels "
                                   f"with commas) / 多余的键 {k}：条目须恰有 id、label_zh、label_en（含逗号的文字请加引号）",
                             line=entry.line_of(k), key=str(k))
        for k in SIMPLE_KEYS:
            if not isinstance(entry.get(k), str) or not entry[k].strip():
                raise BuildError(path, f"missing {k!r} / 缺少键 {k}", line=line, key=k)
        if entry["id"] in out:
            raise BuildError(path, f"duplicate id {entry['id']!r} / id 重复", line=line, key="id")
        out[entry["id"]] = cls(str(entry["id"]), str(entry["label_zh"]), str(entry["label_en"]))
    return out


def load_catalog(catalog_dir: str | Path = paths.CATALOG_DIR) -> Catalog:
    catalog_dir = Path(catalog_dir)
    topics = _simple_list(catalog_dir / "topics.yaml", "topics", Topic)
    units = _simple_list(catalog_dir / "units.yaml", "units", Unit)
    path = catalog_dir / "indicators.yaml"
    indicators: dict[str, Indicator] = {}
    lines: dict[str, object] = {}     # id -> its YAML entry (line numbers), for the reference checks
    doc = load_yaml(path)
    for entry in load_list(path, "indicators", doc):
        require_keys(path, entry, REQUIRED, "indicator")
        iid = str(entry["id"])
        if not ID_RE.match(iid):
            raise BuildError(path, f"id {iid!r} must be lowercase dotted ASCII / id 须为小写点分 ASCII",
                             line=entry.line_of("id"), key="id")
        if iid in indicators:
            raise BuildError(path, f"duplicate indicator id {iid!r} / 指标 id 重复", line=entry.line_of("id"), key="id")
        if entry["topic"] not in topics:
            raise BuildError(path, f"unknown topic {entry['topic']!r} (see topics.yaml) / 未知主题",
                             line=entry.line_of("topic"), key="topic")
        if entry["unit"] not in units:
            raise BuildError(path, f"unknown unit {entry['unit']!r} (see units.yaml) / 未知单位",
                             line=entry.line_of("unit"), key="unit")
        if entry["measure"] not in MEASURES:
            raise BuildError(path, f"measure must be one of {', '.join(MEASURES)} / measure 取值无效",
                             line=entry.line_of("measure"), key="measure")
        lists = {}
        for k in LIST_KEYS:
            lists[k] = string_list(path, entry, k)
        for k in entry:   # an unknown key is an error, not a check silently turned off
            if k not in REQUIRED and k not in OPTIONAL:
                close = difflib.get_close_matches(str(k), REQUIRED + OPTIONAL, n=1)
                hint = f" (did you mean {close[0]!r}? / 是否应为 {close[0]}？)" if close else ""
                raise BuildError(path, f"unknown key {k!r} / 未知的键{hint}", line=entry.line_of(k), key=str(k))
        if "annual" in entry and (not isinstance(entry["annual"], bool) or entry["measure"] not in ("flow", "rank")):
            raise BuildError(path, "annual must be true or false, on a flow or a rank / annual 须为 true 或 false，且仅用于流量或排名指标",
                             line=entry.line_of("annual"), key="annual")
        for k in TERM_KEYS:
            string_list(path, entry, k)
        headline = entry.get("headline")
        if headline is not None and (isinstance(headline, bool) or not isinstance(headline, int) or headline < 1):
            raise BuildError(path, "headline must be a whole number from 1 (its place among a region's key figures) / "
                                   "headline 须为从 1 起的整数（在地区主要数字中的位置）", line=entry.line_of("headline"), key="headline")
        extra = {k: v for k, v in entry.items() if k not in REQUIRED and k not in LIST_KEYS and k not in VARIANTS}
        lines[iid] = entry
        indicators[iid] = Indicator(
            id=iid, topic=str(entry["topic"]), unit=str(entry["unit"]), measure=str(entry["measure"]),
            label_zh=str(entry["label_zh"]), label_en=str(entry["label_en"]),
            definition_zh=str(entry["definition_zh"]), definition_en=str(entry["definition_en"]),
            extra=extra, **lists,
        )
        for key in VARIANTS:
            for ind in _variants(path, entry, indicators[iid], key, doc.get(VARIANTS[key])):
                if ind.id in indicators:
                    raise BuildError(path, f"{ind.id!r} is both listed and made by {key} / {ind.id} 既单列又由 {key} 生成",
                                     line=entry.line_of(key), key=key)
                indicators[ind.id] = ind
    agencies = _agencies(catalog_dir)
    for entry in lines.values():
        _check_references(path, entry, indicators, agencies)
    return Catalog(indicators=indicators, topics=topics, units=units)


PROPER_FIRST_WORDS = ("Madrid", "China", "Chinese", "Global")


def _variants(path: Path, entry, ind: Indicator, key: str, templates) -> list[Indicator]:
    """The indicators an entry's `ranks: [national, province]` or `changes: [yoy_pct, change]` asks for
    (`<id>.rank_national`, `<id>.yoy_pct` …), worded by the file's `rank_variants` / `change_variants`
    templates from the indicator's own labels; a change keeps its base's unit unless the template names one."""
    wheres = entry.get(key)
    if wheres is None:
        return []
    variants = VARIANTS[key]
    if not isinstance(wheres, list) or not wheres or not isinstance(templates, dict) \
            or any(not isinstance(w, str) or not isinstance(templates.get(w), dict) for w in wheres):
        known = ", ".join(templates) if isinstance(templates, dict) else f"none: add {variants}"
        raise BuildError(path, f"{key} must list kinds of {variants} ({known}) / {key} 须列出 {variants} 中的种类",
                         line=entry.line_of(key), key=key)
    first = ind.label_en.split(" ", 1)[0]      # (an acronym or a name keeps its capitals: PCT …, Madrid …)
    words = {"label_zh": ind.label_zh, "label_en": ind.label_en,
             "label_en_lower": ind.label_en[:1].lower() + ind.label_en[1:]
             if ind.label_en[1:2].islower() and first not in PROPER_FIRST_WORDS else ind.label_en}
    out = []
    for where in wheres:
        template = templates[where]
        try:
            text = {k: str(template[k]).format(**words) for k in RANK_TEMPLATE_KEYS}
        except (KeyError, IndexError, ValueError) as exc:
            raise BuildError(path, f"{variants}.{where} needs {', '.join(RANK_TEMPLATE_KEYS)} with only "
                                   f"{{label_zh}}, {{label_en}}, {{label_en_lower}} ({exc}) / 模板缺键或占位符无效",
                             key=f"{variants}.{where}") from None
        if key == "ranks":
            out.append(Indicator(id=f"{ind.id}.rank_{where}", topic=ind.topic, unit="rank", measure="rank",
                                 extra={"base": ind.id}, **text))
        else:
            measure = str(template.get("measure") or "change")      # (a running total is a stock, no change of its base)
            out.append(Indicator(id=f"{ind.id}.{where}", topic=ind.topic, unit=str(template.get("unit") or ind.unit),
                                 measure=measure, extra={"base": ind.id} if measure == "change" else {}, **text))
    return out


def _agencies(catalog_dir: Path) -> set[str]:
    """The agency ids the text rules define (an indicator's `agencies` must name them)."""
    rules = catalog_dir / "text_rules.yaml"
    if not rules.is_file():
        return set()
    from build_scripts.core.yamlio import load_yaml
    return set((load_yaml(rules) or {}).get("agencies") or {}) | {"none"}   # none: no authority named


def _check_references(path: Path, entry, indicators: dict, agencies: set[str]) -> None:
    """Every id an indicator names (base, rank_of, change_of, sum_of, ratio_of) exists; ratio_of has
    exactly numerator, denominator and a positive per; agencies are those of text_rules.yaml."""
    def known(ref, key: str) -> None:
        if not isinstance(ref, str) or ref not in indicators:
            close = difflib.get_close_matches(str(ref), list(indicators), n=1)
            hint = f" (did you mean {close[0]!r}? / 是否应为 {close[0]}？)" if close else ""
            raise BuildError(path, f"{key} names {ref!r}, which is no indicator id / {key} 所指指标不存在{hint}",
                             line=entry.line_of(key), key=key)
    for key in ONE_REF:
        if key in entry:
            known(entry[key], key)
    if "sum_of" in entry:
        if not isinstance(entry["sum_of"], list) or len(entry["sum_of"]) < 2:
            raise BuildError(path, "sum_of must list at least two indicator ids / sum_of 须列出至少两个指标",
                             line=entry.line_of("sum_of"), key="sum_of")
        for ref in entry["sum_of"]:
            known(ref, "sum_of")
    if "ratio_of" in entry:
        spec = entry["ratio_of"]
        if not isinstance(spec, dict) or set(spec) != set(RATIO_KEYS):
            raise BuildError(path, f"ratio_of needs exactly {', '.join(RATIO_KEYS)} / ratio_of 须恰有这些键",
                             line=entry.line_of("ratio_of"), key="ratio_of")
        known(spec["numerator"], "ratio_of")
        known(spec["denominator"], "ratio_of")
        if not isinstance(spec["per"], (int, float)) or spec["per"] <= 0:
            raise BuildError(path, "ratio_of.per must be a positive number / per 须为正数",
                             line=entry.line_of("ratio_of"), key="ratio_of")
    if "agencies" in entry:
        v = entry["agencies"]
        bad = [a for a in (v if isinstance(v, list) else [v]) if not isinstance(a, str) or (agencies and a not in agencies)]
        if not isinstance(v, list) or bad:
            raise BuildError(path, f"agencies must list agencies of text_rules.yaml, not {bad or v!r} / "
                                   f"agencies 须为 text_rules.yaml 中的机构", line=entry.line_of("agencies"), key="agencies")


def base_id(ind: Indicator) -> str:
    """The indicator a derived one (change, share, rank, addition) is derived from; itself if none."""
    return str(ind.extra.get("base") or ind.extra.get("change_of") or ind.extra.get("rank_of") or ind.id)
