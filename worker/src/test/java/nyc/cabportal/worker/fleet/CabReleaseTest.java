package nyc.cabportal.worker.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nyc.cabportal.trips.geo.H3Cells;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Freeing the cab of a ride cancelled after dispatch. */
class CabReleaseTest {

  static final Path CONTRACT = Path.of(System.getProperty("cabportal.contract.dir", "../contract"));

  private static final long ASSIGNED = 1_000_000L;
  private static final Cab.Trip TRIP = new Cab.Trip("ride-1", 40.70, -74.00, 2.0, 600, ASSIGNED);

  /** Busy until its dropoff at 40.80,-73.90. */
  private static final Cab BUSY =
      new Cab("cab-1", 4, 40.80, -73.90, H3Cells.cell(40.80, -73.90), ASSIGNED + 1_800_000, TRIP);

  @Test
  void readsAReleaseExactlyAsTheContractShowsIt() throws Exception {
    Document example =
        Document.parse(Files.readString(CONTRACT.resolve("examples/cab-release.json")));
    CabRelease release = MongoCabReleases.release(example);
    assertEquals("cab-01068", release.cabId());
    assertEquals(40.758, release.pickupLat());
    assertEquals(example, MongoCabReleases.document(release));
  }

  @Test
  void aFreedCabStopsWhereItHasGotToOnTheWayToThePickup() {
    // Half its ETA gone: half way from where it was given the ride to the pickup (40.72,-73.98).
    Cab free = BUSY.releasedAt(ASSIGNED + 300_000, 40.72, -73.98);
    assertEquals(40.71, free.lat(), 1e-9);
    assertEquals(-73.99, free.lon(), 1e-9);
    assertEquals(H3Cells.cell(40.71, -73.99), free.cell());
    assertEquals(ASSIGNED + 300_000, free.freeAt());
    assertSame(TRIP, free.trip());
    // Past its ETA (the portal's clock and ours differ by a little): at the pickup, not beyond.
    Cab late = BUSY.releasedAt(ASSIGNED + 700_000, 40.72, -73.98);
    assertEquals(40.72, late.lat(), 1e-9);
  }

  @Test
  void aReleaseFreesOnlyOnceItsRideReadsCancelled() {
    CabRelease r = new CabRelease("ride-1", "cab-1", 40.72, -73.98, ASSIGNED + 300_000);
    assertEquals(CabRelease.Step.FREE, r.step("CANCELLED", ASSIGNED + 300_500));
    // The portal writes the release before it cancels the ride: wait for the second write ...
    assertEquals(CabRelease.Step.WAIT, r.step("DISPATCHED", ASSIGNED + 300_500));
    // ... but not for ever: that cancellation failed.
    assertEquals(
        CabRelease.Step.DROP,
        r.step("DISPATCHED", ASSIGNED + 300_000 + CabRelease.STATUS_WAIT_MILLIS));
    assertEquals(CabRelease.Step.DROP, r.step(null, ASSIGNED + 300_500));
    assertEquals(CabRelease.Step.DROP, r.step("NO_CAB", ASSIGNED + 300_500));
  }

  @Test
  void theFleetFreesTheCabOfTheRideOnceAndNotACabGivenAnotherRide() {
    Fleet fleet = new Fleet(List.of(BUSY));
    Cab free = BUSY.releasedAt(ASSIGNED + 300_000, 40.72, -73.98);
    fleet.put(free);
    assertSame(free, fleet.cabOf("ride-1"));
    assertEquals(1, fleet.freeAt(ASSIGNED + 300_000).size());
    // Given another ride, the cab no longer answers for the cancelled one.
    fleet.put(
        new Cab(
            "cab-1",
            4,
            40.75,
            -73.95,
            H3Cells.cell(40.75, -73.95),
            ASSIGNED + 2_000_000,
            new Cab.Trip("ride-2", 40.71, -73.99, 1.0, 120, ASSIGNED + 400_000)));
    assertEquals(null, fleet.cabOf("ride-1"));
  }
}
