"""Stage 3, normalize: parsed table blocks -> observations.

- the first column names regions (gazetteer, within the report's own region first); each other
  column is an indicator through the catalog's column terms (a year column takes the indicator
  the title names); a header naming an indicator of another topic than the title's is read as the
  title's indicator (the check stage reports it: `header_vs_title`);
- values in the indicator's base unit (the header's or the table's unit line), periods from the
  year columns, the title's reference date, or the report's period;
- each zh table is matched with its en twin (`pair_tables`); one observation per indicator,
  region and period with both languages' quotes; a zh cell and its en twin that differ are
  marked `disagree` and handed to the check stage.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from build_scripts.catalog import ADDITIVE_UNITS, Catalog, Indicator, base_id
from build_scripts.core.errors import BuildError
from build_scripts.core.records import Observation
from build_scripts.normalize.gazetteer import Gazetteer
from build_scripts.normalize.periods import dated, month_end, period_end
from build_scripts.normalize.text_rules import Lexicon, load_rules
from build_scripts.normalize.text_terms import owner_variants
from build_scripts.parse.tables import (PAREN_RE, PART_MARK_RE, UNIT_TAIL_RE, Column, Finding, Row, Table, Vocab, clean, figure, find_tables, indicator_rows, is_value,
                                        load_vocab, norm, split_cells, squash, unit_of)
from build_scripts.read import Report

def term_hit(text: str, term: str, lang: str) -> bool:
    t, x = norm(text), norm(term)
    if lang == "zh" or re.search(r"[\u3400-\u9fff]", x):
        return x in t
    return re.search(rf"(?<![a-z0-9]){re.escape(x)}(?![a-z0-9])", t) is not None


def best_indicator(text: str, lang: str, catalog: Catalog, keys: tuple[str, ...],
                   prefer_topic: str = "") -> Indicator | None:
    hits = []
    for ind in catalog.indicators.values():
        own_topic = ind.topic in (prefer_topic, "general")
        terms = [(k, t) for k in keys for t in (getattr(ind, f"{k}_{lang}", None) or ind.extra.get(f"{k}_{lang}") or [])]
        for key, term in terms:
            if term_hit(text, term, lang) and (own_topic or key != "column_terms" or not generic_term(term, lang)):
                hits.append((len(term), own_topic, ind.id))
    if not hits:
        return None
    return catalog.indicators[max(hits)[2]]


GENERIC_TERM_MAX = {"zh": 3, "en": 2}     # characters (zh) or words (en) of a column term that names no topic


def titled_by_term(title: str, lang: str, catalog: Catalog, gazetteer: Gazetteer | None = None) -> Indicator | None:
    """The indicator a table's title names by a running-text term of its own (各市吸纳技术合同情况), when no
    title or column term does: the longest such term, never a generic one (数量, 件数)."""
    ind = best_indicator(title, lang, catalog, ("terms",))
    terms = (ind.terms_zh if lang == "zh" else ind.terms_en) if ind is not None else ()
    if any(term_hit(title, t, lang) and not generic_term(t, lang) for t in terms):
        return ind
    return titled_by_wording(title, lang, catalog, gazetteer) if gazetteer is not None else None


def titled_by_wording(title: str, lang: str, catalog: Catalog, gazetteer: Gazetteer) -> Indicator | None:
    """(zh) The indicator a title names by another wording of a term, as running text words it
    (各地市获得的国家发明专利数量: grants of invention patents obtained): the longest such wording
    that names one indicator, never a generic one."""
    if lang != "zh":
        return None
    lex = Lexicon.build(catalog, gazetteer, load_rules(), lang)
    text = norm(title).replace(" ", "")
    found = []
    for m in lex.terms.finditer(text) if lex.terms is not None else ():
        try:
            ids = lex.ids(text, m)
        except KeyError:
            continue
        if len(set(ids)) == 1 and ids[0] in catalog.indicators and not generic_term(m.group(0), lang):
            found.append((len(m.group(0)), ids[0]))
    return catalog.indicators[max(found)[1]] if found else None


def generic_term(term: str, lang: str) -> bool:
    """A column term too short to name its topic (合计, 增长率, 排名, 个人; "total", "growth rate"): it
    names a column only in a table whose title is of the indicator's topic."""
    return (len(term.replace(" ", "")) if lang == "zh" else len(term.split())) <= GENERIC_TERM_MAX[lang]


def column_indicator(col: Column, lang: str, catalog: Catalog, vocab: Vocab, topic: str) -> Indicator | None:
    """The indicator a column header names: the catalog's column terms first (with the group label
    above it); else a header that is an indicator's label or running-text term; a header that adds
    a change word (同比增长, growth) to such a name is that indicator's year-on-year change."""
    label = norm(PAREN_RE.sub(" ", col.label))
    change = next((w for w in vocab.change_words if w in label), None)
    name = norm(label.replace(change, " ")) if change else label
    if change is not None and name:     # 专利授权总量同比增长: the change of the column the rest names, never its level
        base = _named(name, lang, catalog, topic) or best_indicator(name, lang, catalog, ("column_terms",), topic)
        if base is not None:
            return next((i for i in catalog.indicators.values()
                         if i.extra.get("base") == base.id and i.measure == "change" and i.unit == "percent"), None)
    found = (best_indicator(col.label, lang, catalog, ("column_terms",), topic)
             or best_indicator(f"{col.group} {col.label}", lang, catalog, ("column_terms",), topic))
    if found is not None:
        return found
    base = _named(name, lang, catalog, topic)
    if base is None or change is None:
        return base
    return next((i for i in catalog.indicators.values()
                 if i.extra.get("base") == base.id and i.measure == "change" and i.unit == "percent"), None)


def _named(name: str, lang: str, catalog: Catalog, topic: str, extra: tuple[str, ...] = ()) -> Indicator | None:
    """The indicator whose label or term (or `extra` term kind: column_terms) is exactly `name`
    (preferring the table's topic)."""
    def words(i: Indicator) -> list[str]:
        more = [t for k in extra for t in (getattr(i, f"{k}_{lang}", None) or i.extra.get(f"{k}_{lang}") or [])]
        return [i.label(lang), *(i.terms_zh if lang == "zh" else i.terms_en), *more]
    hits = [i for i in catalog.indicators.values() if name in {norm(t) for t in words(i) if "{" not in t}]
    hits.sort(key=lambda i: (i.topic not in (topic, "general"), i.id))
    return hits[0] if hits else None


