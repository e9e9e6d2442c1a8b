// The request form's map: a click sets the pickup or the dropoff (whichever is chosen), filling
// the coordinate fields; choosing a named place or typing coordinates moves its marker.
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
  var ends = {
    pickup: { color: CabMap.PICKUP, label: "Pickup", marker: null },
    dropoff: { color: CabMap.DROPOFF, label: "Dropoff", marker: null }
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
  function fromFields(end) {
    var chosen = places[field(end).value];
    if (chosen) { place(end, chosen.lat, chosen.lon); return; }
    var lat = parseFloat(field(end + "Lat").value), lon = parseFloat(field(end + "Lon").value);
    if (isFinite(lat) && isFinite(lon)) { place(end, lat, lon); }
  }

  map.on("click", function (ev) {
    var end = mode();
    field(end).value = "";
    field(end + "Lat").value = ev.latlng.lat.toFixed(5);
    field(end + "Lon").value = ev.latlng.lng.toFixed(5);
    place(end, ev.latlng.lat, ev.latlng.lng);
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
      list.forEach(function (p) { places[p.id] = p; });
      fromFields("pickup");
      fromFields("dropoff");
    })
    .catch(function () { /* the map still takes clicks */ });
})();
