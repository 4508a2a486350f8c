"""What a text-extractor unit test compares: the mapped facts of a result as sets of tuples."""
from decimal import Decimal


def num(value) -> str:
    """A value as plain digits, trailing zeros dropped (7963000000.00 -> 7963000000)."""
    return format(Decimal(str(value)).normalize(), "f")


def _mapped(result, lang):
    return [f for f in result.facts if f.indicator_id and (lang is None or f.lang == lang)]


def mapped(result, lang="zh"):
    return {(f.indicator_id, str(f.value)) for f in _mapped(result, lang)}


def dated(result, lang="zh"):
    return {(f.indicator_id, str(f.value), f.period) for f in _mapped(result, lang)}


def placed(result):
    return {(f.indicator_id, f.region_code, str(f.value)) for f in _mapped(result, None)}


def dated_num(result, lang="zh"):
    return {(f.indicator_id, num(f.value), f.period) for f in _mapped(result, lang)}


def placed_num(result, lang=None):
    return {(f.indicator_id, f.region_code, num(f.value)) for f in _mapped(result, lang)}
