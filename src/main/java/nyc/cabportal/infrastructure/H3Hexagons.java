package nyc.cabportal.infrastructure;

import java.util.concurrent.ConcurrentHashMap;
import nyc.cabportal.domain.place.CellGeometry;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.trips.geo.H3Cells;

/**
 * The outlines and centres of the H3 cells the serving tables name (hex ids as data prep writes
 * them), for the maps. Computed by the trips kernel's {@link H3Cells}, the code data prep and the
 * worker name cells with, and kept: the tables name a few thousand cells at most.
 */
public final class H3Hexagons implements CellGeometry {

  private static final int MAX_CACHED = 50_000;

  private final ConcurrentHashMap<String, double[][]> outlines = new ConcurrentHashMap<>();

  /**
   * The cell's corners as [lat, lon] pairs, rounded to 6 decimals (≈ 0.1 m).
   *
   * @throws IllegalArgumentException when {@code address} is not an H3 cell
   */
  @Override
  public double[][] outline(String address) {
    double[][] o = outlines.get(address);
    if (o == null) {
      o = H3Cells.outline(H3Cells.fromAddress(address));
      for (double[] corner : o) {
        corner[0] = round(corner[0]);
        corner[1] = round(corner[1]);
      }
      if (outlines.size() < MAX_CACHED) {
        outlines.put(address, o);
      }
    }
    return o;
  }

  @Override
  public GeoPoint centre(String address) {
    double[] c = H3Cells.centre(H3Cells.fromAddress(address));
    return new GeoPoint(round(c[0]), round(c[1]));
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
