"""Stage 4, check: what the tables say against themselves, their twin and the catalogs.

Every check returns `Discrepancy` rows; none changes a printed value. Checks are driven by the
catalog (`sum_of`, `ratio_of`, `rank_of`, `change_of`, units, measures) and the gazetteer
(levels, members of groupings), never by a particular table:

- totals: province = its prefecture rows (+ unclassified); province = its groupings (+ unclassified);
  grouping = its member cities; a row's total = its parts (`sum_of`);
- ratios recomputed (`ratio_of`, e.g. per 10,000 people), allowing for the printed precision;
- rankings recomputed (`rank_of`, ties share a rank);
- year-on-year changes recomputed (`change_of`) from the year columns;
- zh table against its en twin, cell by cell (`check.tables.twin_disagreement`);
- region labels that the gazetteer knows as mistranslations (Southern Suzhou for 苏南);
- header labels naming an indicator of another topic than the table's title (the column is then
  read as the title's indicator).

Each check also counts its comparisons, so the `checks` resource lists every check run (described
in catalog/checks.yaml), the ones that found nothing too. The sentences of the findings are
templates in catalog/checks.yaml too (`finding_en` / `finding_zh`), filled in by `wording`.
"""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import Any, NamedTuple

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.records import DISCREPANCY_KINDS, CheckRun, Discrepancy, Observation
from build_scripts.core.yamlio import LineDict, load_list

CHECKS_YAML = paths.CATALOG_DIR / "checks.yaml"
CHECK_KEYS = ("id", "kind", "scope", "compares_en", "compares_zh", "description_en", "description_zh")
FINDING_KEYS = ("finding_en", "finding_zh")      # every check in checks.yaml publishes findings
SCOPES = ("table", "text", "report")
OMIT = "omit"           # `{field:omit}`: a field the sentence of one language leaves unsaid
# The layout defects the table parser records (parse/tables.py); every table is read for each.
LAYOUT_TAB = ("layout.blank_line", "layout.repeated_header", "layout.markup", "layout.rows_before_title",
              "layout.rows_apart", "layout.title_after_table", "layout.zone_row", "layout.fraction_rates", "layout.unknown_row",
              "layout.unnamed_columns", "layout.unnamed_rows")
LAYOUT_STACKED = ("layout.stacked_header", "layout.row_cut_off", "layout.ragged_row", "layout.unknown_row", "layout.duplicate_cell",
                  "layout.zone_row", "layout.title_after_table", "layout.fraction_rates", "layout.no_regions",
                  "layout.unnamed_columns", "layout.unnamed_rows", "layout.unnamed_total", "layout.text_cell")   # tables printed one cell a line
LAYOUT_PIPED = LAYOUT_TAB + ("layout.carried_cells", "layout.row_cut_off", "layout.duplicate_cell", "layout.no_regions",
                             "layout.piped_width", "layout.spanned_columns", "layout.text_cell", "layout.estimated_cells")   # printed with pipes
LAYOUT = tuple(dict.fromkeys(LAYOUT_TAB + LAYOUT_STACKED + LAYOUT_PIPED))


class Both(NamedTuple):
    """A field whose words differ by language: `en` fills the English sentence, `zh` the Chinese."""
    en: Any
    zh: Any


@dataclass(frozen=True)
class Template:
    """One finding sentence in both languages, with the lines of checks.yaml they are written on."""
    en: str
    zh: str
    line_en: int
    line_zh: int


@dataclass(frozen=True)
class CheckSpec:
    id: str
    kind: str
    scope: str
    compares_en: str
    compares_zh: str
    description_en: str
    description_zh: str
    line: int = 0
    findings: dict = field(default_factory=dict)    # variant (None: the only one) -> Template


def _fields(path: Path, check: str, where: str, template: str, line: int) -> frozenset[str]:
    """The names of a template's fields; positional, dotted or indexed fields, unknown conversions
    and unbalanced braces are BuildErrors."""
    try:
        parsed = list(Formatter().parse(template))
    except ValueError as e:
        raise BuildError(path, f"{where}: {e} / 模板格式有误（花括号不配对）", line=line, key=check) from None
    names = set()
    for _, name, _, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or conversion not in (None, "r", "s", "a"):
            raise BuildError(path, f"{where}: field {{{name}}} must be a plain name (with !r, !s or !a at most) "
                                   f"/ 字段须为简单名称", line=line, key=check)
        names.add(name)
    return frozenset(names)


