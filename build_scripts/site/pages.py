"""Generate the zh and en Markdown pages, charts and downloads from the written data package.

`generate(datapackage_dir, docs_dir)` reads `datapackage.json` and its CSV files (never in-memory
records) and writes, for each language `L` in docs/L/: index.md, quality.md, glossary.md,
regions/, topics/, datasets/, reports/, charts/, downloads/ and .nav.yml (the nav the mkdocs
hook loads). The pages are rendered first and written only when all of them rendered, so a
failing page leaves the previous pages. The chart SVGs are drawn by worker processes meanwhile
(render.py; cached in `.cache/charts/` beside docs/) and written when they are done: `start`
returns the `finish` that waits for them, so `all` can run mkdocs in between. Both languages
come from the same template per page kind (templates/*.md.j2); every string is from
catalog/ui.yaml or the package.

Stable DOM hooks for the browser tests (keep in sync with overrides/ and tests/browser/):
  figure.ipc-chart                  one chart; gets class `ipc-chart--drawn` when vega-embed drew it
  figure.ipc-chart .ipc-chart__view where vega-embed draws (an <svg> with marks inside)
  img.ipc-chart__fallback           the static SVG (readers without JavaScript)
  a.ipc-chart__download             the chart's data as CSV
  a.ipc-download                    dataset downloads; `data-format` is csv, json, parquet, zip, sqlite
                                    or descriptor
  span.ipc-num[title][data-value]   a number written with a scale word (500亿); title: its exact value
  .ipc-preview                      a dataset page's preview grid (scrolls sideways inside itself)
  .md-header .md-select__link[hreflang]   language switcher (Material), lands on the twin page
  input.md-search__input, .md-search-result__item   search (Material)
  script[type="application/ld+json"]      schema.org Dataset on dataset pages
  head link[rel~=alternate][hreflang]     hreflang alternates (zh-Hans, en, x-default), absolute URLs
                                    from site_url; rel is written "alternate " (token list, parse
                                    with rel.split()) so Material's exact [rel=alternate] sitemap
                                    probe skips them (see overrides/main.html)
  script[src$="assets/vendor/vega-bundle.js"]   only on pages with charts (front matter charts: true)
"""
from __future__ import annotations

import html
import json
import re
import shutil
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, NamedTuple

import jinja2
import yaml
from markupsafe import Markup

from build_scripts.site import figures, summary
from build_scripts.core import paths
from build_scripts.core.records import restated
from build_scripts.catalog import load_catalog
from build_scripts.site import explorer
from build_scripts.site import maps
from build_scripts.site.model import CORE, ChartRef, Package, Site, load_package, slug  # noqa: F401 - part of the pages API
from build_scripts.site.downloads import download_files
from build_scripts.site.render import PendingSvgs, Renderer
from build_scripts.site.ui import LANGS, exact_number, format_number, format_value, is_scaled, load_ui

GENERATED = ("index.md", "quality.md", "glossary.md", "regions", "topics", "datasets", "reports",
             "charts", "downloads", "explorer", ".nav.yml")
HAND_WRITTEN = ("methodology.md", "about.md")
PREVIEW_ROWS = 10
# A page lists at most this many rows of one long table (observations, check runs, findings); a
# longer list is pointed to (the Explorer, the dataset page and downloads), so a page of a
# national portal stays readable and the site builds in memory that grows with the reports.
LONG_LIST = 1000
# A topic page draws the charts and maps of the cities and counties of at most this many
# provinces; with more, it draws the provinces compared and links each province's page.
TOPIC_AREA_PROVINCES = 3
# The nav lists at most this many reports, or tables, in one list; more go in a section per
# province, so that a page's nav (navigation.prune: its own branch) stays small.
NAV_FLAT_MAX = 30
# A chart's source line names at most this many reports (its data table names each row's).
CHART_SOURCES_MAX = 6
# The home page of a national site: past this many provinces the headline figures are one table,
# a row per province (each province's page has their sources and quotes); it lists this many of
# the latest reports and points to the reports index for the rest.
HOME_FULL_PROVINCES = 3
HOME_LATEST = 12
HOME_COLUMNS = 5


