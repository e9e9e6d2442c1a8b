// The admin trip map: hexagon heat map frames by hour of week (from /api/admin/heatmap) and the
// live fleet and open requests (from /api/admin/live, every 5 s).
(function () {
  "use strict";
  var el = document.getElementById("heat-map");
  if (!el || typeof L === "undefined") { return; }
  var api = el.getAttribute("data-api");
  var map = CabMap.create(el);
  var renderer = L.canvas({ padding: 0.2 });
  var hexLayer = L.layerGroup().addTo(map);
  var liveLayer = L.layerGroup().addTo(map);
  var $ = function (id) { return document.getElementById(id); };
  var DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () { this.div = L.DomUtil.create("div", "legend"); return this.div; };
  legend.addTo(map);
  var requested = 0;

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function hourLabel(h) {
    var d = Math.floor(h / 24), hh = h % 24;
    return DAYS[d] + " " + pad(hh) + ":00–" + pad(hh + 1) + ":00";
  }
  // Yellow → red on a square-root scale, so quieter cells still show against the busiest.
  function color(share) {
    var t = Math.sqrt(share);
    return "hsl(" + Math.round(50 - 50 * t) + ", 90%, " + Math.round(60 - 20 * t) + "%)";
  }
  function text(node, value) { node.textContent = value; }

  function frame() {
    var hour = $("heat-week").checked ? "all" : $("heat-hour").value;
    text($("heat-label"), hour === "all" ? "the whole week" : hourLabel(Number(hour)));
    var url = api + "heatmap?source=" + encodeURIComponent($("heat-source").value) +
      "&kind=" + $("heat-kind").value + "&res=" + $("heat-res").value + "&hour=" + hour;
    var ticket = ++requested;
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (res) { return res.json().then(function (b) { return { ok: res.ok, body: b }; }); })
      .then(function (r) {
        if (ticket !== requested) { return; }
        if (!r.ok) { text($("heat-summary"), r.body.error || "the map data could not be read"); return; }
        draw(r.body);
      })
      .catch(function (e) { text($("heat-summary"), "the map data could not be read: " + e.message); });
  }

  function draw(f) {
    hexLayer.clearLayers();
    f.cells.forEach(function (c) {
      var share = f.max ? c.trips / f.max : 0;
      L.polygon(c.outline, { renderer: renderer, weight: 0.5, color: "#7a2e12",
        fillColor: color(share), fillOpacity: 0.35 + 0.45 * share })
        .bindTooltip(c.trips.toLocaleString("en-US") + " " + f.kind + "s · " + c.h3)
        .addTo(hexLayer);
    });
    el.setAttribute("data-hexagons", String(f.cells.length));
    text($("heat-summary"), (f.note ? f.note + ". " : "") + f.trips.toLocaleString("en-US") + " " +
      f.kind + "s in " + f.label + " (2014 data), " + f.cells.length + " hexagons drawn" +
      (f.tripsDrawn < f.trips ? " (the busiest; " + (f.trips - f.tripsDrawn) + " trips in quieter cells not drawn)" : "") + ".");
    legend.div.innerHTML = "";
    var title = document.createElement("strong");
    title.textContent = f.kind + "s per hexagon";
    legend.div.appendChild(title);
    [1, 0.5, 0.1].forEach(function (s) {
      var row = document.createElement("div");
      var sw = document.createElement("span");
      sw.style.cssText = "display:inline-block;width:12px;height:12px;margin-right:4px;background:" + color(s);
      row.appendChild(sw);
      row.appendChild(document.createTextNode(Math.round(f.max * s).toLocaleString("en-US")));
      legend.div.appendChild(row);
    });
  }

  function live() {
    if (!$("live-fleet").checked) { liveLayer.clearLayers(); text($("live-summary"), ""); return; }
    fetch(api + "live", { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (res) { if (!res.ok) { throw new Error("HTTP " + res.status); } return res.json(); })
      .then(function (d) {
        liveLayer.clearLayers();
        d.cabs.forEach(function (c) {
          L.circleMarker([c[0], c[1]], { renderer: renderer, radius: c[3] > 4 ? 3 : 2, weight: 0,
            fillColor: c[2] ? "#1f4e9c" : "#2aa876", fillOpacity: 0.9 }).addTo(liveLayer);
        });
        d.open.forEach(function (p) {
          L.circleMarker([p[0], p[1]], { renderer: renderer, radius: 4, color: "#fff", weight: 1,
            fillColor: "#d62728", fillOpacity: 1 }).addTo(liveLayer);
        });
        el.setAttribute("data-cabs", String(d.cabs.length));
        text($("live-summary"), "now: " + d.cabCount + " cabs (" + d.busyCabs + " busy in blue, " +
          (d.cabCount - d.busyCabs) + " free in green), " + d.openCount +
          (d.openCount >= d.openLimit ? "+" : "") + " open requests in red");
      })
      .catch(function (e) { text($("live-summary"), "live data unavailable: " + e.message); });
  }

  var playing = null;
  $("heat-play").addEventListener("click", function () {
    if (playing) { clearInterval(playing); playing = null; text($("heat-play"), "Play"); return; }
    $("heat-week").checked = false;
    text($("heat-play"), "Pause");
    playing = setInterval(function () {
      var s = $("heat-hour"); s.value = String((Number(s.value) + 1) % 168); frame();
    }, 1200);
  });
  // The controls redraw as they change; the form is never sent (no inline handler: the CSP forbids it).
  $("heat-controls").addEventListener("submit", function (e) { e.preventDefault(); });
  ["heat-source", "heat-kind", "heat-res", "heat-week"].forEach(function (id) {
    $(id).addEventListener("change", frame);
  });
  $("heat-hour").addEventListener("input", function () { $("heat-week").checked = false; frame(); });
  $("live-fleet").addEventListener("change", live);
  frame();
  live();
  setInterval(live, 5000);
})();
