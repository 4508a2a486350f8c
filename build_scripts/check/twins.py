"""Stage 4, check: every number of a bilingual report's text against its twin in the other language
(`text_numbers`), mapped to an indicator or not. The twins come from normalize/pairing.py; the
pairs the indicator path already compared (`text_translation`, normalize/align.py) are left to it.

A pair disagrees when
- the numbers differ after unit scaling (`number`), told apart when the English one has exactly one
  digit fewer (`lost_digit`) or more (`extra_digit`) than the Chinese one;
- a change goes the other way (`direction`), both languages stating its direction in words the
  rules know;
- a change in percentage points is given in percent (`points`) or the reverse (`percent`), both
  languages naming their unit;
- the qualifier differs (约/超过/余 against an exact number, `qualifier`). English words that are
  prepositions as well (around, about, under, above, below) only count as a qualifier when the
  Chinese has one too ("analysis around 20 directions" is no approximation), and a qualifier that
  one language prints once before a list ("more than 10,000 applications and 6,200 grants")
  carries over to the list's next number.
Each disagreement is a `translation` finding quoting both clauses; nothing is published in its
place (the Chinese text is authoritative, and the facts keep both numbers as printed).
"""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from build_scripts.check import Both, runs, wording
from build_scripts.core.numfmt import canonical
from build_scripts.core.records import CheckRun, Discrepancy, Fact, Observation, restated
from build_scripts.parse.numbers import EN_QUAL_PRE, ZH_QUAL_PRE

CHECK = "text_numbers"
COMPARED_ELSEWHERE = "indicator"       # pairing.FIXED: a pair text_translation compares
QUALIFIER_ZH = {"exact": "确数", "approx": "约数", "more_than": "“超过/余”", "less_than": "“不足”"}
AMBIGUOUS_EN = re.compile(r"(?:around|about|under|above|below)\b", re.IGNORECASE)
# a number listed right after another: "<qualifier> 10,000 applications and 6,200", 约8万件、5万件
LISTED = {"en": re.compile(r"^[^,;:.()\d]*\band\s*$", re.IGNORECASE),
          "zh": re.compile(r"^[^，,；;。（）()\d]*[、和及与][^，,；;。（）()\d]{0,6}$")}
QUALIFIER_WORDS = {"en": EN_QUAL_PRE, "zh": ZH_QUAL_PRE}
NUMBER = {"en": r"[\d,.]+(?:\s?(?:million|billion|thousand))?", "zh": r"[\d,.]+[万亿千]*"}


def _magnitude(f: Fact) -> Decimal:
    return abs(Decimal(f.value))


def _digits(value: Decimal) -> str:
    return canonical(abs(value)).replace(".", "")


def _one_digit_apart(short: str, long: str) -> bool:
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _qualified(lang: str, qualifier: str) -> re.Pattern:
    """A number printed with `qualifier`: the words before it (more than 10,000; 超过300家), or
    in Chinese the words after it (6200余件, 20万左右)."""
    words = "|".join(re.escape(w) for w in sorted((w for w, q in QUALIFIER_WORDS[lang].items() if q == qualifier),
                                                  key=len, reverse=True)) or "(?!)"
    if lang == "en":
        return re.compile(r"\b(?:" + words + r")\s+(?:RMB\s?)?" + NUMBER["en"], re.IGNORECASE)
    after = {"more_than": "(?:余|多|以上)", "approx": "左右"}.get(qualifier, "(?!)")
    return re.compile(r"(?:(?:" + words + r")\s*" + NUMBER["zh"] + r"|" + NUMBER["zh"] + r"\s*" + after + r")[\u4e00-\u9fff]{0,2}")


def _listed_after(f: Fact, qualifier: str) -> bool:
    """Whether `f` follows, in its clause, a number printed with `qualifier` that a list joins it
    to (the qualifier printed once for both)."""
    clause, lang = f.clause or "", f.lang
    at = re.search(r"(?<![\d,.])" + re.escape(f.text.strip()) + r"(?![\d])", clause)
    if at is None or qualifier == "exact":
        return False
    before = clause[:at.start()]
    last = None
    for m in _qualified(lang, qualifier).finditer(before):
        last = m
    return last is not None and bool(LISTED[lang].match(before[last.end():]))


