package nyc.cabportal.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The borough outlines the portal's maps draw, read from the city's boundary GeoJSON and thinned
 * for the browser: a point is kept only when it lies at least {@value #MIN_STEP_DEG}° (≈ 20 m) from
 * the last one kept, and coordinates are rounded to 5 decimals (≈ 1 m). The 2.9 MB file becomes a
 * few hundred kB that a map draws at once, with no visible change at city zoom.
 */
public final class BoroughOutlines {

  static final double MIN_STEP_DEG = 0.0002;

  private BoroughOutlines() {}

  /** The thinned FeatureCollection, as UTF-8 JSON; says what is wrong if the file is no map. */
  public static byte[] read(Path geojson) {
    JsonObject root;
    try (InputStream in = Files.newInputStream(geojson);
        JsonReader reader = Json.createReader(in)) {
      root = reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the borough boundaries " + geojson, e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "the borough boundaries " + geojson + " are not a GeoJSON object: " + e.getMessage(), e);
    }
    JsonArrayBuilder features = Json.createArrayBuilder();
    for (JsonValue f : root.getJsonArray("features")) {
      JsonObject feature = f.asJsonObject();
      JsonObject geometry = feature.getJsonObject("geometry");
      String type = geometry.getString("type");
      JsonArray polygons =
          type.equals("Polygon")
              ? Json.createArrayBuilder().add(geometry.getJsonArray("coordinates")).build()
              : geometry.getJsonArray("coordinates");
      features.add(
          Json.createObjectBuilder()
              .add("type", "Feature")
              .add(
                  "properties",
                  Json.createObjectBuilder()
                      .add("name", feature.getJsonObject("properties").getString("boro_name")))
              .add(
                  "geometry",
                  Json.createObjectBuilder()
                      .add("type", "MultiPolygon")
                      .add("coordinates", thin(polygons))));
    }
    return Json.createObjectBuilder()
        .add("type", "FeatureCollection")
        .add("features", features)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static JsonArrayBuilder thin(JsonArray polygons) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (JsonValue polygon : polygons) {
      JsonArrayBuilder rings = Json.createArrayBuilder();
      int kept = 0;
      for (JsonValue ring : polygon.asJsonArray()) {
        JsonArray points = ring.asJsonArray();
        JsonArrayBuilder thinned = Json.createArrayBuilder();
        int n = 0;
        double lastLon = Double.NaN;
        double lastLat = Double.NaN;
        for (int i = 0; i < points.size(); i++) {
          JsonArray p = points.getJsonArray(i);
          double lon = p.getJsonNumber(0).doubleValue();
          double lat = p.getJsonNumber(1).doubleValue();
          boolean ends = i == 0 || i == points.size() - 1;
          if (ends || Math.hypot(lon - lastLon, lat - lastLat) >= MIN_STEP_DEG) {
            thinned.add(Json.createArrayBuilder().add(round5(lon)).add(round5(lat)));
            lastLon = lon;
            lastLat = lat;
            n++;
          }
        }
        if (n >= 4) { // a closed ring needs 4 points; specks of a few metres vanish
          rings.add(thinned);
          kept++;
        }
      }
      if (kept > 0) {
        out.add(rings);
      }
    }
    return out;
  }

  private static BigDecimal round5(double v) {
    return BigDecimal.valueOf(v).setScale(5, RoundingMode.HALF_UP);
  }
}
