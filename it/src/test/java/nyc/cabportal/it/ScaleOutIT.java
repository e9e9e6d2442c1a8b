package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nyc.cabportal.bench.RideLoad;
import nyc.cabportal.stack.EmbeddedStack;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The portal scaled out on one machine: a second portal server beside the stack's own, both on the
 * same Kafka and MongoDB, behind nginx (round robin), as Kubernetes runs several portal pods behind
 * a Service. Whichever server takes a request and whichever the rider asks next, every accepted
 * ride has exactly one answer, the same everywhere; the request form, "my rides" and the admin
 * sign-in work across servers, because no server keeps state of its own.
 */
@ExtendWith(RunningStack.class)
class ScaleOutIT {

  static final int SECOND_PORTAL = 19081;
  static final int BALANCER = 19088;

  private static final String FIRST = "http://localhost:" + RunningStack.HTTP_PORT;
  private static final String SECOND = "http://localhost:" + SECOND_PORTAL;
  private static final String BALANCED = "http://localhost:" + BALANCER;

  @BeforeAll
  static void startASecondPortalBehindABalancer() {
    EmbeddedStack stack = RunningStack.stack();
    stack.startPortal(SECOND_PORTAL);
    stack.startBalancer(BALANCER, List.of(RunningStack.PORTAL_PORT, SECOND_PORTAL));
  }

  @AfterAll
  static void stopThem() {
    EmbeddedStack stack = RunningStack.stack();
    stack.stopBalancer();
    stack.stopPortal(SECOND_PORTAL);
  }

