package nyc.cabportal.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Times each admin page and its data against a running stack ({@code ./cabportal run}) that holds
 * the shared data: signs in, then requests each URL one after another and reports percentiles of
 * the time from sending the request to the last byte (on loopback: server time plus well under a
 * millisecond). "repeat" asks the same URL each time (the portal's cache of the serving tables
 * answers); "new each time" changes the date range or the hour on every request, so each is a first
 * look at that view.
 *
 * <p>{@code ./cabportal bench-admin [--base-url http://localhost:9080] [--requests 200]}
 */
public final class AdminPagesBenchmark {

  private AdminPagesBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = "http://localhost:9080";
    int requests = 200;
    Path passwordFile = Path.of("var/admin-password");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--base-url" -> base = args[i + 1];
        case "--requests" -> requests = Integer.parseInt(args[i + 1]);
        case "--password-file" -> passwordFile = Path.of(args[i + 1]);
        default -> {
          System.err.println(
              "unknown option " + args[i] + " (--base-url, --requests, --password-file)");
          System.exit(2);
        }
      }
    }
    String password =
        System.getenv("ADMIN_PASSWORD") != null
            ? System.getenv("ADMIN_PASSWORD")
            : Files.readString(passwordFile).strip();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    signIn(http, base, password);

    LocalDate jan1 = LocalDate.of(2014, 1, 1);
    Map<String, IntFunction<String>> cases = new LinkedHashMap<>();
    cases.put("trips page, year, repeat", i -> "/admin/trips.xhtml");
    cases.put(
        "trips page, new range each time",
        i -> "/admin/trips.xhtml?from=" + jan1.plusDays(i % 240) + "&to=" + jan1.plusDays(120 + i));
    cases.put(
        "trips page, Uber April, repeat",
        i -> "/admin/trips.xhtml?source=uber&from=2014-04-01&to=2014-04-30");
    cases.put("data-quality page, repeat", i -> "/admin/data-quality.xhtml");
    cases.put("map page, repeat", i -> "/admin/map.xhtml");
    cases.put("heatmap frame, repeat", i -> "/api/admin/heatmap?hour=8");
    cases.put(
        "heatmap frame, new hour each time",
        i ->
            "/api/admin/heatmap?kind="
                + (i / 168 % 2 == 0 ? "pickup" : "dropoff")
                + "&hour="
                + (i % 168));
    cases.put("live fleet + open requests", i -> "/api/admin/live");
    cases.put("operations page, repeat", i -> "/admin/operations.xhtml");
    cases.put("operations data (30 min)", i -> "/api/admin/operations?minutes=30");

    // Warm the JIT on a page not measured, as a running portal would be.
    for (int i = 0; i < 50; i++) {
      get(http, base, "/admin/index.xhtml");
    }
    System.out.println(
        "admin pages, " + requests + " sequential requests per case, " + base + " (signed in)");
    System.out.println(Percentiles.header() + "   bytes");
    for (Map.Entry<String, IntFunction<String>> c : cases.entrySet()) {
      List<Double> ms = new ArrayList<>();
      long bytes = 0;
      for (int i = 0; i < requests; i++) {
        String path = c.getValue().apply(i);
        long start = System.nanoTime();
        HttpResponse<byte[]> r = get(http, base, path);
        ms.add((System.nanoTime() - start) / 1e6);
        if (r.statusCode() != 200) {
          throw new IllegalStateException(path + " answered HTTP " + r.statusCode());
        }
        bytes = r.body().length;
      }
      System.out.println(Percentiles.of(ms).row(c.getKey()) + "   " + bytes);
    }
  }

  private static HttpResponse<byte[]> get(HttpClient http, String base, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void signIn(HttpClient http, String base, String password) throws Exception {
    String form =
        "j_username=admin&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    String location = r.headers().firstValue("Location").orElse("");
    if (r.statusCode() != 302 || location.contains("sign-in-failed")) {
      throw new IllegalStateException(
          "sign-in refused (HTTP " + r.statusCode() + " → " + location + "): check the password");
    }
    if (get(http, base, "/admin/index.xhtml").statusCode() != 200) {
      throw new IllegalStateException("signed in, but /admin/index.xhtml is not reachable");
    }
  }
}
