package nyc.cabportal.trips;

import java.util.Optional;

/**
 * A quirk of the published 2014 files that a cleaning rule reads a kept trip through, so that the
 * quality report can count the trips each such rule kept or changed (data-prep/README.md).
 */
public enum Quirk {
  /**
   * A trip that starts or ends outside the service area, kept for the volumes and left off what
   * needs its points on the city's map ({@link CleaningRules#inServiceArea}).
   */
  OUTSIDE_SERVICE_AREA(
      "leaves the city's service area: counted in the volumes, not on the maps or in the"
          + " estimates"),
  /**
   * A time in the hour the November switch back from daylight saving time repeats: the duration is
   * the shortest plausible reading ({@link Trip#durationSeconds}).
   */
  REPEATED_HOUR("a time in the hour the November clock change repeats, read as the shorter trip"),
  /**
   * A whole-minute record (Yellow's VTS meters) kept only because its real duration may be a minute
   * longer than shown.
   */
  WHOLE_MINUTE_TIMES(
      "a VTS record in whole minutes that lasted under a minute, or looks too fast over the"
          + " minutes shown");

  private final String words;

  Quirk(String words) {
    this.words = words;
  }

  /** The rule in an admin's words, for the quality report's page. */
  public String words() {
    return words;
  }

  /** The name in the warehouse and the quality report ("whole_minute_times"). */
  public String key() {
    return name().toLowerCase();
  }

  /** The rule stored under {@code key}, if there is one. */
  public static Optional<Quirk> ofKey(String key) {
    for (Quirk q : values()) {
      if (q.key().equals(key)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
