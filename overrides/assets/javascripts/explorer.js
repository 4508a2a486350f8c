/* The Explorer page (templates/explorer.md.j2): an indicator, regions and periods chosen in the
   form give a bar chart, a table and a CSV of exactly the package's rows for them, and the page's
   address keeps the choice (?indicator=ID&regions=CODE,CODE&periods=P,P), so it can be shared.
   The data is data.json beside the page (made by build_scripts/site/explorer.py): the package's
   rows with their exact strings, the labels of the page's language and the numbers written as
   the site writes them. Every word is from ui.yaml (the template, or data.json `words`). Text is
   only ever set as text (textContent), never parsed as HTML.

   The chart is plain HTML (a label, a bar and the value per row) rather than Vega: it needs no
   900 KB runtime, redraws at once, and its text is page text at the page's sizes on any screen.

   Hooks for the tests: #ipc-explorer[data-state=ready|failed], select#ipc-explorer-indicator,
   fieldset[data-name=regions|periods] input[type=checkbox], .ipc-explorer__bars (rows
   .ipc-explorer__row), .ipc-explorer__table tbody tr, a.ipc-explorer__csv[href][download].
   Set up on each document Material announces (document$). */
(function () {
  "use strict";

  function make(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  }

  function csvField(text) {          // as Python's csv module writes the package (QUOTE_MINIMAL)
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function anchor(r, c) {           // the id of the row on its report page (report.md.j2)
    return ("obs-" + r[c.indicator_id] + "-" + r[c.region_code] + "-" + r[c.period]).replace(/[^A-Za-z0-9._-]+/g, "-");
  }

  function tokens(params, name) {    // "a,b" and/or repeated parameters; null when absent
    if (!params.has(name)) return null;
    return params.getAll(name).join(",").split(",").map((s) => s.trim()).filter(Boolean);
  }

  function Explorer(root, data) {
    this.root = root;
    this.data = data;
    this.words = data.words;
    this.col = {};
    data.columns.forEach((name, i) => { this.col[name] = i; });
    data.extra.forEach((name, i) => { this.col["_" + name] = data.columns.length + i; });
    this.indicators = {};
    data.indicators.forEach((d) => { this.indicators[d[0]] = { id: d[0], label: d[1], topic: d[2], unit: d[3] }; });
    this.regions = {};
    data.regions.forEach((d, i) => { this.regions[d[0]] = { code: d[0], name: d[1], level: d[2], order: i }; });
    // rows: the package's strings back in place of the indexes (data.codes), grouped by indicator
    const coded = Object.keys(data.codes).map((name) => [this.col[name], data.codes[name]]);
    this.rows = {};
    data.rows.forEach((r) => {
      coded.forEach((c) => { r[c[0]] = c[1][r[c[0]]]; });
      const id = r[this.col.indicator_id];
      (this.rows[id] = this.rows[id] || []).push(r);
    });
    this.select = root.querySelector("#ipc-explorer-indicator");
    this.sets = {};
    root.querySelectorAll("fieldset[data-name]").forEach((fs) => { this.sets[fs.getAttribute("data-name")] = fs; });
    this.status = root.querySelector(".ipc-explorer__status");
    this.csv = root.querySelector("a.ipc-explorer__csv");
    this.csvUrl = null;
    this.unknown = [];
  }

  Explorer.prototype.rowsOf = function (indicator) {
    return this.rows[indicator] || [];
  };

  /* The regions (in the site's order) and periods (sorted) the indicator has values for. */
  Explorer.prototype.available = function (indicator) {
    const rows = this.rowsOf(indicator), c = this.col;
    const regions = Array.from(new Set(rows.map((r) => r[c.region_code])))
      .sort((a, b) => this.regions[a].order - this.regions[b].order);
    const periods = Array.from(new Set(rows.map((r) => r[c.period]))).sort();
    return { regions: regions, periods: periods };
  };

  /* Without a choice: the indicator's latest period and every region with a value in it. */
  Explorer.prototype.defaults = function (indicator) {
    const avail = this.available(indicator), c = this.col;
    const latest = avail.periods[avail.periods.length - 1];
    const regions = new Set(this.rowsOf(indicator).filter((r) => r[c.period] === latest).map((r) => r[c.region_code]));
    return { regions: avail.regions.filter((code) => regions.has(code)), periods: latest ? [latest] : [] };
  };

  /* Wanted periods among those available; a bare year also takes that year's periods (2022 ->
     2022-12-31 for a stock). Unmatched ones go to `missed`. */
  function matchPeriods(wanted, periods, missed) {
    const out = new Set();
    wanted.forEach((p) => {
      if (periods.indexOf(p) >= 0) return out.add(p);
      const year = /^\d{4}/.exec(p);
      const same = year ? periods.filter((q) => q.slice(0, 4) === year[0] && (p.length === 4 || q.length === 4)) : [];
      if (same.length) same.forEach((q) => out.add(q));
      else if (missed) missed.push(p);
    });
    return periods.filter((p) => out.has(p));
  }

  /* The choice in a query string, checked against the data; what is not there goes to `unknown`. */
  Explorer.prototype.fromQuery = function (search) {
    const params = new URLSearchParams(search), unknown = [];
    let indicator = params.get("indicator");
    if (indicator && !this.indicators[indicator]) { unknown.push(indicator); indicator = null; }
    indicator = indicator || this.data["default"];
    const avail = this.available(indicator), fallback = this.defaults(indicator);
    const wantRegions = tokens(params, "regions"), wantPeriods = tokens(params, "periods");
    let regions = fallback.regions, periods = fallback.periods;
    // a parameter given empty is an empty choice; one naming only what is not there, the default
    if (wantRegions) {
      wantRegions.forEach((code) => { if (avail.regions.indexOf(code) < 0) unknown.push(code); });
      const found = avail.regions.filter((code) => wantRegions.indexOf(code) >= 0);
      regions = found.length || !wantRegions.length ? found : fallback.regions;
    }
    if (wantPeriods) {
      const found = matchPeriods(wantPeriods, avail.periods, unknown);
      periods = found.length || !wantPeriods.length ? found : fallback.periods;
    }
    this.unknown = unknown;
    return { indicator: indicator, regions: regions, periods: periods };
  };

  Explorer.prototype.query = function () {
    const s = this.state, enc = encodeURIComponent;
    return "?indicator=" + enc(s.indicator) + "&regions=" + s.regions.map(enc).join(",") +
      "&periods=" + s.periods.map(enc).join(",");
  };

  Explorer.prototype.buildIndicators = function () {
    const groups = {};
    this.data.topics.forEach((t) => {
      groups[t[0]] = make("optgroup");
      groups[t[0]].label = t[1];
      this.select.appendChild(groups[t[0]]);
    });
    this.data.indicators.forEach((d) => {
      const option = make("option", "", d[1]);
      option.value = d[0];
      groups[d[2]].appendChild(option);
    });
  };

  Explorer.prototype.buildChoices = function () {
    const avail = this.available(this.state.indicator);
    const label = { regions: (code) => this.regions[code].name, periods: (p) => p };
    Object.keys(this.sets).forEach((name) => {
      const box = this.sets[name].querySelector(".ipc-explorer__options");
      const chosen = new Set(this.state[name]);
      box.textContent = "";
      avail[name].forEach((value) => {
        const item = make("label", "ipc-explorer__option");
        const input = make("input");
        input.type = "checkbox";
        input.name = name;
        input.value = value;
        input.checked = chosen.has(value);
        item.appendChild(input);
        item.appendChild(make("span", "", label[name](value)));
        box.appendChild(item);
      });
    });
    this.select.value = this.state.indicator;
  };

  Explorer.prototype.readChoices = function () {
    Object.keys(this.sets).forEach((name) => {
      this.state[name] = Array.from(this.sets[name].querySelectorAll("input:checked")).map((i) => i.value);
    });
  };

  Explorer.prototype.onIndicator = function () {
    const indicator = this.select.value, avail = this.available(indicator), fallback = this.defaults(indicator);
    const regions = avail.regions.filter((code) => this.state.regions.indexOf(code) >= 0);
    const periods = matchPeriods(this.state.periods, avail.periods, null);
    this.state = { indicator: indicator, regions: regions.length ? regions : fallback.regions,
                   periods: periods.length ? periods : fallback.periods };
    this.unknown = [];
    this.buildChoices();
    this.update();
  };

  /* The package's rows for the choice, in the package's order. */
  Explorer.prototype.selection = function () {
    const c = this.col, regions = new Set(this.state.regions), periods = new Set(this.state.periods);
    return this.rowsOf(this.state.indicator).filter((r) => regions.has(r[c.region_code]) && periods.has(r[c.period]));
  };

  /* `write`: put the choice into the address (not on a first view without a query: the bare
     address stays, and a language switch clicked at once is not overtaken by a history entry). */
  Explorer.prototype.update = function (write) {
    const s = this.state, w = this.words, rows = this.selection(), next = this.query() + location.hash;
    if (write !== false && next !== location.search + location.hash) history.replaceState(history.state, "", next);
    const notes = [];
    if (this.unknown.length) notes.push(fill(w.explorer_unknown, { items: this.unknown.join(", ") }));
    if (!s.regions.length || !s.periods.length) notes.push(w.explorer_empty);
    else if (!rows.length) notes.push(w.explorer_no_rows);
    else notes.push(fill(w.explorer_shown, { rows: rows.length, regions: s.regions.length, periods: s.periods.length }));
    this.status.textContent = notes.join(" ");
    this.drawChart(rows);
    this.drawTable(rows);
    this.writeCsv(rows);
  };

  /* Rows in reading order: regions as listed, then periods, then the package's order. */
  Explorer.prototype.ordered = function (rows) {
    const c = this.col;
    return rows.map((r, i) => [r, i]).sort((a, b) => {
      const ra = this.regions[a[0][c.region_code]].order, rb = this.regions[b[0][c.region_code]].order;
      const pa = a[0][c.period], pb = b[0][c.period];
      return ra - rb || (pa < pb ? -1 : pa > pb ? 1 : 0) || a[1] - b[1];
    }).map((x) => x[0]);
  };

  Explorer.prototype.drawChart = function (rows) {
    const c = this.col, figure = this.root.querySelector(".ipc-explorer__chart");
    const bars = figure.querySelector(".ipc-explorer__bars"), ind = this.indicators[this.state.indicator];
    const drawn = this.ordered(rows).filter((r) => isFinite(parseFloat(r[c.value])));
    bars.textContent = "";
    figure.hidden = !drawn.length;
    if (!drawn.length) return;
    const title = figure.querySelector(".ipc-explorer__chart-title");
    title.textContent = "";
    title.appendChild(make("strong", "", ind.label));
    title.appendChild(document.createTextNode(" · " + fill(this.words.explorer_unit, { unit: ind.unit })));
    const values = drawn.map((r) => parseFloat(r[c.value]));
    const hi = Math.max(0, ...values), lo = Math.min(0, ...values), span = hi - lo || 1;
    const zero = (-lo / span) * 100;
    const count = {};
    drawn.forEach((r) => { const k = r[c.region_code] + "|" + r[c.period]; count[k] = (count[k] || 0) + 1; });
    const regions = new Set(drawn.map((r) => r[c.region_code])), periods = new Set(drawn.map((r) => r[c.period]));
    const grouped = regions.size > 1 && periods.size > 1;
    let items = drawn;
    if (periods.size === 1) items = drawn.slice().sort((a, b) => parseFloat(b[c.value]) - parseFloat(a[c.value]));
    let group = null;
    items.forEach((r) => {
      const region = this.regions[r[c.region_code]].name;
      if (grouped && r[c.region_code] !== group) {
        group = r[c.region_code];
        bars.appendChild(make("div", "ipc-explorer__group", region));
      }
      let label = periods.size === 1 ? region : r[c.period];
      if (count[r[c.region_code] + "|" + r[c.period]] > 1) label += " · " + r[c.report_id];
      const v = parseFloat(r[c.value]);
      const row = make("div", "ipc-explorer__row");
      row.appendChild(make("span", "ipc-explorer__label", label));
      const track = make("span", "ipc-explorer__track");
      const bar = make("span", "ipc-explorer__bar");
      const width = (Math.abs(v) / span) * 100;
      bar.style.left = (v < 0 ? zero - width : zero) + "%";
      bar.style.width = width + "%";
      track.appendChild(bar);
      row.appendChild(track);
      row.appendChild(make("span", "ipc-explorer__num", r[c._text]));
      bars.appendChild(row);
    });
  };

  Explorer.prototype.drawTable = function (rows) {
    const c = this.col, w = this.words, ind = this.indicators[this.state.indicator];
    const table = this.root.querySelector(".ipc-explorer__table table"), body = table.tBodies[0];
    const reports = this.root.getAttribute("data-root") + "reports/";
    table.caption.textContent = ind.label;
    table.querySelector("th.ipc-explorer__value").textContent = fill(w.explorer_value_in, { unit: ind.unit });
    body.textContent = "";
    this.ordered(rows).forEach((r) => {
      const tr = make("tr");
      tr.setAttribute("data-region", r[c.region_code]);
      tr.appendChild(make("td", "", this.regions[r[c.region_code]].name));
      tr.appendChild(make("td", "", r[c.period]));
      const value = make("td", "ipc-explorer__value", r[c._text]);
      value.setAttribute("data-value", r[c.value]);
      if (r[c._exact]) value.title = r[c._exact];
      tr.appendChild(value);
      const source = make("td");
      const link = make("a", "", r[c.report_id]);
      link.href = reports + encodeURIComponent(r[c.report_id]) + "/#" + anchor(r, c);
      source.appendChild(link);
      if (r[c._line]) {
        source.appendChild(document.createTextNode(" "));
        source.appendChild(make("span", "ipc-explorer__line", fill(w.line_ref, { line: r[c._line] })));
      }
      tr.appendChild(source);
      body.appendChild(tr);
    });
    table.parentNode.hidden = !rows.length;
  };

  Explorer.prototype.writeCsv = function (rows) {
    const n = this.data.columns.length, s = this.state;
    const lines = [this.data.columns].concat(rows.map((r) => r.slice(0, n)));
    const text = lines.map((cells) => cells.map(csvField).join(",")).join("\n") + "\n";
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.csvUrl = null;
    if (!rows.length) {
      this.csv.removeAttribute("href");
      this.csv.setAttribute("aria-disabled", "true");
      return;
    }
    this.csvUrl = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const regions = s.regions.length <= 3 ? s.regions.join("-") : s.regions.length + "-regions";
    const name = [s.indicator, regions, s.periods.join("-")].join("_").replace(/[^A-Za-z0-9._-]+/g, "-");
    this.csv.href = this.csvUrl;
    this.csv.download = name + ".csv";
    this.csv.removeAttribute("aria-disabled");
  };

  Explorer.prototype.copyLink = function () {
    const note = this.root.querySelector(".ipc-explorer__copied"), w = this.words;
    const done = (text) => { note.textContent = text; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(location.origin + location.pathname + this.query() + location.hash).then(() => done(w.explorer_copied), () => done(w.explorer_copy_failed));
    } else {
      done(w.explorer_copy_failed);
    }
  };

  Explorer.prototype.start = function () {
    this.state = this.fromQuery(location.search);
    this.buildIndicators();
    this.buildChoices();
    this.root.querySelector("form").addEventListener("submit", (e) => e.preventDefault());
    this.select.addEventListener("change", () => this.onIndicator());
    Object.keys(this.sets).forEach((name) => {
      const fs = this.sets[name];
      fs.addEventListener("change", () => { this.unknown = []; this.readChoices(); this.update(); });
      fs.querySelector(".ipc-explorer__all").addEventListener("click", () => {
        fs.querySelectorAll("input").forEach((i) => { i.checked = true; });
        this.unknown = []; this.readChoices(); this.update();
      });
      fs.querySelector(".ipc-explorer__none").addEventListener("click", () => {
        fs.querySelectorAll("input").forEach((i) => { i.checked = false; });
        this.unknown = []; this.readChoices(); this.update();
      });
      fs.disabled = false;
    });
    this.select.disabled = false;
    this.root.querySelector(".ipc-explorer__copy").addEventListener("click", () => this.copyLink());
    this.update(location.search !== "");
    this.root.setAttribute("data-state", "ready");
  };

  function setup() {
    const root = document.getElementById("ipc-explorer");
    if (!root || root.hasAttribute("data-state")) return;
    root.setAttribute("data-state", "loading");
    const status = root.querySelector(".ipc-explorer__status");
    status.textContent = root.getAttribute("data-loading");
    const url = new URL(root.getAttribute("data-src"), document.baseURI);
    fetch(url)
      .then((r) => { if (!r.ok) throw new Error(url + ": " + r.status); return r.json(); })
      .then((data) => new Explorer(root, data).start())
      .catch((err) => {
        status.textContent = root.getAttribute("data-failed");
        root.setAttribute("data-state", "failed");
        console.warn(err);
      });
  }

  if (window.document$ && window.document$.subscribe) window.document$.subscribe(setup);
  else setup();
})();
