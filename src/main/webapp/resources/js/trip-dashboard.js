// The trip-data dashboard's charts, from the series the page carries.
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  var COLORS = { yellow: "#e0a800", green: "#1f7a3a", uber: "#222", Monday: "#1f77b4",
    Tuesday: "#ff7f0e", Wednesday: "#2ca02c", Thursday: "#d62728", Friday: "#9467bd",
    Saturday: "#8c564b", Sunday: "#e377c2" };
  function series(id) {
    var el = document.getElementById(id);
    return el ? { el: el, data: JSON.parse(el.getAttribute("data-series") || "{}") } : null;
  }
  function chart(el, labels, sets, title, xTitle, yTitle) {
    new Chart(el, {
      type: "line",
      data: { labels: labels, datasets: sets },
      options: {
        animation: false, maintainAspectRatio: false, pointRadius: 0,
        plugins: { title: { display: true, text: title } },
        scales: { x: { title: { display: true, text: xTitle } },
                  y: { beginAtZero: true, title: { display: true, text: yTitle } } }
      }
    });
    el.setAttribute("data-drawn", String(sets.length));
  }
  var daily = series("daily-chart");
  if (daily && daily.data.dates) {
    chart(daily.el, daily.data.dates, Object.keys(daily.data.sources).map(function (s) {
      return { label: s, data: daily.data.sources[s], borderColor: COLORS[s], borderWidth: 1.5 };
    }), "Trips per day by source (data-prep sample)", "date", "trips per day");
  }
  var hourly = series("hourly-chart");
  if (hourly && hourly.data.weekdays) {
    var hours = []; for (var h = 0; h < 24; h++) { hours.push(h + "h"); }
    chart(hourly.el, hours, Object.keys(hourly.data.weekdays).map(function (d) {
      return { label: d, data: hourly.data.weekdays[d], borderColor: COLORS[d], borderWidth: 1.5 };
    }), "Trips by hour of day (New York time), each day of the week", "hour of day", "trips");
  }
})();
