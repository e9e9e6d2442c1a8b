package nyc.cabportal.dataprep.trip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.uber.h3core.H3Core;
import java.util.Random;
import org.junit.jupiter.api.Test;

class H3CellsTest {

  @Test
  void parentsAreTheLibrarysOwnAcrossTheServiceArea() throws Exception {
    H3Core h3 = H3Core.newInstance();
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      double lat =
          CleaningRules.MIN_LAT
              + random.nextDouble() * (CleaningRules.MAX_LAT - CleaningRules.MIN_LAT);
      double lon =
          CleaningRules.MIN_LON
              + random.nextDouble() * (CleaningRules.MAX_LON - CleaningRules.MIN_LON);
      long cell = H3Cells.cell(lat, lon);
      assertEquals(h3.latLngToCell(lat, lon, 9), cell);
      for (int res : new int[] {8, 7, 6}) {
        assertEquals(h3.cellToParent(cell, res), H3Cells.parent(cell, res));
      }
    }
    assertEquals(
        h3.h3ToString(H3Cells.cell(40.758, -73.9855)),
        H3Cells.address(H3Cells.cell(40.758, -73.9855)));
  }
}
