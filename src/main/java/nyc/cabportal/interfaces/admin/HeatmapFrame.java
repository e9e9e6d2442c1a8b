package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import com.mongodb.client.model.Filters;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nyc.cabportal.domain.tripdata.BusiestAreas;
import nyc.cabportal.domain.tripdata.HourOfWeek;
import nyc.cabportal.domain.tripdata.TripSource;
import nyc.cabportal.infrastructure.H3Hexagons;
import nyc.cabportal.infrastructure.mongo.ServingTableCache;
import nyc.cabportal.infrastructure.mongo.SharedCollections;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One frame of the hexagon heat map: the H3 cells where trips of the chosen sources started (or
 * ended) in one hour of the week, or over the whole week, with their outlines, busiest first. Read
 * from data prep's {@code heatmap_cells} (one document per source and frame).
 */
final class HeatmapFrame {

  /** The busiest cells drawn; the rest (a handful of trips each) are counted, not drawn. */
  static final int MAX_CELLS = 2500;

  final List<TripSource> sources;
  final String kind;
  final int res;
  final String hour;

  /**
   * @throws IllegalArgumentException naming the parameter that is wrong and what it may be
   */
  HeatmapFrame(String source, String kind, String res, String hour) {
    this.sources = TripSource.select(source);
    String k = kind == null ? "pickup" : kind.strip().toLowerCase(Locale.ROOT);
    if (!k.equals("pickup") && !k.equals("dropoff")) {
      throw new IllegalArgumentException("kind must be pickup or dropoff: not " + kind);
    }
    this.kind = k;
    String r = res == null ? "8" : res.strip();
    if (!r.equals("7") && !r.equals("8")) {
      throw new IllegalArgumentException("res must be 7 or 8 (H3 resolution): not " + res);
    }
    this.res = Integer.parseInt(r);
    String h = hour == null || hour.isBlank() ? "all" : hour.strip();
    if (!h.equals("all")) {
      try {
        new HourOfWeek(Integer.parseInt(h));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "hour must be all or an hour of the week 0–167 (0 = Monday 0h): not " + hour);
      }
    }
    this.hour = h;
  }

  /**
   * Outlines every cell of the whole-week frames, which hold every cell any hour names: the first
   * look at an hour then costs a lookup per cell instead of an H3 call (measured: 30 ms for an Uber
   * res-8 frame of 500 new cells).
   */
  static int outlineEveryCell(ServingTableCache tables, H3Hexagons hexagons) {
    int n = 0;
    for (Document d :
        tables.find(SharedCollections.HEATMAP_CELLS, Filters.eq("hourOfWeek", "all"))) {
      for (Document c : d.getList("cells", Document.class, List.of())) {
        hexagons.outline(c.getString("h3"));
        n++;
      }
    }
    return n;
  }

  String key() {
    return "heatmap|" + sources + "|" + kind + "|" + res + "|" + hour;
  }

  JsonObject read(ServingTableCache tables, H3Hexagons hexagons) {
    // One lookup by _id per source, side by side: the store finds each by its key.
    List<Bson> ids = new ArrayList<>();
    for (TripSource s : sources) {
      ids.add(Filters.eq("_id", s.key() + "|" + kind + "|r" + res + "|" + hour));
    }
    BusiestAreas cells = new BusiestAreas();
    for (Document d : tables.findEach(SharedCollections.HEATMAP_CELLS, ids)) {
      for (Document c : d.getList("cells", Document.class, List.of())) {
        cells.add(c.getString("h3"), ((Number) c.get("trips")).longValue());
      }
    }
    List<BusiestAreas.Area> top = cells.top(MAX_CELLS);
    JsonArrayBuilder out = JSON.createArrayBuilder();
    long drawn = 0;
    for (BusiestAreas.Area a : top) {
      JsonArrayBuilder outline = JSON.createArrayBuilder();
      for (double[] corner : hexagons.outline(a.h3())) {
        outline.add(JSON.createArrayBuilder().add(corner[0]).add(corner[1]));
      }
      out.add(
          JSON.createObjectBuilder()
              .add("h3", a.h3())
              .add("trips", a.trips())
              .add("outline", outline));
      drawn += a.trips();
    }
    String label =
        hour.equals("all") ? "the whole week" : new HourOfWeek(Integer.parseInt(hour)).label();
    var frame =
        JSON.createObjectBuilder()
            .add("kind", kind)
            .add("res", res)
            .add("hour", hour)
            .add("label", label)
            .add("trips", cells.total())
            .add("tripsDrawn", drawn)
            .add("max", top.isEmpty() ? 0 : top.get(0).trips())
            .add("cells", out);
    if (kind.equals("dropoff") && sources.equals(List.of(TripSource.UBER))) {
      frame.add("note", "Uber's 2014 data has pickups only: no dropoffs");
    }
    return frame.build();
  }
}
