package nyc.cabportal.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.bson.Document;

/**
 * The names every process shares, read from {@code contract/names.properties} as an outside client
 * of the stack would: the tests name no topic or collection themselves, so a renamed table fails
 * here rather than passing against a name nobody writes any more.
 */
final class Contract {

  static final Path DIR = Path.of(System.getProperty("cabportal.contract.dir", "../contract"));

  private static final Properties NAMES = load();

  static final String RIDE_REQUESTS = name("topic.ride-requests");
  static final String RIDE_REQUESTS_DLQ = name("topic.ride-requests-dlq");
  static final String DATABASE = name("mongodb.database");
  static final String RIDES = collection("rides");
  static final String CABS = collection("cabs");
  static final String REQUEST_RATE = collection("request-rate");
  static final String DATAPREP_RUNS = collection("dataprep-runs");
  static final String VOLUME_DAILY = collection("volume-daily");
  static final String HEATMAP_CELLS = collection("heatmap-cells");
  static final String TRIP_DISTRIBUTIONS = collection("trip-distributions");
  static final String TRIP_ESTIMATES = collection("trip-estimates");

  /** Every serving table data prep fills (its state and run reports aside). */
  static final List<String> SERVING_TABLES =
      List.of(
          collection("volume-hourly"),
          VOLUME_DAILY,
          collection("volume-weekly"),
          collection("trip-histograms"),
          TRIP_DISTRIBUTIONS,
          HEATMAP_CELLS,
          TRIP_ESTIMATES,
          collection("estimate-model"),
          collection("payment-daily"),
          collection("pickup-areas-daily"),
          collection("dropoff-points"));

  private Contract() {}

  static String collection(String key) {
    return name("collection." + key);
  }

  /** The example document of a serving table, {@code examples/serving/<name>.json}. */
  static Document servingExample(String table) {
    try {
      return Document.parse(Files.readString(DIR.resolve("examples/serving/" + table + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(String key) {
    String v = NAMES.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("contract/names.properties has no " + key);
    }
    return v;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(DIR.resolve("names.properties"))) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
