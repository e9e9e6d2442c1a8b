package nyc.cabportal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerOptionsTest {

  private static final String[] REQUIRED = {
    "--boroughs-geojson", "boroughs.geojson", "--taxi-zones-geojson", "zones.geojson"
  };

  private static String[] with(String... more) {
    String[] all = new String[REQUIRED.length + more.length];
    System.arraycopy(REQUIRED, 0, all, 0, REQUIRED.length);
    System.arraycopy(more, 0, all, REQUIRED.length, more.length);
    return all;
  }

  @Test
  void startsAMicroBatchAtMostEvery200MsByDefault() {
    assertEquals(200, WorkerOptions.parse(REQUIRED, Map.of()).triggerIntervalMs());
    assertEquals(200, WorkerOptions.triggerIntervalMs(Map.of()));
  }

  @Test
  void readsTheTriggerIntervalFromTheFlagOrItsVariable() {
    assertEquals(
        250,
        WorkerOptions.parse(with("--trigger-interval-ms", "250"), Map.of()).triggerIntervalMs());
    Map<String, String> env = Map.of("TRIGGER_INTERVAL_MS", "500");
    assertEquals(500, WorkerOptions.parse(REQUIRED, env).triggerIntervalMs());
    assertEquals(500, WorkerOptions.triggerIntervalMs(env));
  }

  @Test
  void namesWhatIsWrongWithATriggerInterval() {
    for (String bad : new String[] {"-1", "60001", "0.5s", "soon"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> WorkerOptions.parse(with("--trigger-interval-ms", bad), Map.of()));
      assertTrue(
          e.getMessage().contains("--trigger-interval-ms") && e.getMessage().contains(bad),
          e.getMessage());
    }
  }
}
