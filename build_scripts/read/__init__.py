"""Stage 1, read: `seeds/reports.yaml` + `seeds/*.txt` -> `Report` objects.

A report keeps every line of its seed with its original 1-based number. Each line is given the
language half it belongs to (`zh` or `en`) and the section heading it falls under, so later
stages can quote the exact line and say where it is.
"""
from __future__ import annotations

import datetime as _dt
import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from build_scripts.core.errors import BuildError, BuildErrors
from build_scripts.core.yamlio import LineDict, load_list, require_keys

REQUIRED_KEYS = (
    "id", "file", "region_code", "year", "title_zh", "title_en",
    "publisher_zh", "publisher_en", "languages",
)
OPTIONAL_KEYS = ("period", "published", "source_url", "notes")
LANGS = ("zh", "en")
MAX_SEED_BYTES = 5 * 1024 * 1024
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:/(\d{4})-(\d{2}))?$")
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
MARKUP_RE = re.compile(r"<[^<>\n]{0,200}>|&[a-z]+;|\*\*|\\\*")
FIGURE_RE = re.compile(r"\d{2}|\d[.,]\d")       # a line that prints a figure (a year, a count, a rate)
ROW_END_RE = re.compile(r"\d[\d.,]*%?\s+-?\d[\d.,]*%?\s*$")    # a line ending in two figures: a table's row, no sentence
GLOSSED_FIGURES = 3        # lines of figures the other half holds when a half with none is no translation

