package nyc.cabportal.domain.tripdata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The published datasets a dashboard can be narrowed to. Uber's 2014 files hold pickups only (no
 * dropoff, fare, distance or duration), so charts of those cover Yellow and Green alone.
 */
public enum TripSource {
  YELLOW,
  GREEN,
  UBER;

  /** As data prep stores it: {@code yellow}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source data prep stores under {@code key}, if this portal knows it. */
  public static Optional<TripSource> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
  }

  public boolean hasFares() {
    return this != UBER;
  }

  /**
   * The sources a filter value selects: blank or {@code all} for every one, else one by its key.
   *
   * @throws IllegalArgumentException naming the value and what is allowed
   */
  public static List<TripSource> select(String filter) {
    if (filter == null || filter.isBlank() || filter.strip().equalsIgnoreCase("all")) {
      return List.of(values());
    }
    for (TripSource s : values()) {
      if (s.key().equals(filter.strip().toLowerCase(Locale.ROOT))) {
        return List.of(s);
      }
    }
    throw new IllegalArgumentException(
        "source must be all, "
            + String.join(", ", Arrays.stream(values()).map(TripSource::key).toList())
            + ": not "
            + filter);
  }
}
