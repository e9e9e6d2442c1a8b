package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nyc.cabportal.application.admin.HeatmapFrame;

/** A heat-map frame as the trip map's script reads it. */
final class HeatmapJson {

  private HeatmapJson() {}

  static JsonObject of(HeatmapFrame f) {
    JsonArrayBuilder cells = JSON.createArrayBuilder();
    for (HeatmapFrame.Cell c : f.cells()) {
      JsonArrayBuilder outline = JSON.createArrayBuilder();
      for (double[] corner : c.outline()) {
        outline.add(JSON.createArrayBuilder().add(corner[0]).add(corner[1]));
      }
      cells.add(
          JSON.createObjectBuilder()
              .add("h3", c.h3())
              .add("trips", c.trips())
              .add("outline", outline));
    }
    JsonObjectBuilder frame =
        JSON.createObjectBuilder()
            .add("kind", f.query().kind())
            .add("res", f.query().res())
            .add("hour", f.query().hour())
            .add("label", f.query().label())
            .add("trips", f.trips())
            .add("tripsDrawn", f.tripsDrawn())
            .add("max", f.max())
            .add("cells", cells);
    f.note().ifPresent(n -> frame.add("note", n));
    return frame.build();
  }
}
