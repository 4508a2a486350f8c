"""Aligning the languages: the zh fact and the en fact for the same indicator, region and period
become one observation carrying both quotes.

- both state the same value and qualifier -> `agree`; only one language states it -> `zh_only` /
  `en_only`;
- they differ (a number, the direction of a change, a dropped or added "more than") ->
  `disagree`, the Chinese value is published (the Chinese text is authoritative) and a
  `translation` discrepancy row says what differs and why the Chinese value stands;
- an en-only and a zh-only observation of the same indicator, period and value but different
  regions are one statement whose region name the translation changed: merged, `disagree`;
- a statement mapped in one language only is paired with a fact of the other language that maps
  to no indicator but states the same value (same magnitude for a change) with a fitting unit,
  when it is the only such fact between the neighbouring observations both languages state (the
  paired paragraph): 发行规模148.66亿元 and "with the amount of 14.866 billion yuan" become one
  observation with both quotes, whatever words the translation chose;
- facts that map to no indicator are compared too, by value: a Chinese change in percentage
  points printed as a percent in English (增长5.19个百分点 / up 5.19%) or the reverse (增长5.19% /
  up 5.19 percentage points), or a change whose
  direction the translation reversed (降低12.61% / up 12.61%), is a discrepancy as well.
A direction is only compared when both languages state it with words the rules know (`signed`):
"3.2% fewer than a year earlier" read without a known direction word is no reversal.
When one language states the same key twice, the first statement is the observation's.

Every other number is paired with its twin too (normalize/pairing.py: by value, then by position
in aligned sentences) and compared by check/twins.py (`text_numbers`); the pairs compared here
are handed over as they are, so no disagreement is published twice. Each fact's twin is written
in its `twin_fact_id`.
"""
from __future__ import annotations

from collections import defaultdict

from build_scripts.catalog import Catalog
from build_scripts.check import Both, wording
from build_scripts.check.twins import compare_twins
from build_scripts.core.numfmt import canonical
from build_scripts.core.records import Discrepancy, Fact, Observation, restated
from build_scripts.normalize.pairing import pair_facts

QUALIFIER_ZH = {"exact": "确数", "approx": "约数", "more_than": "“超过/余”", "less_than": "“不足”"}


def _quote(f: Fact | None) -> str:
    return f.clause or f.text if f else ""


def discrepancy(report_id: str, zh: Fact, en: Fact, reason: str, units: dict, indicator: str = "",
                region: str = "") -> Discrepancy:
    """A translation finding; `reason` (number, direction, qualifier, region, points, percent) names
    the sentence of text_translation in catalog/checks.yaml that says what differs."""
    vz, ve = canonical(zh.value), canonical(en.value)
    uz, ue = (units.get(f.unit) for f in (zh, en))
    stated = [Both(f"{v} {u.label_en}" if u else v, f"{v}{u.label_zh}" if u else v) for v, u in ((vz, uz), (ve, ue))]
    fields = {}
    if reason == "qualifier":
        fields = {"qualifier_zh": Both(zh.qualifier, QUALIFIER_ZH[zh.qualifier]),
                  "qualifier_en": Both(en.qualifier, QUALIFIER_ZH[en.qualifier])}
    elif reason == "region":
        fields = {"region_zh": zh.region_code, "region_en": en.region_code}
    text_en, text_zh = wording("text_translation", reason, stated_zh=stated[0], stated_en=stated[1], **fields)
    return Discrepancy(
        report_id=report_id, kind="translation", check="text_translation", line_zh=zh.line, line_en=en.line,
        text_zh=_quote(zh), text_en=_quote(en), value_zh=vz, value_en=ve, resolution=text_en, resolution_zh=text_zh,
        indicator_id=indicator, region_code=region)


def _units_differ(zh: Fact, en: Fact) -> str | None:
    """"points" / "percent" when one language gives a change in percentage points and the other in percent."""
    if zh.unit == "percentage_points" and en.unit != "percentage_points":
        return "points"
    return "percent" if zh.unit == "percent" and en.unit == "percentage_points" else None


def _reason(zh: Fact, en: Fact, signed: set[str]) -> str | None:
    if units := _units_differ(zh, en):
        return units
    if zh.value != en.value:
        if zh.value == -en.value:
            return "direction" if {zh.fact_id, en.fact_id} <= signed else None
        return "number"
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


def _fits(f: Fact, unit: str) -> bool:
    return f.unit in ("", unit) or {f.unit, unit} <= {"percent", "percentage_points"}


