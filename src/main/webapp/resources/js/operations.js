// The live-operations page: charts of the last 30 minutes, read again every 5 s.
(function () {
  "use strict";
  var holder = document.getElementById("ops");
  if (!holder || typeof Chart === "undefined") { return; }
  var url = holder.getAttribute("data-api");
  var charts = {};
  var $ = function (id) { return document.getElementById(id); };
  var COLORS = { DISPATCHED: "#1f7a3a", NO_CAB: "#e0a800", REJECTED: "#8c564b", FAILED: "#d62728" };

  function hhmm(iso) { var d = new Date(iso); return d.toTimeString().slice(0, 5); }
  function ms(v) { return v == null ? "–" : v >= 1000 ? (v / 1000).toFixed(1) + " s" : Math.round(v) + " ms"; }

  function chart(id, type, title, yTitle, labels, sets, stacked) {
    var c = charts[id];
    if (c) {
      c.data.labels = labels;
      sets.forEach(function (s, i) { c.data.datasets[i].data = s.data; });
      c.update("none");
    } else {
      charts[id] = new Chart($(id), {
        type: type,
        data: { labels: labels, datasets: sets },
        options: {
          animation: false, maintainAspectRatio: false, spanGaps: false,
          plugins: { title: { display: true, text: title }, legend: { display: sets.length > 1 } },
          scales: { x: { stacked: !!stacked, title: { display: true, text: "minute (your time)" } },
                    y: { stacked: !!stacked, beginAtZero: true, title: { display: true, text: yTitle } } }
        }
      });
    }
    $(id).setAttribute("data-drawn", String(sets.length));
  }
  function line(label, data, color) {
    return { label: label, data: data, borderColor: color, backgroundColor: color, borderWidth: 1.5,
      pointRadius: 2 };
  }
  function last(values) {
    for (var i = values.length - 1; i >= 0; i--) { if (values[i] != null) { return values[i]; } }
    return null;
  }

  function draw(d) {
    var labels = d.minutes.map(hhmm);
    chart("requests-chart", "bar", "Requests per minute (Spark: 1-min windows on Kafka time, 2-min watermark)",
      "requests / min", labels, [{ label: "requests", data: d.requests, backgroundColor: "#4f7cac" }]);
    chart("latency-chart", "line", "End-to-end latency, accepted → answered", "latency (ms)", labels, [
      line("p50", d.latencyP50Ms, "#2ca02c"), line("p95", d.latencyP95Ms, "#ff7f0e"),
      line("p99", d.latencyP99Ms, "#d62728")]);
    chart("lag-chart", "line", "Queue lag: longest wait in Kafka before a batch took it", "lag (ms)",
      labels, [line("max queue lag", d.queueLagMs, "#9467bd")]);
    chart("batch-size-chart", "line", "Micro-batch sizes", "records per batch", labels, [
      line("mean", d.meanBatch, "#1f77b4"), line("largest", d.maxBatch, "#17becf")]);
    chart("batch-time-chart", "line", "Micro-batch durations (decode, match, store)", "duration (ms)",
      labels, [line("mean", d.meanBatchMs, "#1f77b4"), line("longest", d.maxBatchMs, "#d62728")]);
    chart("outcomes-chart", "bar", "Outcomes per minute", "rides / min", labels,
      Object.keys(d.outcomes).map(function (o) {
        return { label: o, data: d.outcomes[o], backgroundColor: COLORS[o] };
      }), true);
    chart("fleet-chart", "line", "Fleet utilisation: busy cabs", "busy cabs (%)", labels,
      [line("busy", d.utilisationPercent, "#1f4e9c")]);
    var n = d.requests.length;
    $("tile-requests").textContent = n > 1 ? String(d.requests[n - 2]) : "–";
    $("tile-p95").textContent = ms(last(d.latencyP95Ms));
    $("tile-answered").textContent = d.answered.toLocaleString("en-US");
    if (d.last) {
      $("tile-lag").textContent = ms(d.last.queueLagMs);
      $("tile-fleet").textContent = d.last.cabs ?
        Math.round(100 * d.last.busyCabs / d.last.cabs) + " % of " + d.last.cabs : "–";
      $("tile-last").textContent = d.last.records + " at " + new Date(d.last.at).toTimeString().slice(0, 8);
    }
    holder.setAttribute("data-refreshed", d.at);
  }

  function refresh() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (res) { return res.json().then(function (b) { return { ok: res.ok, body: b }; }); })
      .then(function (r) {
        if (!r.ok) { throw new Error(r.body.error || "HTTP error"); }
        $("ops-problem").textContent = "";
        draw(r.body);
      })
      .catch(function (e) { $("ops-problem").textContent = "Could not read the live data: " + e.message; });
  }
  refresh();
  setInterval(refresh, 5000);
})();
