"""Aligning the languages: the zh fact and the en fact for the same indicator, region and period
become one observation carrying both quotes.

- both state the same value and qualifier -> `agree`; only one language states it -> `zh_only` /
  `en_only`;
- they differ (a number, the direction of a change, a dropped or added "more than") ->
  `disagree`, the Chinese value is published (the Chinese text is authoritative) and a
  `translation` discrepancy row says what differs and why the Chinese value stands;
- an en-only and a zh-only observation of the same indicator, period and value but different
  regions are one statement whose region name the translation changed: merged, `disagree`;
- facts that map to no indicator are compared too, by value: a Chinese change in percentage
  points printed as a percent in English (增长5.19个百分点 / up 5.19%), or a change whose
  direction the translation reversed (降低12.61% / up 12.61%), is a discrepancy as well.
When one language states the same key twice, the first statement is the observation's.
"""
from __future__ import annotations

from collections import defaultdict

from .catalog import Catalog
from .numbers import canonical
from .records import Discrepancy, Fact, Observation

REASONS = {
    "number": ("the numbers differ", "数值不同"),
    "direction": ("the direction of the change is reversed", "增减方向相反"),
    "qualifier": ("the qualifier differs ({zh} in Chinese, {en} in English)", "限定语不同（中文为{zh}，英文为{en}）"),
    "region": ("the region is named differently ({zh} in Chinese, {en} in English)", "地区名称不同（中文为{zh}，英文为{en}）"),
    "points": ("a change in percentage points is given as a percent", "百分点被译为百分比"),
}
QUALIFIER_ZH = {"exact": "确数", "approx": "约数", "more_than": "“超过/余”", "less_than": "“不足”"}


def _quote(f: Fact | None) -> str:
    return f.clause or f.text if f else ""


def discrepancy(report_id: str, zh: Fact, en: Fact, reason: str, units: dict, indicator: str = "",
                region: str = "") -> Discrepancy:
    text_en, text_zh = REASONS[reason]
    if reason == "qualifier":
        text_en = text_en.format(zh=zh.qualifier, en=en.qualifier)
        text_zh = text_zh.format(zh=QUALIFIER_ZH[zh.qualifier], en=QUALIFIER_ZH[en.qualifier])
    elif reason == "region":
        text_en, text_zh = (t.format(zh=zh.region_code, en=en.region_code) for t in (text_en, text_zh))
    vz, ve = canonical(zh.value), canonical(en.value)
    uz, ue = (units.get(f.unit) for f in (zh, en))
    shown_en = [f"{v} {u.label_en}" if u else v for v, u in ((vz, uz), (ve, ue))]
    shown_zh = [f"{v}{u.label_zh}" if u else v for v, u in ((vz, uz), (ve, ue))]
    return Discrepancy(
        report_id=report_id, kind="translation", check="text_translation", line_zh=zh.line, line_en=en.line,
        text_zh=_quote(zh), text_en=_quote(en), value_zh=vz, value_en=ve,
        resolution=(f"The Chinese text states {shown_en[0]}, the English translation {shown_en[1]}: {text_en}. "
                    "The Chinese value is published: the Chinese text is authoritative."),
        resolution_zh=(f"中文本为{shown_zh[0]}，英文译本为{shown_zh[1]}：{text_zh}。以中文本为准，发布中文数值。"),
        indicator_id=indicator, region_code=region)


def _reason(zh: Fact, en: Fact) -> str | None:
    if zh.unit == "percentage_points" and en.unit != "percentage_points":
        return "points"
    if zh.value != en.value:
        if zh.value == -en.value:
            return "direction"
        return "points" if zh.unit == "percentage_points" and en.unit != "percentage_points" else "number"
    if zh.qualifier != en.qualifier:
        return "qualifier"
    return None


def _observation(report, catalog: Catalog, zh: Fact | None, en: Fact | None, agreement: str) -> Observation:
    f = zh or en
    return Observation(
        indicator_id=f.indicator_id, region_code=f.region_code, year=int(f.period[:4]), period=f.period,
        value=f.value, unit=catalog.indicators[f.indicator_id].unit, qualifier=f.qualifier, report_id=report.id,
        source="text", line_zh=zh.line if zh else None, quote_zh=_quote(zh), line_en=en.line if en else None,
        quote_en=_quote(en), agreement=agreement)


def align(report, facts: list[Fact], catalog: Catalog) -> tuple[list[Observation], list[Discrepancy]]:
    first: dict[tuple, dict[str, Fact]] = defaultdict(dict)
    for f in facts:
        if f.indicator_id:
            first[(f.indicator_id, f.region_code, f.period)].setdefault(f.lang, f)
    # merge an en-only and a zh-only statement that differ only by region name
    zh_only = {k: v["zh"] for k, v in first.items() if set(v) == {"zh"}}
    region_swaps = {}
    for key, sides in first.items():
        if set(sides) != {"en"}:
            continue
        en = sides["en"]
        twins = [k for k, z in zh_only.items()
                 if k[0] == key[0] and k[2] == key[2] and z.value == en.value and k not in region_swaps.values()]
        if len(twins) == 1:
            region_swaps[key] = twins[0]
    for en_key, zh_key in region_swaps.items():
        first[zh_key]["en"] = first.pop(en_key)["en"]

    observations, discrepancies, paired = [], [], set()
    for key in sorted(first, key=lambda k: (k[0], k[1], k[2])):
        zh, en = first[key].get("zh"), first[key].get("en")
        if zh and en:
            paired.update((zh.fact_id, en.fact_id))
            reason = "region" if zh.region_code != en.region_code else _reason(zh, en)
            if reason:
                discrepancies.append(discrepancy(report.id, zh, en, reason, catalog.units, key[0], key[1]))
            observations.append(_observation(report, catalog, zh, en, "disagree" if reason else "agree"))
        else:
            observations.append(_observation(report, catalog, zh, en, "zh_only" if zh else "en_only"))
    discrepancies += unmapped_discrepancies(report, facts, paired, catalog.units)
    return observations, discrepancies


def unmapped_discrepancies(report, facts: list[Fact], paired: set[str], units: dict) -> list[Discrepancy]:
    """Changes whose unit (points vs percent) or direction the translation altered, found by value
    among the facts not already compared within an observation (values with decimals, unique)."""
    zh = [f for f in facts if f.lang == "zh" and f.fact_id not in paired and f.unit in ("percent", "percentage_points")
          and f.value != f.value.to_integral_value()]
    en = [f for f in facts if f.lang == "en" and f.fact_id not in paired and f.unit in ("percent", "percentage_points", "")]
    out = []
    for z in zh:
        same = [e for e in en if abs(e.value) == abs(z.value)]
        if len(same) != 1 or sum(1 for o in zh if abs(o.value) == abs(z.value)) != 1:
            continue
        e = same[0]
        if z.unit == "percentage_points" and e.unit != "percentage_points":
            out.append(discrepancy(report.id, z, e, "points", units, e.indicator_id))
        elif z.value == -e.value and z.value != e.value:
            out.append(discrepancy(report.id, z, e, "direction", units, z.indicator_id or e.indicator_id))
    return out
