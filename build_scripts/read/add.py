"""`ipstats add PATH`: a report as its publisher released it (a PDF, or a text) -> `<seeds>/ID.txt`
and its entry appended to `<seeds>/reports.yaml`, ready for `make data`.

The PDF's text comes from `read/pdf.py`; a `.txt` is copied byte for byte. Metadata not given on
the command line is guessed where the document shows it: the titles (the largest text on the
first page of each language half; a text's first line), the year (from a title), the languages
(which of zh and en the text holds), the publishers (a line that names an office or bureau near
the start or the end of a half). Every guess is printed so the user can check it. The entry is
appended as text (the file's comments and layout stay) and the whole file is validated as the
build reads it; when it fails, reports.yaml and the seeds folder are left as they were.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from build_scripts.core.errors import BuildError, BuildErrors
from build_scripts.core.yamlio import load_list, load_yaml
from build_scripts.read import ID_RE, LANGS, PERIOD_RE, decode_seed, load_metadata
from build_scripts.read.lines import ends_sentence, language_split

KEYS = ("title_zh", "title_en", "publisher_zh", "publisher_en")
ZH_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789"))
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)|([〇零一二三四五六七八九]{4})\s*年")
ORG_RE = {
    "zh": re.compile(r"(?:局|办公室|领导小组|委员会|人民政府|厅|中心|协会|研究院|法院|检察院)(?:[（(][^()（）]{1,20}[)）])?$"),
    "en": re.compile(r"\b(?:Office|Administration|Bureau|Group|Committee|Government|Department|Cent(?:er|re)|"
                     r"Commission|Council)\)?$"),
}
DATE_TAIL_RE = re.compile(r"\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?|[A-Z][a-z]+\s+\d{4})\s*$")


@dataclass
class Source:
    """What the document gives: its text, the blocks of each half, and what was read or not."""
    text: str
    languages: tuple[str, ...]
    halves: dict[str, list[str]]
    titles: dict[str, str]
    summary: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: str = ""


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def year_of(text: str) -> int | None:
    """The first year a title names: 2022, or 二〇二二年."""
    m = YEAR_RE.search(text or "")
    if not m:
        return None
    return int(m.group(1) or "".join(ZH_DIGITS[c] for c in m.group(2)))


def publisher_of(blocks: list[str], lang: str) -> str | None:
    """A short line naming an organisation, among the first and last lines of a half."""
    near = blocks[:8] + blocks[-8:]
    for text in near:
        t = DATE_TAIL_RE.sub("", text.strip())
        if 2 < len(t) <= 80 and "\t" not in t and not ends_sentence(t) and ORG_RE[lang].search(t):
            return t
    return None


def from_pdf(path: Path) -> Source:
    from build_scripts.read.pdf import read_pdf

    got = read_pdf(path)
    texts = [b.text() for b in got.blocks]
    order, k = language_split(texts)
    halves = {order[0]: texts[:k]} if len(order) == 1 else {order[0]: texts[:k], order[1]: texts[k:]}
    titles = dict(got.titles)
    if got.title and "zh" not in titles and "en" not in titles:
        titles[order[0]] = got.title
    read = (f"read {path.name}: {count(got.pages, 'page')}, {count(len(texts) - got.tables, 'paragraph')}, "
            f"{count(got.tables, 'table')}; {count(got.dropped, 'running header, footer or page-number line')} "
            "left out")
    mapped = f"mapped {count(got.radicals, 'radical character')} (Kangxi, CJK supplement) to ordinary characters"
    summary = [read, mapped, *got.notes]
    unread = [p.split(":")[0].removeprefix("page ") for p in got.problems if "image only" in p]
    notes = f"Text extracted from the publisher's PDF ({path.name}, {count(got.pages, 'page')}) by `ipstats add`."
    if unread:
        notes += f" Pages without a text layer, not read: {', '.join(unread)}."
    return Source(got.text, order, halves, titles, summary, got.problems, notes)


def from_text(path: Path) -> Source:
    text = decode_seed(path, path.read_bytes())
    lines = [ln for ln in text.splitlines() if ln.strip()]
    order, k = language_split(lines)
    halves = {order[0]: lines[:k]} if len(order) == 1 else {order[0]: lines[:k], order[1]: lines[k:]}
    titles = {lang: h[0].strip() for lang, h in halves.items() if h and "\t" not in h[0]}
    return Source(text, order, halves, titles, [f"read {path.name}: {len(text.splitlines())} lines (copied verbatim)"])


def parse_languages(value: str | None, path: Path) -> tuple[str, ...] | None:
    if value is None:
        return None
    langs = tuple(x.strip() for x in value.split(",") if x.strip())
    if not langs or len(set(langs)) != len(langs) or any(lg not in LANGS for lg in langs):
        raise BuildError(path, f"--languages {value!r} must be zh, en, zh,en or en,zh / 语言参数无效", key="--languages")
    return langs


def check_arguments(path: Path, rid: str, region_code: str, period: str | None, seeds: Path) -> Path:
    """The cheap checks, before the document is read; returns the path of reports.yaml."""
    if not path.is_file():
        raise BuildError(path, "file not found / 文件不存在", key="PATH")
    if path.suffix.lower() not in (".pdf", ".txt"):
        kind = path.suffix or "a file without extension"
        raise BuildError(path, f"a report is added from a .pdf or a .txt, not {kind} / 仅支持 .pdf 或 .txt", key="PATH")
    if not ID_RE.match(rid):
        raise BuildError(path, f"id {rid!r} must be an ASCII slug like 'jiangsu-2022' / id 须为 ASCII 短名", key="--id")
    if not re.fullmatch(r"\d{6}", region_code):
        raise BuildError(path, f"region code {region_code!r} must be six digits (GB/T 2260) / 区划代码须为六位数字",
                         key="--region-code")
    m = PERIOD_RE.match(period or "")
    if period is not None and (not m or not all(1 <= int(x) <= 12 for x in (m.group(2), m.group(4)) if x)):
        raise BuildError(path, f"period {period!r} is not YYYY or YYYY-MM/YYYY-MM / 期间格式错误", key="--period")
    if not seeds.is_dir():
        raise BuildError(seeds, "seeds folder not found / 找不到 seeds 文件夹", key="--seeds")
    yaml_path = seeds / "reports.yaml"
    doc = load_yaml(yaml_path) if yaml_path.exists() else None
    if doc is not None and not (isinstance(doc, dict) and doc.get("reports") is None):   # `reports:` empty is fine
        for entry in load_list(yaml_path, "reports", doc):
            if str(entry.get("id")) == rid:
                raise BuildError(yaml_path, f"id {rid!r} is already taken / 报告 id 已存在", line=entry.line_of("id"), key="id")
    if (seeds / f"{rid}.txt").exists():
        raise BuildError(seeds / f"{rid}.txt", "already exists: choose another --id / 文件已存在", key="--id")
    return yaml_path


def scalar(value) -> str:
    """One YAML scalar as safe_dump writes it (quoted only when it must be)."""
    return yaml.safe_dump([value], allow_unicode=True, width=10**9).strip()[2:]


def entry_text(meta: dict, indent: str) -> str:
    lines = [f"{indent}- id: {scalar(meta['id'])}"]
    for key, value in meta.items():
        if key == "id" or value in (None, ""):
            continue
        if key == "region_code":
            text = f'"{value}"'
        elif key == "languages":
            text = "[" + ", ".join(value) + "]"
        else:
            text = scalar(value)
        lines.append(f"{indent}  {key}: {text}")
    return "\n".join(lines) + "\n"


def append_entry(yaml_path: Path, meta: dict) -> int:
    """Append the entry's text to reports.yaml; returns the line where it starts."""
    old = yaml_path.read_text(encoding="utf-8") if yaml_path.exists() else "reports:\n"
    m = re.search(r"^([ \t]*)- ", old, flags=re.MULTILINE)
    indent = m.group(1) if m else "  "
    base = old if old.endswith("\n") else old + "\n"
    yaml_path.write_text(base + entry_text(meta, indent), encoding="utf-8")
    return base.count("\n") + 1


