package nyc.cabportal.trips.geo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The TLC taxi zones ({@code taxi_zones.geojson}: 263 zones with a {@code LocationID}, a {@code
 * zone} name and a {@code borough}, {@code EWR} for Newark Airport), and which zone holds a point.
 * They name the places the 2014 tariff treats apart: JFK (zone {@value #JFK}), Newark Airport (zone
 * {@value #NEWARK}) and Manhattan's zones, exactly as the TLC draws them. A point is tested as it
 * is, not by its H3 cell: a cell at JFK's edge would put a trip on the wrong side of a $52 rule.
 */
public final class TaxiZones {

  /** The TLC's zone id of JFK Airport. */
  public static final int JFK = 132;

  /** The TLC's zone id of Newark Airport. */
  public static final int NEWARK = 1;

  /** The TLC's zone id of LaGuardia Airport. */
  public static final int LAGUARDIA = 138;

  /** One zone: the TLC's id, its name, its borough ({@code EWR} for Newark Airport). */
  public record Zone(int id, String name, String borough) {
    public boolean inManhattan() {
      return borough.equals("Manhattan");
    }
  }

  private final Shapes<Zone> shapes;

  private TaxiZones(Shapes<Zone> shapes) {
    this.shapes = shapes;
  }

  /** Reads the zone file; says what is wrong with it if it is not one. */
  public static TaxiZones read(Path geojson) {
    return new TaxiZones(
        Shapes.read(
            geojson,
            "taxi zones",
            p -> {
              int id = p.path("LocationID").asInt(0);
              String name = p.path("zone").asText("");
              String borough = p.path("borough").asText("");
              if (id <= 0 || name.isEmpty() || borough.isEmpty()) {
                throw new IllegalArgumentException(
                    "each feature needs LocationID, zone and borough properties");
              }
              return new Zone(id, name, borough);
            }));
  }

  /** Every zone, in the order of the file (a zone of several polygons once). */
  public List<Zone> zones() {
    return shapes.labels();
  }

  /** A zone and a point inside it: where a rider who names the zone is taken to mean. */
  public record ZonePoint(Zone zone, double lat, double lon) {}

  /** A point inside each zone, in the order of {@link #zones()}. */
  public List<ZonePoint> points() {
    List<double[]> inside = shapes.insidePoints();
    List<Zone> zones = shapes.labels();
    List<ZonePoint> out = new java.util.ArrayList<>(zones.size());
    for (int i = 0; i < zones.size(); i++) {
      out.add(new ZonePoint(zones.get(i), inside.get(i)[0], inside.get(i)[1]));
    }
    return out;
  }

  /** The zone holding the point; empty in the water and outside the city. */
  public Optional<Zone> of(double lat, double lon) {
    return Optional.ofNullable(shapes.of(lat, lon));
  }
}
