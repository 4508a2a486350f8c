"""The site's own words (`catalog/ui.yaml`) and how numbers are written in each language.

Every string a page, chart or theme template shows comes from ui.yaml through `UI.t`, so a
missing translation is a build error naming the file, line and key, not a one-language page.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.numfmt import grouped
from build_scripts.core.yamlio import load_yaml

LANGS = ("zh", "en")
UI_YAML = paths.CATALOG_DIR / "ui.yaml"
# The scale words of each language, largest first (their labels: ui.yaml unit_*), from MIN_SCALED up;
# units that are never scaled (a ratio per 10,000 people in 万 would read as a count)
SCALES = {"zh": ((Decimal(10) ** 8, "unit_hundred_million"), (Decimal(10) ** 4, "unit_ten_thousand")),
          "en": ((Decimal(10) ** 9, "unit_billion"), (Decimal(10) ** 6, "unit_million"), (Decimal(10) ** 3, "unit_thousand"))}
MIN_SCALED = Decimal(10) ** 4
UNSCALED = ("percent", "percentage_points", "rank", "score", "per_10k_people", "per_10k_entities", "times")


@dataclass(frozen=True)
class Language:
    code: str
    hreflang: str
    name: str
    prefix: str          # URL prefix of this language's pages below the site root ("" or "en/")


@dataclass
class UI:
    strings: dict[str, dict[str, str]]
    languages: list[Language]

    def t(self, key: str, lang: str, **fmt) -> str:
        try:
            text = self.strings[key][lang]
        except KeyError:
            raise BuildError(UI_YAML, f"no {lang} string for key {key!r} / 缺少界面文字", key=key) from None
        return text.format(**fmt) if fmt else text

    def language(self, code: str) -> Language:
        return next(lang for lang in self.languages if lang.code == code)


@lru_cache(maxsize=4)
def load_ui(path: Path = UI_YAML) -> UI:
    doc = load_yaml(path)
    strings: dict[str, dict[str, str]] = {}
    for key, pair in (doc.get("strings") or {}).items():
        line = doc["strings"].line_of(key)
        if not isinstance(pair, dict) or set(pair) != set(LANGS):   # extra keys: a comma split a flow mapping
            raise BuildError(path, "each string needs exactly zh and en (quote text with commas) / "
                                   "每条文字须恰有 zh 和 en（含逗号的文字请加引号）", line=line, key=key)
        for lang in LANGS:
            if not isinstance(pair.get(lang), str):
                raise BuildError(path, f"missing {lang} text / 缺少 {lang} 文字", line=line, key=key)
        strings[str(key)] = {lang: pair[lang] for lang in LANGS}
    languages = [Language(str(e["code"]), str(e["hreflang"]), str(e["name"]), str(e["prefix"]))
                 for e in doc.get("languages") or []]
    if [lang.code for lang in languages] != list(LANGS):
        raise BuildError(path, f"languages must list {', '.join(LANGS)} / 语言列表须为 zh、en", key="languages")
    return UI(strings, languages)


def to_decimal(value: str) -> Decimal | None:
    try:
        return Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None


def _decimals(d: Decimal) -> int:
    return max(0, -d.normalize().as_tuple().exponent)


def joined(number: str, word: str, lang: str) -> str:
    """A number and the word after it: 500亿元, 12.61%, 50 billion yuan, 1.2 pp."""
    if not word:
        return number
    return number + word if lang == "zh" or not word[0].isalpha() else f"{number} {word}"


def format_number(value: str, lang: str, unit: str = "", ui: UI | None = None, scale: bool = True) -> str:
    """A stored value as a reader of `lang` writes it, exactly (never rounded).

    From 10,000 up, a count or amount is written with a scale word when the scaled number is exact
    to at most two decimals: 11.71万, 29.5亿, 500亿 in Chinese (where 亿 does not fit, 万 is tried:
    123,450万); 117.1 thousand, 2.95 billion, 50 billion in English (only the largest word that fits:
    1,234,500,000 stays as it is, never 1,234.5 million nor 1,234,500 thousand). Otherwise, and
    for percents, ratios, ranks and scores, the full number with thousands separators.
    """
    d = to_decimal(value)
    if d is None:
        return str(value)
    if scale and unit not in UNSCALED and abs(d) >= MIN_SCALED:
        ui = ui or load_ui()
        for base, key in SCALES[lang]:
            if abs(d) < base:
                continue
            scaled = d / base
            if _decimals(scaled) <= 2:
                return joined(grouped(scaled), ui.t(key, lang), lang)
            if lang != "zh":
                break
    return grouped(d)


def is_scaled(value: str, lang: str, unit: str = "", ui: UI | None = None) -> bool:
    """Whether `format_number` writes the value with a scale word (the page then shows the exact one on hover)."""
    d = to_decimal(value)
    return d is not None and format_number(value, lang, unit, ui) != grouped(d)


def exact_number(value: str) -> str:
    """The full number with thousands separators (the hover text of a scaled number)."""
    d = to_decimal(value)
    return str(value) if d is None else grouped(d)


def format_value(value: str, lang: str, unit: str = "", qualifier: str = "exact", ui: UI | None = None,
                 unit_label: str = "") -> str:
    """Number with its qualifier (约 / about, 超过 / more than ...), the percent sign or the
    percentage-point word (never confused: 12.61% against 1.2个百分点 / 1.2 pp) and, when given,
    the unit's label (500亿元 / 50 billion yuan)."""
    ui = ui or load_ui()
    text = format_number(value, lang, unit, ui)
    if unit in ("percent", "percentage_points"):
        text = joined(text, ui.t(f"number_{unit}", lang), lang)
    elif unit_label:
        text = joined(text, unit_label, lang)
    word = ui.t(f"qualifier_{qualifier}", lang) if f"qualifier_{qualifier}" in ui.strings else ""
    if not word:
        return text
    return f"{word}{text}" if lang == "zh" else f"{word} {text}"
