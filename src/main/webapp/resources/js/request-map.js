// The request form's map: a click sets the pickup or the dropoff (whichever is chosen), filling
// the coordinate fields; choosing a named place or typing coordinates moves its marker. A clicked
// or typed point is named under its fields ("Midtown Center, Manhattan"), from the portal's map of
// taxi zones (GET /api/map/places/at). A search box per end offers every named place and taxi zone
// by name (GET /api/map/places); "Use my location" fills the pickup from the browser's position.
(function () {
  "use strict";
  // A refused submit lists its errors at the top: start there (screen readers read it, the
  // keyboard goes on from it to the links of the fields).
  var summary = document.getElementById("request:error-summary");
  if (summary) { summary.focus(); }
  var el = document.getElementById("request-map");
  if (!el || typeof L === "undefined") { return; }
  var map = CabMap.create(el);
  var places = {};
  var t = CabMap.texts(el);
  var ends = {
    pickup: { color: CabMap.PICKUP, label: t("script.pickup"), marker: null },
    dropoff: { color: CabMap.DROPOFF, label: t("script.dropoff"), marker: null }
  };

  function field(name) { return document.getElementById("request:" + name); }
  function mode() {
    var checked = document.querySelector("input[name='map-sets']:checked");
    return checked ? checked.value : "pickup";
  }
  function place(end, lat, lon) {
    var e = ends[end];
    if (e.marker) { e.marker.setLatLng([lat, lon]); }
    else { e.marker = CabMap.point([lat, lon], e.color, e.label).addTo(map); }
  }
  function named(end, text) {
    var p = document.getElementById(end + "-named");
    if (p) { p.textContent = text; }
  }
  function nameOf(end, lat, lon) {
    named(end, "");
    fetch(el.getAttribute("data-name-at") + "?lat=" + encodeURIComponent(lat) + "&lon=" +
          encodeURIComponent(lon), { headers: { Accept: "application/json" } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (at) {
        if (!at) { return; }
        named(end, at.name ? t("script.namedAt", ends[end].label, at.name)
                           : t("script.nothingHere", ends[end].label));
      })
      .catch(function () { /* the coordinates still stand */ });
  }
  function fromFields(end) {
    var chosen = places[field(end).value];
    if (chosen) { place(end, chosen.lat, chosen.lon); named(end, ""); return; }
    var lat = parseFloat(field(end + "Lat").value), lon = parseFloat(field(end + "Lon").value);
    if (isFinite(lat) && isFinite(lon)) { place(end, lat, lon); nameOf(end, lat, lon); }
  }

  // A zone (or a place typed by name) sets the coordinates; a named place sets the menu.
  function chooseByName(end, text) {
    var p = byName[text];
    if (!p) { return; }
    if (p.kind === "place") {
      field(end).value = p.id;
    } else {
      field(end).value = "";
      field(end + "Lat").value = p.lat.toFixed(5);
      field(end + "Lon").value = p.lon.toFixed(5);
    }
    fromFields(end);
  }
  var byName = {};
  function label(p) { return p.kind === "place" ? p.name + " (" + p.borough + ")" : p.name + ", " + p.borough; }

  ["pickup", "dropoff"].forEach(function (end) {
    var search = document.getElementById(end + "-search");
    if (search) {
      search.addEventListener("input", function () { chooseByName(end, search.value); });
    }
  });

  var locate = document.getElementById("pickup-locate");
  if (locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener("click", function () {
      named("pickup", t("script.locating"));
      navigator.geolocation.getCurrentPosition(function (pos) {
        field("pickup").value = "";
        field("pickupLat").value = pos.coords.latitude.toFixed(5);
        field("pickupLon").value = pos.coords.longitude.toFixed(5);
        fromFields("pickup");
      }, function (err) {
        named("pickup", t(err.code === 1 ? "script.noLocation.denied" : "script.noLocation.unavailable"));
      }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    });
  }

  map.on("click", function (ev) {
    var end = mode();
    field(end).value = "";
    field(end + "Lat").value = ev.latlng.lat.toFixed(5);
    field(end + "Lon").value = ev.latlng.lng.toFixed(5);
    place(end, ev.latlng.lat, ev.latlng.lng);
    nameOf(end, ev.latlng.lat.toFixed(5), ev.latlng.lng.toFixed(5));
    if (end === "pickup") {
      var dropoff = document.getElementById("map-sets-dropoff");
      if (dropoff) { dropoff.checked = true; }
    }
  });
  ["pickup", "dropoff"].forEach(function (end) {
    [end, end + "Lat", end + "Lon"].forEach(function (name) {
      var f = field(name);
      if (f) { f.addEventListener("change", function () { fromFields(end); }); }
    });
  });

  fetch(el.getAttribute("data-places"), { headers: { Accept: "application/json" } })
    .then(function (res) { return res.json(); })
    .then(function (list) {
      var options = document.getElementById("place-list");
      list.forEach(function (p) {
        if (p.kind !== "zone") { places[p.id] = p; }
        byName[label(p)] = p;
        if (options) {
          var o = document.createElement("option");
          o.value = label(p);
          options.appendChild(o);
        }
      });
      fromFields("pickup");
      fromFields("dropoff");
    })
    .catch(function () { /* the map still takes clicks */ });
})();
