package nyc.cabportal.worker.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nyc.cabportal.trips.geo.GreatCircle;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.history.TripHistory.WeightedCells;
import org.junit.jupiter.api.Test;

class FleetPlacementTest {

  private static final long TIMES_SQUARE = H3Cells.parent(H3Cells.cell(40.7580, -73.9855), 8);
  private static final long JFK = H3Cells.parent(H3Cells.cell(40.6413, -73.7781), 8);

  /** Three times as many trips ended at Times Square as at JFK. */
  private static final WeightedCells DROPOFFS =
      new WeightedCells(new long[] {TIMES_SQUARE, JFK}, new long[] {300, 400});

  @Test
  void placesCabsWhereTripsEndInProportionTheSameWayEveryTime() {
    List<Cab> cabs = FleetPlacement.place(700, DROPOFFS, 42, 1000);
    assertEquals(cabs, FleetPlacement.place(700, DROPOFFS, 42, 1000));
    long nearTimesSquare =
        cabs.stream().filter(c -> GreatCircle.km(c.lat(), c.lon(), 40.7580, -73.9855) < 1).count();
    assertTrue(nearTimesSquare > 450 && nearTimesSquare < 600, "≈ 3/4: " + nearTimesSquare);
    assertEquals(100, cabs.stream().filter(c -> c.seats() == 6).count(), "one in seven");
    assertTrue(cabs.stream().allMatch(c -> c.freeAt() == 1000 && c.trip() == null));
    assertEquals("cab-00001", cabs.get(0).id());
  }

  @Test
  void anIdleCabMovesToWhereTripsEndNowAndIsFreeThereFromNow() {
    Cab waiting = new Cab("cab-00007", 4, 40.70, -74.01, H3Cells.cell(40.70, -74.01), 0, null);
    WeightedCells onlyJfk = new WeightedCells(new long[] {JFK}, new long[] {5});
    Cab moved = FleetPlacement.moveIdle(waiting, onlyJfk, 5_000_000);
    assertTrue(GreatCircle.km(moved.lat(), moved.lon(), 40.6413, -73.7781) < 1);
    assertEquals(5_000_000, moved.freeAt());
    assertEquals(H3Cells.cell(moved.lat(), moved.lon()), moved.cell());
    assertEquals(moved, FleetPlacement.moveIdle(waiting, onlyJfk, 5_000_000));
  }
}
