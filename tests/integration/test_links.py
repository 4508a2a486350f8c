"""Every internal link and anchor of the built site resolves, in both languages.

A crawler over site/ (html.parser): each href/src of every page must name a file of the site,
and each #fragment an id (or a name) in the page it points to. Links that start with '/' break
when GitHub Pages serves the site under /<repo>/, unless they carry that sub-path (404.html does);
absolute links to site_url count as internal (canonical, hreflang alternates).
"""
from __future__ import annotations

import posixpath
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from build_scripts.core import paths
from devtools import preview

SITE = paths.SITE_DIR
URL_ATTRS = {"a": ("href",), "link": ("href",), "script": ("src",), "img": ("src",), "iframe": ("src",),
             "source": ("src",), "video": ("src", "poster"), "audio": ("src",), "form": ("action",)}
LANGS = ("zh", "en")

pytestmark = pytest.mark.skipif(not (SITE / "index.html").is_file(),
                                reason="site/ is not built: run `make site` first (`make test` builds it)")


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.ids: set[str] = set()
        self.urls: list[tuple[str, str]] = []          # (tag, url)
        self.alternates: dict[str, str] = {}           # hreflang -> href

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = (a.get("lang") or "").split("-")[0].lower()
        for key in ("id", "name") if tag == "a" else ("id",):
            if a.get(key):
                self.ids.add(a[key])
        for attr in URL_ATTRS.get(tag, ()):
            if a.get(attr):
                self.urls.append((tag, a[attr]))
        if tag == "img" and a.get("srcset"):
            self.urls += [("img", part.strip().split(" ")[0]) for part in a["srcset"].split(",") if part.strip()]
        if tag == "link" and "alternate" in (a.get("rel") or "").split() and a.get("hreflang"):
            self.alternates[a["hreflang"]] = a.get("href", "")


@lru_cache(maxsize=None)
def parse(path: Path) -> Page:
    p = Page()
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    return p


def html_files() -> list[Path]:
    return sorted(p for p in SITE.rglob("*.html") if not p.relative_to(SITE).as_posix().startswith("."))


def resolve(page: Path, url: str) -> tuple[Path | None, str, str]:
    """(target file or None for external, fragment, problem) for a URL found in `page`."""
    parts = urlsplit(url)
    base = preview.site_url()
    if base and url.startswith(base):
        return resolve_site_path(urlsplit(url).path[len(urlsplit(base).path):], parts.fragment)
    if parts.scheme or parts.netloc:
        return None, "", ""
    if parts.path.startswith("/"):
        prefix = preview.site_prefix()
        if not parts.path.startswith(prefix):
            return None, "", f"root-relative link {url!r} breaks under the sub-path {prefix}"
        return resolve_site_path(parts.path[len(prefix):], parts.fragment)
    if not parts.path:  # '#frag' or '?q': this page
        return page, parts.fragment, ""
    rel = posixpath.normpath(posixpath.join(page.parent.relative_to(SITE).as_posix(), unquote(parts.path)))
    if rel.startswith(".."):
        return None, "", f"{url!r} leaves the site"
    return resolve_site_path(rel + ("/" if parts.path.endswith("/") else ""), parts.fragment)


def resolve_site_path(rel: str, fragment: str) -> tuple[Path | None, str, str]:
    target = SITE / unquote(rel).lstrip("/")
    if target.is_dir():
        target = target / "index.html"
    if not target.is_file():
        return target, fragment, f"no file {target.relative_to(SITE)}"
    return target, fragment, ""


def broken_links(files: list[Path]) -> list[str]:
    problems = []
    for f in files:
        page = parse(f)
        where = f.relative_to(SITE).as_posix()
        for tag, url in page.urls:
            target, fragment, problem = resolve(f, url)
            if problem:
                problems.append(f"{where}: <{tag}> {url}: {problem}")
            elif target is not None and fragment and target.suffix == ".html" and unquote(fragment) not in parse(target).ids:
                problems.append(f"{where}: <{tag}> {url}: no id {fragment!r} in {target.relative_to(SITE)}")
    return problems


def pages_in(lang: str) -> list[Path]:
    return [f for f in html_files() if parse(f).lang == lang]


@pytest.mark.parametrize("lang", LANGS)
def test_every_internal_link_and_anchor_resolves(lang):
    files = pages_in(lang)
    assert files, f"no page in {lang}"
    links = sum(len(parse(f).urls) for f in files)
    assert links > len(files), "the crawler found almost no links: is the parser looking at the right tags?"
    problems = broken_links(files)
    assert not problems, f"{len(problems)} broken links in {lang}:\n" + "\n".join(problems[:60])


def test_every_page_has_a_twin_and_hreflang_alternates():
    """Each page names its zh and en versions and an x-default, and they are pages of those languages."""
    problems = []
    for f in html_files():
        page = parse(f)
        where = f.relative_to(SITE).as_posix()
        if where == "404.html" or where.endswith("/404.html"):
            continue
        for code in (*LANGS, "x-default"):
            href = next((h for k, h in page.alternates.items() if code in (k.lower(), k.split("-")[0].lower())), None)
            if href is None:
                problems.append(f"{where}: no hreflang alternate for {code}")
                continue
            target, _, problem = resolve(f, href)
            if problem or target is None:
                problems.append(f"{where}: alternate {code} {href}: {problem or 'points off the site'}")
            elif code in LANGS and parse(target).lang != code:
                problems.append(f"{where}: alternate {code} {href} is a page in {parse(target).lang!r}")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:60])
