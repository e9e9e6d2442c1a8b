// Follows one ride on the status page: polls GET /api/rides/{id} until the ride is answered and
// renders it. Every value goes through textContent, so nothing from the API is parsed as HTML.
(function () {
  "use strict";
  var root = document.getElementById("ride");
  if (!root) { return; }
  var url = root.getAttribute("data-api") + encodeURIComponent(root.getAttribute("data-ride-id"));
  var FINAL = { DISPATCHED: 1, NO_CAB: 1, REJECTED: 1, FAILED: 1, CANCELLED: 1 };
  var usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  var intervalMs = 250, failures = 0;

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value == null ? "" : String(value); }
  }
  function show(id, visible) {
    var el = document.getElementById(id);
    if (el) { el.classList.toggle("hidden", !visible); }
  }

  function render(ride) {
    var status = document.getElementById("status");
    status.textContent = ride.status;
    status.className = "status status-" + ride.status;
    text("status-reason", ride.statusReason || "");
    show("spinner", !FINAL[ride.status]);
    show("cancel", ride.status === "QUEUED");
    var r = ride.result;
    if (r && r.fare) {
      text("cab", r.cab ? r.cab.id : "assigned at pickup (no fleet yet)");
      text("fare", usd.format(r.fare.p10) + " – " + usd.format(r.fare.p90) +
        " (typical " + usd.format(r.fare.p50) + ")");
      text("duration", Math.round(r.durationSeconds / 60) + " min");
      text("distance", r.distanceKm.toFixed(1) + " km (" + (r.distanceKm / 1.609344).toFixed(1) + " mi)");
      text("basis", r.basis ? r.basis.detail : "");
      show("result", true);
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" })
      .then(function (res) {
        if (!res.ok) { throw new Error("HTTP " + res.status); }
        return res.json();
      })
      .then(function (ride) {
        failures = 0;
        render(ride);
        if (!FINAL[ride.status]) { setTimeout(poll, intervalMs); }
      })
      .catch(function () {
        failures++;
        text("status-reason", "Connection problem; retrying…");
        setTimeout(poll, Math.min(5000, intervalMs * Math.pow(2, failures)));
      });
  }

  var cancel = document.getElementById("cancel");
  if (cancel) {
    cancel.addEventListener("click", function () {
      cancel.disabled = true;
      fetch(url, { method: "DELETE", headers: { Accept: "application/json" } })
        .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, body: body }; }); })
        .then(function (r) {
          if (r.ok) { render(r.body); } else { text("status-reason", r.body.error); }
        })
        .catch(function () { text("status-reason", "Could not cancel; please try again."); })
        .then(function () { cancel.disabled = false; });
    });
  }

  if (!FINAL[document.getElementById("status").textContent.trim()]) { poll(); }
})();
