package nyc.cabportal.worker.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.history.DropoffPoints;
import nyc.cabportal.worker.history.TripHistory.WeightedCells;

/**
 * Puts a new fleet on the road where real trips ended in the current hour of the week: each cab in
 * a res-8 cell drawn in proportion to its dropoffs, at one of the real points where trips ended in
 * that cell ({@link DropoffPoints}), so the fleet is spread as the trips were. One cab in seven is
 * a six-seat minivan, the rest seat four. The same size and seed give the same fleet.
 */
public final class FleetPlacement {

  /**
   * Half the spread around a cell's centre, in degrees (≈ 200 m), for a cell without known points
   * (tables built before data prep wrote them).
   */
  private static final double CENTRE_JITTER_DEG = 0.002;

  /**
   * Half the nudge, in degrees (≈ 30 m), of a cab drawn to a cell after each of its points has a
   * cab: near a real point, not on top of another cab.
   */
  private static final double POINT_JITTER_DEG = 0.0003;

  private FleetPlacement() {}

  /**
   * A new fleet, every cab free where it is placed from {@code nowMillis}. The cabs drawn to one
   * cell take its points in turn, so no two stand on the same point while the cell has points left.
   */
  public static List<Cab> place(
      int size, WeightedCells dropoffs, DropoffPoints points, long seed, long nowMillis) {
    Random random = new Random(seed);
    Map<Long, Integer> taken = new HashMap<>();
    List<Cab> cabs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      long cell = dropoffs.draw(random);
      double[] at = at(cell, taken.merge(cell, 1, Integer::sum) - 1, points, random);
      cabs.add(
          new Cab(
              String.format("cab-%05d", i + 1),
              i % 7 == 6 ? 6 : 4,
              at[0],
              at[1],
              H3Cells.cell(at[0], at[1]),
              nowMillis,
              null));
    }
    return cabs;
  }

  /**
   * Moves a cab that has waited {@link #IDLE_BEFORE_MOVING} where it is to where trips end in the
   * hour of week now: idle cabs drift to where riders will be, as real drivers do. The cab is free
   * there from {@code nowMillis}; the same cab, hour and time give the same place.
   *
   * <p>Simplification: the move is a jump, not a drive.
   */
  public static Cab moveIdle(
      Cab cab, WeightedCells dropoffs, DropoffPoints points, long nowMillis) {
    Random random = new Random(cab.id().hashCode() * 31L + nowMillis);
    long cell = dropoffs.draw(random);
    int n = points.count(cell);
    double[] at = at(cell, n == 0 ? 0 : random.nextInt(n), points, random);
    return new Cab(
        cab.id(), cab.seats(), at[0], at[1], H3Cells.cell(at[0], at[1]), nowMillis, cab.trip());
  }

  /** How long a free cab waits where it is before it moves to where trips end now. */
  public static final long IDLE_BEFORE_MOVING = 30 * 60 * 1000L;

  /**
   * Where the {@code k}-th cab drawn to {@code cell} stands: the cell's {@code k}-th point, nudged
   * once every point has a cab; near the cell's centre when it has none.
   */
  private static double[] at(long cell, int k, DropoffPoints points, Random random) {
    int n = points.count(cell);
    if (n == 0) {
      return jittered(H3Cells.centre(cell), CENTRE_JITTER_DEG, random);
    }
    double[] point = points.point(cell, k % n);
    return k < n ? point : jittered(point, POINT_JITTER_DEG, random);
  }

  private static double[] jittered(double[] p, double deg, Random random) {
    return new double[] {
      p[0] + (random.nextDouble() * 2 - 1) * deg, p[1] + (random.nextDouble() * 2 - 1) * deg
    };
  }
}
