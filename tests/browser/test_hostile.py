"""A report whose text and metadata carry <script>, <img onerror>, Markdown and HTML injection
and template syntax ({{ }}, {% %}) builds a site where none of it executes or renders as markup:
it reads as the text the report printed.

The fixture (tests/fixtures/hostile/) is built with the real CLI into a sandbox, then every page
that carries the payloads is checked in the HTML and in Chromium. Each payload, if it ran, would
bump window.__pwned; a rendered <img src=x> would also show up as a failed request.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from devtools import sandbox

pytestmark = [pytest.mark.browser, pytest.mark.slow]
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
MARKER = re.compile(r"pwned|INJECTED")
# Literal text each payload must show as, somewhere on the site (so the test is not vacuous).
SHOWN_AS_TEXT = ["<script>window.__pwned", '<img src=x onerror="window.__pwned', "{{ 7*191 }}",
                 "{% if true %}INJECTED-TPL{% endif %}", "**INJECTED-BOLD**", "[INJECTED-LINK](javascript:"]

DOM_CHECK = """() => {
  const all = [...document.querySelectorAll('*')];
  return {
    pwned: window.__pwned === undefined ? 0 : window.__pwned,
    inline_scripts: [...document.scripts].filter(s => !s.src && /pwned/.test(s.textContent)
      && (!s.type || /javascript|module/.test(s.type))).length,
    broken_data: [...document.querySelectorAll('script[type$="json"]')].filter(s => {
      try { JSON.parse(s.textContent); return false; } catch (e) { return true; } }).length,
    handlers: all.filter(e => [...e.attributes].some(a => a.name.startsWith('on') && /pwned/.test(a.value))).map(e => e.outerHTML.slice(0, 120)),
    js_urls: all.filter(e => ['href', 'src', 'action'].some(a => /^\\s*javascript:/i.test(e.getAttribute(a) || ''))).map(e => e.outerHTML.slice(0, 120)),
    frames: document.querySelectorAll('iframe, object, embed').length,
    emphasis: [...document.querySelectorAll('strong, b, em, i, h1, h2, h3, code')].filter(e => /INJECTED/.test(e.textContent) && !/\\*\\*|\\{%|\\[/.test(e.textContent)).map(e => e.outerHTML.slice(0, 120)),
    links: [...document.querySelectorAll('a')].filter(e => /^INJECTED/.test(e.textContent.trim())).map(e => e.outerHTML.slice(0, 120)),
    images: document.querySelectorAll('img[alt^="INJECTED"], img[src="x"], img[src="x.png"]').length,
    hidden_body: getComputedStyle(document.body).display === 'none',
    evaluated: /1337/.test(document.body.innerText),
    text: document.body.innerText,
  };
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    sb = sandbox.make(tmp_path_factory.mktemp("hostile"), seeds=FIXTURE)
    for stage in ("data", "pages", "site"):
        sb.run(stage)
    return sb.site


class _Text(HTMLParser):
    """The visible text of a page (scripts and styles left out)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style") and self.skip > 0

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def payload_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if MARKER.search(html.unescape(p.read_text(encoding="utf-8"))))


def test_payloads_reach_the_site_as_text(hostile_site):
    pages = payload_pages(hostile_site)
    assert pages, "no page shows the hostile report's text"
    text = ""
    for p in pages:
        parser = _Text()
        parser.feed(p.read_text(encoding="utf-8"))
        text += "".join(parser.parts) + "\n"
    missing = [s for s in SHOWN_AS_TEXT if s not in text]
    assert not missing, f"these payloads are not shown as the text the report printed: {missing}"
    assert "1337" not in text, "template syntax was evaluated ({{ 7*191 }} -> 1337)"


def test_nothing_executes_or_renders_as_markup(hostile_site, open_site):
    site, page = open_site(hostile_site)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    checked, problems = 0, []
    for f in payload_pages(hostile_site):
        rel = f.relative_to(hostile_site).as_posix().removesuffix("index.html")
        page.goto(site.url + rel)
        page.log.settle()
        found = page.evaluate(DOM_CHECK)
        checked += 1
        for key in ("pwned", "inline_scripts", "broken_data", "frames", "images"):
            if found[key]:
                problems.append(f"{rel}: {key} = {found[key]}")
        for key in ("handlers", "js_urls", "emphasis", "links"):
            problems += [f"{rel}: {key}: {x}" for x in found[key]]
        if found["hidden_body"]:
            problems.append(f"{rel}: an injected <style> hid the page")
        if found["evaluated"]:
            problems.append(f"{rel}: template syntax was evaluated (1337 on the page)")
    assert checked, "no page carries the payloads"
    assert not dialogs, f"dialogs opened: {dialogs}"
    problems += page.log.problems + [f"request to another host: {u}" for u in page.log.foreign()]
    assert not problems, "\n".join(problems)
