package nyc.cabportal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nyc.cabportal.domain.ride.RideStatus;
import org.junit.jupiter.api.Test;

class RiderTextTest {

  private static final RiderText EN = RiderText.of(Locale.ENGLISH);

  @Test
  void everyVisibleStatusHasWordsAndTheScriptsGetThemAll() {
    assertEquals("Looking for a cab", EN.status(RideStatus.QUEUED));
    assertEquals("Cab on the way", EN.status(RideStatus.DISPATCHED));
    assertEquals("No cab free nearby — try again", EN.status(RideStatus.NO_CAB));
    JsonObject all = Json.createReader(new StringReader(EN.scriptJson())).readObject();
    for (RideStatus s : RideStatus.values()) {
      if (s.isVisible()) {
        assertTrue(all.containsKey("status." + s.name()), s + " has no words");
      }
    }
    assertEquals("{0} min from the pickup", all.getString("script.toPickup"));
    assertFalse(all.containsKey("form.title"), "only what the scripts use");
  }

  @Test
  void fillsPatternsInTheLanguagesWay() {
    assertEquals("9 min from the pickup", EN.format("script.toPickup", 9));
    assertEquals(
        "$45.00 – $57.50 (typical $52.00)",
        EN.format("script.fareRange", "$45.00", "$57.50", "$52.00"));
    assertEquals("There is no ride with id abc.", EN.format("ride.problem.unknown", "abc"));
  }

  /**
   * A key the pages, their scripts or their beans name but the bundle lacks would show as the key
   * itself (or fail the page): every one is checked here, as written in the sources.
   */
  @Test
  void everyKeyThePagesScriptsAndBeansUseIsInTheBundle() throws IOException {
    List<String> missing = new ArrayList<>();
    check("src/main/webapp", ".xhtml", Pattern.compile("text\\['([\\w.]+)'\\]"), missing);
    check(
        "src/main/webapp/resources/js",
        ".js",
        Pattern.compile("\\bt\\(\"(\\w+(?:\\.\\w+)+)\""),
        missing);
    check(
        "src/main/java/nyc/cabportal/interfaces/web",
        ".java",
        Pattern.compile("(?:\\.get|\\.format|\\.time)\\(\\s*\"([a-z]+\\.[\\w.]+)\""),
        missing);
    assertEquals(List.of(), missing);
  }

  private static void check(String dir, String suffix, Pattern key, List<String> missing)
      throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(dir))) {
      for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          try {
            EN.get(m.group(1));
          } catch (MissingResourceException e) {
            missing.add(f + ": " + m.group(1));
          }
        }
      }
    }
  }
}
