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
_WAN, _YI = Decimal(10) ** 4, Decimal(10) ** 8


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


def format_number(value: str, lang: str, unit: str = "", ui: UI | None = None) -> str:
    """A stored value as a reader of `lang` writes it, exactly (never rounded).

    In Chinese, counts that are whole 万 or 亿 with at most two decimals read as 11.71万 or 2.95亿.
    """
    d = to_decimal(value)
    if d is None:
        return str(value)
    if lang == "zh" and unit not in ("percent", "percentage_points", "rank", "score", "per_10k_people"):
        ui = ui or load_ui()
        for base, key in ((_YI, "unit_hundred_million"), (_WAN, "unit_ten_thousand")):
            scaled = d / base
            if abs(d) >= base and -scaled.normalize().as_tuple().exponent <= 2:
                return grouped(scaled) + ui.t(key, lang)
    return grouped(d)


def format_value(value: str, lang: str, unit: str = "", qualifier: str = "exact", ui: UI | None = None) -> str:
    """Number with its qualifier (约 / about, 超过 / more than ...) and a % sign for percents."""
    ui = ui or load_ui()
    text = format_number(value, lang, unit, ui)
    if unit == "percent":
        text += "%"
    word = ui.t(f"qualifier_{qualifier}", lang) if f"qualifier_{qualifier}" in ui.strings else ""
    if not word:
        return text
    return f"{word}{text}" if lang == "zh" else f"{word} {text}"
