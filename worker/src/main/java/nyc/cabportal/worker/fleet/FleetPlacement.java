package nyc.cabportal.worker.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.history.TripHistory.WeightedCells;

/**
 * Puts a new fleet on the road where real trips ended in the current hour of the week: each cab in
 * a res-8 cell drawn in proportion to its dropoffs, at a random point near the cell's centre. One
 * cab in seven is a six-seat minivan, the rest seat four. The same size and seed give the same
 * fleet.
 */
public final class FleetPlacement {

  /** Half the spread around a cell's centre, in degrees (≈ 200 m), so cabs do not overlap. */
  private static final double JITTER_DEG = 0.002;

  private FleetPlacement() {}

  /** A new fleet, every cab free where it is placed from {@code nowMillis}. */
  public static List<Cab> place(int size, WeightedCells dropoffs, long seed, long nowMillis) {
    Random random = new Random(seed);
    List<Cab> cabs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      double[] at = near(dropoffs.draw(random), random);
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
  public static Cab moveIdle(Cab cab, WeightedCells dropoffs, long nowMillis) {
    Random random = new Random(cab.id().hashCode() * 31L + nowMillis);
    double[] at = near(dropoffs.draw(random), random);
    return new Cab(
        cab.id(), cab.seats(), at[0], at[1], H3Cells.cell(at[0], at[1]), nowMillis, cab.trip());
  }

  /** How long a free cab waits where it is before it moves to where trips end now. */
  public static final long IDLE_BEFORE_MOVING = 30 * 60 * 1000L;

  private static double[] near(long cell, Random random) {
    double[] centre = H3Cells.centre(cell);
    return new double[] {
      centre[0] + (random.nextDouble() * 2 - 1) * JITTER_DEG,
      centre[1] + (random.nextDouble() * 2 - 1) * JITTER_DEG
    };
  }
}