# Section headings: 一、 （一） (一) I. II. 1. ● I. ## II. — at the start of a line.
HEADING_RES = (
    ("zh1", re.compile(r"^\s*(?:#+\s*)?([一二三四五六七八九十]+)、")),
    ("zh2", re.compile(r"^\s*(?:#+\s*)?[（(]([一二三四五六七八九十]+)[)）]")),
    ("en1", re.compile(r"^\s*(?:#+\s*)?(?:●\s*)?([IVX]+)\.\s")),
    ("num", re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?(\d{1,2})\.\s*(?=\S)(?!\d)")),
)


@dataclass(frozen=True)
class ReportMeta:
    id: str
    file: str
    region_code: str
    year: int
    period: str
    title_zh: str
    title_en: str
    publisher_zh: str
    publisher_en: str
    languages: tuple[str, ...]
    published: str = ""
    source_url: str = ""
    notes: str = ""
    sha256: str = ""
    yaml_path: str = ""
    yaml_line: int = 0
    region_code_line: int = 0      # where reports.yaml gives region_code (checked against the gazetteer later)


@dataclass
class Line:
    number: int          # 1-based line number in the seed file
    text: str            # the line exactly as in the seed (without the newline)
    lang: str | None     # "zh" or "en": the language half the line is in
    section: str = ""    # heading path, e.g. "二、/（一）" or "II./1."

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Report:
    meta: ReportMeta
    path: Path
    lines: list[Line]
    halves: dict[str, tuple[int, int]] = field(default_factory=dict)  # lang -> (first, last) line numbers

    @property
    def id(self) -> str:
        return self.meta.id

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def half(self, lang: str) -> list[Line]:
        """The lines of one language half, in order (empty if the report lacks that language)."""
        if lang not in self.halves:
            return []
        first, last = self.halves[lang]
        return self.lines[first - 1:last]


def line_language(text: str) -> str | None:
    """'zh' when a line is mostly Chinese, 'en' when mostly Latin words, None when neither.

    HTML and Markdown leftovers (`<b>`, `<script>`, `**`) are not words of either language.
    """
    text = MARKUP_RE.sub(" ", text)
    cjk = len(CJK_RE.findall(text))
    latin = sum(len(w) for w in LATIN_WORD_RE.findall(text))
    if cjk == 0 and latin == 0:
        return None
    # A CJK character carries about as much as three Latin letters.
    return "zh" if cjk * 3 >= latin else "en"


def split_halves(texts: list[str], languages: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Find where a two-language report switches from its first language to its second.

    The boundary is the line that maximizes (weight of first-language lines before it) + (weight of
    second-language lines from it on): titles in the other language at the top of a half and
    stray lines do not move it.
    """
    n = len(texts)
    if n == 0:
        return {}
    if len(languages) == 1:
        return {languages[0]: (1, n)}
    first, second = languages
    weights = []
    for t in texts:
        lang = line_language(t)
        w = min(len(t.strip()), 400)
        weights.append((w if lang == first else 0, w if lang == second else 0))
    total_second = sum(b for _, b in weights)
    best, best_k, acc_first, acc_second = -1, 0, 0, 0
    for k in range(n + 1):  # boundary before line index k (0-based)
        score = acc_first + (total_second - acc_second)
        if score >= best:  # on a tie, blank lines stay with the first half
            best, best_k = score, k
        if k < n:
            acc_first += weights[k][0]
            acc_second += weights[k][1]
    if best_k == 0 or best_k == n:
        return {first: (1, n)} if best_k == n else {second: (1, n)}
    parts = (texts[:best_k], texts[best_k:])
    figured = [sum(1 for t in part if FIGURE_RE.search(t)) for part in parts]
    rows = sum(1 for t in parts[figured.index(max(figured))] if ROW_END_RE.search(t))
    if min(figured) <= 1 and max(figured) >= GLOSSED_FIGURES and 3 * rows >= 2 * max(figured) and "zh" in languages:
        # one half with no figures of its own over rows of figures: no translation, one text whose labels are
        # glossed in the other language (a yearbook's table: 16-5 各类型专利申请和授权情况 / Patent Applications … over rows
        # of figures; 每万人口专利授权量 (件/万人) Number of Patent … 160.75): read whole as Chinese, which is
        # authoritative
        return {"zh": (1, n)}
    return {first: (1, best_k), second: (best_k + 1, n)}


def heading_of(text: str) -> tuple[str, str] | None:
    """(level, label) when the line starts a numbered section, else None."""
    stripped = text.strip().lstrip("*").strip()
    if not stripped or len(stripped) > 200:
        return None
    for level, rx in HEADING_RES:
        m = rx.match(stripped)
        if m:
            label = stripped[: m.end()].strip().lstrip("#●").strip()
            return level, label
    return None


def assign_sections(lines: list[Line]) -> None:
    """Give each line the path of headings it falls under, per language half."""
    path: dict[str, str] = {}
    order = [lvl for lvl, _ in HEADING_RES]
    current_lang = None
    for ln in lines:
        if ln.lang != current_lang:
            path, current_lang = {}, ln.lang
        h = heading_of(ln.text)
        if h:
            level, label = h
            path[level] = label
            for deeper in order[order.index(level) + 1:]:
                path.pop(deeper, None)
        ln.section = "/".join(path[lvl] for lvl in order if lvl in path)


def decode_seed(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise BuildError(path, "report file is empty / 报告文件为空")
    if len(raw) > MAX_SEED_BYTES:
        raise BuildError(path, f"report file is {len(raw)} bytes, over the {MAX_SEED_BYTES}-byte limit / 报告文件过大")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise BuildError(path, "report holds binary data (NUL byte), not text / 报告含二进制数据", line=line)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BuildError(path, f"not valid UTF-8 at byte {exc.start} / 不是有效的 UTF-8 编码", line=line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = [c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t"]
    if len(bad) > 10:
        raise BuildError(path, "report holds control characters, not text / 报告含控制字符，不是文本")
    return text


def read_report(meta: ReportMeta, path: Path) -> Report:
    raw = path.read_bytes()
    text = decode_seed(path, raw)
    texts = text.split("\n")
    if texts and texts[-1] == "":
        texts.pop()
    texts = [t.rstrip("\r") for t in texts]
    halves = split_halves(texts, meta.languages)
    lines = []
    for i, t in enumerate(texts, start=1):
        lang = next((lg for lg, (a, b) in halves.items() if a <= i <= b), None)
        lines.append(Line(i, t, lang))
    assign_sections(lines)
    return Report(meta=meta, path=path, lines=lines, halves=halves)


def _period(entry: LineDict, year: int, yaml_path: Path) -> str:
    period = entry.get("period")
    if period in (None, ""):
        return str(year)
    period = str(period)
    m = PERIOD_RE.match(period)
    if not m:
        raise BuildError(yaml_path, f"period {period!r} is not YYYY, YYYY-MM/YYYY-MM / 期间格式错误",
                         line=entry.line_of("period"), key="period")
    y1, m1, y2, m2 = m.groups()
    start, end = (int(y1), int(m1 or 1)), ((int(y2), int(m2)) if y2 else None)
    if not all(1 <= month <= 12 for _, month in filter(None, (start, end))):
        raise BuildError(yaml_path, f"period {period!r} names a month that does not exist / 期间中的月份不存在",
                         line=entry.line_of("period"), key="period")
    if end is not None and end < start:
        raise BuildError(yaml_path, f"period {period!r} ends before it starts / 期间的结束早于开始",
                         line=entry.line_of("period"), key="period")
    return period


def _meta(entry: LineDict, yaml_path: Path, seeds_dir: Path) -> ReportMeta:
    line = entry.line
    known = REQUIRED_KEYS + OPTIONAL_KEYS
    for key in entry:  # unknown keys first: a misspelt key is named, with the likely intended one
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f" (did you mean {close[0]!r}? / 是否应为 {close[0]}？)" if close else ""
            raise BuildError(yaml_path, f"unknown key {key!r} / 未知的键{hint}", line=entry.line_of(key), key=str(key))
    require_keys(yaml_path, entry, REQUIRED_KEYS, "report entry")
    rid = str(entry["id"])
    if not ID_RE.match(rid):
        raise BuildError(yaml_path, f"id {rid!r} must be an ASCII slug like 'jiangsu-2022' / id 须为 ASCII 短名",
                         line=entry.line_of("id"), key="id")
    year = entry["year"]
    this_year = _dt.date.today().year
    if not isinstance(year, int) or isinstance(year, bool) or not 1980 <= year <= this_year:
        raise BuildError(yaml_path, f"year {year!r} must be a whole number from 1980 to {this_year} / 年份无效",
                         line=entry.line_of("year"), key="year")
    code = str(entry["region_code"])
    if not re.fullmatch(r"\d{6}", code):
        raise BuildError(yaml_path, f"region_code {code!r} must be six digits (GB/T 2260) / 区划代码须为六位数字",
                         line=entry.line_of("region_code"), key="region_code")
    langs = entry["languages"]
    if (not isinstance(langs, list) or not langs or len(set(langs)) != len(langs)
            or any(lg not in LANGS for lg in langs)):
        raise BuildError(yaml_path, f"languages {langs!r} must be [zh, en], [en, zh], [zh] or [en] / 语言列表无效",
                         line=entry.line_of("languages"), key="languages")
    fname = str(entry["file"])
    if "/" in fname or "\\" in fname or fname.startswith("."):
        raise BuildError(yaml_path, f"file {fname!r} must be a file name inside seeds/ / 文件须在 seeds/ 中",
                         line=entry.line_of("file"), key="file")
    path = seeds_dir / fname
    if not path.is_file():
        raise BuildError(yaml_path, f"file {fname!r} not found in {seeds_dir} / 找不到报告文件",
                         line=entry.line_of("file"), key="file")
    published = str(entry.get("published") or "")
    if published:      # the day 截至目前 / "to date" figures are dated at (normalize/periods.py)
        try:
            _dt.date.fromisoformat(published)
        except ValueError:
            raise BuildError(yaml_path, f"published {published!r} must be a date YYYY-MM-DD / 发布日期须为 YYYY-MM-DD",
                             line=entry.line_of("published"), key="published") from None
    return ReportMeta(
        id=rid, file=fname, region_code=code, year=year, period=_period(entry, year, yaml_path),
        title_zh=str(entry["title_zh"]).strip(), title_en=str(entry["title_en"]).strip(),
        publisher_zh=str(entry["publisher_zh"]).strip(), publisher_en=str(entry["publisher_en"]).strip(),
        languages=tuple(langs), published=published,
        source_url=str(entry.get("source_url") or ""), notes=str(entry.get("notes") or "").strip(),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(), yaml_path=str(yaml_path), yaml_line=line or 0,
        region_code_line=entry.line_of("region_code") or line or 0,
    )


def load_metadata(seeds_dir: str | Path) -> list[ReportMeta]:
    """Read and validate `reports.yaml`; every problem names file, line and key."""
    seeds_dir = Path(seeds_dir)
    yaml_path = seeds_dir / "reports.yaml"
    metas, seen = [], {}
    for entry in load_list(yaml_path, "reports"):
        meta = _meta(entry, yaml_path, seeds_dir)
        if meta.id in seen:
            raise BuildError(yaml_path, f"duplicate report id {meta.id!r} (first at line {seen[meta.id]}) / 报告 id 重复",
                             line=entry.line_of("id"), key="id")
        seen[meta.id] = entry.line_of("id")
        metas.append(meta)
    if not metas:
        raise BuildError(yaml_path, "lists no reports / 未列出任何报告", key="reports")
    return metas


def load_reports(seeds_dir: str | Path) -> list[Report]:
    """All reports, in `reports.yaml` order. Errors from several reports are collected."""
    seeds_dir = Path(seeds_dir)
    reports, errors = [], []
    for meta in load_metadata(seeds_dir):
        try:
            reports.append(read_report(meta, seeds_dir / meta.file))
        except BuildError as exc:
            errors.append(exc)
    if errors:
        raise errors[0] if len(errors) == 1 else BuildErrors(errors)
    return reports
