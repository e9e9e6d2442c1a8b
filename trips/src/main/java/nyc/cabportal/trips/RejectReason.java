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
  /** Pickup or dropoff outside the NYC service area (the portal's bounding box). */
  OUTSIDE_SERVICE_AREA,
  DROPOFF_BEFORE_PICKUP,
  /** Shorter than a minute or longer than three hours. */
  IMPLAUSIBLE_DURATION,
  /** No metered distance, or more than 100 miles. */
  IMPLAUSIBLE_DISTANCE,
  /** Faster than 100 km/h on average over the metered distance. */
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

  /** The name stored in the warehouse and the quality report ("outside_service_area"). */
  public String key() {
    return name().toLowerCase();
  }
}
