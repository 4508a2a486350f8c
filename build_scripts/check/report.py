"""Stage 4, check: statements of one report that meet (a table and the text giving one indicator,
region and period)."""
from __future__ import annotations

from decimal import Decimal

from build_scripts.core.numfmt import canonical
from build_scripts.core.records import Discrepancy


def merge_conflict(kept, other) -> Discrepancy:
    """Two statements of one indicator, region and period in one report with different values."""
    def side(o, lang):
        return getattr(o, f"line_{lang}"), getattr(o, f"quote_{lang}")
    lang = "zh" if other.line_zh else "en"
    return Discrepancy(
        report_id=kept.report_id, kind="other", check=f"{kept.source}_vs_{other.source}",
        line_zh=side(kept, "zh")[0] if lang == "zh" else None, line_en=side(kept, "en")[0] if lang == "en" else None,
        text_zh=side(other, "zh")[1] if lang == "zh" else "", text_en=side(other, "en")[1] if lang == "en" else "",
        value_zh=canonical(Decimal(str(other.value))) if lang == "zh" else "",
        value_en=canonical(Decimal(str(other.value))) if lang == "en" else "",
        resolution=(f"The report states {kept.indicator_id} for {kept.region_code} / {kept.period} twice: "
                    f"{canonical(Decimal(str(kept.value)))} ({kept.source}, published) and {canonical(Decimal(str(other.value)))} "
                    f"({other.source}, line {getattr(other, f'line_{lang}')}); the first is published, the other "
                    f"stays in facts."),
        resolution_zh=(f"报告两次给出同一指标、地区和期间的数值：{canonical(Decimal(str(kept.value)))}（{kept.source}，已发布）"
                       f"与 {canonical(Decimal(str(other.value)))}（{other.source}）；发布前者，后者保留在 facts 中。"),
        indicator_id=kept.indicator_id, region_code=kept.region_code)