def _qualifier_differs(zh: Fact, en: Fact) -> bool:
    if zh.qualifier == en.qualifier:
        return False
    if zh.qualifier == "exact" and AMBIGUOUS_EN.match(en.text.strip()):
        return False          # a preposition: "analysis around 20 directions"
    if zh.qualifier == "exact" and _listed_after(zh, en.qualifier):
        return False
    return not (en.qualifier == "exact" and _listed_after(en, zh.qualifier))


def variant(zh: Fact, en: Fact, signed: set[str]) -> str | None:
    """What differs between two twins (the finding's variant), or None when they agree."""
    if {zh.unit, en.unit} == {"percent", "percentage_points"}:
        return "points" if zh.unit == "percentage_points" else "percent"
    if _magnitude(zh) != _magnitude(en):
        dz, de = _digits(Decimal(zh.value)), _digits(Decimal(en.value))
        if _one_digit_apart(de, dz):
            return "lost_digit"
        return "extra_digit" if _one_digit_apart(dz, de) else "number"
    if Decimal(zh.value) != Decimal(en.value):
        return "direction" if {zh.fact_id, en.fact_id} <= signed else None
    return "qualifier" if _qualifier_differs(zh, en) else None


def finding(report_id: str, zh: Fact, en: Fact, kind: str, units: dict) -> Discrepancy:
    vz, ve = canonical(Decimal(zh.value)), canonical(Decimal(en.value))
    stated = []
    for f, v in ((zh, vz), (en, ve)):
        u = units.get(f.unit)
        stated.append(Both(f"{v} {u.label_en}" if u else v, f"{v}{u.label_zh}" if u else v))
    fields = {"qualifier_zh": Both(zh.qualifier, QUALIFIER_ZH[zh.qualifier]),
              "qualifier_en": Both(en.qualifier, QUALIFIER_ZH[en.qualifier])} if kind == "qualifier" else {}
    text_en, text_zh = wording("text_numbers", kind, stated_zh=stated[0], stated_en=stated[1], **fields)
    same = zh.indicator_id and zh.indicator_id == en.indicator_id
    return Discrepancy(
        report_id=report_id, kind="translation", check=CHECK, line_zh=zh.line, line_en=en.line,
        text_zh=zh.clause or zh.text, text_en=en.clause or en.text, value_zh=vz, value_en=ve,
        resolution=text_en, resolution_zh=text_zh, indicator_id=zh.indicator_id if same else "",
        region_code=zh.region_code if same and zh.region_code == en.region_code else "")


def compare_twins(report_id: str, pairing, signed: set[str], units: dict) -> list[Discrepancy]:
    """The findings of `text_numbers`: one per pair (of normalize.pairing's) that disagrees, the
    pairs text_translation compares left out."""
    out = []
    for p in pairing.pairs:
        if p.how == COMPARED_ELSEWHERE:
            continue
        if kind := variant(p.zh, p.en, signed):
            out.append(finding(report_id, p.zh, p.en, kind, units))
    return out


def translation_compared(observations: list[Observation], found: list[Discrepancy]) -> int:
    """How many statements text_translation compares: each observation both languages state, and
    each unmapped change it matched by value and found to differ."""
    return (sum(1 for o in observations if o.agreement in ("agree", "disagree"))
            + sum(1 for d in found if d.check == "text_translation" and not d.indicator_id))


def twins_run(report_id: str, facts: list[Fact], observations: list[Observation],
              found: list[Discrepancy]) -> list[CheckRun]:
    """The run of `text_numbers` on a bilingual report's text: its comparisons (the twins less the
    pairs text_translation compares) and the numbers left unmatched (no twin)."""
    zh = [f for f in facts if f.lang == "zh"]
    if not zh or not any(f.lang == "en" for f in facts):
        return []
    compared = sum(1 for f in zh if f.twin_fact_id) - translation_compared(observations, found)
    out = runs(report_id, "text", +Counter({CHECK: compared}), [d for d in found if d.check == CHECK])
    for run in out:
        run.unmatched = sum(1 for f in facts if not f.twin_fact_id and not restated(f.fact_id))
    return out