class HeadlineMatrix(NamedTuple):
    """The home page's headline figures of many provinces: its indicator columns, and per province
    (code) its observation of each it states."""
    columns: list[str]
    rows: list[tuple[str, dict]]


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


# --- reading the package ---------------------------------------------------------------------


# --- Markdown output ---------------------------------------------------------------------------

def md_escape(value) -> Markup:
    """Text from the package as inert Markdown: no HTML, no links, no emphasis, no table breaks."""
    return _md_escape(str(value))


@lru_cache(maxsize=1 << 16)     # pages repeat the same names, ids and numbers many times
def _md_escape(text: str) -> Markup:
    text = html.escape(text, quote=False).replace("\r", " ").replace("\n", " ")
    return Markup(_MD_SPECIAL.sub(r"\\\1", text))


def _finalize(value):
    if value is None:
        return ""
    return value if isinstance(value, Markup) else md_escape(value)


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths.TEMPLATES_DIR), autoescape=True, finalize=_finalize,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["yaml"] = lambda s: Markup(json.dumps(html.escape(str(s), quote=False), ensure_ascii=False))
    env.filters["code"] = lambda s: Markup("`" + html.escape(str(s), quote=False).replace("`", "'") + "`")
    env.filters["attr"] = lambda s: Markup(html.escape(str(s), quote=True))
    env.filters["json"] = lambda obj: Markup(json.dumps(obj, ensure_ascii=False, sort_keys=True).replace("</", "<\\/"))
    env.globals["mp"] = maps      # templates/_maps.md.j2
    return env


# --- the site model ---------------------------------------------------------------------------


# --- one language's pages ---------------------------------------------------------------------

