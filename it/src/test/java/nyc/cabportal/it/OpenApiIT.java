package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /openapi} describes the REST API as the README does: every status the README documents for
 * the ride endpoints (their descriptions and the table of refusals) is a response of one of the
 * {@code /api/rides…} operations, and the admins' 401 is on the admin operations.
 */
@ExtendWith(RunningStack.class)
class OpenApiIT {

  static final Path README = Path.of(System.getProperty("cabportal.root", ".."), "README.md");

  @Test
  void everyStatusTheReadmeDocumentsIsInTheApiDescription() throws Exception {
    RidesApi.Answer a =
        RidesApi.send(
            HttpRequest.newBuilder(URI.create(RunningStack.baseUrl() + "/openapi"))
                .header("Accept", "application/json")
                .GET());
    assertEquals(200, a.status(), a.response().body());
    JsonObject paths =
        Json.createReader(new StringReader(a.response().body()))
            .readObject()
            .getJsonObject("paths");

    Set<String> rides = statuses(paths, "/api/rides");
    Set<String> admin = statuses(paths, "/api/admin/");
    Set<String> documented = documentedRideStatuses();
    assertTrue(documented.size() >= 12, "statuses read from the README: " + documented);
    Set<String> missing = new TreeSet<>(documented);
    missing.remove("401");
    missing.removeAll(rides);
    assertEquals(Set.of(), missing, "documented in the README, absent from /openapi: " + rides);
    assertTrue(admin.contains("401"), "admin operations' statuses: " + admin);
    for (String op : List.of("requestRide", "getRide", "cancelRide", "rideEvents")) {
      assertTrue(a.response().body().contains("\"" + op + "\""), op);
    }
  }

  /** Every response status of the operations under paths starting with {@code prefix}. */
  static Set<String> statuses(JsonObject paths, String prefix) {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      if (!path.getKey().startsWith(prefix)) {
        continue;
      }
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        if (op.getValue() instanceof JsonObject o && o.containsKey("responses")) {
          out.addAll(o.getJsonObject("responses").keySet());
        }
      }
    }
    return out;
  }

  /**
   * The statuses of the README's ride endpoints: the bullets of "The REST API" that name {@code
   * /api/rides}, and the first column of its table of refusals.
   */
  static Set<String> documentedRideStatuses() throws Exception {
    List<String> lines = Files.readAllLines(README);
    int api = lines.indexOf("## The REST API");
    Set<String> out = new TreeSet<>();
    Pattern code = Pattern.compile("\\b([1-5][0-9]{2})\\b");
    String bullet = null;
    for (String line : lines.subList(api + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("- ")) {
        bullet = line;
      } else if (!line.startsWith("  ")) {
        bullet = null;
      }
      if (bullet != null && bullet.contains("/api/rides")) {
        Matcher m = Pattern.compile("`([1-5][0-9]{2})\\b").matcher(line);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
      if (line.startsWith("| ") && !line.startsWith("| status") && !line.startsWith("| ---")) {
        Matcher m = code.matcher(line.substring(0, line.indexOf('|', 2)));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }
}