def as_of_date(text: str, vocab: Vocab) -> str:
    months = {m.casefold(): i for i, m in enumerate(calendar.month_name) if m}
    for rx in vocab.as_of:
        m = rx.search(text)
        if not m:
            continue
        year = int(m.group("year"))
        gd = m.groupdict()
        month = int(gd["month"]) if gd.get("month") else months.get((gd.get("monthname") or "").strip().casefold(), 12)
        if 1 <= month <= 12:
            return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return ""


def scale_of(unit_text: str, vocab: Vocab) -> Decimal:
    if not unit_text or "/" in unit_text:
        return Decimal(1)
    t = norm(unit_text)
    for word, mult in vocab.scales:
        if norm(word) in t:
            return mult
    return Decimal(1)


def interpret(table: Table, catalog: Catalog, gazetteer: Gazetteer, vocab: Vocab) -> None:
    """Regions for the rows, indicators for the columns; width and duplicates checked."""
    report, file = table.report, table.file
    first = table.columns[0]
    years = year_rows(table, vocab)
    if years:
        table.own_region = True   # (年份 | 专利申请数 | …: the report's own region, a row a year)
    if table.piped and not table.own_region and not vocab.region_head(first.label) and not names_regions(table, gazetteer):
        if rows_are_indicators(table, catalog, vocab):
            indicator_rows(table, vocab)          # its rows are indicators: the report's own region's
        else:
            table.findings.append(Finding("layout.no_regions", first.header_line, first.label))
            table.rows = []
            return
    if table.stacked and first.label and not years and not vocab.region_head(first.label) and not names_regions(table, gazetteer):
        region_columns(table, catalog, gazetteer, vocab)      # (指标 | 全市 | 吴兴区 … printed a cell a line: turned)
        first = table.columns[0]
    if table.stacked and not first.label and not years and not names_regions(table, gazetteer):
        table.findings.append(Finding("layout.no_regions", table.block_first, table.rows[0].label if table.rows else "—"))
        table.rows = []            # (a header whose corner was dropped over rows of institutions, not regions)
        return
    if not (table.stacked or table.own_region) and not vocab.region_head(first.label) and not names_regions(table, gazetteer) \
            and not region_columns(table, catalog, gazetteer, vocab):
        if not vocab.indicator_head(first.label) and not rows_are_indicators(table, catalog, vocab):
            raise BuildError(file, f"the first column of a table must name regions (地区 / Region) or indicators (指标 / "
                             f"项目), not {first.label!r} / 表格首列须为地区或指标", line=first.header_line, key=first.label)
        indicator_rows(table, vocab)      # (项目 | 2020 | 2021, tab-separated: rows that are indicators of the report's region)
        years = year_rows(table, vocab)
    title = table.title_text
    title_ind = (best_indicator(title, table.lang, catalog, ("title_terms", "column_terms"))
                 or titled_by_term(title, table.lang, catalog, gazetteer)) if title else None
    table.title_indicator = title_ind.id if title_ind else ""
    table.as_of = as_of_date(title, vocab) if title else ""
    unit_text = unit_of(table.unit.text, vocab) if table.unit else ""
    table.scale = scale_of(unit_text or "", vocab)
    if len(table.layouts) > 1:
        choose_layout(table, catalog, vocab, title_ind)
    map_columns(table, table.columns[1:], catalog, vocab, title_ind, gazetteer)
    if table.turned or table.listed:     # (a row of a turned table whose name the catalog does not know: said, not dropped in silence)
        table.findings += [Finding("layout.unnamed_rows", col.header_line, col.printed or col.label)
                           for col in table.columns[1:] if not col.indicator_id]
    fractions(table, catalog, vocab)
    if table.stacked:
        months_by_sums(table, vocab)
    read_source_notes(table, vocab)
    seen: dict[tuple, int] = {}
    zones: list[Row] = []
    wide = next((row for row in table.rows if any(row.cells[table.width:])), None) if table.piped else None
    if wide is not None:      # a piped header over several lines that cannot be put back: a finding, never a guess
        table.findings.append(Finding("layout.piped_width", wide.line.number,
                                      f"{len(wide.cells)} > {table.width}"))
        table.rows = []
        return
    for row in table.rows:
        extra = row.cells[table.width:]
        if len(row.cells) < table.width or any(extra):
            col = table.columns[min(len(row.cells), table.width) - 1].label if len(row.cells) < table.width else ""
            raise BuildError(file, f"row has {len(row.cells)} cells under a header of {table.width} / "
                             f"该行有 {len(row.cells)} 个单元格，表头有 {table.width} 列",
                             line=row.line.number, key=row.label or col)
        row.cells, row.raw = row.cells[: table.width], row.raw[: table.width]
        if years:
            year = vocab.year_header.match(row.label)
            if year is None:
                table.findings.append(Finding("layout.unknown_row", row.line.number, row.label))
                zones.append(row)
                continue
            code, row.year = report.meta.region_code, int(year.group("year"))
        elif table.own_region:
            code = report.meta.region_code
        elif table.stacked:
            code = stacked_code(row, table, gazetteer, vocab)
            if code is None and not gazetteer.is_zone(row.label):
                table.findings.append(Finding("layout.unknown_row", row.line.number,
                                              "/".join(filter(None, (row.parent, row.label)))))
                zones.append(row)
                continue
        elif is_total(row.label, vocab):
            code = totals_region(table, gazetteer, vocab)
            if code is None:
                table.findings.append(Finding("layout.unknown_row", row.line.number, row.label))
                zones.append(row)
                continue
        else:
            code = gazetteer.lookup(row.label, context=report.meta.region_code)
        if code is None and gazetteer.is_zone(row.label):
            table.findings.append(Finding("layout.zone_row", row.line.number, row.label))
            zones.append(row)
            continue
        row.code = code or gazetteer.resolve(row.label, file, row.line.number, context=report.meta.region_code)
        if row.key in seen:
            raise BuildError(file, f"region {row.label!r} appears twice in one table (first at line {seen[row.key]}) "
                             f"/ 同一表格中地区“{row.label}”重复出现", line=row.line.number, key=row.label)
        seen[row.key] = row.line.number
        for col in table.columns[1:]:
            cell = row.cells[col.index]
            if cell and not is_value(cell, vocab) and (table.stacked or table.piped):
                # (a table whose layout the reader inferred, one cell a line or with pipes: a word among its figures
                # says the columns were not put back right; said, not read, and no stop of the build as for a
                # tab-separated table)
                table.findings.append(Finding("layout.text_cell", row.line.number, f"{cell} / {col.label}"))
                table.rows = []
                return
            if cell and not is_value(cell, vocab):
                raise BuildError(file, f"cell {cell!r} in column {col.label!r} is not a number / "
                                 f"“{col.label}”列的单元格“{cell}”不是数字", line=row.line.number, key=col.label)
            if not cell and not (table.stacked or table.piped):   # a row cut off, a cell spanned: left empty
                raise BuildError(file, f"empty cell in column {col.label!r} for {row.label!r} / 单元格为空",
                                 line=row.line.number, key=col.label)
    table.rows = [r for r in table.rows if r not in zones]    # zone rows: findings, not regions