def complete(args, path: Path, src: Source) -> tuple[dict, list[str], list[str]]:
    """The entry's values: given, else guessed (each guess described), else named as missing."""
    guesses, missing = [], []
    given = {k: getattr(args, k) for k in KEYS}
    langs = parse_languages(args.languages, path)
    if langs is None:
        langs = src.languages
        guesses.append(f"languages: [{', '.join(langs)}] (from the text)")
    elif path.suffix.lower() == ".pdf" and set(langs) == {"zh", "en"}:
        langs = ("zh", "en")             # the PDF's text is written Chinese half first
    if set(langs) != set(src.languages):
        guesses.append(f"note: --languages says [{', '.join(langs)}] but the text looks "
                       f"[{', '.join(src.languages)}]")
    values = {}
    for key in KEYS:
        lang = key[-2:]
        value = given[key]
        if not value and key.startswith("title"):
            value = src.titles.get(lang)
            if value:
                guesses.append(f"{key}: {value} (the largest text at the start of the {lang} half)")
        if not value and key.startswith("publisher") and lang in src.halves:
            value = publisher_of(src.halves[lang], lang)
            if value:
                guesses.append(f"{key}: {value} (a line naming an organisation)")
        if not value:
            missing.append(key)
        values[key] = value
    year = args.year
    if year is None:
        year = year_of(values["title_zh"] or "") or year_of(values["title_en"] or "")
        if year is None:
            missing.append("year")
        else:
            guesses.append(f"year: {year} (from the title)")
    meta = {"id": args.id, "file": f"{args.id}.txt", "region_code": args.region_code, "year": year,
            "period": args.period, **values, "languages": list(langs), "notes": src.notes}
    return meta, guesses, missing


