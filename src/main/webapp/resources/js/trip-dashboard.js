// The trip-data dashboard's charts, from the data the page carries (#trip-data data-charts).
(function () {
  "use strict";
  var holder = document.getElementById("trip-data");
  var select = document.getElementById("source");
  if (select) { select.value = select.getAttribute("data-selected") || "all"; }
  if (typeof Chart === "undefined" || !holder) { return; }
  var data = JSON.parse(holder.getAttribute("data-charts") || "{}");
  var COLORS = { yellow: "#e0a800", green: "#1f7a3a", uber: "#222", Monday: "#1f77b4",
    Tuesday: "#ff7f0e", Wednesday: "#2ca02c", Thursday: "#d62728", Friday: "#9467bd",
    Saturday: "#8c564b", Sunday: "#e377c2" };
  var NAMES = { yellow: "Yellow taxi", green: "Green taxi", uber: "Uber" };

  function draw(id, type, labels, sets, title, xTitle, yTitle, extra) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var options = {
      animation: false, maintainAspectRatio: false,
      plugins: { title: { display: true, text: title }, legend: { display: sets.length > 1 } },
      scales: { x: { title: { display: true, text: xTitle } },
                y: { beginAtZero: true, title: { display: true, text: yTitle } } }
    };
    if (extra) { extra(options); }
    var chart = new Chart(el, { type: type, data: { labels: labels, datasets: sets }, options: options });
    el.setAttribute("data-drawn", String(sets.length));
    return chart;
  }

  // Fewer trips than this in the range: a source's curves and histograms are noise, and say so.
  var TOO_FEW = 100;
  var sum = function (a) { return a.reduce(function (x, y) { return x + y; }, 0); };

  // What each source contributes to the range: its trips, its share, the days it covers.
  function makeup(sources) {
    var body = document.querySelector("#makeup tbody");
    if (!body) { return; }
    var all = 0;
    Object.keys(sources).forEach(function (s) { all += sum(sources[s]); });
    Object.keys(sources).forEach(function (s) {
      var trips = sum(sources[s]);
      var days = sources[s].filter(function (n) { return n > 0; }).length;
      var tr = document.createElement("tr");
      tr.setAttribute("data-source", s);
      [NAMES[s] || s, trips.toLocaleString("en-US"),
        (all ? (100 * trips / all).toFixed(1) : "0") + " %", String(days),
        days ? Math.round(trips / days).toLocaleString("en-US") : "—",
        trips >= TOO_FEW ? "yes" : "no: " + trips + " trips are too few to draw a curve"
      ].forEach(function (text, i) {
        var td = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) { td.setAttribute("scope", "row"); }
        td.textContent = text; tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  var dailyChart = null;
  function daily(share) {
    var sources = data.daily.sources;
    if (dailyChart) { dailyChart.destroy(); }
    dailyChart = draw("daily-chart", "line", data.daily.dates, Object.keys(sources).map(function (s) {
      var total = sum(sources[s]) || 1;
      return { label: NAMES[s] || s, borderColor: COLORS[s], borderWidth: 1.5, pointRadius: 0,
        data: share ? sources[s].map(function (n) { return +(100 * n / total).toFixed(3); })
                    : sources[s] };
    }), share ? "Each source's trips per day as a share of its trips in the range"
              : "Trips per day by source (2014 data as published: samples for taxis)", "date",
    share ? "share of the source's trips (%)" : "trips per day (log scale)", function (o) {
      // Uber's full month and the taxi samples differ a hundredfold: a log axis shows both.
      if (!share) {
        o.scales.y = { type: "logarithmic", title: { display: true, text: "trips per day (log scale)" } };
      }
    });
  }

  if (data.daily && data.daily.dates) {
    makeup(data.daily.sources);
    daily(false);
    var shareBox = document.getElementById("daily-share");
    if (shareBox) { shareBox.addEventListener("change", function () { daily(shareBox.checked); }); }
  }
  if (data.hourly) {
    var hours = []; for (var h = 0; h < 24; h++) { hours.push(h + "h"); }
    draw("hourly-chart", "line", hours, Object.keys(data.hourly).map(function (d) {
      return { label: d, data: data.hourly[d], borderColor: COLORS[d], borderWidth: 1.5,
        pointRadius: 0 };
    }), "Trips by hour of day (New York time), each day of the week", "hour of day (h)",
    "trips");
  }

  var noFares = document.getElementById("no-fares");
  if (noFares) { noFares.hidden = data.taxi !== false; }
  Array.prototype.forEach.call(document.querySelectorAll("canvas.distribution"), function (el) {
    var m = data.distributions && data.distributions[el.getAttribute("data-measure")];
    if (!m) { return; }
    var labels = m.counts.map(function (_, i) {
      var lo = i * m.binWidth;
      return i === m.counts.length - 1 ? "≥ " + lo : lo + "–" + (lo + m.binWidth);
    });
    draw(el.id, "bar", labels, [{ label: "trips", data: m.counts, backgroundColor: "#4f7cac",
      barPercentage: 1, categoryPercentage: 1 }],
      m.title + " (" + m.unit + "): median " + m.p50 + ", middle half " + m.p25 + "–" + m.p75 +
      ", " + m.trips.toLocaleString("en-US") + " trips", m.title.toLowerCase() + " (" + m.unit + ")",
      "trips");
  });

  if (data.tips && data.tips.length) {
    draw("tips-chart", "bar", data.tips.map(function (t) {
      return t.paymentType + " (" + t.trips.toLocaleString("en-US") + " trips)";
    }), [
      { label: "tips as % of fares", data: data.tips.map(function (t) { return t.tipPercentOfFare; }),
        backgroundColor: "#1f7a3a" },
      { label: "% of trips with a tip", data: data.tips.map(function (t) { return t.tippedPercent; }),
        backgroundColor: "#e0a800" }
    ], "Tip share by payment type (taxis)", "payment type", "percent (%)");
  }

  if (data.areas && data.areas.length) {
    // The taxi zone of the hexagon's centre, else (water, no zone map) its nearest landmark.
    var label = function (a) { return a.zone || "near " + a.near + " (" + a.nearKm + " km)"; };
    draw("areas-chart", "bar", data.areas.map(label), [{ label: "pickups",
      data: data.areas.map(function (a) { return a.trips; }), backgroundColor: "#b03a2e" }],
    "Busiest pickup areas (H3 res-7 hexagons, named by the taxi zone of their centre)", "pickups",
    "area", function (o) { o.indexAxis = "y"; o.scales.x.beginAtZero = true; });
    var body = document.querySelector("#areas-table tbody");
    data.areas.forEach(function (a, i) {
      var tr = document.createElement("tr");
      [String(i + 1), a.h3, (a.zone ? a.zone + " — " : "") + "near " + a.near + " (" + a.nearKm + " km)",
        a.trips.toLocaleString("en-US"),
        a.sharePercent + " %"].forEach(function (text) {
        var td = document.createElement("td"); td.textContent = text; tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  // A chart with nothing to draw says why instead of standing as a blank box.
  var trips = data.daily && data.daily.sources
    ? Object.keys(data.daily.sources).reduce(function (n, s) { return n + sum(data.daily.sources[s]); }, 0)
    : 0;
  Array.prototype.forEach.call(document.querySelectorAll(".chart-box canvas"), function (el) {
    if (el.hasAttribute("data-drawn")) { return; }
    var why = trips === 0 ? "No trips of this source in this date range: choose another range or source."
      : data.taxi === false && el.id !== "areas-chart"
        ? "Uber's 2014 data holds pickups only: nothing to chart here."
        : "No taxi trips in this date range for this chart.";
    var note = document.createElement("p");
    note.className = "empty-chart";
    note.textContent = why;
    el.hidden = true;
    el.setAttribute("data-empty", why);
    el.parentNode.appendChild(note);
  });
})();