def rows_are_indicators(table: Table, catalog: Catalog, vocab: Vocab) -> bool:
    """Whether half or more of a table's row labels name an indicator or a kind (授权专利数 | 34439 | 9.2)."""
    return 2 * sum(1 for r in table.rows if row_indicator(Column(index=1, label=r.cells[0]), table.lang, catalog, vocab)
                   or kind_of(norm(r.cells[0]).replace(" ", ""), table.lang)) >= len(table.rows)


def year_rows(table: Table, vocab: Vocab) -> bool:
    """Whether a table's rows are years of the report's own region: its corner is a period's
    (年份 / Year) or every row's label is a year (2019, 2020年)."""
    if not table.rows or table.own_region:
        return False
    if norm(table.columns[0].label).casefold() in vocab.period_headers:
        return True
    return len(table.rows) >= 2 and all(vocab.year_header.match(r.label) for r in table.rows)


def map_columns(table: Table, columns: list[Column], catalog: Catalog, vocab: Vocab, title_ind: Indicator | None,
                gazetteer: Gazetteer | None = None) -> None:
    """Each column's indicator (a year column takes the title's), and the reference date a header gives."""
    groups = group_headings(table, columns, catalog) if title_ind is None else {}

    def heading_of(col: Column) -> Indicator | None:
        return title_ind or (groups.get(col.group.split()[0]) if col.group else None)
    for col in columns:
        col.month = any(w in col.label or w in col.group for w in vocab.month_words)
        month = vocab.month_header.match(col.label) if vocab.month_header else None
        if month and title_ind is not None and table.stacked:
            corner = vocab.year_header.match(table.columns[0].label) or re.search(r"(?P<year>(?:19|20)\d{2})\s*年", table.title_text)
            col.month_no, col.year = int(month.group("month")), int(corner.group("year")) if corner else None
            col.indicator_id = col.header_indicator_id = title_ind.id
            continue
        year = vocab.year_header.match(col.label)
        if year:
            col.year = int(year.group("year"))
            if title_ind is None:
                table.findings.append(Finding("layout.unnamed_columns", col.header_line, col.label))
                col.indicator_id = col.header_indicator_id = ""     # (a year column of what: the title does not say)
                continue
            col.indicator_id = col.header_indicator_id = title_ind.id
            continue
        if table.own_region or table.turned:
            ind = row_indicator(col, table.lang, catalog, vocab) if col.index else None
            if ind is None and col.index:
                ind = own_column(col, columns, table, catalog, vocab, gazetteer, title_ind)
            col.indicator_id = col.header_indicator_id = ind.id if ind else ""
            continue
        ind = column_indicator(col, table.lang, catalog, vocab, title_ind.topic if title_ind else "")
        heading = heading_of(col)
        if heading is not None:       # (under a top group's heading, the group under it: 申请量 其中 -> 其中)
            under = col if heading is title_ind else Column(index=col.index, label=col.label, group=" ".join(col.group.split()[1:]))
            ind = under_title(under, ind, heading, table.lang, catalog, vocab)
        col.indicator_id = col.header_indicator_id = ind.id if ind else ""
        if ind is not None and heading is not None and ind.topic not in (heading.topic, "general"):
            col.indicator_id = heading.id     # the title (and the twin) overrule a header of another topic
        if not table.as_of:
            table.as_of = as_of_date(col.label, vocab)
    for n, col in enumerate(columns):
        label = norm(col.label).replace(" ", "")
        if word_in(label, vocab.earlier_words) and not word_in(label, vocab.change_words):
            # 年累计 | 去年同期: the same period a year before, of the figure before it; else an earlier
            # period the table does not date (not published)
            heading = heading_of(col)
            prior = next((c for c in reversed(columns[:n]) if heading is not None and c.indicator_id == heading.id), None)
            same = label in {w.replace(" ", "") for w in vocab.same_period_words}
            col.indicator_id = col.header_indicator_id = heading.id if same and prior is not None else ""
            col.earlier_of = prior.index if same and prior is not None else None
    for n, col in enumerate(columns[1:], 1):
        if squash(col.label).casefold() in vocab.rank_headers:
            before = columns[n - 1]
            level = catalog.indicators.get(before.indicator_id)
            if level is not None and level.measure == "change" and n >= 2 and columns[n - 2].indicator_id == base_id(level):
                before = columns[n - 2]      # 成交额 | 同比增长率 | 排名: the rank of the figure, not of its change
            ind = rank_column(before, catalog)
            col.indicator_id = col.header_indicator_id = ind.id if ind else ""
    for n, col in enumerate(columns[1:], 1):
        whole = vocab.share_headers.get(squash(PAREN_RE.sub("", col.label)).casefold().rstrip("%"))
        if whole is not None:
            base = share_base(columns[:n], catalog)
            ind = share_column(base, whole, table.report.meta.region_code, catalog) if base is not None else None
            col.indicator_id = col.header_indicator_id = ind.id if ind else ""
            col.year = base.year if ind is not None else col.year


def group_headings(table: Table, columns: list[Column], catalog: Catalog) -> dict[str, Indicator]:
    """(zh) In a table with no title, the indicator each top group of its columns names (申请量 | 授权量
    each over 月合计 | 其中 … | 累计), as a title would: the group's noun with the kind of IP the
    header's kinds name (发明 | 实用新型 | 外观设计 are patents': 专利申请量); none when the header names
    no such kinds."""
    if table.lang != "zh":
        return {}
    kinds = {kind_of(norm(PAREN_RE.sub(" ", c.label)).replace(" ", ""), table.lang) for c in table.columns[1:]}
    if not kinds & {"invention", "utility_model", "design"}:
        return {}
    tops = {c.group.split()[0] for c in columns if c.group}
    named = {top: _named(PATENT_NOUN_ZH + squash(top), table.lang, catalog, "patents") for top in tops}
    return {top: ind for top, ind in named.items() if ind is not None}


def word_in(label: str, words) -> str | None:
    """The first of `words` (normalized, spaces dropped) inside a header normalized the same way."""
    return next((w for w in words if w.replace(" ", "") in label), None)


