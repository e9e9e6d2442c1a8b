package nyc.cabportal.infrastructure;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import nyc.cabportal.domain.place.GeoPoint;

/**
 * The outlines and centres of the H3 cells the serving tables name (hex ids as data prep writes
 * them), for the maps. Computed by Uber's H3 library (the same version as data prep and the worker)
 * and kept: the tables name a few thousand cells at most.
 */
public final class H3Hexagons {

  private static final int MAX_CACHED = 50_000;

  private final H3Core h3;
  private final ConcurrentHashMap<String, double[][]> outlines = new ConcurrentHashMap<>();

  public H3Hexagons() {
    try {
      h3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("the H3 library could not load its native code", e);
    }
  }

  /**
   * The cell's corners as [lat, lon] pairs, rounded to 6 decimals (≈ 0.1 m).
   *
   * @throws IllegalArgumentException when {@code address} is not an H3 cell
   */
  public double[][] outline(String address) {
    double[][] o = outlines.get(address);
    if (o == null) {
      List<LatLng> corners = h3.cellToBoundary(cell(address));
      o = new double[corners.size()][];
      for (int i = 0; i < o.length; i++) {
        o[i] = new double[] {round(corners.get(i).lat), round(corners.get(i).lng)};
      }
      if (outlines.size() < MAX_CACHED) {
        outlines.put(address, o);
      }
    }
    return o;
  }

  public GeoPoint centre(String address) {
    LatLng c = h3.cellToLatLng(cell(address));
    return new GeoPoint(round(c.lat), round(c.lng));
  }

  private long cell(String address) {
    if (address == null || !h3.isValidCell(address)) {
      throw new IllegalArgumentException("not an H3 cell: " + address);
    }
    return h3.stringToH3(address);
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
