"""The one way a number is written as digits: `canonical` (the data package, comparisons and
keys) and `grouped` (the same digits with thousands separators, for readers). Never rounds."""
from __future__ import annotations

from decimal import Decimal


def canonical(value: Decimal) -> str:
    """A Decimal written canonically: no exponent, no trailing zeros, no '.0', no '-0'."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def grouped(value: Decimal) -> str:
    """`canonical` with thousands separators in the whole part (1,234,567.5)."""
    whole, _, frac = canonical(value).partition(".")
    sign = "-" if whole.startswith("-") else ""
    return sign + f"{int(whole.lstrip('-') or 0):,}" + (f".{frac}" if frac else "")