def arguments(sp) -> None:
    """The options of `ipstats add` (cli.py makes the subcommand)."""
    from build_scripts.core import paths

    sp.add_argument("path", metavar="PATH", help="the report: a .pdf as its publisher released it, or a .txt")
    sp.add_argument("--id", required=True, help="the report's id, an ASCII slug such as jiangsu-2023")
    sp.add_argument("--region-code", required=True, help="GB/T 2260 code of the region it covers, e.g. 320000")
    sp.add_argument("--year", type=int, help="the year it reports on (default: guessed from the title)")
    sp.add_argument("--languages", help="zh, en or zh,en (default: guessed from the text)")
    sp.add_argument("--period", help="YYYY-MM/YYYY-MM when it covers part of a year")
    for key in KEYS:
        sp.add_argument(f"--{key.replace('_', '-')}", dest=key,
                        help=f"{key} of the entry (default: guessed from the document where it shows it)")
    sp.add_argument("--seeds", type=Path, default=paths.SEEDS_DIR, help="folder of reports (default: seeds/)")


def add(args, out=print, err=None) -> dict:
    """Run `ipstats add`; returns the entry written. Raises BuildError(s) and leaves seeds/ as it was."""
    err = err or (lambda line: print(line, file=sys.stderr))
    path, seeds = Path(args.path), Path(args.seeds)
    yaml_path = check_arguments(path, args.id, args.region_code, args.period, seeds)
    src = from_pdf(path) if path.suffix.lower() == ".pdf" else from_text(path)
    meta, guesses, missing = complete(args, path, src)
    for line in src.problems:
        err(f"warning: {path.name}: {line}")
    for line in src.summary:
        out(line)
    for g in guesses:
        out(g if g.startswith("note:") else f"guessed {g}")
    if missing:
        raise BuildErrors([BuildError(path, f"{k} is not given and the document does not show it: give "
                                            f"--{k.replace('_', '-')} / 未给出且无法从文档推断", key=k)
                           for k in missing])
    txt = seeds / meta["file"]
    old_yaml = yaml_path.read_text(encoding="utf-8") if yaml_path.exists() else None
    if path.suffix.lower() == ".pdf":
        txt.write_text(src.text, encoding="utf-8")
    else:
        txt.write_bytes(path.read_bytes())
    try:
        line = append_entry(yaml_path, meta)
        load_metadata(seeds)
    except (BuildError, BuildErrors):
        txt.unlink(missing_ok=True)
        if old_yaml is None:
            yaml_path.unlink(missing_ok=True)
        else:
            yaml_path.write_text(old_yaml, encoding="utf-8")
        raise
    out(f"wrote {txt} ({src.text.count(chr(10))} lines)")
    out(f"added {meta['id']!r} to {yaml_path} at line {line}: check the guessed values there, then run `make data`")
    return meta
