package nyc.cabportal.worker.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.contract.ContractNames;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The worker reads data prep's tables as the contract's example documents show them. */
class TripHistoryStoreTest {

  static final Path CONTRACT = Path.of(System.getProperty("cabportal.contract.dir", "../contract"));

  static Document example(String table) throws Exception {
    return Document.parse(
        Files.readString(CONTRACT.resolve("examples/serving/" + table + ".json")));
  }

  @Test
  void readsAnEstimateDocument() throws Exception {
    TripStats s = TripHistoryStore.stats(example(ContractNames.TRIP_ESTIMATES));
    assertEquals(3, s.trips());
    assertEquals(0.9403, s.fareRatioP50(), 1e-9);
  }

  @Test
  void readsAModelGroup() throws Exception {
    ModelGroup g = TripHistoryStore.group(example(ContractNames.ESTIMATE_MODEL));
    assertEquals("Brooklyn to Brooklyn, all week", g.label());
    assertEquals(4.7043 + 2.2936 * 2, g.fare(2), 1e-9);
  }

  @Test
  void readsTheCellsOfAHeatMapFrame() throws Exception {
    Map<Long, Long> cells = new HashMap<>();
    TripHistoryStore.addCells(example(ContractNames.HEATMAP_CELLS), cells);
    assertEquals(7L, cells.get(Long.parseUnsignedLong("882a100d65fffff", 16)));
  }

  @Test
  void readsTheRealPointsOfACell() throws Exception {
    Map<Long, double[]> byCell = new HashMap<>();
    TripHistoryStore.addPoints(example(ContractNames.DROPOFF_POINTS), byCell);
    DropoffPoints points = new DropoffPoints(byCell);
    long cell = Long.parseUnsignedLong("882a100d65fffff", 16);
    assertEquals(3, points.count(cell));
    assertArrayEquals(new double[] {40.76441, -73.985129}, points.point(cell, 2));
    for (int i = 0; i < 3; i++) {
      double[] p = points.point(cell, i);
      assertEquals(
          cell, H3Cells.parent(H3Cells.cell(p[0], p[1]), 8), "point " + i + " in its cell");
    }
  }

  @Test
  void readsTheTablesVersionItWasBuiltFor() throws Exception {
    assertEquals(
        ContractNames.SERVING_TABLES_VERSION,
        example(ContractNames.DATAPREP_STATE).getInteger("version"));
  }
}
