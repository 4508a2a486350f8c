/* Draw every figure.ipc-chart with the site's own vega-embed, on each new document that
   Material announces (document$), so charts are drawn on first load and after in-site
   navigation. The spec is the .vl.json next to the static SVG fallback (hidden by CSS when
   JavaScript runs; shown again if drawing fails). */
(function () {
  function draw(figure) {
    var img = figure.querySelector("img.ipc-chart__fallback");
    var view = figure.querySelector(".ipc-chart__view");
    if (!img || !view || figure.classList.contains("ipc-chart--drawn")) return;
    var url = img.getAttribute("src").replace(/\.svg$/, ".vl.json");
    fetch(url)
      .then(function (r) { if (!r.ok) throw new Error(url + ": " + r.status); return r.json(); })
      .then(function (spec) { return window.vegaEmbed(view, spec, { actions: false, renderer: "svg" }); })
      .then(function () { figure.classList.add("ipc-chart--drawn"); })
      .catch(function (err) { figure.classList.add("ipc-chart--failed"); console.warn(err); });
  }
  function drawAll() { document.querySelectorAll("figure.ipc-chart").forEach(draw); }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(drawAll);
  else document.addEventListener("DOMContentLoaded", drawAll);
})();
