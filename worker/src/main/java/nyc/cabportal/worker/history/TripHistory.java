package nyc.cabportal.worker.history;

import java.util.Map;
import java.util.Random;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.trips.geo.StreetTravel;

/**
 * What the worker knows of the city's past trips: data prep's estimation tables, its model, and
 * where trips ended in each hour of the week. One immutable snapshot per data prep run ({@link
 * #builtBy()}); a newer run replaces the snapshot as a whole.
 *
 * @param estimates {@code trip_estimates} by their {@code _id}
 * @param model {@code estimate_model} by their {@code _id}
 * @param dropoffs per hour of week (0–167), the res-8 cells trips ended in and how many
 * @param dropoffPoints real points where trips ended, by res-8 cell
 */
public record TripHistory(
    String builtBy,
    Map<String, TripStats> estimates,
    Map<String, ModelGroup> model,
    Map<Integer, WeightedCells> dropoffs,
    DropoffPoints dropoffPoints) {

  /** Before the first data prep run has built its tables. */
  public static final TripHistory NONE =
      new TripHistory(null, Map.of(), Map.of(), Map.of(), DropoffPoints.NONE);

  public boolean isEmpty() {
    return builtBy == null;
  }

  /** The key of an estimation table row, as data prep writes it. */
  public static String estimateKey(
      int res, int hours, long origin9, long destination9, PickupTime t) {
    return "r"
        + res
        + "|"
        + hours
        + "h|"
        + H3Cells.address(H3Cells.parent(origin9, res))
        + "|"
        + H3Cells.address(H3Cells.parent(destination9, res))
        + "|"
        + t.dayType()
        + "|"
        + t.fromHour(hours);
  }

  /** The key of a model group, as data prep writes it ("any" where the group does not split). */
  public static String modelKey(String origin, String destination, String dayType, String from) {
    return origin + "|" + destination + "|" + dayType + "|" + from;
  }

  /**
   * The usual speed of trips around {@code cell9} at that time: the median speed of trips that
   * started and ended within its res-6 cell (≈ 36 km²) in the 6-hour bucket, else all day, else the
   * city's speed from the model, else the Yellow sample's median.
   */
  public double localSpeedKmh(long cell9, PickupTime t) {
    for (int hours : new int[] {6, 24}) {
      TripStats s = estimates.get(estimateKey(6, hours, cell9, cell9, t));
      if (s != null && s.speedKmhP50() > 0) {
        return s.speedKmhP50();
      }
    }
    ModelGroup city = model.get(modelKey("any", "any", t.dayType(), String.valueOf(t.fromHour(3))));
    if (city != null) {
      return city.roadKm(2.0) / city.durationSeconds(2.0) * 3600;
    }
    return StreetTravel.MEDIAN_SPEED_KMH;
  }

  /** Cells with weights, to draw from in proportion. */
  public record WeightedCells(long[] cells, long[] cumulative) {

    public long draw(Random random) {
      long pick = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
      int i = java.util.Arrays.binarySearch(cumulative, pick + 1);
      return cells[i >= 0 ? i : -i - 1];
    }
  }
}
