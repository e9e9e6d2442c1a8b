package nyc.cabportal.trips;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Optional;
import nyc.cabportal.trips.geo.TaxiZones;
import nyc.cabportal.trips.geo.TaxiZones.Zone;

/**
 * The 2014 NYC taxi tariff (TLC rules in force from 4 September 2012 to the end of 2014), each part
 * named once, and where each charge appears in the published trip files.
 *
 * <ul>
 *   <li><b>The meter</b> ({@code fare_amount}, rate code 1): {@value #FLAG_DROP} USD on entry, then
 *       {@value #UNIT} USD per unit, a unit being a fifth of a mile while the cab runs faster than
 *       {@value #SLOW_MPH} mph or a minute while it is slower or stopped. So a trip of {@code d}
 *       miles in {@code t} minutes runs between {@code max(5d, t)} units (all fast, or all slow)
 *       and {@code 5d + t} units ({@link #meterRange}); on the shared Yellow sample 21,300 of the
 *       21,370 rate-code-1 fares with a distance and a duration (99.7 %) fall in that range ({@code
 *       Tariff2014Test}).
 *   <li><b>JFK</b> (rate code 2): a flat {@value #JFK_FLAT} USD between Manhattan and the airport,
 *       in {@code fare_amount} (401 of the sample's 402 rate-code-2 fares).
 *   <li><b>Newark</b> (rate code 3): the meter plus a {@value #NEWARK_SURCHARGE} USD surcharge,
 *       both in {@code fare_amount}.
 *   <li><b>Nassau and Westchester</b> (rate code 4): the meter to the city line, double beyond it.
 *   <li><b>Time surcharges</b> ({@code surcharge} in Yellow files, {@code extra} in Green): {@value
 *       #NIGHT_SURCHARGE} USD for a pickup from 8 PM to 6 AM, {@value #PEAK_SURCHARGE} USD from 4
 *       PM to 8 PM on weekdays ({@link #timeSurcharge}).
 *   <li><b>The MTA tax</b> ({@code mta_tax}): {@value #MTA_TAX} USD on every metered trip.
 * </ul>
 *
 * Source: the TLC's fare schedule of 2012 ("Taxicab Rate of Fare", 35 RCNY §58-26), checked against
 * the real rows of the shared data as above. Tolls and tips are the rider's and the route's, not
 * the tariff's.
 */
public final class Tariff2014 {

  /** Charged on entry, USD: no metered trip costs less. */
  public static final double FLAG_DROP = 2.50;

  /** One meter unit, USD: a fifth of a mile above {@value #SLOW_MPH} mph, else a minute. */
  public static final double UNIT = 0.50;

  /** Distance units per mile. */
  public static final int UNITS_PER_MILE = 5;

  /** The speed, mph, below which the meter counts minutes instead of distance. */
  public static final int SLOW_MPH = 12;

  /** The MTA state surcharge on every metered trip, USD. */
  public static final double MTA_TAX = 0.50;

  /** The flat fare between Manhattan and JFK, USD (rate code 2). */
  public static final double JFK_FLAT = 52.00;

  /** Added to the meter on a trip to Newark Airport, USD (rate code 3). */
  public static final double NEWARK_SURCHARGE = 17.50;

  /** For a pickup from 8 PM to 6 AM, USD. */
  public static final double NIGHT_SURCHARGE = 0.50;

  /** For a pickup from 4 PM to 8 PM, Monday to Friday, USD. */
  public static final double PEAK_SURCHARGE = 1.00;

  private Tariff2014() {}

  /** Which of the tariff's rules prices a trip, by where it starts and ends. */
  public enum Rule {
    /** The meter, as it runs (rate code 1). */
    METER,
    /** The flat fare between Manhattan and JFK, either way (rate code 2). */
    JFK_FLAT,
    /** The meter plus the Newark surcharge, for a trip to Newark Airport (rate code 3). */
    NEWARK
  }

  /**
   * The rule for a trip from {@code pickup} to {@code dropoff} (their TLC zones; empty in the water
   * or outside the zones). Trips beyond the city line (rate code 4) cannot be requested: the
   * service area ends at it.
   */
  public static Rule rule(Optional<Zone> pickup, Optional<Zone> dropoff) {
    if (pickup.isEmpty() || dropoff.isEmpty()) {
      return Rule.METER;
    }
    Zone from = pickup.get();
    Zone to = dropoff.get();
    if (from.inManhattan() && to.id() == TaxiZones.JFK
        || from.id() == TaxiZones.JFK && to.inManhattan()) {
      return Rule.JFK_FLAT;
    }
    return to.id() == TaxiZones.NEWARK ? Rule.NEWARK : Rule.METER;
  }

  /** The lowest and highest fare a metered trip can show. */
  public record FareRange(double low, double high) {
    public boolean holds(double fare, double tolerance) {
      return fare >= low - tolerance && fare <= high + tolerance;
    }
  }

  /**
   * The meter's fare ({@code fare_amount} at rate code 1) for {@code fastMiles} run above {@value
   * #SLOW_MPH} mph and {@code slowMinutes} spent slower: each started unit is charged.
   */
  public static double meter(double fastMiles, double slowMinutes) {
    return FLAG_DROP + UNIT * (started(fastMiles * UNITS_PER_MILE) + started(slowMinutes));
  }

  /**
   * The fares the meter can show for a trip of {@code miles} in {@code minutes}: from all of it
   * counted one way (the larger of its distance and its time in units) to both counted whole.
   */
  public static FareRange meterRange(double miles, double minutes) {
    double distanceUnits = miles * UNITS_PER_MILE;
    return new FareRange(
        FLAG_DROP + UNIT * Math.floor(Math.max(distanceUnits, minutes)),
        FLAG_DROP + UNIT * Math.ceil(distanceUnits + minutes));
  }

  /**
   * The time surcharge of a pickup at this New York local time ({@code surcharge}/{@code extra}).
   */
  public static double timeSurcharge(LocalDateTime pickup) {
    int hour = pickup.getHour();
    if (hour >= 20 || hour < 6) {
      return NIGHT_SURCHARGE;
    }
    boolean weekday =
        pickup.getDayOfWeek() != DayOfWeek.SATURDAY && pickup.getDayOfWeek() != DayOfWeek.SUNDAY;
    return weekday && hour >= 16 ? PEAK_SURCHARGE : 0;
  }

  /**
   * The meter's distance fare for {@code miles}, tax included: each started fifth costs its rate
   * (the interim estimate before any trip table exists: no slow minutes, no surcharge).
   */
  public static double distanceFare(double miles) {
    return FLAG_DROP + UNIT * started(miles * UNITS_PER_MILE) + MTA_TAX;
  }

  private static long started(double units) {
    return (long) Math.ceil(units - 1e-9);
  }
}
