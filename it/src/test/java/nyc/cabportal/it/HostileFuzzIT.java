package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fuzz pass over the real server: a few thousand hostile requests generated from a seed ({@link
 * HostileRequests}), each answered without a 5xx, with the security headers, without repeating a
 * long value, and without naming the server, its classes or its messages. The seed and the counts
 * are printed; {@code -Dfuzz.seed=…} replays a run ({@code random} explores), {@code
 * -Dfuzz.requests=…} sizes it.
 *
 * <p>The requests go to the stack's address, its edge: a path the web container cannot decode at
 * all (a broken escape, an encoded NUL or dot segment), which Liberty refuses with a one-line page
 * of its own before any application is chosen, is answered there the portal's way ({@code
 * EdgeConfig}), and must be like every other answer. The body of {@code /metrics} names classes by
 * design: it is the operator's Prometheus scrape, which the deployment keeps off the public edge.
 */
@ExtendWith(RunningStack.class)
class HostileFuzzIT {

  /** The seed of the fifth exploring run, whose findings are fixed. */
  static final long DEFAULT_SEED = 5673042345707L;

  @Test
  void thousandsOfHostileRequestsGetNoServerErrorAndLeakNothing() {
    // A fixed seed by default, so a test run is a regression check that passes or fails the same
    // way every time; -Dfuzz.seed=random explores new requests (each new seed tried so far found
    // something, fixed since: RELIABILITY.md).
    String given = System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED));
    long seed = given.equals("random") ? System.nanoTime() : Long.parseLong(given);
    int count = Integer.getInteger("fuzz.requests", 3_000);
    int port = RunningStack.stack().settings().httpPort();
    HostileRequests requests = new HostileRequests(seed, port);
    Map<String, Integer> byStatus = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      HostileRequests.Request request = requests.next();
      RawHttp.Answer a = RawHttp.exchange(port, request.bytes());
      byStatus.merge(a.status() == 0 ? "closed" : a.status() / 100 + "xx", 1, Integer::sum);
      // The Prometheus text names classes and the server by design: it is the operator's scrape.
      boolean metrics = a.status() == 200 && request.target().startsWith("/metrics");
      String problem = problem(a, metrics);
      if (problem != null && failures.size() < 20) {
        failures.add(
            "#"
                + i
                + " "
                + request.method()
                + " "
                + shorten(request.target())
                + " -> "
                + a.status()
                + ": "
                + problem
                + "\n"
                + shorten(a.all()));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "fuzz: seed %d, %d requests in %.1f s, answers %s; %d problems%n",
        seed, count, seconds, byStatus, failures.size());
    assertEquals(List.of(), failures, "seed " + seed);
    assertTrue(seconds < 60, "the fuzz pass took " + seconds + " s");
  }

  /** What is wrong with an answer, or null. */
  private static String problem(RawHttp.Answer a, boolean metrics) {
    if (a.status() >= 500) {
      return "a server error";
    }
    if (a.status() == 0) {
      return null; // closed without an answer: the client learns nothing
    }
    if (a.header("Content-Security-Policy") == null
        || !"nosniff".equals(a.header("X-Content-Type-Options"))) {
      return "without the security headers";
    }
    if (a.all().contains("Q".repeat(41))) {
      return "a long value echoed";
    }
    for (String leak : metrics ? List.<String>of() : SecurityIT.LEAKS) {
      if (a.all().contains(leak)) {
        return "names " + leak;
      }
    }
    if (a.header("Set-Cookie") != null && a.header("Set-Cookie").startsWith("JSESSIONID")) {
      return "opens a session";
    }
    if (a.header("Location") != null && a.header("Location").contains("evil.example")) {
      return "redirects to the host the request claimed";
    }
    return null;
  }

  private static String shorten(String s) {
    return s.length() <= 600 ? s : s.substring(0, 600) + "… (" + s.length() + " chars)";
  }
}
