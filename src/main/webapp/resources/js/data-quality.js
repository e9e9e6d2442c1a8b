// The data-quality page's charts: rejected rows by reason, kept and rejected rows by file, from
// the data the page carries.
(function () {
  "use strict";
  var files = document.getElementById("files-chart");
  if (files && typeof Chart !== "undefined") {
    var rows = JSON.parse(files.getAttribute("data-files") || "[]");
    new Chart(files, {
      type: "bar",
      data: {
        labels: rows.map(function (f) { return f.file; }),
        datasets: [
          { label: "kept", data: rows.map(function (f) { return f.kept; }), backgroundColor: "#1f7a3a" },
          { label: "rejected", data: rows.map(function (f) { return f.rejected; }), backgroundColor: "#b3261e" }
        ]
      },
      options: {
        indexAxis: "y", animation: false, maintainAspectRatio: false,
        plugins: { title: { display: true, text: "Kept and rejected rows by file (files that read rows in this run)" } },
        scales: {
          x: { type: "logarithmic", title: { display: true, text: "rows (log scale)" } },
          y: { title: { display: true, text: "file" } }
        }
      }
    });
    files.setAttribute("data-drawn", String(rows.length));
  }
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
