package nyc.cabportal.trips.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The five NYC boroughs, from the city's borough boundary GeoJSON ({@code
 * nyc_borough_boundaries.geojson}: a FeatureCollection of MultiPolygons with a {@code boro_name}
 * property), and which one a point lies in.
 *
 * <p>Trips and requests are placed by the centre of their H3 res-8 cell ({@link #ofCell}), so data
 * prep and the worker agree on the borough of a point, and the few thousand cells of a city are
 * tested once each rather than every point. A cell whose centre is in no borough (water, New Jersey
 * beside the bounding box) is {@value #OUTSIDE}.
 */
public final class Boroughs {

  public static final String OUTSIDE = "Outside";

  private record Ring(double[] lons, double[] lats) {
    boolean contains(double lat, double lon) {
      boolean inside = false;
      for (int i = 0, j = lons.length - 1; i < lons.length; j = i++) {
        if ((lats[i] > lat) != (lats[j] > lat)
            && lon < (lons[j] - lons[i]) * (lat - lats[i]) / (lats[j] - lats[i]) + lons[i]) {
          inside = !inside;
        }
      }
      return inside;
    }
  }

  /** One polygon: its outer ring, its holes, and its bounding box to skip it fast. */
  private record Polygon(
      String borough, Ring outer, List<Ring> holes, double s, double n, double w, double e) {
    boolean contains(double lat, double lon) {
      if (lat < s || lat > n || lon < w || lon > e || !outer.contains(lat, lon)) {
        return false;
      }
      for (Ring h : holes) {
        if (h.contains(lat, lon)) {
          return false;
        }
      }
      return true;
    }
  }

  private final List<Polygon> polygons;
  private final List<String> names;
  private final Map<Long, String> byCell = new ConcurrentHashMap<>();

  private Boroughs(List<Polygon> polygons, List<String> names) {
    this.polygons = polygons;
    this.names = names;
  }

  /** Reads the boundary file; says what is wrong with it if it is not one. */
  public static Boroughs read(Path geojson) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.newInputStream(geojson));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the borough boundaries " + geojson, e);
    }
    List<Polygon> polygons = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (JsonNode feature : root.path("features")) {
      String name = feature.path("properties").path("boro_name").asText("");
      JsonNode geometry = feature.path("geometry");
      String type = geometry.path("type").asText();
      if (name.isEmpty() || !(type.equals("MultiPolygon") || type.equals("Polygon"))) {
        throw new IllegalArgumentException(
            geojson
                + ": each feature needs a boro_name property and a Polygon or MultiPolygon,"
                + " found name '"
                + name
                + "' and geometry '"
                + type
                + "'");
      }
      names.add(name);
      JsonNode coordinates = geometry.path("coordinates");
      if (type.equals("Polygon")) {
        polygons.add(polygon(name, coordinates));
      } else {
        for (JsonNode p : coordinates) {
          polygons.add(polygon(name, p));
        }
      }
    }
    if (polygons.isEmpty()) {
      throw new IllegalArgumentException(geojson + " holds no borough features");
    }
    return new Boroughs(polygons, List.copyOf(names));
  }

  private static Polygon polygon(String name, JsonNode rings) {
    Ring outer = ring(rings.get(0));
    List<Ring> holes = new ArrayList<>();
    for (int i = 1; i < rings.size(); i++) {
      holes.add(ring(rings.get(i)));
    }
    double s = 90, n = -90, w = 180, e = -180;
    for (int i = 0; i < outer.lats.length; i++) {
      s = Math.min(s, outer.lats[i]);
      n = Math.max(n, outer.lats[i]);
      w = Math.min(w, outer.lons[i]);
      e = Math.max(e, outer.lons[i]);
    }
    return new Polygon(name, outer, holes, s, n, w, e);
  }

  private static Ring ring(JsonNode points) {
    double[] lons = new double[points.size()];
    double[] lats = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      lons[i] = points.get(i).get(0).asDouble();
      lats[i] = points.get(i).get(1).asDouble();
    }
    return new Ring(lons, lats);
  }

  /** The borough names in the order of the file. */
  public List<String> names() {
    return names;
  }

  /** The borough the point lies in, or {@value #OUTSIDE}. */
  public String of(double lat, double lon) {
    for (Polygon p : polygons) {
      if (p.contains(lat, lon)) {
        return p.borough;
      }
    }
    return OUTSIDE;
  }

  /** The borough of the centre of an H3 cell (any resolution), remembered per cell. */
  public String ofCell(long cell) {
    return byCell.computeIfAbsent(
        cell,
        c -> {
          double[] centre = H3Cells.centre(c);
          return of(centre[0], centre[1]);
        });
  }
}
