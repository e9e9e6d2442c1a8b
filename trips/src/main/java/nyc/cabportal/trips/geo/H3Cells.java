package nyc.cabportal.trips.geo;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The H3 cells of a point at the resolutions Cab Portal uses: 9 (edge ≈ 200 m, fleet positions), 8
 * (≈ 530 m, fine estimates and heat maps), 7 (≈ 1.4 km) and 6 (≈ 3.7 km, coarse estimates). One
 * native call per point; the coarser cells come from the H3 index layout (resolution in bits 52–55,
 * one 3-bit digit per resolution, unused digits all ones), which is what the library's own
 * cellToParent does.
 */
public final class H3Cells {

  public static final int FINEST = 9;
  public static final int[] RESOLUTIONS = {9, 8, 7, 6};

  private static final ThreadLocal<H3Core> H3 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return H3Core.newInstance();
            } catch (IOException e) {
              throw new UncheckedIOException("could not load the H3 native library", e);
            }
          });

  private H3Cells() {}

  public static long cell(double lat, double lon) {
    return H3.get().latLngToCell(lat, lon, FINEST);
  }

  /** The centre of a cell: {latitude, longitude}. */
  public static double[] centre(long cell) {
    var c = H3.get().cellToLatLng(cell);
    return new double[] {c.lat, c.lng};
  }

  /** The cells within {@code k} steps of {@code cell} (k-ring, the cell itself included). */
  public static List<Long> disk(long cell, int k) {
    return H3.get().gridDisk(cell, k);
  }

  /** The cells exactly {@code k} steps from {@code cell} (a hollow ring). */
  public static List<Long> ring(long cell, int k) {
    return H3.get().gridRing(cell, k);
  }

  /** The cell of resolution {@code res} that contains {@code cell} (of a finer resolution). */
  public static long parent(long cell, int res) {
    long unusedDigits = (1L << (3 * (15 - res))) - 1;
    return (cell & ~(0xFL << 52)) | ((long) res << 52) | unusedDigits;
  }

  /** The standard hexadecimal address ("8928308280fffff"), as maps and other tools expect it. */
  public static String address(long cell) {
    return Long.toHexString(cell);
  }

  /**
   * The cell an address names.
   *
   * @throws IllegalArgumentException when {@code address} is not an H3 cell
   */
  public static long fromAddress(String address) {
    if (address == null || !H3.get().isValidCell(address)) {
      throw new IllegalArgumentException("not an H3 cell: " + address);
    }
    return H3.get().stringToH3(address);
  }

  /** The cell's corners, each {latitude, longitude}, in the library's order (counter-clockwise). */
  public static double[][] outline(long cell) {
    List<LatLng> corners = H3.get().cellToBoundary(cell);
    double[][] o = new double[corners.size()][];
    for (int i = 0; i < o.length; i++) {
      o[i] = new double[] {corners.get(i).lat, corners.get(i).lng};
    }
    return o;
  }
}
