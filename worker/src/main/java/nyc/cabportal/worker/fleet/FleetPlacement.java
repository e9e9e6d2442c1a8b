package nyc.cabportal.worker.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nyc.cabportal.dataprep.trip.H3Cells;
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

  public static List<Cab> place(int size, WeightedCells dropoffs, long seed) {
    Random random = new Random(seed);
    List<Cab> cabs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      double[] centre = H3Cells.centre(dropoffs.draw(random));
      double lat = centre[0] + (random.nextDouble() * 2 - 1) * JITTER_DEG;
      double lon = centre[1] + (random.nextDouble() * 2 - 1) * JITTER_DEG;
      cabs.add(
          new Cab(
              String.format("cab-%05d", i + 1),
              i % 7 == 6 ? 6 : 4,
              lat,
              lon,
              H3Cells.cell(lat, lon),
              0,
              null));
    }
    return cabs;
  }
}
