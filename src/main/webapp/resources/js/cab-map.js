// The portal's maps: Leaflet with the borough outlines the portal serves, so a map works with no
// internet; a street basemap only if the page names a tile URL (MAP_TILES_URL).
var CabMap = (function () {
  "use strict";
  var NYC = [40.7128, -73.95];

  function create(el) {
    var map = L.map(el, { zoomControl: true, attributionControl: true }).setView(NYC, 10);
    var tiles = el.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: el.getAttribute("data-attribution") || "" }).addTo(map);
    } else {
      map.attributionControl.addAttribution("Borough outlines: NYC Department of City Planning");
    }
    // The outlines in a pane of their own under the overlays (Leaflet's overlay pane is at 400),
    // so that heat-map hexagons and trip lines draw over the boroughs' fill, not under it.
    map.createPane("outlines").style.zIndex = 350;
    fetch(el.getAttribute("data-boroughs"), { headers: { Accept: "application/geo+json" } })
      .then(function (res) {
        if (!res.ok) { throw new Error("HTTP " + res.status); }
        return res.json();
      })
      .then(function (geojson) {
        L.geoJSON(geojson, {
          pane: "outlines",
          style: { color: "#44546a", weight: 1, fillColor: "#dfe6ee", fillOpacity: tiles ? 0.1 : 0.6 },
          onEachFeature: function (f, layer) { layer.bindTooltip(f.properties.name, { sticky: true }); }
        }).addTo(map).bringToBack();
        el.setAttribute("data-boroughs-drawn", String(geojson.features.length));
      })
      .catch(function (e) { el.setAttribute("data-boroughs-error", e.message); });
    return map;
  }

  function point(latlng, color, label) {
    return L.circleMarker(latlng, {
      radius: 8, color: "#fff", weight: 2, fillColor: color, fillOpacity: 1
    }).bindTooltip(label, { permanent: false });
  }

  // The rider's texts the page hands its script (RiderText, JSON in data-text), as a function:
  // t("script.toPickup", 9) fills {0} of "{0} min from the pickup".
  function texts(el) {
    var all = JSON.parse((el && el.getAttribute("data-text")) || "{}");
    return function (key) {
      var args = Array.prototype.slice.call(arguments, 1);
      var s = all[key] == null ? key : all[key];
      return s.replace(/\{(\d+)\}/g, function (m, i) { return args[i] == null ? m : String(args[i]); });
    };
  }

  return { create: create, point: point, texts: texts, PICKUP: "#1f7a3a", DROPOFF: "#b3261e", CAB: "#f2b705" };
})();
