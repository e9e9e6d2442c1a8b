// The data-quality page's charts: rejected rows by reason, kept and rejected rows by file, from
// the data the page carries.
(function () {
  "use strict";
  // Log axes: a label at each power of ten only, so that 2, 3, 4 … 9 do not pile up.
  function powersOfTen(value) {
    var p = Math.log10(value);
    return Math.abs(p - Math.round(p)) < 1e-9 ? Number(value).toLocaleString("en-US") : "";
  }
  var files = document.getElementById("files-chart");
  if (files && typeof Chart !== "undefined") {
    var rows = JSON.parse(files.getAttribute("data-files") || "[]");
    // Room for every file's label: 22 px a file.
    files.parentNode.style.height = Math.max(288, 90 + 22 * rows.length) + "px";
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
          x: { type: "logarithmic", title: { display: true, text: "rows (log scale)" },
               ticks: { callback: powersOfTen } },
          y: { title: { display: true, text: "file" }, ticks: { autoSkip: false } }
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
        x: { type: "logarithmic", title: { display: true, text: "rows (log scale)" },
             ticks: { callback: powersOfTen } },
        y: { title: { display: true, text: "reason" }, ticks: { autoSkip: false } }
      }
    }
  });
  canvas.setAttribute("data-drawn", String(reasons.length));
})();
