package nyc.cabportal.trips.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The polygons of a GeoJSON FeatureCollection, each carrying what its feature's properties say it
 * is, and which one holds a point: the one way Cab Portal reads a map of areas (boroughs, taxi
 * zones). A bounding box skips most polygons before the ray test.
 */
final class Shapes<T> {

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
  private record Polygon<T>(
      T label, Ring outer, List<Ring> holes, double s, double n, double w, double e) {
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

  private final List<Polygon<T>> polygons;
  private final List<T> labels;

  private Shapes(List<Polygon<T>> polygons, List<T> labels) {
    this.polygons = polygons;
    this.labels = labels;
  }

  /**
   * Reads {@code geojson}; {@code label} makes each feature's label from its properties, or throws
   * {@link IllegalArgumentException} saying what they lack. {@code what} names the map in messages.
   */
  static <T> Shapes<T> read(Path geojson, String what, Function<JsonNode, T> label) {
    JsonNode root;
    try (InputStream in = Files.newInputStream(geojson)) {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the " + what + " " + geojson, e);
    }
    List<Polygon<T>> polygons = new ArrayList<>();
    List<T> labels = new ArrayList<>();
    for (JsonNode feature : root.path("features")) {
      JsonNode geometry = feature.path("geometry");
      String type = geometry.path("type").asText();
      T l;
      try {
        l = label.apply(feature.path("properties"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(geojson + ": " + e.getMessage(), e);
      }
      if (!(type.equals("MultiPolygon") || type.equals("Polygon"))) {
        throw new IllegalArgumentException(
            geojson + ": each feature needs a Polygon or MultiPolygon, found '" + type + "'");
      }
      labels.add(l);
      JsonNode coordinates = geometry.path("coordinates");
      if (type.equals("Polygon")) {
        polygons.add(polygon(l, coordinates));
      } else {
        for (JsonNode p : coordinates) {
          polygons.add(polygon(l, p));
        }
      }
    }
    if (polygons.isEmpty()) {
      throw new IllegalArgumentException(geojson + " holds no " + what);
    }
    return new Shapes<>(polygons, List.copyOf(labels));
  }

  /** The labels of the features, in the order of the file. */
  List<T> labels() {
    return labels;
  }

  /**
   * A point inside each feature, in the order of {@link #labels()}: on its largest polygon (by
   * bounding box), the middle of the widest stretch of a parallel across it, tried at the box's
   * middle latitude first and then at others until the point falls inside (a ring with a hole or a
   * bay can leave the first stretch outside). {lat, lon}.
   */
  List<double[]> insidePoints() {
    List<double[]> points = new ArrayList<>();
    for (T label : labels) {
      Polygon<T> largest = null;
      for (Polygon<T> p : polygons) {
        if (p.label == label && (largest == null || area(p) > area(largest))) {
          largest = p;
        }
      }
      points.add(insidePoint(largest));
    }
    return points;
  }

  private static double area(Polygon<?> p) {
    return (p.n - p.s) * (p.e - p.w);
  }

  private static double[] insidePoint(Polygon<?> p) {
    for (double f : new double[] {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9}) {
      double lat = p.s + (p.n - p.s) * f;
      List<Double> crossings = new ArrayList<>();
      Ring r = p.outer;
      for (int i = 0, j = r.lats.length - 1; i < r.lats.length; j = i++) {
        if ((r.lats[i] > lat) != (r.lats[j] > lat)) {
          crossings.add(
              (r.lons[j] - r.lons[i]) * (lat - r.lats[i]) / (r.lats[j] - r.lats[i]) + r.lons[i]);
        }
      }
      crossings.sort(Double::compare);
      double best = -1;
      double lon = Double.NaN;
      for (int k = 0; k + 1 < crossings.size(); k += 2) {
        double width = crossings.get(k + 1) - crossings.get(k);
        if (width > best) {
          best = width;
          lon = (crossings.get(k) + crossings.get(k + 1)) / 2;
        }
      }
      if (best > 0 && p.contains(lat, lon)) {
        return new double[] {lat, lon};
      }
    }
    // A sliver no parallel crosses well: its first vertex still lies on it.
    return new double[] {p.outer.lats[0], p.outer.lons[0]};
  }

  /** The label of the first polygon holding the point, or null. */
  T of(double lat, double lon) {
    for (Polygon<T> p : polygons) {
      if (p.contains(lat, lon)) {
        return p.label;
      }
    }
    return null;
  }

  private static <T> Polygon<T> polygon(T label, JsonNode rings) {
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
    return new Polygon<>(label, outer, holes, s, n, w, e);
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
}
