package nyc.cabportal.domain.tripdata;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pickups per area (an H3 cell id) summed over days; the top ones, busiest first, ties by cell id
 * so that the same data always gives the same list.
 */
public final class BusiestAreas {

  /** An area and its pickups. */
  public record Area(String h3, long trips) {}

  private final Map<String, Long> trips = new HashMap<>();
  private long total;

  public void add(String h3, long n) {
    trips.merge(h3, n, Long::sum);
    total += n;
  }

  public long total() {
    return total;
  }

  public List<Area> top(int n) {
    return trips.entrySet().stream()
        .map(e -> new Area(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Area::trips).reversed().thenComparing(Area::h3))
        .limit(n)
        .toList();
  }
}
