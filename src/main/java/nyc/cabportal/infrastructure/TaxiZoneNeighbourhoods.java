package nyc.cabportal.infrastructure;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.Place;
import nyc.cabportal.trips.geo.TaxiZones;

/**
 * Neighbourhoods from the TLC taxi zones file ({@code taxi_zones.geojson}, 263 named zones), the
 * same map the worker prices the JFK flat fare by. Without the file the portal still works and says
 * coordinates: a missing map of names is not worth refusing rides over.
 */
public final class TaxiZoneNeighbourhoods implements Neighbourhoods {

  private static final Logger LOG = Logger.getLogger(TaxiZoneNeighbourhoods.class.getName());

  private final TaxiZones zones;
  private final List<Place> places;

  private TaxiZoneNeighbourhoods(TaxiZones zones) {
    this.zones = zones;
    this.places =
        zones.points().stream()
            .map(
                z ->
                    new Place(
                        "zone-" + z.zone().id(),
                        z.zone().name(),
                        borough(z.zone()),
                        new GeoPoint(z.lat(), z.lon())))
            .toList();
  }

  /**
   * The zones of {@code geojson}, or {@link Neighbourhoods#NONE} (logged) when it is unreadable.
   */
  public static Neighbourhoods read(Path geojson) {
    try {
      return new TaxiZoneNeighbourhoods(TaxiZones.read(geojson));
    } catch (RuntimeException e) {
      LOG.warning(
          "no place names: the taxi zones file "
              + geojson
              + " could not be read ("
              + e.getMessage()
              + "); set TAXI_ZONES_GEOJSON to the TLC taxi zones file");
      return Neighbourhoods.NONE;
    }
  }

  /** "Midtown Center, Manhattan"; "Newark Airport" for the TLC's zone outside the city. */
  @Override
  public Optional<String> of(GeoPoint p) {
    return zones
        .of(p.lat(), p.lon())
        .map(z -> z.id() == TaxiZones.NEWARK ? z.name() : z.name() + ", " + z.borough());
  }

  @Override
  public Ground groundOf(GeoPoint p) {
    return zones
        .of(p.lat(), p.lon())
        .map(z -> z.id() == TaxiZones.NEWARK ? Ground.NEWARK_AIRPORT : Ground.CITY)
        .orElse(Ground.NONE);
  }

  /** The 263 zones, each at a point inside it ("zone-132": JFK Airport, Queens). */
  @Override
  public List<Place> all() {
    return places;
  }

  /** The borough a rider reads: the TLC's "EWR" (Newark Airport's) is New Jersey. */
  private static String borough(TaxiZones.Zone z) {
    return z.id() == TaxiZones.NEWARK ? "New Jersey" : z.borough();
  }
}
