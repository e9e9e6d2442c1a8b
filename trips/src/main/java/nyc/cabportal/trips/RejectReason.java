package nyc.cabportal.trips;

/**
 * Why a row was not kept. Each rejected row has exactly one: the first rule it breaks, in this
 * order. Thresholds and the data behind them are in data-prep/README.md ("Cleaning rules").
 */
public enum RejectReason {
  /** Wrong number of fields, or a field that is not a number, time or code where one must be. */
  UNPARSEABLE,
  /** Pickup or dropoff at exactly 0,0: the meter had no GPS fix. */
  ZERO_COORDINATES,
  /**
   * Pickup or dropoff more than 100 miles outside the NYC service area: a broken GPS reading. A
   * trip that leaves the service area but not the region is kept ({@link
   * CleaningRules#inServiceArea}).
   */
  OUTSIDE_REGION,
  DROPOFF_BEFORE_PICKUP,
  /**
   * Shorter than a minute or longer than three hours, even with a whole-minute record's minute of
   * slack ({@link Trip#durationSlackSeconds}).
   */
  IMPLAUSIBLE_DURATION,
  /** No metered distance, or more than 100 miles. */
  IMPLAUSIBLE_DISTANCE,
  /**
   * Faster than 100 km/h on average over the metered distance, at the longest duration the record
   * allows.
   */
  IMPLAUSIBLE_SPEED,
  /** A negative fare, extra, tax, tip, toll or total. */
  NEGATIVE_AMOUNT,
  /** A fare below the $2.50 flag drop or above $500, or a total above $1,000. */
  IMPLAUSIBLE_AMOUNT,
  /** Not 1 to 6 passengers. */
  PASSENGERS_OUT_OF_RANGE,
  /** A rate code, payment type or vendor that TLC did not define. */
  INVALID_CODE,
  /** The same line as an earlier line of the same file. */
  DUPLICATE;

  /** The name stored in the warehouse and the quality report ("outside_region"). */
  public String key() {
    return name().toLowerCase();
  }
}
