package nyc.cabportal.trips;

/**
 * The parts of the 2014 NYC yellow-cab tariff Cab Portal uses, each named once: the flag drop is
 * also the lowest fare a meter shows (the cleaning rules and the estimates' floor), and the
 * distance rate with the MTA tax gives the interim estimate before any trip table exists.
 * Simplification, stated: no time-in-traffic charge, surcharges, tolls or flat airport fares here.
 */
public final class Tariff2014 {

  /** Charged on entry, USD: no metered trip costs less. */
  public static final double FLAG_DROP = 2.50;

  /** Charged for each started fifth of a mile, USD. */
  public static final double PER_FIFTH_MILE = 0.50;

  /** The MTA state surcharge on every metered trip, USD. */
  public static final double MTA_TAX = 0.50;

  private Tariff2014() {}

  /**
   * The meter's distance fare for {@code miles}, tax included: each started fifth costs its rate.
   */
  public static double distanceFare(double miles) {
    long fifths = (long) Math.ceil(miles * 5 - 1e-9);
    return FLAG_DROP + PER_FIFTH_MILE * fifths + MTA_TAX;
  }
}
