package nyc.cabportal.worker.estimate;

import java.util.Locale;

/**
 * An estimate and its basis, in the units of the result contract.
 *
 * @param fareP50 the typical fare: half of such trips cost less, half more
 * @param fareMean the expected fare, the mean of such trips' fares: above the typical one, as a few
 *     long detours and slow rides cost far more than most
 * @param durationSeconds the typical trip time: half of such trips take less
 * @param durationP10Seconds the time one in ten such trips beats
 * @param durationP90Seconds the time nine in ten beat: p10–p90 is an 80 % range, like the fare's
 * @param method how it was made ({@code interim-metered-formula}, later {@code history} or {@code
 *     model}; {@code flat-fare} where the tariff fixes the fare)
 * @param trips how many historical trips it rests on (0 for a formula)
 * @param level which table level or model group made it, for admins and the accuracy benchmark ("H3
 *     res 7, weekday 18-21h", "Manhattan to Queens, weekday 18-21h")
 * @param from what it rests on, in a rider's words ("12 past trips between these areas on weekdays,
 *     6–9 PM"), for the rules that reword the estimate
 * @param detail the basis in a rider's words: how the fare was made and from what
 */
public record TripEstimate(
    double fareP10,
    double fareP50,
    double fareP90,
    double fareMean,
    int durationSeconds,
    int durationP10Seconds,
    int durationP90Seconds,
    double distanceKm,
    String method,
    long trips,
    String level,
    String from,
    String detail) {

  /** Rounded to two decimals: cents of a fare, tens of metres of a distance. */
  public static double cents(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** "about 4.2 km and 14 min": the route and time the fare is priced on. */
  public static String routeWords(double km, int seconds) {
    return String.format(
        Locale.ROOT, "about %.1f km and %d min", km, Math.max(1, Math.round(seconds / 60.0)));
  }

  /** "Meter: about 4.2 km and 14 min → $15.50, from 12 past trips between these areas …". */
  public static String meterWords(double km, int seconds, double fare, String from) {
    return String.format(
        Locale.ROOT, "Meter: %s → $%.2f, from %s", routeWords(km, seconds), fare, from);
  }
}
