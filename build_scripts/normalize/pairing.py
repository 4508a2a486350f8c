"""Pairing the numbers of a bilingual report: each Chinese fact with the English fact that
translates it (its twin), whether or not it maps to an indicator.

The two halves are cut alike: the k-th numbered section of the Chinese half is the k-th of the
English half (一、 / I., and inside them (一) / 1. when both halves number the same
subsections), so numbers are only paired inside one section. Inside a section:

1. the pairs already compared by the indicator path (align.py: one observation with both quotes,
   or an unmapped change matched by value) are kept as they are;
2. a number printed the same in both languages, after unit scaling (2.95亿元 = 295 million yuan;
   a percent and a percentage point, a change up and down count as the same number here), is a
   pair when that number occurs as often in the section's Chinese as in its English (in order);
3. the pairs align the sentences: Chinese and English sentences linked by a pair make one
   group, and the sentences with no pair between two groups, in both languages, make a group
   too; inside a group, a number printed the same is paired in order when both languages have it
   as often (and the new pairs refine the groups, until nothing changes);
4. a number still alone is paired with the one number of its kind (count, percent, rank) still
   alone between the same two pairs in the other language, when that number in turn has no other
   candidate, and when that stretch of the other language does not write the number out in words
   (four markets, 百问百答: the twin is there, only not as a fact).
Everything else is unmatched: stated in one language only, as far as the pairing can tell.
Nothing here judges a pair; check/twins.py compares them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from build_scripts.core.records import Fact
from build_scripts.parse.numbers import find_numbers
from build_scripts.parse.sentences import Context, paragraphs, traditional_half
from build_scripts.read import Report

ZH_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
FIXED, VALUE, POSITION = "indicator", "value", "position"


@dataclass
class Pair:
    zh: Fact
    en: Fact
    how: str             # FIXED (compared by the indicator path), VALUE or POSITION


@dataclass
class Pairing:
    pairs: list[Pair] = field(default_factory=list)
    unmatched: list[Fact] = field(default_factory=list)     # stated in one language only

    def twins(self) -> dict[str, str]:
        """fact_id -> the fact_id of its twin, both ways."""
        out = {}
        for p in self.pairs:
            out[p.zh.fact_id], out[p.en.fact_id] = p.en.fact_id, p.zh.fact_id
        return out


def order(f: Fact) -> tuple[int, int, int]:
    """Where a fact stands in its half: its line, then its place on the line (the fact id's end; a
    number said of several statements, <n>.2, stands with its first)."""
    place, _, shared = f.fact_id.rsplit("-", 1)[1].partition(".")
    return f.line, int(place), int(shared or 1)


def family(f: Fact) -> str:
    """What kind of number a fact is, for pairing: a percent or percentage points (`pct`), a rank,
    or a quantity (counts, money, scores ...)."""
    if f.unit in ("percent", "percentage_points"):
        return "pct"
    return "rank" if f.unit == "rank" else "q"


def label_number(label: str) -> int | None:
    """The number a heading label carries: 三、 (三) 3. III. -> 3."""
    core = re.sub(r"[、.．()（）#●*\s]", "", label)
    if core.isdigit():
        return int(core)
    if core and all(c in ZH_NUMERALS for c in core):
        if core == "十":
            return 10
        if "十" in core:
            tens, _, ones = core.partition("十")
            return ZH_NUMERALS.get(tens, 1) * 10 + ZH_NUMERALS.get(ones, 0)
        return ZH_NUMERALS[core] if len(core) == 1 else None
    if core and all(c in ROMAN for c in core):
        values = [ROMAN[c] for c in core]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return None


def _headings(report: Report, lang: str) -> list[tuple[str, list[str]]]:
    """The top-level sections of a half in order, each with its subsections in order."""
    out: list[tuple[str, list[str]]] = []
    for line in report.half(lang):
        parts = line.section.split("/") if line.section else [""]
        if not out or out[-1][0] != parts[0]:
            if any(top == parts[0] for top, _ in out):
                continue          # a label printed again: stays in the section it first opened
            out.append((parts[0], []))
        if len(parts) > 1 and parts[1] not in out[-1][1]:
            out[-1][1].append(parts[1])
    return out


def section_blocks(report: Report) -> dict[tuple[str, str], tuple]:
    """(lang, section path) -> the block both halves share: the top-level sections matched by
    their order when both halves have as many (a misprinted XIII. for VIII. still matches), else
    by the number on their labels; the subsections inside a top-level section only when both
    halves number the same ones."""
    heads = {lang: _headings(report, lang) for lang in ("zh", "en")}
    same_count = len(heads["zh"]) == len(heads["en"])
    tops = {}
    for lang, sections in heads.items():
        for i, (top, _) in enumerate(sections):
            tops[(lang, top)] = i if same_count else (label_number(top) if top else 0)
    subs = {lang: {tops[(lang, top)]: [label_number(s) for s in inner] for top, inner in sections}
            for lang, sections in heads.items()}
    out = {}
    for lang, sections in heads.items():
        other = "en" if lang == "zh" else "zh"
        for top, inner in sections:
            t = tops[(lang, top)]
            numbered = subs[lang][t] == subs[other].get(t) and None not in subs[lang][t]
            out[(lang, top)] = (t, None)
            for s in inner:
                out[(lang, f"{top}/{s}")] = (t, label_number(s) if numbered else None)
    return out


def block_of(blocks: dict, f: Fact) -> tuple:
    parts = f.section.split("/") if f.section else [""]
    return blocks.get((f.lang, "/".join(parts[:2])), blocks.get((f.lang, parts[0]), (None, None)))


def sentence_index(report: Report, facts: list[Fact]) -> dict[str, int]:
    """fact_id -> the running number of its sentence in its language half (sentences cut as the
    text extractor cuts them, across page breaks)."""
    by_line: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for f in facts:
        by_line[(f.lang, f.line)].append(f)
    out: dict[str, int] = {}
    for lang in ("zh", "en"):
        tables = {ln.number for ln in report.half(lang) if "\t" in ln.text}
        running = 0
        script = traditional_half(report.half(lang), lang)
        for paragraph in paragraphs(report.half(lang), tables):
            ctx = Context.of(paragraph, lang, None, script)
            for line, start in zip(ctx.lines, ctx.starts):
                numbers = find_numbers(line.text, lang)
                k = 0
                for f in sorted(by_line.get((lang, line.number), []), key=order):
                    while k < len(numbers) and numbers[k].text != f.text:
                        k += 1
                    pos = ctx.at(start + numbers[k].start) if k < len(numbers) else ctx.at(start)
                    k += 1
                    out[f.fact_id] = running + next(
                        (i for i, s in enumerate(ctx.sentences) if s.start <= pos < s.end), len(ctx.sentences) - 1)
            running += len(ctx.sentences)
    return out


EN_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                                                      "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
ZH_WORD = re.compile(r"(?<![一二两三四五六七八九十百千万亿第])([一二两三四五六七八九十百千]+)(?=[个家件项名位场次所批条篇户人起宗单笔份种大问])")


def _zh_word_value(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 三十 -> 30, 百 -> 100 (the simple forms a white paper writes out)."""
    digits = {**ZH_NUMERALS, "两": 2}
    if text in ("百", "千"):
        return 100 if text == "百" else 1000
    if text.endswith("百") and len(text) == 2 and text[0] in digits:
        return digits[text[0]] * 100
    return label_number(text.replace("两", "二"))


