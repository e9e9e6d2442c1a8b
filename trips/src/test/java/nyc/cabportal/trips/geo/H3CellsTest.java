package nyc.cabportal.trips.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.H3Core;
import java.util.Random;
import org.junit.jupiter.api.Test;

class H3CellsTest {

  @Test
  void parentsAreTheLibrarysOwnAcrossTheServiceArea() throws Exception {
    H3Core h3 = H3Core.newInstance();
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      double lat = NewYork.MIN_LAT + random.nextDouble() * (NewYork.MAX_LAT - NewYork.MIN_LAT);
      double lon = NewYork.MIN_LON + random.nextDouble() * (NewYork.MAX_LON - NewYork.MIN_LON);
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

  @Test
  void readsAnAddressBackAndOutlinesItsCellAroundItsCentre() {
    long cell = H3Cells.cell(40.758, -73.9855);
    assertEquals(cell, H3Cells.fromAddress(H3Cells.address(cell)));
    double[][] corners = H3Cells.outline(cell);
    assertEquals(6, corners.length);
    double[] centre = H3Cells.centre(cell);
    for (double[] c : corners) {
      double km = GreatCircle.km(c[0], c[1], centre[0], centre[1]);
      assertTrue(km > 0.1 && km < 0.3, "a res-9 corner lies 100-300 m from the centre: " + km);
    }
  }

  @Test
  void refusesWhatIsNoCellAddress() {
    assertThrows(IllegalArgumentException.class, () -> H3Cells.fromAddress("Times Square"));
    assertThrows(IllegalArgumentException.class, () -> H3Cells.fromAddress(null));
  }
}