class Pages:
    def __init__(self, site: Site, lang: str, env: jinja2.Environment):
        self.site, self.lang, self.env, self.ui = site, lang, env, site.ui
        self.long_list, self.chart_sources_max = LONG_LIST, CHART_SOURCES_MAX
        self.files: dict[str, str | bytes] = {}
        self.specs: dict[str, dict] = {}   # charts/<id>.svg -> its spec (render_all renders them)

    # helpers the templates call
    def t(self, key: str, **fmt) -> str:
        return self.ui.t(key, self.lang, **fmt)

    def pick(self, row: dict, stem: str) -> str:
        """`stem_<lang>` of a row; else the plain `stem` (English by the contract), else the other language."""
        order = ("_zh", "", "_en") if self.lang == "zh" else ("_en", "", "_zh")
        return next((row[f"{stem}{sfx}"] for sfx in order if row.get(f"{stem}{sfx}")), "")

    def term(self, prefix: str, value: str) -> str:
        """The ui.yaml label `<prefix>_<value>` (kind_translation ...), else the value itself."""
        key = f"{prefix}_{value}"
        return self.t(key) if key in self.ui.strings else value

    def region_name(self, code: str) -> str:
        return self.pick(self.site.regions[code], "name") if code in self.site.regions else code

    def ind_label(self, iid: str) -> str:
        return self.pick(self.site.indicators[iid], "label") if iid in self.site.indicators else iid

    def unit_label(self, unit: str) -> str:
        u = self.site.catalog.units.get(unit)
        return (u.label_zh if self.lang == "zh" else u.label_en) if u else unit

    def field_unit(self, f: dict) -> str:
        """A field's Unit cell: its unit (times the printed multiple), or where its unit is given."""
        if f.get("unit"):
            label = self.unit_label(f["unit"])
            multiplier = f.get("unit_multiplier")
            return self.t("unit_multiplied", unit=label, multiplier=format_number(str(multiplier), "en", scale=False)) if multiplier else label
        return self.t("unit_see_column", column=f["unit_field"]) if f.get("unit_field") else ""

    def topic_label(self, topic: str) -> str:
        t = self.site.catalog.topics.get(topic)
        return (t.label_zh if self.lang == "zh" else t.label_en) if t else topic

    def num_text(self, o: dict, unit: bool = False) -> str:
        """A row's value as the page's reader writes it (500亿 / 50 billion), with its unit if `unit`."""
        label = self.unit_label(o["unit"]) if unit and o.get("unit") else ""
        return format_value(o["value"], self.lang, o.get("unit", ""), o.get("qualifier") or "exact", self.ui, label)

    def num(self, o: dict, unit: bool = False) -> Markup:
        """`num_text` for a page: a number written with a scale word shows its exact value on hover."""
        text = md_escape(self.num_text(o, unit))
        if not is_scaled(o["value"], self.lang, o.get("unit", ""), self.ui):
            return text
        title = html.escape(self.t("number_exact", value=exact_number(o["value"])), quote=True)
        return Markup(f'<span class="ipc-num" title="{title}" data-value="{html.escape(str(o["value"]), quote=True)}">{text}</span>')

    def quote(self, o: dict) -> tuple[str, str]:
        """(line, quote) in the page's language when that language states it, else the other one."""
        first, second = (("zh", "en") if self.lang == "zh" else ("en", "zh"))
        for lang in (first, second):
            if o.get(f"quote_{lang}"):
                return o.get(f"line_{lang}", ""), o[f"quote_{lang}"]
        return "", ""

    @staticmethod
    def lines(row: dict) -> str:
        """`line_zh / line_en`, or the one that is given."""
        return " / ".join(str(row[k]) for k in ("line_zh", "line_en") if row.get(k))

    def link(self, root: str, section: str, name: str) -> Markup:
        return Markup(f"{root}{section}/{slug(name)}.md")

    def region_link(self, root: str, code: str) -> Markup:
        name = md_escape(self.region_name(code))
        if code in self.site.paged:
            return Markup(f"[{name}]({self.link(root, 'regions', code)})")
        return name

    def scope_label(self, root: str, scope: str) -> Markup:
        """A check's scope: a link to the table's dataset page, or the text / whole report."""
        if any(r["name"] == scope for r in self.site.pkg.resources):
            return Markup(f"[{md_escape(scope)}]({self.link(root, 'datasets', scope)})")
        return md_escape(self.term("scope", scope))

    def source(self, root: str, o: dict) -> Markup:
        line, _ = self.quote(o)
        text = f"[{md_escape(o['report_id'])}]({self.link(root, 'reports', o['report_id'])})"
        return Markup(text + (f" {md_escape(self.t('line_ref', line=line))}" if line else ""))

    def report_title(self, rid: str) -> str:
        return self.pick(self.site.reports[rid], "title") if rid in self.site.reports else rid

    def chart_sources(self, c: ChartRef, root: str) -> Markup:
        """The chart's one source line: each report's publisher and year, linked to its page; past
        CHART_SOURCES_MAX reports, the first of them and how many more (each row of the chart's
        data names its own)."""
        found = figures.sources(self, c)
        links = "; ".join(f"[{md_escape(text)}]({self.link(root, 'reports', rid)})" for rid, text in found[:CHART_SOURCES_MAX])
        if len(found) > CHART_SOURCES_MAX:
            links += md_escape(self.t("chart_more_sources", n=len(found) - CHART_SOURCES_MAX))
        return Markup(md_escape(self.t("chart_source", sources="\x00")).replace("\x00", links))

    def chart_title(self, c: ChartRef) -> tuple[str, str]:
        return figures.title(self, c)

    @staticmethod
    def chart_size(c: ChartRef) -> tuple[int, int]:
        return figures.size(c)

    def period_label(self, o: dict) -> str:
        """A period as a reader says it: 2022-12-31 is the end of 2022; others as stored."""
        m = re.fullmatch(r"(\d{4})-12-31", o["period"])
        return self.t("period_year_end", year=m.group(1)) if m else o["period"]

    @staticmethod
    def anchor(o: dict) -> Markup:
        return Markup(summary.anchor(o))

    def obs_link(self, root: str, o: dict) -> Markup:
        """Where an observation's quote is: its row on its report page."""
        return Markup(f"{self.link(root, 'reports', o['report_id'])}#{summary.anchor(o)}")

    # rendering
    def render(self, template: str, path: str, **ctx) -> None:
        depth = path.count("/")
        # root: from the Markdown file to docs/<lang>/ (links mkdocs resolves and checks);
        # page_root: from the built page's URL (raw HTML: the chart SVGs, drawn while mkdocs
        # builds, see render.py); with use_directory_urls, x.md becomes x/index.html
        page_depth = depth + (path.rsplit("/", 1)[-1] != "index.md")
        ctx.update(lang=self.lang, root=Markup("../" * depth), page_root=Markup("../" * page_depth),
                   t=self.t, p=self, site=self.site)
        self.files[path] = self.env.get_template(template).render(**ctx)

    def chart_assets(self) -> None:
        figures.assets(self)
        maps.assets(self)

    def all(self) -> dict[str, str | bytes]:
        """Every page of the language (after `chart_assets`)."""
        s = self.site
        provinces = sorted(c for c in s.regions if s.regions[c]["level"] == "province")
        latest = sorted(s.reports.values(), key=lambda r: (-int(r["year"] or 0), r["report_id"]))
        headlines = self.headlines(provinces)
        package_wide = [r for r in s.pkg.resources if not self.report_of_table(r["name"])]
        printed = len(s.pkg.resources) - len(package_wide)
        many_tables = printed > HOME_LATEST
        self.render("home.md.j2", "index.md", provinces=provinces, latest=latest[:HOME_LATEST],
                    more_reports=max(0, len(latest) - HOME_LATEST), headlines=headlines,
                    matrix=self.headline_matrix(headlines) if len(headlines) > HOME_FULL_PROVINCES else None,
                    datasets=package_wide if many_tables else s.pkg.resources, more_datasets=printed if many_tables else 0)
        for code in sorted(s.paged):
            obs = s.by_region[code]
            if s.regions[code]["level"] == "province":
                self.render("province.md.j2", f"regions/{slug(code)}.md", code=code, obs=obs,
                            maps=maps.for_region(s, code),
                            children=s.children(code), charts=figures.for_region(s, code),
                            keys=summary.key_figures(s, code), table=summary.period_table(s, code))
            else:
                self.render("city.md.j2", f"regions/{slug(code)}.md", code=code, obs=obs,
                            province=s.province_of(code), charts=figures.for_region(s, code),
                            keys=summary.key_figures(s, code), table=summary.period_table(s, code))
        for topic in s.catalog.topics:
            inds = [i for i, r in s.indicators.items() if r["topic"] == topic]
            charts, topic_maps = figures.for_topic(s, inds), maps.for_topic(s, inds)
            areas = sorted({c.province for c in charts if c.province} | {m.province for m in topic_maps})
            if len(areas) > TOPIC_AREA_PROVINCES:
                charts, topic_maps = [c for c in charts if not c.province], []
            else:
                areas = []
            self.render("topic.md.j2", f"topics/{slug(topic)}.md", topic=topic, indicators=inds,
                        obs=[o for o in s.observations if o["indicator_id"] in inds],
                        maps=topic_maps, charts=charts, area_provinces=areas)
        for res in s.pkg.resources:
            self.render("dataset.md.j2", f"datasets/{slug(res['name'])}.md", res=res,
                        preview=s.pkg.rows(res["name"])[:PREVIEW_ROWS], total=len(s.pkg.rows(res["name"])),
                        jsonld=self.jsonld(res),
                        sources=[s.reports[r][f"title_{self.lang}"] for r in self.resource_reports(res)])
        for rid, rep in sorted(s.reports.items()):
            self.render("report.md.j2", f"reports/{slug(rid)}.md", rep=rep,
                        obs=s.by_report[rid], facts=s.facts_by_report[rid], findings=s.findings_by_report[rid],
                        tables=[r for r in s.pkg.resources if r["name"].startswith(f"{rid}-")])
        self.render("index.md.j2", "regions/index.md", kind="regions", provinces=provinces)
        topic_counts: dict = defaultdict(int)
        for o in s.observations:
            topic_counts[s.indicators[o["indicator_id"]]["topic"]] += 1
        self.render("index.md.j2", "topics/index.md", kind="topics", topic_counts=topic_counts)
        self.render("index.md.j2", "reports/index.md", kind="reports", latest=latest)
        self.render("index.md.j2", "datasets/index.md", kind="datasets")
        kinds = sorted({d["kind"] for d in s.discrepancies})
        counts: dict = defaultdict(int)
        for d in s.discrepancies:
            counts[(d["report_id"], d["kind"])] += 1
        by_province: dict = {}          # many reports: the summary counts per province
        if len(s.reports) > NAV_FLAT_MAX:
            for rid, rep in s.reports.items():
                row = by_province.setdefault(s.province_of(rep["region_code"]), {"reports": 0})
                row["reports"] += 1
                for k in kinds:
                    row[k] = row.get(k, 0) + counts.get((rid, k), 0)
        self.render("quality.md.j2", "quality.md", kinds=kinds, counts=counts, **self.check_tables(),
                    by_province=[(c, by_province[c]) for c in sorted(by_province, key=lambda c: (not c, c))],
                    unmatched=self.unmatched(),
                    findings=sorted(s.discrepancies, key=lambda d: (d["report_id"], d["kind"], d.get("line_zh") or d.get("line_en") or "")))
        self.render("glossary.md.j2", "glossary.md")
        self.files.update(explorer.files(self))
        self.files[".nav.yml"] = self.nav(provinces, latest)
        return self.files

    def check_tables(self) -> dict:
        """The `checks` resource for the quality page: each run, and per check its totals."""
        runs = sorted(self.site.pkg.rows("checks"), key=lambda r: (r["report_id"], r["scope"], r["check"]))
        by_check: dict[str, dict] = {}
        for r in runs:
            total = by_check.setdefault(r["check"], {**r, "runs": 0, "comparisons": 0, "passed": 0, "findings": 0})
            total["runs"] += 1
            for key in ("comparisons", "passed", "findings"):
                total[key] += int(r[key])
        totals = {key: sum(c[key] for c in by_check.values()) for key in ("runs", "comparisons", "passed", "findings")}
        return {"runs": runs, "check_totals": [by_check[k] for k in sorted(by_check)], "totals": totals}

    def headlines(self, provinces: list[str]) -> dict[str, list[dict]]:
        """Per province: the first indicator of each topic stated for it in its latest year."""
        out = {}
        for code in provinces:
            obs = self.site.by_region[code]
            if not obs:
                continue
            year = max(o["year"] for o in obs)
            picked, topics = [], set()
            for o in obs:
                topic = self.site.indicators[o["indicator_id"]]["topic"]
                if o["year"] == year and topic not in topics:
                    topics.add(topic)
                    picked.append(o)
            out[code] = picked
        return out

    def report_of_table(self, name: str) -> str | None:
        """The report a printed table's resource comes from (<report id>-<table>: the longest report
        id it starts with), or None for a package-wide resource."""
        return next((name[:i] for i in range(len(name) - 1, 0, -1) if name[i] == "-" and name[:i] in self.site.reports), None)

    def headline_matrix(self, headlines: dict[str, list[dict]]) -> HeadlineMatrix:
        """The headline figures as one table: the HOME_COLUMNS indicators stated for most provinces
        (catalog order among equals), and per province its figure of each, if any."""
        counts: dict[str, int] = defaultdict(int)
        for obs in headlines.values():
            for o in obs:
                counts[o["indicator_id"]] += 1
        topics = {t: k for k, t in enumerate(self.site.catalog.topics)}
        order = {iid: k for k, iid in enumerate(self.site.catalog.indicators)}
        columns = sorted(counts, key=lambda i: (-counts[i], order.get(i, 0)))[:HOME_COLUMNS]
        columns.sort(key=lambda i: (topics.get(self.site.indicators[i]["topic"], 0), order.get(i, 0)))   # patents first
        return HeadlineMatrix(columns, [(code, {o["indicator_id"]: o for o in obs if o["indicator_id"] in columns})
                                        for code, obs in headlines.items()])

    def resource_reports(self, res: dict) -> list[str]:
        """The reports a resource comes from: a printed table's own report; every report for the
        package-wide resources (observations, facts ...)."""
        own = self.report_of_table(res["name"])
        return [own] if own else sorted(self.site.reports)

    def jsonld(self, res: dict) -> dict:
        d = self.site.pkg.descriptor
        reports = set(self.resource_reports(res))
        publishers = {self.site.reports[r].get("publisher_en") or self.site.reports[r].get("publisher") for r in reports}
        return {
            "@context": "https://schema.org", "@type": "Dataset",
            "name": self.pick(res, "title") or res["name"],
            "description": self.pick(res, "description") or self.pick(d, "description"),
            "inLanguage": [self.ui.language(lang).hreflang for lang in LANGS],
            "version": d.get("version", ""), "dateCreated": d.get("created", ""),
            "license": next((lic.get("path", "") for lic in d.get("licenses", [])), ""),
            "isPartOf": {"@type": "Dataset", "name": self.pick(d, "title")},
            "creator": [{"@type": "Organization", "name": name} for name in dict.fromkeys(
                c.get("title", "") for c in d.get("contributors", []) if c.get("role") != "publisher" or c.get("title") in publishers)],
            "isBasedOn": [s.get("path") or s.get("title", "") for s in d.get("sources", [])
                          if s.get("report_id") in reports or not s.get("report_id")],
            "distribution": [
                {"@type": "DataDownload", "encodingFormat": fmt, "contentUrl": f"../../downloads/{res['name']}.{ext}"}
                for ext, fmt in (("csv", "text/csv"), ("json", "application/json"), ("parquet", "application/vnd.apache.parquet"))],
        }

    def unmatched(self) -> SimpleNamespace:
        """The numbers of bilingual reports stated in one language only (`rows`, facts without a
        twin) and, per report, how many (`runs`, from the text_numbers check runs)."""
        s = self.site
        rows = [f for f in s.facts if not f.get("twin_fact_id") and not restated(f["fact_id"])
                and "," in s.reports[f["report_id"]].get("languages", "")]
        runs = [f"{r['report_id']} {r['unmatched']}" for r in self.check_tables()["runs"] if r.get("unmatched")]
        return SimpleNamespace(rows=rows, runs=runs)

    def grouped(self, items: list[tuple[str, dict]]) -> list:
        """Nav entries of reports (report id, entry): as they are, or, more than NAV_FLAT_MAX, in a
        section per province (navigation.prune then puts one province's entries in a page)."""
        if len(items) <= NAV_FLAT_MAX:
            return [e for _, e in items]
        s, groups = self.site, {}
        for rid, e in items:
            province = s.province_of(s.reports[rid]["region_code"]) if rid in s.reports else ""
            groups.setdefault(province, []).append(e)
        order = sorted(groups, key=lambda c: (not c, c))
        return [{html.escape(self.region_name(c) if c else self.t("nav_other"), quote=False): groups[c]} for c in order]

    def dataset_nav(self, entry) -> list:
        """The package-wide datasets, then the printed tables: as they are, or, more than
        NAV_FLAT_MAX, grouped by the province of their report."""
        out, tables = [], []
        for r in self.site.pkg.resources:
            e = entry(self.pick(r, "title") or r["name"], f"datasets/{r['name']}.md")
            own = self.report_of_table(r["name"])
            (tables.append((own, e)) if own else out.append(e))
        return out + self.grouped(tables) if len(tables) > NAV_FLAT_MAX else out + [e for _, e in tables]

    def nav(self, provinces: list[str], latest: list[dict]) -> str:
        s = self.site

        def entry(title: str, path: str) -> dict:
            return {html.escape(title, quote=False): path}

        regions: list = ["regions/index.md"]
        for code in provinces:
            regions.append({html.escape(self.region_name(code), quote=False):
                            [f"regions/{code}.md"] + [entry(self.region_name(k), f"regions/{k}.md") for k in s.children(code)]})
        orphans = [k for k in sorted(s.paged) if not s.province_of(k)]
        regions += [entry(self.region_name(k), f"regions/{k}.md") for k in orphans]
        nav = [
            entry(self.t("nav_home"), "index.md"),
            {self.t("nav_regions"): regions},
            {self.t("nav_topics"): ["topics/index.md"] + [entry(self.topic_label(t), f"topics/{t}.md") for t in s.catalog.topics]},
            {self.t("nav_reports"): ["reports/index.md"] + self.grouped(
                [(r["report_id"], entry(self.report_title(r["report_id"]), f"reports/{r['report_id']}.md")) for r in latest])},
            {self.t("nav_datasets"): ["datasets/index.md"] + self.dataset_nav(entry)},
            entry(self.t("nav_explorer"), explorer.PAGE),
            entry(self.t("nav_quality"), "quality.md"),
            entry(self.t("nav_glossary"), "glossary.md"),
            entry(self.t("nav_methodology"), "methodology.md"),
            entry(self.t("nav_about"), "about.md"),
        ]
        return yaml.safe_dump(nav, allow_unicode=True, sort_keys=False, width=1000)


