"""MkDocs hooks (mkdocs.yml `hooks:`), run in every language build of mkdocs-static-i18n.

- on_config: the language's site_name/site_description from ui.yaml, and its generated nav
  (docs/<lang>/.nav.yml, written by site/pages.py).
- on_page_context: language-switcher links that mkdocs-static-i18n leaves as absolute paths
  (/<repo>/, on home pages) become language prefixes, which Material makes page-relative, so
  the switcher works under any sub-path.
- on_env: `portal_ui` (strings of every language, hreflang codes) for the theme overrides.
- on_post_build: one search index per language. mkdocs-static-i18n merges every language into
  the root index; the zh site then found en pages. We split it: site/search/ keeps the default
  language, site/<prefix>search/ gets the others with their locations made relative to it
  (overrides/main.html points those pages' search at it).
"""
from __future__ import annotations

import json
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

from build_scripts.core.errors import BuildError
from build_scripts.site.ui import load_ui

NAV_FILE = ".nav.yml"


def _i18n(config):
    return config.plugins.get("i18n")


@event_priority(-100)          # after mkdocs-static-i18n has switched to the language being built
def on_config(config):
    i18n = _i18n(config)
    lang = i18n.current_language if i18n else config.theme["language"]
    ui = load_ui()
    config.site_name = ui.t("site_name", lang)
    config.site_description = ui.t("site_description", lang)
    nav_file = Path(config.docs_dir) / lang / NAV_FILE
    if nav_file.is_file():
        try:
            config.nav = yaml.safe_load(nav_file.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise BuildError(nav_file, f"invalid generated nav: {exc} / 生成的导航无效") from None
    return config


@event_priority(-100)          # after mkdocs-static-i18n has set the twin links
def on_page_context(context, page, config, nav):
    prefixes = {lang.code: lang.prefix for lang in load_ui().languages}
    for alt in getattr(config.extra, "alternate", None) or []:   # i18n sets the attribute per page
        if alt.get("link", "").startswith("/") and alt.get("lang") in prefixes:
            alt["link"] = prefixes[alt["lang"]] or "./"
    return context


def on_env(env, config, files):
    ui = load_ui()
    env.globals["portal_ui"] = {
        "strings": ui.strings,
        "hreflang": {lang.code: lang.hreflang for lang in ui.languages},
        "languages": ui.languages,
    }
    return env


@event_priority(-100)          # after mkdocs-static-i18n has written the merged index
def on_post_build(config):
    i18n = _i18n(config)
    if i18n is None or i18n.building:
        return
    root = Path(config.site_dir)
    index_path = root / "search" / "search_index.json"
    if not index_path.is_file():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    prefixes = [lang.prefix for lang in load_ui().languages if lang.prefix]
    parts: dict[str, list] = {prefix: [] for prefix in [""] + prefixes}
    for doc in index["docs"]:
        prefix = next((p for p in prefixes if doc["location"].startswith(p)), "")
        parts[prefix].append({**doc, "location": doc["location"][len(prefix):]})
    for prefix, docs in parts.items():
        out = root / prefix / "search" / "search_index.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({**index, "docs": docs}, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
