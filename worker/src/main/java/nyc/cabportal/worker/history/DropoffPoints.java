package nyc.cabportal.worker.history;

import java.util.Map;

/**
 * Real points where taxi trips ended, by H3 res-8 cell ({@code dropoff_points}): where the fleet
 * puts a cab once the hour's dropoffs have chosen its cell.
 *
 * @param byCell per cell, its points as {@code lat0, lon0, lat1, lon1, …}
 */
public record DropoffPoints(Map<Long, double[]> byCell) {

  /** No points known (tables built before data prep wrote them): cabs go near cell centres. */
  public static final DropoffPoints NONE = new DropoffPoints(Map.of());

  public boolean isEmpty() {
    return byCell.isEmpty();
  }

  /** How many points {@code cell} has. */
  public int count(long cell) {
    double[] points = byCell.get(cell);
    return points == null ? 0 : points.length / 2;
  }

  /** The {@code i}-th point of {@code cell} as {lat, lon}; {@code i} below {@link #count}. */
  public double[] point(long cell, int i) {
    double[] points = byCell.get(cell);
    return new double[] {points[2 * i], points[2 * i + 1]};
  }
}