def _variants(path: Path, entry: LineDict, key: str) -> dict:
    """finding_en or finding_zh of an entry as {variant: (template, line)}; one template is the
    variant None."""
    value, check = entry.get(key), str(entry["id"])
    if isinstance(value, str) and value.strip():
        return {None: (value.strip(), entry.line_of(key))}
    if isinstance(value, dict) and value and all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                                 for k, v in value.items()):
        return {k: (v.strip(), value.line_of(k) if isinstance(value, LineDict) else entry.line_of(key))
                for k, v in value.items()}
    raise BuildError(path, f"{key} must be a template or a mapping of named templates "
                           f"/ {key} 须为一个模板或具名模板的映射", line=entry.line_of(key), key=check)


def _templates(path: Path, entry: LineDict) -> dict[str | None, Template]:
    """The finding sentences of an entry: the same variants in both languages, and the same fields
    in both languages of each variant."""
    check = str(entry["id"])
    en, zh = _variants(path, entry, "finding_en"), _variants(path, entry, "finding_zh")
    if set(en) != set(zh):
        odd = ", ".join(sorted(str(v) for v in set(en) ^ set(zh)))
        raise BuildError(path, f"finding_en and finding_zh must name the same variants (not both: {odd}) "
                               f"/ 中英文模板的变体名称须一致（{odd}）", line=entry.line_of("finding_zh"), key=check)
    out = {}
    for variant in en:
        (t_en, l_en), (t_zh, l_zh) = en[variant], zh[variant]
        suffix = f".{variant}" if variant else ""
        f_en = _fields(path, check, f"finding_en{suffix}", t_en, l_en)
        f_zh = _fields(path, check, f"finding_zh{suffix}", t_zh, l_zh)
        for lang, missing, line in (("zh", f_en - f_zh, l_zh), ("en", f_zh - f_en, l_en)):
            if missing:
                names = ", ".join("{" + n + "}" for n in sorted(missing))
                raise BuildError(path, f"finding_{lang}{suffix} lacks {names} of the other language (write "
                                       f"{{name:{OMIT}}} for a field it leaves unsaid) / 两种语言的模板须含相同字段，"
                                       f"此处缺少 {names}", line=line, key=check)
        out[variant] = Template(t_en, t_zh, l_en, l_zh)
    return out


def _entry_keys(path: Path, entry: LineDict) -> None:
    """Exactly CHECK_KEYS and FINDING_KEYS: an unknown key is named (with the likely one), then a
    missing one."""
    check, known = str(entry.get("id", "")), CHECK_KEYS + FINDING_KEYS
    for k in entry:
        if k not in known:
            close = difflib.get_close_matches(str(k), known, n=1)
            hint = f" (did you mean {close[0]!r}? / 是否应为 {close[0]}？)" if close else ""
            raise BuildError(path, f"unknown key {k!r} / 未知的键 {k}{hint}", line=entry.line_of(k), key=check)
    missing = [k for k in known if k not in entry]
    if missing:
        raise BuildError(path, f"each check needs {', '.join(known)}; missing {', '.join(missing)} "
                               f"/ 检查项缺少键 {'、'.join(missing)}", line=entry.line, key=check)


@lru_cache(maxsize=4)
def load_checks(path: Path = CHECKS_YAML) -> dict[str, CheckSpec]:
    """The check descriptions (`catalog/checks.yaml`): each entry exactly CHECK_KEYS and
    FINDING_KEYS, both languages, the finding templates checked (`_templates`)."""
    out: dict[str, CheckSpec] = {}
    for entry in load_list(path, "checks"):
        line = entry.line
        _entry_keys(path, entry)
        if not all(isinstance(entry[k], str) and entry[k].strip() for k in CHECK_KEYS):
            raise BuildError(path, "every key needs a text / 每个键须有文字", line=line, key=str(entry["id"]))
        if entry["kind"] not in DISCREPANCY_KINDS or entry["scope"] not in SCOPES or entry["id"] in out:
            raise BuildError(path, f"kind must be one of {', '.join(DISCREPANCY_KINDS)}, scope one of {', '.join(SCOPES)}, "
                                   "ids unique / kind、scope 取值无效或 id 重复", line=line, key=str(entry["id"]))
        out[entry["id"]] = CheckSpec(**{k: entry[k].strip() for k in CHECK_KEYS}, line=line,
                                     findings=_templates(path, entry))
    return out


