package nyc.cabportal.trips.geo;

import java.nio.file.Path;
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

  private final Shapes<String> shapes;
  private final Map<Long, String> byCell = new ConcurrentHashMap<>();

  private Boroughs(Shapes<String> shapes) {
    this.shapes = shapes;
  }

  /** Reads the boundary file; says what is wrong with it if it is not one. */
  public static Boroughs read(Path geojson) {
    return new Boroughs(
        Shapes.read(
            geojson,
            "borough boundaries",
            properties -> {
              String name = properties.path("boro_name").asText("");
              if (name.isEmpty()) {
                throw new IllegalArgumentException("each feature needs a boro_name property");
              }
              return name;
            }));
  }

  /** The borough names in the order of the file. */
  public List<String> names() {
    return shapes.labels();
  }

  /** The borough the point lies in, or {@value #OUTSIDE}. */
  public String of(double lat, double lon) {
    String borough = shapes.of(lat, lon);
    return borough == null ? OUTSIDE : borough;
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