def number_words(report: Report) -> dict[str, dict[int, set[int]]]:
    """lang -> value -> the lines that write that number in words (English one ... hundred,
    Chinese 一 ... 十, 百): numbers the text states that are no facts."""
    out: dict[str, dict[int, set[int]]] = {"zh": defaultdict(set), "en": defaultdict(set)}
    for line in report.half("en"):
        for w in re.findall(r"[A-Za-z]+", line.text):
            if w.lower() in EN_WORDS:
                out["en"][EN_WORDS[w.lower()]].add(line.number)
    for line in report.half("zh"):
        for m in ZH_WORD.finditer(line.text):
            value = _zh_word_value(m.group(1))
            if value:
                out["zh"][value].add(line.number)
    return out


class _Block:
    """The facts of one section in both languages, and the pairs made so far."""

    def __init__(self, zh: list[Fact], en: list[Fact], sentence: dict[str, int]):
        self.facts = {"zh": zh, "en": en}
        self.sentence = sentence
        self.used: set[str] = set()
        self.pairs: list[Pair] = []

    def free(self, lang: str, where=None) -> list[Fact]:
        return [f for f in self.facts[lang] if f.fact_id not in self.used
                and (where is None or self.sentence[f.fact_id] in where)]

    def add(self, z: Fact, e: Fact, how: str) -> None:
        self.used |= {z.fact_id, e.fact_id}
        self.pairs.append(Pair(z, e, how))

    def by_value(self, zh_where=None, en_where=None) -> None:
        """Pair the numbers printed alike (magnitude and family) that occur as often in both
        languages (within the given sentences, or the whole block)."""
        groups: dict[tuple, dict[str, list[Fact]]] = defaultdict(lambda: {"zh": [], "en": []})
        for lang, where in (("zh", zh_where), ("en", en_where)):
            for f in self.free(lang, where):
                groups[(abs(Decimal(f.value)), family(f))][lang].append(f)
        for key in sorted(groups, key=str):
            zh, en = groups[key]["zh"], groups[key]["en"]
            if zh and len(zh) == len(en):
                for z, e in zip(zh, en):
                    self.add(z, e, VALUE)

    def by_position(self, words: dict[str, dict[int, set]]) -> None:
        """Pair a number left alone with the one number of its kind left alone between the same
        two pairs in the other language (and the other way round), unless that stretch of the
        other language writes the number in words (four markets, 百问百答): then the number is
        stated, just not as a fact, and the number found is something else."""
        place = {lang: {f.fact_id: i for i, f in enumerate(self.facts[lang])} for lang in ("zh", "en")}
        anchors = [(place["zh"][p.zh.fact_id], place["en"][p.en.fact_id]) for p in self.pairs]

        def window(lang: str, f: Fact) -> list[Fact]:
            me, them, other = (0, 1, "en") if lang == "zh" else (1, 0, "zh")
            theirs, i = self.facts[other], place[lang][f.fact_id]
            lo = max((a[them] for a in anchors if a[me] < i), default=-1)
            hi = min((a[them] for a in anchors if a[me] > i), default=len(theirs))
            if lo >= hi:
                return []          # the pairs around it cross: no stretch to look in
            value = abs(Decimal(f.value))
            if value == int(value):
                lines = range(theirs[lo].line if lo >= 0 else 0, (theirs[hi].line if hi < len(theirs) else 10 ** 9) + 1)
                if any(n in lines for n in words[other].get(int(value), ())):
                    return []
            return [g for g in theirs[lo + 1:hi] if g.fact_id not in self.used and family(g) == family(f)]
        found = []
        for z in self.free("zh"):
            candidates = window("zh", z)
            if len(candidates) == 1 and window("en", candidates[0]) == [z]:
                found.append((z, candidates[0]))
        for z, e in found:
            self.add(z, e, POSITION)

    def groups(self) -> list[tuple[set[int], set[int]]]:
        """Sentence groups: the sentences the pairs link (connected), then the unlinked sentences
        lying between two consecutive groups in both languages."""
        parent: dict[tuple, tuple] = {}

        def root(x):
            while parent.setdefault(x, x) != x:
                x = parent[x]
            return x
        for p in self.pairs:
            parent[root(("zh", self.sentence[p.zh.fact_id]))] = root(("en", self.sentence[p.en.fact_id]))
        linked: dict[tuple, tuple[set, set]] = defaultdict(lambda: (set(), set()))
        for node in list(parent):
            linked[root(node)][0 if node[0] == "zh" else 1].add(node[1])
        found = sorted(linked.values(), key=lambda g: (min(g[0]), min(g[1])))
        out = list(found)
        zh_s = sorted({self.sentence[f.fact_id] for f in self.facts["zh"]})
        en_s = sorted({self.sentence[f.fact_id] for f in self.facts["en"]})
        bounds = [(-1, -1)] + [(min(z), min(e)) for z, e in found]
        ends = [(max(z), max(e)) for z, e in found] + [(10 ** 9, 10 ** 9)]
        taken_zh = {s for z, _ in found for s in z}
        taken_en = {s for _, e in found for s in e}
        for (z_lo, e_lo), (z_hi, e_hi) in zip([(-1, -1)] + ends[:-1], bounds[1:] + [(10 ** 9, 10 ** 9)]):
            gz = {s for s in zh_s if z_lo < s < z_hi and s not in taken_zh}
            ge = {s for s in en_s if e_lo < s < e_hi and s not in taken_en}
            if gz and ge:
                out.append((gz, ge))
        return out