# --- downloads ---------------------------------------------------------------------------------


# --- entry point -------------------------------------------------------------------------------

def chart_cache(docs_dir: str | Path) -> Path:
    """Where the SVGs of a docs/ folder are cached: `.cache/charts/` beside it (git-ignored)."""
    return Path(docs_dir).resolve().parent / ".cache" / "charts"


def _render(datapackage_dir: str | Path, renderer: Renderer, cache: Path | None) -> tuple[dict, PendingSvgs]:
    """Every generated file but the SVGs, and the SVGs being drawn by `renderer` meanwhile."""
    pkg = load_package(datapackage_dir)
    site = Site(pkg, load_catalog(), load_ui())
    env = _env()
    by_lang = {lang: Pages(site, lang, env) for lang in LANGS}
    specs: dict[str, dict] = {}
    for lang, lang_pages in by_lang.items():
        lang_pages.chart_assets()
        specs.update((f"{lang}/{rel}", spec) for rel, spec in lang_pages.specs.items())
    pending = renderer.svgs(specs, cache)      # both languages' SVGs, drawn while the pages render
    downloads = download_files(pkg)
    files: dict[str, str | bytes] = {}
    for lang, lang_pages in by_lang.items():
        files.update((f"{lang}/{rel}", content) for rel, content in lang_pages.all().items())
        files.update((f"{lang}/downloads/{name}", content) for name, content in downloads.items())
    return files, pending


