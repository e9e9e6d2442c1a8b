package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataPrepOptionsTest {

  @Test
  void optionsOverrideTheEnvironmentWhichOverridesDefaults() {
    DataPrepOptions o =
        DataPrepOptions.parse(
            new String[] {
              "--input",
              "a.csv,b/",
              "--input",
              "c.csv.gz",
              "--mongodb-database",
              "x",
              "--boroughs-geojson",
              "b.geojson"
            },
            Map.of("MONGODB_URI", "mongodb://db:27017", "INPUT", "ignored.csv"));
    assertEquals(List.of("a.csv", "b/", "c.csv.gz"), o.inputs());
    assertEquals("mongodb://db:27017", o.mongodbUri());
    assertEquals("x", o.mongodbDatabase());
    assertEquals("var/warehouse", o.warehouse());
    assertEquals(false, o.onlyIfEmpty());
  }

  @Test
  void theInputCanComeFromTheEnvironment() {
    assertEquals(
        List.of("/data"),
        DataPrepOptions.parse(
                new String[0], Map.of("INPUT", "/data", "BOROUGHS_GEOJSON", "b.geojson"))
            .inputs());
  }

  @Test
  void badOptionsSayWhatIsWrong() {
    assertEquals(
        "--input is required (or INPUT): trip files (.csv or .csv.gz, Yellow/Green/Uber 2014) or"
            + " directories holding them",
        error());
    assertEquals("unknown option --inptu", error("--inptu", "x"));
    assertEquals(
        "--boroughs-geojson is required (or BOROUGHS_GEOJSON): the NYC borough boundaries GeoJSON"
            + " (nyc_borough_boundaries.geojson)",
        error("--input", "x"));
    assertEquals("option --warehouse needs a value", error("--input", "x", "--warehouse"));
    assertEquals(
        "--only-if-empty must be true or false, not yes",
        error("--input", "x", "--boroughs-geojson", "b", "--only-if-empty", "yes"));
    assertEquals(
        "--progress-seconds must be a positive whole number, not 0",
        error("--input", "x", "--boroughs-geojson", "b", "--progress-seconds", "0"));
    assertEquals(
        "--serving-parallelism must be a whole number from 1 to 8, not 0",
        error("--input", "x", "--boroughs-geojson", "b", "--serving-parallelism", "0"));
    assertEquals(
        "--mongodb-uri must start with mongodb:// or mongodb+srv://, not localhost",
        error("--input", "x", "--boroughs-geojson", "b", "--mongodb-uri", "localhost"));
  }

  private static String error(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> DataPrepOptions.parse(args, Map.of()))
        .getMessage();
  }
}
