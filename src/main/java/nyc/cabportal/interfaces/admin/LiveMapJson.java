package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import nyc.cabportal.application.admin.LiveMap;
import nyc.cabportal.domain.operations.CabPosition;
import nyc.cabportal.domain.place.GeoPoint;

/**
 * The live map's data: every cab as {@code [lat, lon, busy, seats]} and the waiting rides as {@code
 * [lat, lon]}, arrays rather than objects because the map asks for it every 5 s.
 */
final class LiveMapJson {

  private LiveMapJson() {}

  static JsonObject of(LiveMap live) {
    JsonArrayBuilder cabs = JSON.createArrayBuilder();
    for (CabPosition c : live.cabs()) {
      cabs.add(
          JSON.createArrayBuilder()
              .add(round5(c.lat()))
              .add(round5(c.lon()))
              .add(c.busyAt(live.at()) ? 1 : 0)
              .add(c.seats()));
    }
    JsonArrayBuilder open = JSON.createArrayBuilder();
    for (GeoPoint p : live.waiting()) {
      open.add(JSON.createArrayBuilder().add(p.lat()).add(p.lon()));
    }
    return JSON.createObjectBuilder()
        .add("at", live.at().toString())
        .add("cabs", cabs)
        .add("cabCount", live.cabs().size())
        .add("busyCabs", live.busyCabs())
        .add("open", open)
        .add("openCount", live.waiting().size())
        .add("openLimit", live.limit())
        .add("openWindowMinutes", live.window().toMinutes())
        .build();
  }

  /** 5 decimals: about a metre, plenty for a dot on a city map, and a third less to send. */
  private static double round5(double v) {
    return Math.round(v * 1e5) / 1e5;
  }
}