class _Filler(Formatter):
    """str.format for one language: a `Both` field gives that language's words, `{x:omit}` nothing."""

    def __init__(self, lang: str):
        self.lang = lang

    def get_value(self, key, args, kwargs):
        value = kwargs[key]
        return getattr(value, self.lang) if isinstance(value, Both) else value

    def format_field(self, value, format_spec):
        return "" if format_spec == OMIT else super().format_field(value, format_spec)


def wording(check_id: str, variant: str | None = None, **fields: Any) -> tuple[str, str]:
    """The (English, Chinese) sentence of a finding of `check_id` (`variant`: the case, for a check
    worded case by case), its templates in checks.yaml filled in with `fields`. An undescribed
    check, an unknown variant or a field the template names but the call does not give is a
    BuildError naming checks.yaml, the line and the check."""
    spec = load_checks(CHECKS_YAML).get(check_id)
    if spec is None:
        raise BuildError(CHECKS_YAML, f"check {check_id!r} is not described / 检查项 {check_id} 缺少说明", key=check_id)
    template = spec.findings.get(variant)
    if template is None:
        known = ", ".join(str(v) for v in spec.findings)
        raise BuildError(CHECKS_YAML, f"no finding template {variant!r} (there are: {known}) "
                                      f"/ 没有名为 {variant} 的措辞（现有：{known}）", line=spec.line, key=check_id)
    out = []
    for lang, text, line in (("en", template.en, template.line_en), ("zh", template.zh, template.line_zh)):
        try:
            out.append(_Filler(lang).format(text, **fields))
        except KeyError as e:
            raise BuildError(CHECKS_YAML, f"finding_{lang} needs the field {{{e.args[0]}}}, which the code does not "
                                          f"give / 代码未提供字段 {e.args[0]}", line=line, key=check_id) from None
    return out[0], out[1]


def runs(report_id: str, scope: str, compared: Counter, found: list[Discrepancy]) -> list[CheckRun]:
    """One row per check compared in `scope` (or that found something there): its comparisons, how
    many passed and its findings. A finding of a check that counts no comparisons is one."""
    specs = load_checks()
    findings = Counter(d.check for d in found)
    out = []
    for check in sorted(set(compared) | set(findings)):
        spec = specs.get(check)
        if spec is None:
            raise BuildError(CHECKS_YAML, f"check {check!r} is not described / 检查项 {check} 缺少说明", key=check)
        n = max(compared[check], findings[check])
        out.append(CheckRun(check=check, kind=spec.kind, report_id=report_id, scope=scope, compares=spec.compares_en,
                            compares_zh=spec.compares_zh, comparisons=n, passed=n - findings[check],
                            findings=findings[check], description_en=spec.description_en,
                            description_zh=spec.description_zh))
    return out


def text_runs(report_id: str, observations: list[Observation], found: list[Discrepancy]) -> list[CheckRun]:
    """The zh/en comparison of a report's text: every statement both languages make, plus the
    unmapped changes compared by value (only their disagreements are known, see normalize/align.py)."""
    found = [d for d in found if d.check == "text_translation"]     # text_numbers: check/twins.py
    compared = Counter({"text_translation": sum(1 for o in observations if o.agreement in ("agree", "disagree"))
                        + sum(1 for d in found if not d.indicator_id)})
    return runs(report_id, "text", +compared, found)

def summary(discrepancies: list[Discrepancy]) -> dict[str, int]:
    """Counts by kind and by check, for the build summary."""
    out: dict[str, int] = {}
    for key, n in sorted(Counter(f"{d.kind}/{d.check}" for d in discrepancies).items()):
        out[key] = n
    return out