def render_all(datapackage_dir: str | Path, cache: Path | None = None) -> dict[str, str | bytes]:
    """Every generated file, SVGs included, keyed by its path below docs/ (nothing written except,
    when `cache` is given, the SVGs it did not hold yet)."""
    with Renderer() as renderer:
        files, pending = _render(datapackage_dir, renderer, cache)
        files.update(pending.result())
    return files


def _write(docs_dir: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in sorted(files.items()):
        target = docs_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")


def start(datapackage_dir: str | Path, docs_dir: str | Path, renderer: Renderer) -> Callable[[], dict[str, str]]:
    """Write the generated pages into docs/ (the old ones removed first) and return `finish`,
    which waits for the chart SVGs that `renderer` draws meanwhile, writes them into docs/ too
    and returns them (keyed by their path below docs/)."""
    docs_dir = Path(docs_dir)
    files, pending = _render(datapackage_dir, renderer, chart_cache(docs_dir))
    for lang in LANGS:
        for name in GENERATED:
            target = docs_dir / lang / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    _write(docs_dir, files)

    def finish() -> dict[str, str]:
        svgs = pending.result()
        _write(docs_dir, svgs)
        return svgs
    return finish


def generate(datapackage_dir: str | Path, docs_dir: str | Path) -> None:
    """Write every generated file, SVGs included, into docs/."""
    with Renderer() as renderer:
        start(datapackage_dir, docs_dir, renderer)()
