package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Batched dispatch on the real stack: riders who ask at once all get different cabs, each cab's
 * stored trip names its ride, seats are respected, and the maps' own data is served.
 */
@ExtendWith(RunningStack.class)
class DispatchIT {

  /** How far the worker nudges a cab beside a taken point, in degrees of latitude or longitude. */
  private static final double NUDGE_DEG = 0.0003;

  static String ride(double lat, double lon, int passengers) {
    return String.format(
        Locale.ROOT,
        "{\"pickup\":{\"lat\":%.5f,\"lon\":%.5f},\"dropoff\":{\"lat\":40.7069,\"lon\":-74.0113},"
            + "\"passengers\":%d}",
        lat,
        lon,
        passengers);
  }

  @Test
  void ridersAskingAtOnceGetDifferentCabsEachBookedForItsRide() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      // All around Grand Central, so they compete for the same nearby cabs.
      RidesApi.Answer a = RidesApi.post(ride(40.7527 + (i % 5) * 0.0005, -73.9772, 1 + i % 4));
      assertEquals(202, a.status(), a.body().toString());
      ids.add(a.body().getString("id"));
    }
    Set<String> cabs = new HashSet<>();
    for (String id : ids) {
      JsonObject ride = RidesApi.awaitFinal(id, Duration.ofSeconds(90));
      assertEquals("DISPATCHED", ride.getString("status"), ride.toString());
      String cab = ride.getJsonObject("result").getJsonObject("cab").getString("id");
      assertTrue(cabs.add(cab), "cab " + cab + " given twice");
      Document stored = Fleet.cabOf(id);
      assertEquals(cab, stored.getString("_id"), "the store books the same cab for the ride");
      assertTrue(stored.getInteger("seats") >= ride.getInt("passengers"));
      assertTrue(
          ride.getJsonObject("result").getJsonNumber("pickupDistanceKm").doubleValue() <= 5.0);
    }
  }

  @Test
  void sixRidersGetASixSeatCab() {
    String id = RidesApi.post(ride(40.7580, -73.9855, 6)).body().getString("id");
    JsonObject ride = RidesApi.awaitFinal(id, Duration.ofSeconds(60));
    assertEquals("DISPATCHED", ride.getString("status"), ride.toString());
    assertEquals(6, Fleet.cabOf(id).getInteger("seats"));
  }

  /**
   * The fleet stands where real trips ended (data prep's {@code dropoff_points}), spread as they
   * were: nearly every cab on a position of its own, most of them at a real dropoff point or nudged
   * beside one (the rest where a ride or a cancellation of the tests left them). How many stand
   * exactly on a point depends on the hour of the week: at night the dropoffs crowd into fewer
   * cells, and the cabs beyond a cell's points are nudged (the worker's {@code FleetPlacement}).
   */
  @Test
  void theFleetStandsWhereRealTripsEndedSpreadNotStacked() {
    Fleet.awaitOnTheRoad(RunningStack.stack().settings().mongoUri());
    List<Document> cabs = Fleet.all();
    Set<String> real = Fleet.dropoffPoints();
    List<double[]> points =
        real.stream()
            .map(p -> p.split(","))
            .map(p -> new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])})
            .toList();
    Set<String> positions = new HashSet<>();
    long atRealPoints = 0;
    long nearRealPoints = 0;
    for (Document c : cabs) {
      double lat = c.getDouble("lat");
      double lon = c.getDouble("lon");
      String at = lat + "," + lon;
      positions.add(at);
      atRealPoints += real.contains(at) ? 1 : 0;
      nearRealPoints +=
          points.stream()
                  .anyMatch(
                      p -> Math.abs(p[0] - lat) <= NUDGE_DEG && Math.abs(p[1] - lon) <= NUDGE_DEG)
              ? 1
              : 0;
    }
    System.out.printf(
        "fleet: %d cabs on %d distinct positions, %d at a real dropoff point, %d at or beside one"
            + " (%d points stored)%n",
        cabs.size(), positions.size(), atRealPoints, nearRealPoints, real.size());
    assertTrue(
        positions.size() >= cabs.size() * 0.95,
        positions.size() + " distinct positions for " + cabs.size() + " cabs");
    assertTrue(
        nearRealPoints >= cabs.size() * 0.8,
        nearRealPoints + " of " + cabs.size() + " cabs at or beside a real dropoff point");
  }

  @Test
  void theMapsBoroughOutlinesAndPlacesComeFromThePortal() {
    RidesApi.Answer boroughs = RidesApi.getPath("/api/map/boroughs");
    assertEquals(200, boroughs.status());
    assertEquals(5, boroughs.body().getJsonArray("features").size());
    assertEquals(
        "Manhattan",
        boroughs
            .body()
            .getJsonArray("features")
            .getJsonObject(0)
            .getJsonObject("properties")
            .getString("name"));
    RidesApi.Answer places = RidesApi.getPath("/api/map/places");
    assertEquals(200, places.status());
  }
}
