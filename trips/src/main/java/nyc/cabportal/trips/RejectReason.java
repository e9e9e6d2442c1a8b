package nyc.cabportal.trips;

/**
 * Why a row was not kept. Each rejected row has exactly one: the first rule it breaks, in this
 * order. Thresholds and the data behind them are in data-prep/README.md ("Cleaning rules").
 */
public enum RejectReason {
  /** Wrong number of fields, or a field that is not a number, time or code where one must be. */
  UNPARSEABLE("a field missing, or not the number, time or code it must be"),
  /** Pickup or dropoff at exactly 0,0: the meter had no GPS fix. */
  ZERO_COORDINATES("pickup or dropoff at 0,0: the meter had no GPS fix"),
  /**
   * Pickup or dropoff more than 100 miles outside the NYC service area: a broken GPS reading. A
   * trip that leaves the service area but not the region is kept ({@link
   * CleaningRules#inServiceArea}).
   */
  OUTSIDE_REGION("a point more than 100 miles beyond the city: a broken GPS reading"),
  DROPOFF_BEFORE_PICKUP("dropped off before it was picked up"),
  /**
   * Shorter than a minute or longer than three hours, even with a whole-minute record's minute of
   * slack ({@link Trip#durationSlackSeconds}).
   */
  IMPLAUSIBLE_DURATION("shorter than a minute or longer than three hours"),
  /** No metered distance, or more than 100 miles. */
  IMPLAUSIBLE_DISTANCE("no metered distance, or more than 100 miles"),
  /**
   * Faster than 100 km/h on average over the metered distance, at the longest duration the record
   * allows.
   */
  IMPLAUSIBLE_SPEED("faster than 100 km/h on average"),
  /** A negative fare, extra, tax, tip, toll or total. */
  NEGATIVE_AMOUNT("a negative fare, extra, tax, tip, toll or total"),
  /** A fare below the $2.50 flag drop or above $500, or a total above $1,000. */
  IMPLAUSIBLE_AMOUNT("a fare below the $2.50 flag drop or above $500, or a total above $1,000"),
  /** Not 1 to 6 passengers. */
  PASSENGERS_OUT_OF_RANGE("not 1 to 6 passengers"),
  /** A rate code, payment type or vendor that TLC did not define. */
  INVALID_CODE("a rate code, payment type, vendor or base the TLC did not define"),
  /** The same line as an earlier line of the same file, or the same trip as another file's. */
  DUPLICATE("the same line, or the same trip, as an earlier one");

  private final String words;

  RejectReason(String words) {
    this.words = words;
  }

  /** The reason in an admin's words, for the quality report's page. */
  public String words() {
    return words;
  }

  /** The reason stored under {@code key} ("outside_region"), if there is one. */
  public static java.util.Optional<RejectReason> ofKey(String key) {
    for (RejectReason r : values()) {
      if (r.key().equals(key)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }

  /** The name stored in the warehouse and the quality report ("outside_region"). */
  public String key() {
    return name().toLowerCase();
  }
}
