package nyc.cabportal.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nyc.cabportal.domain.tripdata.CellTrips;
import nyc.cabportal.domain.tripdata.HeatmapQuery;
import org.junit.jupiter.api.Test;

class HeatMapsTest {

  private final FakeTripTables tables = new FakeTripTables();
  private final FlatCells cells = new FlatCells();
  private final HeatMaps heatMaps = new HeatMaps(tables, cells);

  @Test
  void sumsTheSourcesOfAFrameBusiestCellFirst() {
    tables.frames.put(
        "yellow|pickup|r8|all", List.of(new CellTrips("a", 3), new CellTrips("b", 1)));
    tables.frames.put("uber|pickup|r8|all", List.of(new CellTrips("b", 5)));
    HeatmapFrame f = heatMaps.frame(HeatmapQuery.parse("all", null, null, null));
    assertEquals(9, f.trips());
    assertEquals(9, f.tripsDrawn());
    assertEquals(6, f.max());
    assertEquals(List.of("b", "a"), f.cells().stream().map(HeatmapFrame.Cell::h3).toList());
    assertEquals(Optional.empty(), f.note());
  }

  @Test
  void saysUberHasNoDropoffs() {
    HeatmapFrame f = heatMaps.frame(HeatmapQuery.parse("uber", "dropoff", null, null));
    assertEquals(0, f.trips());
    assertEquals(Optional.of("Uber's 2014 data has pickups only: no dropoffs"), f.note());
  }

  @Test
  void outlinesEveryCellOfTheWholeWeekFrames() {
    tables.frames.put("green|pickup|r7|all", List.of(new CellTrips("a", 1), new CellTrips("c", 1)));
    assertEquals(2, heatMaps.outlineEveryCell());
    assertEquals(2, cells.outlined);
  }
}
