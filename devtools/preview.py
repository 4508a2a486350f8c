"""Serve a built site on 127.0.0.1 under a sub-path, as GitHub Pages does (`/<repo>/`).

Used by the browser tests and the benchmarks: a tiny threaded static server that maps
`/<prefix>/...` to the site folder and answers 404 everywhere else, so a link that forgets
the sub-path fails. Also the one place that knows how to start Debian's headless Chromium.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import re
import sys
import threading
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from build_scripts.core import paths

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PREFIX = "/ip-portal/"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".zip": "application/zip",
    ".parquet": "application/vnd.apache.parquet",
    ".sqlite": "application/vnd.sqlite3",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".xml": "application/xml",
    ".gz": "application/gzip",
    ".txt": "text/plain; charset=utf-8",
    ".woff2": "font/woff2",
    ".map": "application/json",
}


def site_url(config: str | Path = paths.MKDOCS_YML) -> str:
    """mkdocs.yml's site_url (its default when given as `!ENV [VAR, default]`), or ''."""
    config = Path(config)
    text = config.read_text(encoding="utf-8") if config.is_file() else ""
    m = re.search(r"^site_url:.*?(https?://[^\s'\"\]]+)", text, re.M)
    return m.group(1) if m else ""


def site_prefix(config: str | Path = paths.MKDOCS_YML) -> str:
    """The sub-path GitHub Pages will serve the site under: site_url's path, else PREFIX."""
    path = urlsplit(site_url(config)).path.strip("/")
    return f"/{path}/" if path else PREFIX


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {"": "application/octet-stream", **CONTENT_TYPES}

    def __init__(self, *args, prefix: str, **kwargs):
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not (clean + "/").startswith(self.prefix) and clean != self.prefix.rstrip("/"):
            return str(Path(self.directory) / ".no-such-file" / "outside-prefix")
        return super().translate_path("/" + clean[len(self.prefix):])

    def list_directory(self, path):  # a folder without index.html is a broken link, not a listing
        self.send_error(404, "No index.html")
        return None

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # the browser hung up: fine
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site_dir: str | Path, prefix: str = PREFIX) -> Iterator[str]:
    """Serve `site_dir` under `prefix`; yields the base URL (ending in '/')."""
    handler = functools.partial(_Handler, directory=str(site_dir), prefix=prefix)
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def launch(playwright):
    """Headless Debian Chromium with the flags this closed network needs."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
