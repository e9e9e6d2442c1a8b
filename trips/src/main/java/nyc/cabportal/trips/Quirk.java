package nyc.cabportal.trips;

/**
 * A quirk of the published 2014 files that a cleaning rule reads a kept trip through, so that the
 * quality report can count the trips each such rule kept or changed (data-prep/README.md).
 */
public enum Quirk {
  /**
   * A time in the hour the November switch back from daylight saving time repeats: the duration is
   * the shortest plausible reading ({@link Trip#durationSeconds}).
   */
  REPEATED_HOUR,
  /**
   * A whole-minute record (Yellow's VTS meters) kept only because its real duration may be a minute
   * longer than shown.
   */
  WHOLE_MINUTE_TIMES;

  /** The name in the warehouse and the quality report ("whole_minute_times"). */
  public String key() {
    return name().toLowerCase();
  }
}
