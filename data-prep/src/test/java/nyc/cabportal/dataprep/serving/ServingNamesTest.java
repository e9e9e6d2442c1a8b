package nyc.cabportal.dataprep.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Data prep's side of the contract: the names it writes its tables under. */
class ServingNamesTest {

  static final Path CONTRACT = Path.of(System.getProperty("cabportal.contract.dir", "../contract"));

  static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("mongodb.database", ServingNames.DATABASE),
          Map.entry("collection.dataprep-runs", ServingNames.RUNS),
          Map.entry("collection.dataprep-state", ServingNames.STATE),
          Map.entry("collection.volume-hourly", ServingNames.VOLUME_HOURLY),
          Map.entry("collection.volume-daily", ServingNames.VOLUME_DAILY),
          Map.entry("collection.volume-weekly", ServingNames.VOLUME_WEEKLY),
          Map.entry("collection.trip-histograms", ServingNames.HISTOGRAMS),
          Map.entry("collection.trip-distributions", ServingNames.DISTRIBUTIONS),
          Map.entry("collection.payment-daily", ServingNames.PAYMENT_DAILY),
          Map.entry("collection.pickup-areas-daily", ServingNames.PICKUP_AREAS_DAILY),
          Map.entry("collection.heatmap-cells", ServingNames.HEATMAP),
          Map.entry("collection.trip-estimates", ServingNames.ESTIMATES),
          Map.entry("collection.estimate-model", ServingNames.MODEL),
          Map.entry("collection.dropoff-points", ServingNames.DROPOFF_POINTS),
          Map.entry("serving-tables.version", String.valueOf(ServingNames.VERSION)));

  @Test
  void writesUnderTheSharedNames() throws IOException {
    Properties names = new Properties();
    try (Reader r = Files.newBufferedReader(CONTRACT.resolve("names.properties"))) {
      names.load(r);
    }
    NAMES.forEach((key, value) -> assertEquals(names.getProperty(key), value, key));
  }

  @Test
  void everyTableItWritesHasAnExampleDocument() {
    NAMES.forEach(
        (key, value) -> {
          if (key.startsWith("collection.")) {
            Path example = CONTRACT.resolve("examples/serving/" + value + ".json");
            assertTrue(Files.isRegularFile(example), "no example document " + example);
          }
        });
  }
}