def pair_unmapped(first: dict[tuple, dict[str, Fact]], facts: list[Fact], catalog: Catalog) -> None:
    """Give a one-language statement its twin among the other language's unmapped facts: the
    only one with the same value (or magnitude, for a change) and a fitting unit that lies
    between the lines of the neighbouring statements both languages make (and, of several, the
    one on the line that states the twins of its own line's other statements)."""
    anchors = sorted((s["zh"].line, s["en"].line) for s in first.values() if len(s) == 2)
    free = {lang: [f for f in facts if f.lang == lang and not f.indicator_id] for lang in ("zh", "en")}
    used: set[str] = set()
    for key in sorted(first, key=lambda k: (k[0], k[1], k[2])):
        sides = first[key]
        if len(sides) != 1:
            continue
        (lang, f), = sides.items()
        other, me, them = ("en", 0, 1) if lang == "zh" else ("zh", 1, 0)
        lo = max((a[them] for a in anchors if a[me] < f.line), default=0)
        hi = min((a[them] for a in anchors if a[me] > f.line), default=10 ** 9)
        unit = catalog.indicators[key[0]].unit
        change = catalog.indicators[key[0]].measure == "change"
        same = [g for g in free[other] if g.fact_id not in used and lo <= g.line <= hi and _fits(g, unit)
                and (g.value == f.value or (change and abs(g.value) == abs(f.value)))]
        beside = {a[them] for a in anchors if a[me] == f.line}      # lines that state its neighbours
        if len(same) > 1 and beside:
            same = [g for g in same if g.line in beside]
        if len(same) == 1:
            twin = same[0]
            used.add(twin.fact_id)
            twin.indicator_id, twin.region_code, twin.period = f.indicator_id, f.region_code, f.period
            sides[other] = twin


def align(report, facts: list[Fact], catalog: Catalog, signed: set[str] = frozenset()) -> tuple[list[Observation], list[Discrepancy]]:
    """Observations and translation findings of one report's facts; `signed`: the ids of the
    facts whose direction of change the text states in words the rules know."""
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
    printed = [f for f in facts if not restated(f.fact_id)]      # (a number said of several: its first fact pairs)
    if set(report.meta.languages) >= {"zh", "en"}:
        pair_unmapped({k: v for k, v in first.items() if not any(restated(f.fact_id) for f in v.values())}, printed, catalog)

    observations, discrepancies, compared = [], [], []
    for key in sorted(first, key=lambda k: (k[0], k[1], k[2])):
        zh, en = first[key].get("zh"), first[key].get("en")
        if zh and en:
            compared.append((zh, en))
            reason = "region" if zh.region_code != en.region_code else _reason(zh, en, signed)
            if reason:
                discrepancies.append(discrepancy(report.id, zh, en, reason, catalog.units, key[0], key[1]))
            observations.append(_observation(report, catalog, zh, en, "disagree" if reason else "agree"))
        else:
            observations.append(_observation(report, catalog, zh, en, "zh_only" if zh else "en_only"))
    unmapped = unmapped_discrepancies(report, printed, signed, catalog.units, compared)
    discrepancies += unmapped
    pairing = pair_facts(report, printed, compared)
    for p in pairing.pairs:
        p.zh.twin_fact_id, p.en.twin_fact_id = p.en.fact_id, p.zh.fact_id
    discrepancies += compare_twins(report.id, pairing, signed, catalog.units)
    twin_of = {p.zh.fact_id: p.en for p in pairing.pairs}
    for i, o in enumerate(observations):      # the English says it in another sentence of the section
        zh = first[(o.indicator_id, o.region_code, o.period)].get("zh") if o.agreement == "zh_only" else None
        en = twin_of.get(zh.fact_id) if zh is not None else None
        same = en is not None and en.value == zh.value and en.qualifier == zh.qualifier
        if same and (not en.indicator_id or (en.indicator_id, en.region_code, en.period) == (o.indicator_id, o.region_code, o.period)):
            observations[i] = _observation(report, catalog, zh, en, "agree")
    return observations, discrepancies


def unmapped_discrepancies(report, facts: list[Fact], signed: set[str], units: dict,
                           compared: list | None = None) -> list[Discrepancy]:
    """Changes whose unit (points vs percent) or direction the translation altered, found by value
    among the facts that map to no indicator (values with decimals, unique): a mapped fact is
    compared within its observation, so that an observation and its findings never disagree.
    The pairs found to differ are added to `compared`."""
    zh = [f for f in facts if f.lang == "zh" and not f.indicator_id and f.unit in ("percent", "percentage_points")
          and f.value != f.value.to_integral_value()]
    en = [f for f in facts if f.lang == "en" and not f.indicator_id and f.unit in ("percent", "percentage_points", "")]
    out = []
    for z in zh:
        same = [e for e in en if abs(e.value) == abs(z.value)]
        if len(same) != 1 or sum(1 for o in zh if abs(o.value) == abs(z.value)) != 1:
            continue
        e = same[0]
        if reason := _units_differ(z, e):
            out.append(discrepancy(report.id, z, e, reason, units))
        elif z.value == -e.value and z.value != e.value and {z.fact_id, e.fact_id} <= signed:
            out.append(discrepancy(report.id, z, e, "direction", units))
        else:
            continue
        if compared is not None:
            compared.append((z, e))
    return out
