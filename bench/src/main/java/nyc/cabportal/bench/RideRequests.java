package nyc.cabportal.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * The requests of a simulated ride load: {@code POST /api/rides} between real places across the
 * city, each from a simulated rider of its own address, and the invalid requests a load sends as
 * the floor of a refusal ({@link RideLoad.Phase}).
 */
public final class RideRequests {

  /** Real pickup/dropoff pairs across the city, so requests are not all identical. */
  private static final double[][] PLACES = {
    {40.7580, -73.9855}, {40.6441, -73.7822}, {40.7741, -73.8720}, {40.7527, -73.9772},
    {40.7506, -73.9935}, {40.7069, -74.0113}, {40.8296, -73.9262}, {40.6826, -73.9754},
    {40.7571, -73.8458}, {40.6437, -74.0736}, {40.7794, -73.9632}, {40.7171, -73.9566}
  };

  private final String baseUrl;

  /**
   * @param baseUrl the portal's address, without a trailing slash
   */
  RideRequests(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The address of simulated rider {@code n}, from the range set aside for benchmarks (RFC 2544,
   * 198.18.0.0/15). The load is many riders, not one client: each request names its rider in {@code
   * X-Forwarded-For}, which the portal believes from a trusted proxy (the embedded stack trusts
   * this machine), so the per-client rate limit sees 65,024 riders.
   */
  public static String riderAddress(int n) {
    return "198.18." + (n / 254 % 256) + "." + (n % 254 + 1);
  }

  /** Ride {@code i} of a load: two of the places, 1–4 passengers, from rider {@code i}. */
  HttpRequest ride(Random random, int i) {
    double[] from = PLACES[random.nextInt(PLACES.length)];
    double[] to = PLACES[random.nextInt(PLACES.length)];
    while (to == from) {
      to = PLACES[random.nextInt(PLACES.length)];
    }
    return ridePost(from, to, 1 + random.nextInt(4), riderAddress(i));
  }

  /**
   * A request the portal refuses as invalid after parsing and validating it: a ride with no
   * passengers. Each from a rider of its own, above the rides' range, so it uses nobody's
   * allowance.
   */
  HttpRequest invalid(int n) {
    return ridePost(PLACES[n % PLACES.length], PLACES[(n + 1) % PLACES.length], 0, probeAddress(n));
  }

  private HttpRequest ridePost(double[] from, double[] to, int passengers, String rider) {
    String body =
        String.format(
            Locale.ROOT,
            "{\"pickup\":{\"lat\":%.4f,\"lon\":%.4f},\"dropoff\":{\"lat\":%.4f,\"lon\":%.4f},\"passengers\":%d}",
            from[0],
            from[1],
            to[0],
            to[1],
            passengers);
    return HttpRequest.newBuilder(URI.create(baseUrl + "/api/rides"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", rider)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Simulated riders for probes, in 198.19.0.0/16: the other half of the benchmark range. */
  static String probeAddress(int n) {
    return "198.19." + (n / 254 % 256) + "." + (n % 254 + 1);
  }
}
