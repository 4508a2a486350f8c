/* Charts: every reader sees each chart's static SVG at once. The Vega runtime (vega, vega-lite,
   vega-embed: the site's own copy, named by this script's data-vega attribute) is fetched only
   when the reader reaches for a chart (pointer, touch, keyboard focus) or, once the reader has
   scrolled or opened a folded block, when a chart comes into view. vega-embed then draws the
   chart's spec (the .vl.json beside its SVG) at the width of its column, under the SVG, and the
   drawn chart takes the SVG's place (class ipc-chart--drawn; ipc-chart--failed keeps the SVG).
   Set up on each document Material announces (document$). */
(function () {
  var script = document.currentScript;
  var vega = null;

  function loadVega() {
    if (!vega) {
      vega = new Promise(function (resolve, reject) {
        if (window.vegaEmbed) return resolve(window.vegaEmbed);
        var s = document.createElement("script");
        s.src = script.getAttribute("data-vega");
        s.onload = function () { resolve(window.vegaEmbed); };
        s.onerror = function () { vega = null; reject(new Error(s.src + ": not loaded")); };
        document.head.appendChild(s);
      });
    }
    return vega;
  }

  function draw(figure) {
    var img = figure.querySelector("img.ipc-chart__fallback");
    var view = figure.querySelector(".ipc-chart__view");
    if (!img || !view || figure.hasAttribute("data-drawing")) return;
    figure.setAttribute("data-drawing", "");
    var url = img.getAttribute("src").replace(/\.svg$/, ".vl.json");
    Promise.all([loadVega(), fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    })])
      .then(function (got) {   // data URLs in a spec (a map's TopoJSON) are relative to the spec
        return got[0](view, got[1], { actions: false, renderer: "svg", loader: { baseURL: url.replace(/[^\/]*$/, "") } });
      })
      .then(function () { figure.classList.add("ipc-chart--drawn"); })
      .catch(function (err) { figure.classList.add("ipc-chart--failed"); console.warn(err); });
  }

  function setup() {
    var figures = Array.prototype.slice.call(document.querySelectorAll("figure.ipc-chart"));
    if (!figures.length) return;
    figures.forEach(function (figure) {
      ["pointerenter", "touchstart", "focusin"].forEach(function (type) {
        figure.addEventListener(type, function () { draw(figure); }, { once: true, passive: true });
      });
    });
    var watching = false;
    function watch() {
      if (watching) return;
      watching = true;
      window.removeEventListener("scroll", watch);
      document.removeEventListener("toggle", watch, true);
      if (!("IntersectionObserver" in window)) return figures.forEach(draw);
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) {
          if (e.isIntersecting) { seen.unobserve(e.target); draw(e.target); }
        });
      }, { rootMargin: "200px 0px" });
      figures.forEach(function (figure) { seen.observe(figure); });
    }
    window.addEventListener("scroll", watch, { passive: true });
    document.addEventListener("toggle", watch, true);   // a folded block opened (details)
  }

  if (window.document$ && window.document$.subscribe) window.document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();
