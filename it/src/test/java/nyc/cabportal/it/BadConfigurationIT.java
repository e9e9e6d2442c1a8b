package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.PartProcess;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A portal server given a bad configuration value refuses to start, and its log names the key and
 * the value: it never serves with a setting it could not read.
 */
@ExtendWith(RunningStack.class)
class BadConfigurationIT {

  private static final int PORT = 19082;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CAB_RIDES_RATE_LIMIT_BURST|lots|cab.rides.rate-limit.burst must be a whole number, was \"lots\"",
        "CAB_HTTP_TRUSTED_PROXIES|10.0.0.0/40|cab.http.trusted-proxies: trusted proxy range \"10.0.0.0/40\"",
        "CAB_RESULTS_CACHE_SIZE|ten thousand|cab.results.cache-size"
      })
  void aBadValueStopsThePortalWithAMessageNamingIt(String key, String value, String message)
      throws Exception {
    EmbeddedStack stack = RunningStack.stack();
    PartProcess portal = stack.launchPortal(PORT, Map.of(key, value));
    try {
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> read(portal.log()).contains(message));
      assertTrue(!ready(), "a portal that could not read its configuration says it is ready");
    } finally {
      stack.stopPortal(PORT);
      Files.deleteIfExists(portal.log());
    }
  }

  private static boolean ready() {
    try {
      return RidesApi.getFrom("http://localhost:" + PORT, "/health/ready").status() == 200;
    } catch (IllegalStateException e) {
      return false; // not even listening
    }
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