def pair_facts(report: Report, facts: list[Fact], fixed: list[tuple[Fact, Fact]] = ()) -> Pairing:
    """The twins of a bilingual report's facts (`fixed`: the pairs the indicator path compared);
    an empty pairing for a report in one language."""
    if not {"zh", "en"} <= set(report.meta.languages):
        return Pairing()
    blocks_of = section_blocks(report)
    words = number_words(report)
    sentence = sentence_index(report, facts)
    by_block: dict[tuple, dict[str, list[Fact]]] = defaultdict(lambda: {"zh": [], "en": []})
    for f in sorted(facts, key=order):
        by_block[block_of(blocks_of, f)][f.lang].append(f)
    fixed_ids = {f.fact_id for pair in fixed for f in pair}
    result = Pairing()
    for key in sorted(by_block, key=str):
        block = _Block(by_block[key]["zh"], by_block[key]["en"], sentence)
        ids = {f.fact_id for lang in ("zh", "en") for f in block.facts[lang]}
        for z, e in fixed:
            if z.fact_id in ids and e.fact_id in ids:
                block.add(z, e, FIXED)
        block.used |= fixed_ids          # a fixed pair across sections stays out of both
        block.by_value()
        while True:           # pairs found inside groups refine the groups: again until none is new
            before = len(block.pairs)
            for zs, es in block.groups():
                block.by_value(zs, es)
            if len(block.pairs) == before:
                break
        block.by_position(words)
        result.pairs += block.pairs
    paired = {f.fact_id for p in result.pairs for f in (p.zh, p.en)}
    for z, e in fixed:
        if z.fact_id not in paired:
            result.pairs.append(Pair(z, e, FIXED))
            paired |= {z.fact_id, e.fact_id}
    result.pairs.sort(key=lambda p: order(p.zh))
    result.unmatched = [f for f in facts if f.fact_id not in paired]
    return result
