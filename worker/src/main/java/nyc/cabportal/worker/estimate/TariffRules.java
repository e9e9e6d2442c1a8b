package nyc.cabportal.worker.estimate;

import java.util.Locale;
import java.util.Optional;
import nyc.cabportal.trips.Tariff2014;
import nyc.cabportal.trips.geo.TaxiZones;
import nyc.cabportal.trips.geo.TaxiZones.Zone;

/**
 * The 2014 tariff's rules by where a trip starts and ends, over an estimate of the meter: between
 * Manhattan and JFK the fare is the flat {@value Tariff2014#JFK_FLAT} USD whatever the meter would
 * say (its range is that one fare); to Newark Airport the meter's estimate gains the {@value
 * Tariff2014#NEWARK_SURCHARGE} USD surcharge. Elsewhere the meter's estimate stands. Duration (and
 * its range) and distance are always the meter estimate's: the cab drives the same road whatever
 * the rule.
 */
public final class TariffRules implements TripEstimator {

  /** {@code basis.method} of a flat fare. */
  static final String FLAT_FARE = "flat-fare";

  private final TaxiZones zones;
  private final TripEstimator meter;

  public TariffRules(TaxiZones zones, TripEstimator meter) {
    this.zones = zones;
    this.meter = meter;
  }

  @Override
  public TripEstimate estimate(TripQuery q) {
    TripEstimate m = meter.estimate(q);
    Optional<Zone> from = zones.of(q.pickupLat(), q.pickupLon());
    Optional<Zone> to = zones.of(q.dropoffLat(), q.dropoffLon());
    return switch (Tariff2014.rule(from, to)) {
      case METER -> m;
      case JFK_FLAT ->
          new TripEstimate(
              Tariff2014.JFK_FLAT,
              Tariff2014.JFK_FLAT,
              Tariff2014.JFK_FLAT,
              Tariff2014.JFK_FLAT,
              m.durationSeconds(),
              m.durationP10Seconds(),
              m.durationP90Seconds(),
              m.distanceKm(),
              FLAT_FARE,
              m.trips(),
              m.level(),
              m.from(),
              String.format(
                  Locale.ROOT,
                  "JFK flat fare between Manhattan and the airport, $%.2f; %s, from %s",
                  Tariff2014.JFK_FLAT,
                  TripEstimate.routeWords(m.distanceKm(), m.durationSeconds()),
                  m.from()));
      case NEWARK ->
          new TripEstimate(
              TripEstimate.cents(m.fareP10() + Tariff2014.NEWARK_SURCHARGE),
              TripEstimate.cents(m.fareP50() + Tariff2014.NEWARK_SURCHARGE),
              TripEstimate.cents(m.fareP90() + Tariff2014.NEWARK_SURCHARGE),
              TripEstimate.cents(m.fareMean() + Tariff2014.NEWARK_SURCHARGE),
              m.durationSeconds(),
              m.durationP10Seconds(),
              m.durationP90Seconds(),
              m.distanceKm(),
              m.method(),
              m.trips(),
              m.level(),
              m.from(),
              String.format(
                  Locale.ROOT,
                  "%s, plus the $%.2f Newark surcharge",
                  m.detail(),
                  Tariff2014.NEWARK_SURCHARGE));
    };
  }
}
