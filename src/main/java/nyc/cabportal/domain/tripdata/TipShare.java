package nyc.cabportal.domain.tripdata;

/**
 * Tips of one payment type over some days: how many trips, how many with a tip, and the tips as a
 * share of the fares. TLC meters record the tips paid by card; cash tips are not in the data, so
 * cash shows almost none.
 */
public record TipShare(
    String paymentType, long trips, long tippedTrips, double fareSum, double tipSum) {

  public static TipShare none(String paymentType) {
    return new TipShare(paymentType, 0, 0, 0, 0);
  }

  public TipShare plus(long trips, long tippedTrips, double fareSum, double tipSum) {
    return new TipShare(
        paymentType,
        this.trips + trips,
        this.tippedTrips + tippedTrips,
        this.fareSum + fareSum,
        this.tipSum + tipSum);
  }

  /** Tips ÷ fares, in percent; 0 without fares. */
  public double tipPercentOfFare() {
    return fareSum > 0 ? 100 * tipSum / fareSum : 0;
  }

  /** Trips with a tip ÷ trips, in percent. */
  public double tippedPercent() {
    return trips > 0 ? 100.0 * tippedTrips / trips : 0;
  }
}