PATENT_NOUN_ZH = "专利"       # the noun a patent table's 申请量 / 授权量 leaves unsaid


def rank_column(before: Column, catalog: Catalog) -> Indicator | None:
    """The indicator of a rank column (排名) right after the column it ranks: the catalog's rank of
    that column's indicator among the table's areas (`rank_of`), a national rank never; else none."""
    ranks = [i for i in catalog.indicators.values() if i.measure == "rank" and base_id(i) == before.indicator_id
             and not i.id.endswith("_national")] if before.indicator_id else []
    return min(ranks, key=lambda i: len(i.id)) if ranks else None


def own_column(col: Column, columns: list[Column], table: Table, catalog: Catalog, vocab: Vocab,
               gazetteer: Gazetteer | None, title_ind: Indicator | None) -> Indicator | None:
    """A column of a table of the report's own region (a row a year) whose header alone names no
    indicator: a value word (数量) is the title's indicator; a noun completing the kind of IP the
    title names (授权数量 under 历年发明专利数量: 发明专利授权数量) is that; a change word alone (增长率)
    is the change of the column before it."""
    label = norm(PAREN_RE.sub(" ", col.label)).replace(" ", "")
    if label in vocab.value_words:
        return title_ind
    if label in {w.replace(" ", "") for w in vocab.change_words}:
        before = next((c for c in reversed(columns) if c.index < col.index and c.indicator_id), None)
        return catalog.indicators.get(f"{before.indicator_id}.yoy_pct") if before is not None else None
    if table.lang != "zh" or gazetteer is None or word_in(label, vocab.change_words):
        return None
    title = norm(table.title_text).replace(" ", "")
    kinds = sorted((w for words in (load_rules().kinds or {}).values() for w in words.get("zh", ()) if w in title),
                   key=len, reverse=True)
    return titled_by_wording(kinds[0] + label, "zh", catalog, gazetteer) if kinds else None


def share_base(columns: list[Column], catalog: Catalog) -> Column | None:
    """The column a share column (份额, 占比) gives each area's share of: the nearest level column
    before it (not a change, a share or a rank); of year columns, the newest year's."""
    levels = [c for c in columns if (i := catalog.indicators.get(c.indicator_id)) is not None
              and i.measure in ("flow", "stock")]
    if not levels:
        return None
    by_year = [c for c in levels if c.year is not None]
    return max(by_year, key=lambda c: c.year) if by_year else levels[-1]


def share_column(base: Column, whole: str, own: str, catalog: Catalog) -> Indicator | None:
    """The catalog's share of the base column's indicator in `whole` (national, province; `own`: the
    report's region, a province's only: a GB/T 2260 code ending 0000); None when it has none."""
    if whole == "own":
        whole = "province" if own.endswith("0000") else ""
    return catalog.indicators.get(f"{base.indicator_id}.share_{whole}_pct") if whole else None


def kind_of(label: str, lang: str) -> str | None:
    """The kind of IP a header names exactly (发明, 实用新型专利; catalog text rules `kinds`)."""
    label = re.sub(r"^[#＃]+|^其中[:：]?", "", label)
    return next((k for k, words in (load_rules().kinds or {}).items() for w in words.get(lang, ())
                 if label == norm(w).replace(" ", "")), None)


def row_indicator(col: Column, lang: str, catalog: Catalog, vocab: Vocab) -> Indicator | None:
    """A column of a table whose rows were indicators (授权专利数 / #发明 / 实用新型, then 同比±%):
    the row's name, or a kind of the row it divides; with a change word, its year-on-year change."""
    label = norm(PAREN_RE.sub(" ", col.label))
    change = next((w for w in vocab.change_words if w in label), None)
    name = norm(re.sub(r"[±%（）()]", " ", label.replace(change, " "))) if change else label
    name = re.sub(r"^[#＃]+\s*|^其中[:：]?\s*", "", name)
    if any(w in name for w in (*vocab.month_words, *vocab.period_words)):
        name = norm(without_words(name, vocab))     # (专利授权量 本月 | 专利授权量 本年累计: its period is the column's)
    base = _named(name, lang, catalog, "", extra=("column_terms",))      # the whole name, not a word in it
    kind = kind_of(name.replace(" ", ""), lang)
    if base is None and kind is not None and col.group:
        whole = row_indicator(Column(index=col.index, label=col.group), lang, catalog, vocab)
        base = catalog.indicators.get(f"{whole.id}.{kind}") if whole is not None else None
    if base is None or change is None:
        return base
    return catalog.indicators.get(f"{base.id}.yoy_pct")


def under_title(col: Column, ind: Indicator | None, title_ind: Indicator, lang: str, catalog: Catalog,
                vocab: Vocab) -> Indicator | None:
    """A column read against the indicator its table's title names (专利授权量统计表):
    - a kind of the title's family (发明, 实用新型; catalog text rules `kinds`) is that kind of it;
    - a total (合计, 当年授权量, 当月授权量: the title's noun with period or total words) is it;
    - a column term of the other kind of quantity (a stock's breakdown under a flow's title) names
      a breakdown the catalog lacks: no indicator rather than a wrong one."""
    label = norm(PAREN_RE.sub(" ", col.label)).replace(" ", "")
    change = word_in(label, vocab.change_words)
    if change is not None:          # 发明专利增长率: the change of what the rest names; 增长率 alone: of the title's
        rest = min((label.replace(w.replace(" ", ""), "") for w in vocab.change_words if w.replace(" ", "") in label), key=len)
        rest = UNIT_TAIL_RE.sub("", rest)          # (同比增长(%): the unit is no name)
        group = col.group
        if not rest and col.group:  # 成交额 over 同比增长率: the change of the figure its group names
            rest, group = norm(PAREN_RE.sub(" ", col.group)).replace(" ", ""), ""
        named = Column(index=col.index, label=rest, group=group)
        level = under_title(named, column_indicator(named, lang, catalog, vocab, title_ind.topic), title_ind, lang, catalog,
                            vocab) if rest else title_ind
        return (catalog.indicators.get(f"{level.id}.yoy_pct") if level is not None else None) or ind
    compound = with_title_noun(label, title_ind, lang, catalog)
    if compound is not None:        # 成交额 under 吸纳技术合同情况: 吸纳技术合同成交额
        return compound
    kind = kind_of(label, lang) or kind_of(re.sub(r"^年", "", without_words(label, vocab)), lang)    # 发明专利累计
    if kind is not None and f"{title_ind.id}.{kind}" in catalog.indicators:
        return catalog.indicators[f"{title_ind.id}.{kind}"]
    owned = owner_variant(label, title_ind, lang, catalog)
    if owned is not None:           # 工矿企业 | 个人 under 专利授权状况统计表: the grants to enterprises, to individuals
        return owned
    group_kind = kind_of(norm(col.group).replace(" ", ""), lang) if col.group else None
    if group_kind is not None:      # a kind printed as a row, turned into a column group (发明: 合计)
        whole = under_title(Column(index=col.index, label=col.label), None, title_ind, lang, catalog, vocab)
        return catalog.indicators.get(f"{title_ind.id}.{group_kind}") if whole is title_ind else None
    if col.group and is_total(col.group, vocab):   # the total row turned into a group
        return under_title(Column(index=col.index, label=col.label), None, title_ind, lang, catalog, vocab)
    rest = re.sub(r"^年(?=.)", "", without_words(label, vocab))      # (年专利申请量累计: the year's)
    name = norm(getattr(title_ind, f"label_{lang}")).replace(" ", "")
    if ind is None and (not rest or (len(rest) >= 2 and rest in name)) and (rest != label or len(label) >= 3):
        return title_ind          # 合计授权量, 当年授权量; 授权量 alone under 专利授权情况表
    flows = ("flow",)
    named = ind is not None and label in {norm(t).replace(" ", "") for t in (ind.label(lang), *(ind.terms_zh if lang == "zh" else ind.terms_en))}
    if ind is not None and not named and ind.topic == title_ind.topic and (ind.measure in flows) != (title_ind.measure in flows) \
            and ind.measure in ("flow", "stock") and title_ind.measure in ("flow", "stock"):
        return None       # 大专院校 under a grants title: a breakdown the catalog lacks (有效发明专利拥有量 names itself)
    return ind


