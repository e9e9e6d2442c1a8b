// The data-quality page's chart: rejected rows by reason, from the data the page carries.
(function () {
  "use strict";
  var canvas = document.getElementById("rejections-chart");
  if (!canvas || typeof Chart === "undefined") { return; }
  var reasons = JSON.parse(canvas.getAttribute("data-reasons") || "[]");
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: reasons.map(function (r) { return r.reason; }),
      datasets: [{ label: "rejected rows", data: reasons.map(function (r) { return r.rows; }),
                   backgroundColor: "#b3261e" }]
    },
    options: {
      indexAxis: "y",
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        title: { display: true, text: "Rejected rows by reason (this run)" },
        legend: { display: false }
      },
      scales: {
        x: { type: "logarithmic", title: { display: true, text: "rows (log scale)" } },
        y: { title: { display: true, text: "reason" } }
      }
    }
  });
  canvas.setAttribute("data-drawn", String(reasons.length));
})();
