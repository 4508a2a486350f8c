"""Stage 4, check: statements of one report that meet (a table and the text giving one indicator,
region and period)."""
from __future__ import annotations

from decimal import Decimal

from build_scripts.check import wording
from build_scripts.core.numfmt import canonical
from build_scripts.core.records import Discrepancy


def merge_conflict(kept, other) -> Discrepancy:
    """Two statements of one indicator, region and period in one report with different values."""
    def side(o, lang):
        return getattr(o, f"line_{lang}"), getattr(o, f"quote_{lang}")
    lang = "zh" if other.line_zh else "en"
    check = f"{kept.source}_vs_{other.source}"
    en, zh = wording(check, indicator=kept.indicator_id, region=kept.region_code, period=kept.period,
                     value=canonical(Decimal(str(kept.value))), source=kept.source,
                     other_value=canonical(Decimal(str(other.value))), other_source=other.source,
                     other_line=side(other, lang)[0])
    return Discrepancy(
        report_id=kept.report_id, kind="other", check=check,
        line_zh=side(kept, "zh")[0] if lang == "zh" else None, line_en=side(kept, "en")[0] if lang == "en" else None,
        text_zh=side(other, "zh")[1] if lang == "zh" else "", text_en=side(other, "en")[1] if lang == "en" else "",
        value_zh=canonical(Decimal(str(other.value))) if lang == "zh" else "",
        value_en=canonical(Decimal(str(other.value))) if lang == "en" else "",
        resolution=en, resolution_zh=zh, indicator_id=kept.indicator_id, region_code=kept.region_code)