def owner_variant(label: str, title_ind: Indicator, lang: str, catalog: Catalog) -> Indicator | None:
    """A column headed by the owners alone (大专院校, 工矿企业, 个人; catalog text rules `owners`): the
    title indicator's `.<owner>` or `.owner.<owner>` variant, when the catalog has it."""
    for owner, words in (load_rules().owners or {}).items():
        if owner == "service":
            continue      # (职务发明 under 发明 in a table by kind: the service part of one kind, no indicator of the catalog)
        if any(label == norm(w).replace(" ", "") for w in words.get(lang, ())):
            found = owner_variants(catalog, [title_ind.id], owner)
            return catalog.indicators[found[0]] if found else None
    return None


def with_title_noun(label: str, title_ind: Indicator, lang: str, catalog: Catalog) -> Indicator | None:
    """(zh) A column that names a measure of the title's noun (成交额, 合同数 under 各市吸纳技术合同情况):
    the indicator whose label or term is the title indicator's term followed by the column's label,
    when that is another indicator than the title's."""
    if lang != "zh" or not label:
        return None
    nouns = {norm(t).replace(" ", "") for t in (*title_ind.terms_zh, *(title_ind.extra.get("title_terms_zh") or ()))}
    for noun in sorted(nouns, key=len, reverse=True):
        if noun and not label.startswith(noun):
            found = _named(noun + label, lang, catalog, title_ind.topic)
            if found is not None and found.id != title_ind.id:
                return found
    return None


def year_before(period: str) -> str:
    """A period (2017, 2017-01/2017-10, 2017-10-31) a year earlier (a 29 February its month's last day)."""
    out = re.sub(r"(?:19|20)\d{2}", lambda m: str(int(m.group(0)) - 1), period)
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", out)
    return month_end(int(day.group(1)), int(day.group(2))) if day and day.group(3) == "29" and day.group(2) == "02" else out


def without_words(label: str, vocab: Vocab) -> str:
    """A header with its total, month and period words taken out (年专利申请量累计 -> 年专利申请量)."""
    for w in sorted(vocab.total_rows | set(vocab.month_words) | set(vocab.period_words), key=len, reverse=True):
        label = label.replace(w, "")
    return label


def full_rows(table: Table) -> list[list[Decimal]]:
    """The figures of the rows that have all their cells (a table cut off ends in a short row)."""
    out = []
    for row in table.rows:
        cells = row.cells[1:]
        if len(cells) == table.width - 1 and all(cells):
            out.append([figure(c) for c in cells])
    return out


def sums_met(table: Table, columns: list[Column], catalog: Catalog, rows: list[list[Decimal]]) -> int:
    """How many of the catalog's sums (granted = invention + utility model + design) the figures
    meet in every row under this reading of the header."""
    where: dict[str, list[int]] = {}
    for n, col in enumerate(columns):
        if col.indicator_id:
            where.setdefault(col.indicator_id, []).append(n)
    met = 0
    for ind_id, totals in where.items():
        parts = catalog.indicators[ind_id].extra.get("sum_of") or []
        if not parts or not all(p in where for p in parts):
            continue
        met += any(all(r[t] == sum(r[where[p][0]] for p in parts) for r in rows) for t in totals)
    return met


def covers(reading: list[Column], other: list[Column]) -> bool:
    """Whether a reading of a header names every column another reading names, as the same indicator
    of the same period (当年累计 | 月累计 | 发明 … read with or without the groups above them)."""
    return all(not b.indicator_id or (a.indicator_id == b.indicator_id and a.month == b.month)
               for a, b in zip(reading, other))


def choose_layout(table: Table, catalog: Catalog, vocab: Vocab, title_ind: Indicator | None) -> None:
    """A flattened header the figures fit in several ways: the reading under which the catalog's
    sums hold; readings that still differ in what they publish leave the table unread (a finding)."""
    rows = full_rows(table)
    scored = []
    for layout in table.layouts:
        map_columns(table, layout, catalog, vocab, title_ind)
        scored.append((sums_met(table, layout, catalog, rows), layout))
    top = max(n for n, _ in scored)
    best = [lay for n, lay in scored if n == top]
    if len({tuple(c.indicator_id for c in lay) for lay in best}) == 1:
        table.columns = table.columns[:1] + best[0]
        return
    whole = next((lay for lay in best if all(covers(lay, other) for other in best)), None)
    if whole is not None:           # one reading publishes all the others do, cell for cell, and more
        table.columns = table.columns[:1] + whole
        return
    table.findings.append(Finding("layout.stacked_header", table.columns[0].header_line,
                                  f"{len(best)} readings of the header fit the figures"))
    table.columns = table.columns[:1] + [Column(index=c.index, label="", header_line=c.header_line)
                                         for c in best[0]]