  @Test
  void everyRideEitherServerTookHasOneAnswerTheSameOnBothServers() throws Exception {
    // What is checked here is that both servers give one and the same answer for every ride they
    // took, not throughput (bench-scaling measures that): a moderate load.
    RideLoad.Result load = new RideLoad(BALANCED).run(20, 10);

    // Every request accepted, or refused as overload (503 without a ride id: nothing stored),
    // which the admission does on this 2-core machine when rides wait over 2 s — a second portal
    // server just started, a slow moment of the machine. No store or queue failure.
    assertEquals(List.of(), load.refusedIds(), "rides refused by a store or queue failure");
    assertTrue(
        Set.of(202, 503).containsAll(load.statusCounts().keySet()), load.statusCounts()::toString);
    assertTrue(load.accepted() >= load.sent() / 2, load.statusCounts()::toString);
    assertEquals(Map.of(), load.transportErrors());
    assertEquals(
        Set.of("127.0.0.1:" + RunningStack.PORTAL_PORT, "127.0.0.1:" + SECOND_PORTAL),
        load.servedBy().keySet(),
        "the servers that took requests");
    load.servedBy()
        .forEach(
            (server, n) ->
                assertTrue(n >= load.accepted() / 3, server + " took only " + n + " requests"));
    assertEquals(load.accepted(), load.answered(), "every accepted ride answered");

    // Each ride read from each server directly: one and the same final answer.
    List<String> differ = new ArrayList<>();
    for (String id : load.acceptedIds()) {
      RidesApi.Answer first = get(FIRST, id);
      RidesApi.Answer second = get(SECOND, id);
      assertEquals(200, first.status(), id);
      assertTrue(RidesApi.FINAL.contains(first.body().getString("status")), first.body()::toString);
      if (!first.body().equals(second.body())) {
        differ.add(id + ": " + first.body() + " vs " + second.body());
      }
    }
    assertEquals(List.of(), differ, "rides the two servers answer differently");

    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      var db = mongo.getDatabase(Contract.DATABASE);
      assertEquals(
          load.accepted(),
          db.getCollection(Contract.RIDES).countDocuments(Filters.in("_id", load.acceptedIds())),
          "one stored ride per accepted request");
      List<Document> twice =
          db.getCollection(Contract.CABS)
              .aggregate(
                  List.of(
                      Aggregates.match(Filters.in("trip.rideId", load.acceptedIds())),
                      Aggregates.group("$trip.rideId", Accumulators.sum("cabs", 1)),
                      Aggregates.match(Filters.gt("cabs", 1)),
                      Aggregates.project(Projections.include("cabs"))))
              .into(new ArrayList<>());
      assertEquals(List.of(), twice, "rides holding more than one cab");
    }
  }

  @Test
  void theRequestFormPostsBackToTheOtherServerAndMyRidesFollows() throws Exception {
    HttpClient browserLike = cookieKeepingClient();
    String form = browserLike.send(page(FIRST + "/"), HttpResponse.BodyHandlers.ofString()).body();
    Map<String, String> fields = hiddenFields(form);
    assertEquals(
        "stateless", fields.get("jakarta.faces.ViewState"), "the form keeps no view state");
    fields.put("request:pickup", "grand-central");
    fields.put("request:dropoff", "barclays");
    fields.put("request:passengers", "2");
    fields.put("request:submit", "Request cab");

    HttpResponse<String> posted =
        browserLike.send(
            HttpRequest.newBuilder(URI.create(SECOND + "/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, posted.statusCode(), posted.body());
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("ride-status.xhtml?id="), location);
    String id = location.substring(location.indexOf("id=") + 3);
    assertTrue(
        posted.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("cab-rides=" + id) && c.contains("HttpOnly")),
        posted.headers().allValues("Set-Cookie")::toString);

    // The rider's next pages come from the first server: the ride and "my rides" are there.
    String status =
        browserLike
            .send(page(FIRST + "/ride-status.xhtml?id=" + id), HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(status.contains("data-ride-id=\"" + id + "\""), status);
    String myRides =
        browserLike
            .send(page(FIRST + "/my-rides.xhtml"), HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(myRides.contains("ride-status.xhtml?id=" + id), myRides);
    RidesApi.awaitFinal(id, Duration.ofSeconds(60));
  }

  @Test
  void anAdminSignedInOnOneServerIsSignedInOnTheOther() throws Exception {
    HttpClient admin = cookieKeepingClient();
    HttpResponse<String> signedIn =
        admin.send(
            HttpRequest.newBuilder(URI.create(FIRST + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        formBody(
                            Map.of(
                                "j_username",
                                "admin",
                                "j_password",
                                RunningStack.stack().adminPassword().value()))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, signedIn.statusCode());
    // A path of this site: redirects never name a host (SecurityIT).
    assertEquals("/admin/", signedIn.headers().firstValue("Location").orElse(""), "signed in");

    HttpResponse<String> live =
        admin.send(page(SECOND + "/api/admin/live"), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, live.statusCode(), live.body());
    assertTrue(live.body().contains("\"cabs\""), live.body());
    HttpResponse<String> stranger =
        cookieKeepingClient()
            .send(page(SECOND + "/api/admin/live"), HttpResponse.BodyHandlers.ofString());
    assertNotEquals(200, stranger.statusCode());
  }

  @Test
  void aRiderInABrowserBehindTheBalancerGetsTheirCab() throws Exception {
    ChromeDriver browser = Browser.start();
    try {
      // The form's map is drawn through the balancer before the ride is requested.
      String id = Browser.requestRide(browser, BALANCED, "penn-station", "grand-central");
      // The page polls the balancer, so its polls alternate between the servers.
      Browser.awaitOnPage(
          browser, "status", "data-status", RidesApi.FINAL::contains, Duration.ofSeconds(60));
      browser.get(BALANCED + "/my-rides.xhtml");
      assertEquals(
          1,
          browser.findElements(By.cssSelector("#rides a[href*='" + id + "']")).size(),
          "my rides lists the ride");
      assertEquals(List.of(), Browser.errors(browser), "browser console errors");
      Browser.screenshot(browser, "scale-out-my-rides");
    } finally {
      browser.quit();
    }
  }

  private static RidesApi.Answer get(String server, String id) {
    return RidesApi.getFrom(server, "/api/rides/" + id);
  }

  private static HttpClient cookieKeepingClient() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        // as browsers do: no cleartext HTTP/2 upgrade
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static HttpRequest page(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
  }

  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(name|value)=\"([^\"]*)\"");

  private static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = HIDDEN.matcher(html);
    while (input.find()) {
      String name = null;
      String value = "";
      Matcher a = ATTRIBUTE.matcher(input.group());
      while (a.find()) {
        if (a.group(1).equals("name")) {
          name = a.group(2);
        } else {
          value = a.group(2).replace("&amp;", "&");
        }
      }
      if (name != null) {
        fields.put(name, value);
      }
    }
    return fields;
  }

  private static String formBody(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
