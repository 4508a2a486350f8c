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
in catalog/checks.yaml), the ones that found nothing too.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError
from build_scripts.core.records import DISCREPANCY_KINDS, CheckRun, Discrepancy, Observation
from build_scripts.core.yamlio import load_list

CHECKS_YAML = paths.CATALOG_DIR / "checks.yaml"
CHECK_KEYS = ("id", "kind", "scope", "compares_en", "compares_zh", "description_en", "description_zh")
SCOPES = ("table", "text", "report")


@dataclass(frozen=True)
class CheckSpec:
    id: str
    kind: str
    scope: str
    compares_en: str
    compares_zh: str
    description_en: str
    description_zh: str


@lru_cache(maxsize=4)
def load_checks(path: Path = CHECKS_YAML) -> dict[str, CheckSpec]:
    """The check descriptions (`catalog/checks.yaml`): each entry exactly CHECK_KEYS, both languages."""
    out: dict[str, CheckSpec] = {}
    for entry in load_list(path, "checks"):
        line = entry.line
        if set(entry) != set(CHECK_KEYS):
            raise BuildError(path, f"each check needs exactly {', '.join(CHECK_KEYS)} / 每个检查项须恰有这些键",
                             line=line, key=str(entry.get("id", "")))
        if not all(isinstance(entry[k], str) and entry[k].strip() for k in CHECK_KEYS):
            raise BuildError(path, "every key needs a text / 每个键须有文字", line=line, key=str(entry["id"]))
        if entry["kind"] not in DISCREPANCY_KINDS or entry["scope"] not in SCOPES or entry["id"] in out:
            raise BuildError(path, f"kind must be one of {', '.join(DISCREPANCY_KINDS)}, scope one of {', '.join(SCOPES)}, "
                                   "ids unique / kind、scope 取值无效或 id 重复", line=line, key=str(entry["id"]))
        out[entry["id"]] = CheckSpec(**{k: entry[k].strip() for k in CHECK_KEYS})
    return out


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
    unmapped changes compared by value (only their disagreements are known, see align.py)."""
    compared = Counter({"text_translation": sum(1 for o in observations if o.agreement in ("agree", "disagree"))
                        + sum(1 for d in found if d.check == "text_translation" and not d.indicator_id)})
    return runs(report_id, "text", +compared, found)

def summary(discrepancies: list[Discrepancy]) -> dict[str, int]:
    """Counts by kind and by check, for the build summary."""
    out: dict[str, int] = {}
    for key, n in sorted(Counter(f"{d.kind}/{d.check}" for d in discrepancies).items()):
        out[key] = n
    return out