def months_by_sums(table: Table, vocab: Vocab) -> None:
    """Columns that add up, in every row, to a column of the last month's figures (当月) are the
    last month's too (当月授权量 = 发明 + 实用新型 + 外观设计)."""
    from build_scripts.parse.tables import sum_spans

    cols = table.columns[1:]
    for (a, b), t in sum_spans(full_rows(table), len(cols)).items():
        if cols[t].month and b > a:
            for c in cols[a:b + 1]:
                c.month = True


def stacked_code(row: Row, table: Table, gazetteer: Gazetteer, vocab: Vocab) -> str | None:
    """A row of a table printed a cell a line: its region inside the outer region printed on the
    first row of its block (杭州 / 上城区), the outer region itself for its total row (合计)."""
    context = table.report.meta.region_code
    outer = gazetteer.lookup(row.parent, context) if row.parent else None
    whole = gazetteer.lookup(row.parent + row.label, context) if row.parent and outer is None else None
    if whole is not None:           # one name printed over two cells (伊通满族 / 自治县)
        return whole
    if is_total(row.label, vocab):
        return outer or (None if row.parent else context)
    return gazetteer.lookup(row.label, outer or context)


FRACTION_DECIMALS = 3      # a percentage is printed to one or two decimals; a rate to three or more is a fraction


def fractions(table: Table, catalog: Catalog, vocab: Vocab) -> None:
    """A percent-change column printed with no percent sign, in header or cells, whose every figure
    has three or more decimals (同比增长率 0.371, 45.021 beside a text's 37.1 %, 4502.1 %) gives rates
    as fractions: its figures are read times 100, with a note and a finding (never a silent fix)."""
    for col in table.columns[1:]:
        ind = catalog.indicators.get(col.indicator_id)
        if ind is None or ind.unit != "percent" or "%" in col.printed or "%" in col.unit_text:
            continue
        cells = [r.cells[col.index].strip() for r in table.rows if col.index < len(r.cells)]
        cells = [c for c in cells if c and c not in vocab.missing and is_value(c, vocab)]
        if cells and not any("%" in c for c in cells) and all(
                "." in c and len(c.split(".")[1]) >= FRACTION_DECIMALS for c in cells):
            col.fraction = True
            table.findings.append(Finding("layout.fraction_rates", col.header_line, col.label))


def is_total(label: str, vocab: Vocab) -> bool:
    """Whether a row label (or a group turned from a row) is a total word (合计, 总计, total)."""
    return norm(label).replace(" ", "") in vocab.total_rows


def totals_region(table: Table, gazetteer: Gazetteer, vocab: Vocab) -> str | None:
    """The region a total row (合计) of a table of regions sums: the one region all its other rows lie
    directly in (the cities of a province: the province), when that is the report's region or lies in
    it; None (the row is left unread, with a finding) when the rows have no one such parent."""
    context = table.report.meta.region_code
    codes = {gazetteer.lookup(r.label, context=context) for r in table.rows
             if not is_total(r.label, vocab)}
    parents = {gazetteer.regions[c].parent_code if c in gazetteer.regions else None for c in codes}
    parent = parents.pop() if len(parents) == 1 else None
    return parent if parent and (parent == context or context in gazetteer.ancestors(parent)) else None


def names_regions(table: Table, gazetteer: Gazetteer) -> bool:
    """A first column under a header the vocabulary does not know (市州, 区县 ...) still names
    regions when at least two thirds of its rows are regions, zones or relative labels (全省)."""
    context = table.report.meta.region_code
    labels = [r.cells[0] for r in table.rows if r.cells and r.cells[0].strip()]
    known = sum(1 for lb in labels if gazetteer.lookup(lb, context) or gazetteer.is_zone(lb)
                or gazetteer.candidates(lb, context))
    return bool(labels) and 3 * known >= 2 * len(labels)


ENUMERATOR_RE = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*")     # 5.本年新增专利申请受理量


def region_columns(table: Table, catalog: Catalog, gazetteer: Gazetteer, vocab: Vocab) -> bool:
    """A table whose columns are regions and whose rows are indicators (a yearbook's 分县区 table: 指标 | 单位 | 全市 |
    吴兴区 | …), turned so its rows are the regions and its columns the indicators (a unit column's cell the unit
    of its row's; a row marked as a part, #发明, grouped under the row it divides). False, untouched, for any other."""
    context = table.report.meta.region_code
    cols = table.columns[1:]
    units = [c for c in cols if squash(c.label).casefold() in vocab.unit_headers]
    regional = [c for c in cols if c not in units]
    named = [c for c in regional if gazetteer.lookup(c.label, context) or gazetteer.candidates(c.label, context)]
    if len(regional) < 2 or 3 * len(named) < 2 * len(regional) or not table.rows:
        return False
    unit = units[0] if units else None
    columns, parent = [Column(index=0, label=table.columns[0].label, header_line=table.columns[0].header_line)], ""
    for row in table.rows:
        printed = row.cells[0]
        named = ENUMERATOR_RE.sub("", printed).strip()
        label = PART_MARK_RE.sub("", named).strip()
        part = label != named or bool(parent and kind_of(label, table.lang))
        label = re.sub(r"^(?:新增|经?认定登记的?)", "", without_words(label, vocab)) or label    # (本年新增专利申请受理量: a year's)
        if not part:
            parent = label
        columns.append(Column(index=len(columns), label=label, group=parent if part else "", printed=printed,
                              unit_text=row.cells[unit.index].strip() if unit is not None and unit.index < len(row.cells) else "",
                              header_line=row.line.number))
    rows = []
    for c in regional:
        cells = [c.label] + [r.cells[c.index] if c.index < len(r.cells) else "" for r in table.rows]
        lines = [table.header[-1] if table.header else table.rows[0].line] + [r.line_of(c.index) for r in table.rows]
        rows.append(Row(line=lines[0], cells=cells, raw=list(cells), cell_lines=lines))
    table.columns, table.rows, table.turned = columns, rows, True
    return True


def read_source_notes(table: Table, vocab: Vocab) -> None:
    """A note naming the source of a column's figures (总人口数据来自《江苏统计年鉴 2022》 / Source of
    total population data: Jiangsu Statistical Yearbook 2022) gives that column its source."""
    for note in table.notes:
        text = clean(note.text)
        for rx in vocab.source_notes:
            for m in rx.finditer(text):
                subject, source = norm(m.group("subject")), m.group("source").strip(" *_")
                yearbook = any(w in source.casefold() for w in vocab.yearbook_words)
                for col in table.columns[1:]:
                    label = norm(col.label)
                    if col.year is None and subject and (subject in label or label in subject):
                        col.source = (source, int(m.group("year")), yearbook)


