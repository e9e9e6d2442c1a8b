// Follows one ride on the status page until it is answered: the server pushes the ride as
// server-sent events (GET /api/rides/{id}/events: the ride now, then its answer); where no stream
// can be kept, the page polls GET /api/rides/{id} instead. It renders the ride, on the map too:
// pickup, dropoff, the trip line, and once dispatched the cab and its way to the pickup. Every
// value goes through textContent, so nothing from the API is parsed as HTML.
(function () {
  "use strict";
  var root = document.getElementById("ride");
  if (!root) { return; }
  var url = root.getAttribute("data-api") + encodeURIComponent(root.getAttribute("data-ride-id"));
  var FINAL = { DISPATCHED: 1, NO_CAB: 1, REJECTED: 1, FAILED: 1, CANCELLED: 1 };
  var usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  var intervalMs = 250, failures = 0;
  var mapEl = document.getElementById("ride-map");
  var map = mapEl && typeof L !== "undefined" ? CabMap.create(mapEl) : null;
  var drawn = { trip: false, cab: false };
  var cabMarker = null, ticker = null;
  // Every text from the page's bundle (RiderText); the status code stays in data-status for
  // styles and tests.
  var t = CabMap.texts(document.getElementById("status"));

  function draw(ride) {
    if (!map) { return; }
    var from = [ride.pickup.lat, ride.pickup.lon], to = [ride.dropoff.lat, ride.dropoff.lon];
    if (!drawn.trip) {
      L.polyline([from, to], { color: "#44546a", weight: 3, dashArray: "6 6" }).addTo(map);
      CabMap.point(from, CabMap.PICKUP, t("script.pickup")).addTo(map);
      CabMap.point(to, CabMap.DROPOFF, t("script.dropoff")).addTo(map);
      map.fitBounds(L.latLngBounds([from, to]).pad(0.2));
      drawn.trip = true;
    }
    var cab = ride.status === "DISPATCHED" && ride.result && ride.result.cab;
    if (cab && !drawn.cab) {
      var at = [cab.lat, cab.lon];
      L.polyline([at, from], { color: "#c99400", weight: 4 }).addTo(map);
      cabMarker = CabMap.point(at, CabMap.CAB, t("script.cab", cab.id)).addTo(map);
      map.fitBounds(L.latLngBounds([from, to, at]).pad(0.2));
      drawn.cab = true;
      mapEl.setAttribute("data-cab-drawn", cab.id);
    }
  }

  // After dispatch the estimate is played forward (CabProgress on the server says the same): the
  // cab moves along the straight line to the pickup over its ETA, then to the dropoff over the
  // trip's time, and the row under "Your cab is" counts down. No cab reports its position: this
  // is the estimate's clock, not a tracked cab. The rider may cancel until the cab reaches the
  // pickup; a cancelled ride's cab stops where it was (where the worker frees it, too).
  function playForward(ride) {
    var r = ride.result;
    if (ride.status !== "DISPATCHED" && ticker) {
      clearInterval(ticker);
      ticker = null;
      if (mapEl) { mapEl.setAttribute("data-cab-phase", "stopped"); }
    }
    if (ticker || ride.status !== "DISPATCHED" || !r || !r.cab || r.pickupEtaSeconds == null) { return; }
    var dispatched = Date.parse(ride.timings && ride.timings.dispatchedAt);
    var start = isFinite(dispatched) ? Math.min(dispatched, Date.now()) : Date.now();
    var cab = [r.cab.lat, r.cab.lon], from = [ride.pickup.lat, ride.pickup.lon],
        to = [ride.dropoff.lat, ride.dropoff.lon];
    var eta = r.pickupEtaSeconds, trip = r.durationSeconds || 0;
    function along(a, b, f) { return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f]; }
    function minutes(s) { return Math.max(1, Math.round(s / 60)); }
    function tick() {
      var s = Math.max(0, (Date.now() - start) / 1000), phase, at;
      show("cancel", s < eta);
      // Until the pickup the ride may be cancelled elsewhere (another tab, the API): look again
      // now and then; every portal server answers from the store within a second of it.
      if (s < eta && ++sinceCheck >= RECHECK_TICKS) { sinceCheck = 0; recheck(); }
      if (s < eta) {
        phase = "to-pickup"; at = along(cab, from, eta > 0 ? s / eta : 1);
        text("eta", t("script.toPickup", minutes(eta - s)));
      } else if (s < eta + trip) {
        phase = "on-trip"; at = along(from, to, (s - eta) / trip);
        text("eta", t("script.onTrip", minutes(eta + trip - s)));
      } else {
        phase = "arrived"; at = to;
        text("eta", t("script.arrived"));
        clearInterval(ticker);
      }
      if (cabMarker) { cabMarker.setLatLng(at); }
      if (mapEl) {
        mapEl.setAttribute("data-cab-phase", phase);
        mapEl.setAttribute("data-cab-at", at[0].toFixed(7) + "," + at[1].toFixed(7));
      }
    }
    tick();
    ticker = setInterval(tick, 1000);
  }

  var RECHECK_TICKS = 15, sinceCheck = 0;
  function recheck() {
    fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (ride) { if (ride && ride.status !== "DISPATCHED") { render(ride); } })
      .catch(function () { /* the next look will do */ });
  }

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value == null ? "" : String(value); }
  }
  function show(id, visible) {
    var el = document.getElementById(id);
    if (el) { el.classList.toggle("hidden", !visible); }
  }

  // NO_CAB: back to the form with this trip filled in, one click from asking again.
  function retryLink(ride) {
    var retry = document.getElementById("retry");
    if (!retry) { return; }
    if (ride.status === "NO_CAB") {
      var q = {
        pickupPlace: "", pickupLat: ride.pickup.lat, pickupLon: ride.pickup.lon,
        dropoffPlace: "", dropoffLat: ride.dropoff.lat, dropoffLon: ride.dropoff.lon,
        passengers: ride.passengers
      };
      if (ride.pickupAt) { q.pickupAt = ride.pickupAt; }
      retry.href = retry.getAttribute("data-form") + "?" + Object.keys(q).map(function (k) {
        return encodeURIComponent(k) + "=" + encodeURIComponent(q[k]);
      }).join("&");
    }
    show("retry", ride.status === "NO_CAB");
  }

  // The trip time as the status page's bean words it: its range where the result has one (a result
  // of an older worker has only durationSeconds).
  function minutes(r) {
    var typical = Math.round(r.durationSeconds / 60);
    if (!r.duration) { return t("script.minutes", typical); }
    var fast = Math.round(r.duration.p10 / 60), slow = Math.round(r.duration.p90 / 60);
    return fast === slow ? t("script.minutes", typical) : t("script.minutesRange", fast, slow, typical);
  }

  function render(ride) {
    var status = document.getElementById("status");
    status.textContent = t("status." + ride.status);
    status.setAttribute("data-status", ride.status);
    status.className = "status status-" + ride.status;
    text("status-reason", ride.statusReason || "");
    // A rider's own cancellation is news, not an error.
    document.getElementById("status-reason").classList.toggle("neutral", ride.status === "CANCELLED");
    show("spinner", !FINAL[ride.status]);
    // A dispatched ride's button follows the cab: the ticker hides it at the pickup.
    show("cancel", ride.status === "QUEUED" || (ride.status === "DISPATCHED" && !!ticker));
    retryLink(ride);
    var r = ride.result;
    if (r && r.fare) {
      // Without a cab (NO_CAB) there is no cab and no arrival to show, only the estimate.
      show("cab-row", !!r.cab && ride.status === "DISPATCHED");
      text("cab", r.cab ? (r.pickupDistanceKm != null ? t("script.cabAway", r.cab.id, r.pickupDistanceKm.toFixed(1)) : r.cab.id) : "");

      // A fixed fare (the tariff's JFK flat fare) is one figure, not a range.
      text("fare", r.fare.p10 === r.fare.p90
        ? t("script.fixedFare", usd.format(r.fare.p50))
        : t("script.fareRange", usd.format(r.fare.p10), usd.format(r.fare.p90), usd.format(r.fare.p50)));
      text("duration", minutes(r));
      text("distance", t("script.distance", r.distanceKm.toFixed(1), (r.distanceKm / 1.609344).toFixed(1)));
      text("basis", r.basis ? r.basis.detail : "");
      show("result", true);
    }
    draw(ride);
    playForward(ride);
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
        text("status-reason", t("script.retrying"));
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
        .catch(function () { text("status-reason", t("script.cancelFailed")); })
        .then(function () { cancel.disabled = false; });
    });
  }

  // The stream's first event is the ride as it is (the map needs its coordinates even when it is
  // answered already). EventSource reconnects by itself when the server ends a stream that waited
  // long; only a stream refused outright (no EventSource, an error status) falls back to polling.
  function follow() {
    if (typeof EventSource === "undefined") { poll(); return; }
    var stream = new EventSource(url + "/events");
    stream.addEventListener("ride", function (e) {
      var ride = JSON.parse(e.data);
      render(ride);
      if (FINAL[ride.status]) { stream.close(); }
    });
    stream.onerror = function () {
      if (stream.readyState === EventSource.CLOSED) { poll(); }
    };
  }

  follow();
})();
