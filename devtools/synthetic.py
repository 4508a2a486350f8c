"""Report-sized inputs for any province, for the scaling benchmark: a short bulletin in the genre's
structure (a headline paragraph, a paragraph of changes and ranks, a table of the province's
prefecture-level cities with a total row) with invented figures, its names from the national
gazetteer. Deterministic for a seed; written for the benchmark, never published as data."""
from __future__ import annotations

import csv
import random
from functools import lru_cache

from build_scripts.core import paths

PROVINCE_COUNT = 30


@lru_cache(maxsize=1)
def units() -> dict[str, dict]:
    with (paths.CATALOG_DIR / "gazetteer.csv").open(encoding="utf-8", newline="") as fh:
        return {r["code"]: r for r in csv.DictReader(fh)}


def provinces(n: int = PROVINCE_COUNT) -> list[str]:
    """The first n provinces with at least three prefecture-level cities (municipalities and SARs
    have none)."""
    kids: dict[str, int] = {}
    for r in units().values():
        if r["level"] == "prefecture":
            kids[r["parent_code"]] = kids.get(r["parent_code"], 0) + 1
    return [c for c in sorted(kids) if kids[c] >= 3][:n]


def report(code: str, year: int, seed: int) -> tuple[str, dict]:
    """(text, reports.yaml entry without id/file) of one invented bulletin of province `code`."""
    rnd = random.Random(seed)
    prov = units()[code]
    cities = [r for r in units().values() if r["parent_code"] == code and r["level"] == "prefecture"]
    granted = rnd.randint(20000, 400000)
    invention = granted // rnd.randint(4, 9)
    valid = rnd.randint(30000, 300000)
    marks = rnd.randint(100000, 2000000)
    lines = [
        f"{year}年{prov['name_zh']}知识产权发展状况公报",
        "",
        "一、知识产权创造",
        f"{year}年，全省专利授权量{granted}件，同比增长{rnd.randint(1, 300) / 10}%，其中发明专利授权量{invention}件。"
        f"截至{year}年底，全省有效发明专利量{valid}件，每万人口发明专利拥有量{rnd.randint(10, 400) / 10}件。",
        f"全省有效商标注册量{marks}件，同比增长{rnd.randint(1, 200) / 10}%，居全国第{rnd.randint(1, 31)}位。"
        f"地理标志商标{rnd.randint(10, 400)}件，新增{rnd.randint(1, 40)}件。",
        "",
        "二、知识产权运用",
        f"全年专利商标质押融资金额{rnd.randint(10, 900) / 10}亿元，惠及企业{rnd.randint(100, 3000)}家。",
        "",
        f"{year}年各市有效发明专利量",
        "单位：件",
        "地区\t有效发明专利量",
    ]
    parts = [rnd.randint(100, max(200, valid // max(1, len(cities)))) for _ in cities]
    lines += [f"{c['name_zh']}\t{v}" for c, v in zip(cities, parts)]
    lines.append(f"全省\t{sum(parts)}")
    entry = {"region_code": code, "year": year, "title_zh": lines[0], "title_en": f"IP bulletin of {prov['name_en']}, {year}",
             "publisher_zh": f"{prov['name_zh']}知识产权局（基准测试样例）", "publisher_en": "benchmark sample",
             "languages": ["zh"]}
    return "\n".join(lines) + "\n", entry