def source_reference(col: Column, stock: bool) -> tuple[int, str] | None:
    """(year, period) of a column whose note names its source: a yearbook of year N reports the
    end of year N-1 (a flow: year N-1); another source, its own year."""
    if not col.source:
        return None
    year = col.source[1] - (1 if col.source[2] else 0)
    return year, (f"{year}-12-31" if stock else str(year))


def cell_value(table: Table, col: Column, cell: str, catalog: Catalog, vocab: Vocab) -> Decimal | None:
    """The value of a cell in the indicator's base unit, or None for a 'not given' mark."""
    if cell in vocab.missing:
        return None
    try:
        value = Decimal(cell.rstrip("%").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - is_value() let it through
        return None
    if col.fraction:
        return value.scaleb(2)          # 0.371 -> 37.1 (the printed digits, the point moved)
    return value * column_unit(table, col, catalog, vocab)[1]


def column_unit(table: Table, col: Column, catalog: Catalog, vocab: Vocab) -> tuple[str, Decimal]:
    """The unit a column's cells are printed in and its multiplier to the base unit: the header's
    (总人口 (万人)), else the table's unit line for counts, else none (percent, ranks ...)."""
    if col.unit_text:
        return col.unit_text, scale_of(col.unit_text, vocab)
    ind = catalog.indicators.get(col.indicator_id)
    if ind is not None and ind.unit in ADDITIVE_UNITS:
        return (unit_of(table.unit.text, vocab) or "") if table.unit else "", table.scale
    return "", Decimal(1)


def period_of(table: Table, col: Column, ind: Indicator, catalog: Catalog, row: Row | None = None) -> tuple[int, str]:
    if col.earlier_of is not None:        # 去年同期: the period of the column it is beside, a year before
        year, period = period_of(table, table.columns[col.earlier_of], ind, catalog, row)
        return year - 1, year_before(period)
    if row is not None and row.year is not None:
        col = replace(col, year=row.year)     # a row a year: its year, as a year column's
    level = catalog.indicators.get(ind.extra.get("change_of") or ind.extra.get("base") or "") if ind.measure == "change" else None
    levels = [c for c in reversed(table.columns[1:col.index]) if level is not None and c.indicator_id == level.id
              and c.year is None and c.month_no is None and c.earlier_of is None]
    #                 (2020 | 2019 | 增长率: the latest year's, as before; 累计 | 去年同期 | 增长率: 累计's)
    before = next((c for c in levels if not c.month), levels[0] if levels else None)
    #                 (当年累计 | 月累计 | … | 同比增长: the year so far's; 当月 | 同比 | 累计 | 同比: each its own)
    if before is not None and not col.month:       # 发明专利累计 | 发明专利增长率: the change of the figure before it
        return period_of(table, before, level, catalog, row)
    meta = table.report.meta
    report_end = meta.period.split("/")[-1]
    if col.year is not None:
        year = col.year
    elif table.as_of:
        year = int(table.as_of[:4])
    else:
        year = meta.year
    stock = dated(ind, catalog)
    sourced = source_reference(col, stock)
    if sourced is not None:
        return sourced
    if stock or (ind.measure in ("ratio", "rank", "share", "score") and table.as_of):
        if table.as_of and col.year in (None, int(table.as_of[:4])):
            return year, table.as_of
        if year == meta.year and len(report_end) == 7:
            y, m = period_end(meta.period)
            return year, month_end(y, m)
        return year, f"{year}-12-31"
    if col.month_no is not None:
        month = f"{year}-{col.month_no:02d}"
        return year, month_end(year, col.month_no) if stock else f"{month}/{month}"
    if col.month and year == meta.year and "/" in meta.period:
        return year, f"{report_end}/{report_end}"
    if year == meta.year and "/" in meta.period and not meta.period.startswith(f"{year}-01/") \
            and any(w in col.label or w in col.group for w in load_vocab().period_words):
        return year, f"{year}-01/{report_end}"      # 年累计 in a table of one month: the year so far
    return year, meta.period if year == meta.year else str(year)


def quote_of(row: Row, index: int) -> str:
    cell, line = row.cells[index], row.line_of(index)
    return cell if cell and cell in line.text else row.raw[index].strip()

def slug_for(pair: TablePair, catalog: Catalog, used: set[str]) -> str:
    t = pair.main
    ind = catalog.indicators.get(t.title_indicator)
    base = f"{t.report.id}-{(ind.topic if ind else 'table').replace('_', '-')}"
    name, k = base, 2
    while name in used:
        name, k = f"{base}-{k}", k + 1
    used.add(name)
    return name


# --- twins and output ------------------------------------------------------------------------

@dataclass
class TablePair:
    zh: Table | None
    en: Table | None
    name: str = ""

    @property
    def main(self) -> Table:
        return self.zh or self.en

    @property
    def tables(self) -> list[Table]:
        return [t for t in (self.zh, self.en) if t is not None]


def numbers(table: Table) -> Counter:
    return Counter(c for r in table.rows for c in r.cells[1:])


def pair_tables(zh: list[Table], en: list[Table]) -> list[TablePair]:
    """Each zh table with the en table sharing most of its figures (at least half of them)."""
    pairs, free = [], list(en)
    for z in zh:
        nz = numbers(z)
        scored = [(sum((nz & numbers(e)).values()) / max(sum(nz.values()), sum(numbers(e).values()), 1), -i, e)
                  for i, e in enumerate(free)]
        best = max(scored, key=lambda s: s[:2], default=None)
        if best and best[0] >= 0.5:
            free.remove(best[2])
            pairs.append(TablePair(z, best[2]))
        else:
            pairs.append(TablePair(z, None))
    pairs.extend(TablePair(None, e) for e in free)
    return sorted(pairs, key=lambda p: p.main.block_first if p.zh else 10**9 + p.main.block_first)


def match_rows(pair: TablePair) -> list[tuple[Row | None, Row | None]]:
    """zh/en rows with the same region, then the rest by position."""
    if pair.zh is None or pair.en is None:
        return [(r, None) if pair.zh else (None, r) for r in pair.main.rows]
    en_by_code = {r.key: r for r in pair.en.rows}
    matched = [(r, en_by_code.pop(r.key, None)) for r in pair.zh.rows]
    rest = [r for r in pair.en.rows if r.key in en_by_code]
    out = []
    for z, e in matched:
        if e is None and rest:
            e = rest.pop(0)
        out.append((z, e))
    out.extend((None, e) for e in rest)
    return out


def match_columns(pair: TablePair) -> list[tuple[Column | None, Column | None]]:
    if pair.zh is None or pair.en is None:
        return [(c, None) if pair.zh else (None, c) for c in pair.main.columns]
    if pair.zh.width == pair.en.width:
        return list(zip(pair.zh.columns, pair.en.columns))
    en_by_key = {(c.indicator_id, c.year): c for c in pair.en.columns[1:] if c.indicator_id}
    out = [(pair.zh.columns[0], pair.en.columns[0])]
    for c in pair.zh.columns[1:]:
        out.append((c, en_by_key.pop((c.indicator_id, c.year), None)))
    out.extend((None, c) for c in pair.en.columns[1:] if (c.indicator_id, c.year) in en_by_key)
    return out


def counties_apart(pair: TablePair, gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
    """City rows of a table that also lists some of its county-level units on their own rows (the
    city row then excludes them): city code -> the counties' names (zh, en)."""
    codes = {r.code for r in pair.main.rows}
    apart: dict[str, list[str]] = {}
    for code in sorted(codes):
        region = gazetteer.regions.get(code)
        if region is not None and region.level == "county" and region.parent_code in codes:
            apart.setdefault(region.parent_code, []).append(code)
    return {city: ("、".join(gazetteer.regions[c].name_zh for c in cs), ", ".join(gazetteer.regions[c].name_en for c in cs))
            for city, cs in apart.items()}


def notes_of(sides: dict, apart: tuple[str, str] | None, vocab: Vocab) -> tuple[str, str]:
    """note_zh, note_en of a table value: its column's source (a yearbook's date), the counties its
    city row leaves out."""
    t = vocab.notes
    out = {"zh": [], "en": []}
    cols = {lang: side[2] for lang, side in sides.items()}
    sourced = [c for c in (cols.get("zh"), cols.get("en")) if c is not None and c.source]
    if sourced and t.get("source"):
        stock = sides.get("zh", sides.get("en"))[5].count("-") == 2
        for lang in ("zh", "en"):
            col = cols.get(lang) if cols.get(lang) is not None and cols[lang].source else sourced[0]
            source, year, yearbook = col.source
            ref_year = year - 1 if yearbook else year
            ref = t["ref_stock" if stock else "ref_flow"][lang].format(year=ref_year)
            out[lang].append(t["source"][lang].format(source=source, year=year, ref=ref))
    if any(c.fraction for c in cols.values() if c is not None) and t.get("fraction"):
        for lang in ("zh", "en"):
            out[lang].append(t["fraction"][lang])
    if apart and t.get("apart"):
        for lang, names in zip(("zh", "en"), apart):
            out[lang].append(t["apart"][lang].format(names=names))
    return "；".join(out["zh"]), "; ".join(out["en"])


def observations(pair: TablePair, catalog: Catalog, vocab: Vocab,
                 apart: dict[str, tuple[str, str]] | None = None) -> tuple[list[Observation], list[tuple]]:
    """One observation per indicator, region and period, with both languages' quotes; and the
    (zh side, en side) of every cell whose twin says otherwise (marked `disagree`; the zh value is
    kept), for the check stage."""
    obs: dict[tuple, Observation] = {}
    twins: list[tuple] = []
    report = pair.main.report
    for z, e in match_rows(pair):
        for zc, ec in match_columns(pair)[1:]:
            sides = {}
            for lang, row, col in (("zh", z, zc), ("en", e, ec)):
                table = pair.zh if lang == "zh" else pair.en
                if row is None or col is None or not col.indicator_id:
                    continue
                value = cell_value(table, col, row.cells[col.index], catalog, vocab)
                if value is None:
                    continue
                ind = catalog.indicators[col.indicator_id]
                year, period = period_of(table, col, ind, catalog, row)
                sides[lang] = (ind, row, col, value, year, period)
            if not sides:
                continue
            ind, row, col, value, year, period = sides.get("zh") or sides["en"]
            o = Observation(indicator_id=ind.id, region_code=row.code, year=year, period=period, value=value,
                            unit=ind.unit, qualifier="exact", report_id=report.id, source="table",
                            agreement="agree" if len(sides) == 2 else f"{next(iter(sides))}_only", table=pair.name)
            o.note_zh, o.note_en = notes_of(sides, (apart or {}).get(row.code), vocab)
            for lang, (_, r, c, _, _, _) in sides.items():
                setattr(o, f"line_{lang}", r.line_of(c.index).number)
                setattr(o, f"quote_{lang}", quote_of(r, c.index))
            if len(sides) == 2:
                zs, es = sides["zh"], sides["en"]
                if (zs[0].id, zs[1].code, zs[5]) != (es[0].id, es[1].code, es[5]) or zs[3] != es[3]:
                    o.agreement = "disagree"
                    twins.append((zs, es))
            if o.key[:3] in {k[:3] for k in obs} and (pair.main.stacked or pair.main.piped):
                pair.main.findings.append(Finding("layout.duplicate_cell", o.line_zh or o.line_en or 0,
                                                  f"{o.indicator_id} {o.region_code} {o.period}"))
                continue
            if o.key[:3] in {k[:3] for k in obs}:
                raise BuildError(report.path, f"two values for {o.indicator_id} / {o.region_code} / {o.period} "
                                 f"in one table / 同一表格中同一指标、地区、期间有两个值",
                                 line=row.line.number, key=o.indicator_id)
            obs[o.key] = o
    return list(obs.values()), twins


@dataclass
class NormalizedPair:
    pair: TablePair
    observations: list[Observation]
    twins: list[tuple]          # (zh side, en side) of each cell whose twin disagrees


def normalize_tables(report: Report, catalog: Catalog, gazetteer: Gazetteer,
                     used_names: set[str] | None = None) -> list[NormalizedPair]:
    """Every table of the report (both languages) read, paired with its twin, named and turned
    into observations."""
    vocab = load_vocab()
    by_lang = {lang: find_tables(report, lang, vocab, catalog.words_zh) for lang in report.meta.languages}
    for tables in by_lang.values():
        for t in tables:
            interpret(t, catalog, gazetteer, vocab)
    used = used_names if used_names is not None else set()
    out = []
    for pair in pair_tables(by_lang.get("zh", []), by_lang.get("en", [])):
        pair.name = slug_for(pair, catalog, used)
        out.append(NormalizedPair(pair, *observations(pair, catalog, vocab, counties_apart(pair, gazetteer))))
    return out


def cell_count(pair: TablePair) -> int:
    """The cells of a pair's tables, header cells included (for the build summary)."""
    return sum(sum(len(r.cells) for r in t.rows) + sum(len(split_cells(h.text)) for h in t.header)
               for t in pair.tables)
