package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineHashesTest {

  @Test
  void remembersEveryLineThroughGrowth() {
    LineHashes seen = new LineHashes();
    for (int i = 0; i < 100_000; i++) {
      assertTrue(seen.add("\"4/1/2014 0:11:00\",40.769,-73.9549,\"B0" + i + "\""));
    }
    for (int i = 0; i < 100_000; i += 997) {
      assertFalse(seen.add("\"4/1/2014 0:11:00\",40.769,-73.9549,\"B0" + i + "\""));
    }
    assertEquals(100_000, seen.size());
  }
}
