package nyc.cabportal.worker.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nyc.cabportal.trips.geo.GreatCircle;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.history.DropoffPoints;
import nyc.cabportal.worker.history.TripHistory.WeightedCells;
import org.junit.jupiter.api.Test;

class FleetPlacementTest {

  private static final long TIMES_SQUARE = H3Cells.parent(H3Cells.cell(40.7580, -73.9855), 8);
  private static final long JFK = H3Cells.parent(H3Cells.cell(40.6413, -73.7781), 8);

  /** Three times as many trips ended at Times Square as at JFK. */
  private static final WeightedCells DROPOFFS =
      new WeightedCells(new long[] {TIMES_SQUARE, JFK}, new long[] {300, 400});

  /** Four real points where trips ended at Times Square; none known at JFK. */
  private static final double[] TIMES_SQUARE_POINTS = {
    40.7580, -73.9855, 40.7585, -73.9850, 40.7577, -73.9862, 40.7590, -73.9858
  };

  private static final DropoffPoints POINTS =
      new DropoffPoints(Map.of(TIMES_SQUARE, TIMES_SQUARE_POINTS));

  @Test
  void placesCabsWhereTripsEndInProportionTheSameWayEveryTime() {
    List<Cab> cabs = FleetPlacement.place(700, DROPOFFS, DropoffPoints.NONE, 42, 1000);
    assertEquals(cabs, FleetPlacement.place(700, DROPOFFS, DropoffPoints.NONE, 42, 1000));
    long nearTimesSquare =
        cabs.stream().filter(c -> GreatCircle.km(c.lat(), c.lon(), 40.7580, -73.9855) < 1).count();
    assertTrue(nearTimesSquare > 450 && nearTimesSquare < 600, "≈ 3/4: " + nearTimesSquare);
    assertEquals(100, cabs.stream().filter(c -> c.seats() == 6).count(), "one in seven");
    assertTrue(cabs.stream().allMatch(c -> c.freeAt() == 1000 && c.trip() == null));
    assertEquals("cab-00001", cabs.get(0).id());
  }

  @Test
  void cabsStandAtTheRealPointsOfTheirCellEachOnItsOwnUntilEveryPointHasACab() {
    List<Cab> cabs = FleetPlacement.place(12, DROPOFFS, POINTS, 7, 1000);
    List<Cab> inTimesSquare =
        cabs.stream().filter(c -> GreatCircle.km(c.lat(), c.lon(), 40.7580, -73.9855) < 1).toList();
    assertTrue(inTimesSquare.size() > 4, "more cabs than points: " + inTimesSquare.size());
    Set<String> real = new HashSet<>();
    for (int i = 0; i < TIMES_SQUARE_POINTS.length; i += 2) {
      real.add(TIMES_SQUARE_POINTS[i] + "," + TIMES_SQUARE_POINTS[i + 1]);
    }
    Set<String> first = new HashSet<>();
    for (Cab c : inTimesSquare.subList(0, 4)) {
      first.add(c.lat() + "," + c.lon());
    }
    assertEquals(real, first, "the first four stand at the four real points");
    for (Cab c : inTimesSquare.subList(4, inTimesSquare.size())) {
      assertTrue(!real.contains(c.lat() + "," + c.lon()), "a later cab is not on top of one");
      double nearest = Double.MAX_VALUE;
      for (int i = 0; i < TIMES_SQUARE_POINTS.length; i += 2) {
        nearest =
            Math.min(
                nearest,
                GreatCircle.km(
                    c.lat(), c.lon(), TIMES_SQUARE_POINTS[i], TIMES_SQUARE_POINTS[i + 1]));
      }
      assertTrue(nearest < 0.05, "within 50 m of a real point: " + nearest);
    }
  }

  @Test
  void anIdleCabMovesToWhereTripsEndNowAndIsFreeThereFromNow() {
    Cab waiting = new Cab("cab-00007", 4, 40.70, -74.01, H3Cells.cell(40.70, -74.01), 0, null);
    WeightedCells onlyJfk = new WeightedCells(new long[] {JFK}, new long[] {5});
    Cab moved = FleetPlacement.moveIdle(waiting, onlyJfk, POINTS, 5_000_000);
    assertTrue(GreatCircle.km(moved.lat(), moved.lon(), 40.6413, -73.7781) < 1);
    assertEquals(5_000_000, moved.freeAt());
    assertEquals(H3Cells.cell(moved.lat(), moved.lon()), moved.cell());
    assertEquals(moved, FleetPlacement.moveIdle(waiting, onlyJfk, POINTS, 5_000_000));
  }

  @Test
  void anIdleCabMovesToARealPointOfItsNewCell() {
    Cab waiting = new Cab("cab-00008", 4, 40.70, -74.01, H3Cells.cell(40.70, -74.01), 0, null);
    WeightedCells onlyTimesSquare = new WeightedCells(new long[] {TIMES_SQUARE}, new long[] {5});
    Cab moved = FleetPlacement.moveIdle(waiting, onlyTimesSquare, POINTS, 5_000_000);
    boolean atAPoint = false;
    for (int i = 0; i < TIMES_SQUARE_POINTS.length; i += 2) {
      atAPoint |=
          moved.lat() == TIMES_SQUARE_POINTS[i] && moved.lon() == TIMES_SQUARE_POINTS[i + 1];
    }
    assertTrue(atAPoint, moved.lat() + "," + moved.lon());
  }
}
