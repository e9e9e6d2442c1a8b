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
    new Chart(el, { type: type, data: { labels: labels, datasets: sets }, options: options });
    el.setAttribute("data-drawn", String(sets.length));
  }

  if (data.daily && data.daily.dates) {
    draw("daily-chart", "line", data.daily.dates, Object.keys(data.daily.sources).map(function (s) {
      return { label: NAMES[s] || s, data: data.daily.sources[s], borderColor: COLORS[s],
        borderWidth: 1.5, pointRadius: 0 };
    }), "Trips per day by source (2014 data as published: samples for taxis)", "date",
    "trips per day (log scale)", function (o) {
      // Uber's full month and the taxi samples differ a hundredfold: a log axis shows both.
      o.scales.y = { type: "logarithmic", title: { display: true, text: "trips per day (log scale)" } };
    });
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
    var label = function (a) { return "near " + a.near + " (" + a.nearKm + " km)"; };
    draw("areas-chart", "bar", data.areas.map(label), [{ label: "pickups",
      data: data.areas.map(function (a) { return a.trips; }), backgroundColor: "#b03a2e" }],
    "Busiest pickup areas (H3 res-7 hexagons, named by the nearest landmark)", "pickups",
    "area", function (o) { o.indexAxis = "y"; o.scales.x.beginAtZero = true; });
    var body = document.querySelector("#areas-table tbody");
    data.areas.forEach(function (a, i) {
      var tr = document.createElement("tr");
      [String(i + 1), a.h3, a.near + " (" + a.nearKm + " km)", a.trips.toLocaleString("en-US"),
        a.sharePercent + " %"].forEach(function (text) {
        var td = document.createElement("td"); td.textContent = text; tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }
})();
