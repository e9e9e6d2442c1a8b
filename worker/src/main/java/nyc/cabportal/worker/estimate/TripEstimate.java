package nyc.cabportal.worker.estimate;

/**
 * An estimate and its basis, in the units of the result contract.
 *
 * @param method how it was made ({@code interim-metered-formula}, later {@code history} or {@code
 *     model}; {@code flat-fare} where the tariff fixes the fare)
 * @param trips how many historical trips it rests on (0 for a formula)
 * @param detail the basis in words, shown to riders and admins
 */
public record TripEstimate(
    double fareP10,
    double fareP50,
    double fareP90,
    int durationSeconds,
    double distanceKm,
    String method,
    long trips,
    String detail) {

  /** Rounded to two decimals: cents of a fare, tens of metres of a distance. */
  public static double cents(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
