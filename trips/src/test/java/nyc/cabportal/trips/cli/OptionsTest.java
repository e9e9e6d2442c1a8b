package nyc.cabportal.trips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

  static final List<Options.Option> DECLARED =
      List.of(
          new Options.Option("mongodb-uri", "mongodb://localhost:27017", "the store"),
          new Options.Option("input", null, "trip files"),
          new Options.Option("fleet-size", "3000", "cabs"));

  static Options parse(Map<String, String> env, String... args) {
    return Options.parse("Job", DECLARED, args, env);
  }

  @Test
  void aFlagBeatsItsVariableWhichBeatsTheDefault() {
    Map<String, String> env = Map.of("MONGODB_URI", "mongodb://env:1", "INPUT", "env.csv");
    Options o = parse(env, "--mongodb-uri", "mongodb://flag:1");
    assertEquals("mongodb://flag:1", o.get("mongodb-uri"));
    assertEquals("env.csv", o.get("input"));
    assertEquals(3000, o.positiveWhole("fleet-size"));
  }

  @Test
  void anOptionGivenSeveralTimesKeepsEveryValue() {
    assertEquals(List.of("a", "b"), parse(Map.of(), "--input", "a", "--input", "b").all("input"));
  }

  @Test
  void aBlankVariableCountsAsUnset() {
    assertEquals(
        "mongodb://localhost:27017",
        parse(Map.of("MONGODB_URI", " "), "--input", "x").get("mongodb-uri"));
  }

  @Test
  void sayWhatIsWrong() {
    assertEquals("--input is required (or INPUT): trip files", error());
    assertEquals("unknown option --inptu", error("--inptu", "x"));
    assertEquals("option --input needs a value", error("--input"));
    assertEquals(
        "--fleet-size must be a positive whole number, not 0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    parse(Map.of(), "--input", "x", "--fleet-size", "0")
                        .positiveWhole("fleet-size"))
            .getMessage());
  }

  @Test
  void aBoundedWholeNumberTakesItsBoundsAndNamesThemWhenOutside() {
    assertEquals(
        0, parse(Map.of(), "--input", "x", "--fleet-size", "0").wholeBetween("fleet-size", 0, 9));
    assertEquals(
        9, parse(Map.of(), "--input", "x", "--fleet-size", "9").wholeBetween("fleet-size", 0, 9));
    for (String bad : List.of("10", "-1", "2.5", "many")) {
      assertEquals(
          "--fleet-size must be a whole number from 0 to 9, not " + bad,
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      parse(Map.of(), "--input", "x", "--fleet-size", bad)
                          .wholeBetween("fleet-size", 0, 9))
              .getMessage());
    }
  }

  @Test
  void theUsageNamesEachOptionItsDefaultAndItsVariable() {
    String usage = Options.usage("Job", DECLARED);
    assertTrue(usage.contains("--fleet-size"), usage);
    assertTrue(usage.contains("(default 3000); env FLEET_SIZE"), usage);
    assertTrue(usage.contains("trip files (required); env INPUT"), usage);
  }

  private static String error(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), args)).getMessage();
  }
}
