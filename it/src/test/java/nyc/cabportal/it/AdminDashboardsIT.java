package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Each admin dashboard, signed in, in headless Chromium over the shared data: its charts drawn with
 * data, the map's hexagons and live fleet, the live-operations charts after real rides — and no
 * error in the browser console on any page. Screenshots in {@code target/screenshots}.
 */
@ExtendWith(RunningStack.class)
class AdminDashboardsIT {

  private static ChromeDriver browser;

  @BeforeAll
  static void signIn() throws Exception {
    browser = Browser.start();
    Browser.signIn(
        browser, RunningStack.baseUrl(), "admin", RunningStack.stack().adminPassword().value());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElements(By.id("admin-user")).isEmpty());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static String drawn(String id) {
    return browser.findElement(By.id(id)).getDomAttribute("data-drawn");
  }

  private static void awaitDrawn(String id, String sets) {
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> sets.equals(drawn(id)));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(
          id
              + " drew "
              + drawn(id)
              + " data sets, not "
              + sets
              + "; browser console: "
              + Browser.errors(browser),
          e);
    }
  }

  private static JsonObject charts() {
    return Json.createReader(
            new StringReader(
                browser.findElement(By.id("trip-data")).getDomAttribute("data-charts")))
        .readObject();
  }

  @Test
  void tripDashboardDrawsEveryChartForAMonthOfAllSources() {
    browser.get(RunningStack.baseUrl() + "/admin/trips.xhtml?from=2014-04-01&to=2014-04-30");
    awaitDrawn("hourly-chart", "7");
    assertTrue(Integer.parseInt(drawn("daily-chart")) >= 2, "yellow and uber at least");
    for (String m : List.of("fare", "distance", "duration", "speed")) {
      assertEquals("1", drawn(m + "-chart"), m);
    }
    assertEquals("2", drawn("tips-chart"));
    assertEquals("1", drawn("areas-chart"));
    assertEquals(15, browser.findElements(By.cssSelector("#areas-table tbody tr")).size());
    // Named by their taxi zone: April's busiest Uber area is in Manhattan.
    String busiest =
        browser.findElement(By.cssSelector("#areas-table tbody tr td:nth-child(3)")).getText();
    assertTrue(busiest.contains(", Manhattan — near "), busiest);
    String total = browser.findElement(By.id("trips-total")).getText();
    assertTrue(Long.parseLong(total.replace(",", "")) > 500_000, total);
    // What the data is: Uber April whole, the Yellow sample a sliver of it, Green too few to chart.
    String uber = browser.findElement(By.cssSelector("#makeup tr[data-source=uber]")).getText();
    assertTrue(uber.startsWith("Uber ") && uber.contains(" 30 ") && uber.endsWith("yes"), uber);
    String yellow = browser.findElement(By.cssSelector("#makeup tr[data-source=yellow]")).getText();
    assertTrue(yellow.contains(" 30 ") && yellow.endsWith("yes"), yellow);
    // (The shared data holds Green's raw-file heads only: a few rows a month, if any in April.)
    for (var green : browser.findElements(By.cssSelector("#makeup tr[data-source=green]"))) {
      assertTrue(green.getText().contains("too few to draw a curve"), green.getText());
    }
    // Each source as a share of its own trips: the chart is drawn again, on a linear axis.
    browser.findElement(By.id("daily-share")).click();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                browser
                    .executeScript(
                        "return Chart.getChart(document.getElementById('daily-chart'))"
                            + ".options.scales.y.type")
                    .equals("linear"));
    assertEquals(List.of(), Browser.errors(browser));

    JsonObject data = charts();
    // Real 2014 facts the charts must show: card trips are tipped, cash tips are not recorded.
    JsonObject card = null;
    JsonObject cash = null;
    for (JsonObject t : data.getJsonArray("tips").getValuesAs(JsonObject.class)) {
      if (t.getString("paymentType").equals("card")) {
        card = t;
      } else if (t.getString("paymentType").equals("cash")) {
        cash = t;
      }
    }
    assertTrue(card != null && cash != null, data.getJsonArray("tips").toString());
    assertTrue(card.getJsonNumber("tipPercentOfFare").doubleValue() > 10, card.toString());
    assertTrue(cash.getJsonNumber("tipPercentOfFare").doubleValue() < 1, cash.toString());
    JsonObject fare = data.getJsonObject("distributions").getJsonObject("fare");
    double median = fare.getJsonNumber("p50").doubleValue();
    assertTrue(median > 6 && median < 14, "median fare " + median);
    // April's busiest pickup area is in Manhattan, south of Central Park.
    JsonObject top = data.getJsonArray("areas").getJsonObject(0);
    double lat = top.getJsonNumber("lat").doubleValue();
    double lon = top.getJsonNumber("lon").doubleValue();
    assertTrue(lat > 40.70 && lat < 40.77 && lon > -74.02 && lon < -73.96, top.toString());
    Browser.screenshot(browser, "admin-trips");
    assertEquals(List.of(), Browser.errors(browser), "browser console errors");
  }

  @Test
  void sourceFilterNarrowsToUberWhichHasNoFares() {
    browser.get(
        RunningStack.baseUrl() + "/admin/trips.xhtml?source=uber&from=2014-04-01&to=2014-04-30");
    awaitDrawn("daily-chart", "1");
    assertTrue(browser.findElement(By.id("no-fares")).isDisplayed());
    assertEquals(null, drawn("fare-chart"), "no fare distribution for Uber");
    assertEquals(
        "Uber's 2014 data holds pickups only: nothing to chart here.",
        browser.findElement(By.id("fare-chart")).getDomAttribute("data-empty"),
        "an empty chart says why");
    assertEquals("1", drawn("areas-chart"));
    assertEquals("uber", browser.findElement(By.id("source")).getDomProperty("value"));
    Browser.screenshot(browser, "admin-trips-uber");
    assertEquals(List.of(), Browser.errors(browser), "browser console errors");
  }

  @Test
  void badFilterValuesAreNamedAndShownEscaped() {
    browser.get(
        RunningStack.baseUrl()
            + "/admin/trips.xhtml?source=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    assertEquals(
        "source must be all, yellow, green, uber: not <img src=x onerror=alert(1)>",
        browser.findElement(By.id("problem")).getText());
    assertTrue(browser.findElements(By.cssSelector("#problem img")).isEmpty(), "markup escaped");
    browser.get(RunningStack.baseUrl() + "/admin/trips.xhtml?from=2014-04-31");
    assertEquals(
        "Dates must look like 2014-04-01: from 2014-04-31, to 2014-12-31",
        browser.findElement(By.id("problem")).getText());
    assertEquals(List.of(), Browser.errors(browser), "browser console errors");
  }

  @Test
  void mapDrawsHexagonsForAnHourOfTheWeekAndTheLiveFleet() {
    browser.get(RunningStack.baseUrl() + "/admin/map.xhtml");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> browser.findElement(By.id("heat-map")).getDomAttribute("data-hexagons") != null);
    int monday8 =
        Integer.parseInt(browser.findElement(By.id("heat-map")).getDomAttribute("data-hexagons"));
    assertTrue(monday8 > 50, monday8 + " hexagons on Monday 8-9h");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> browser.findElement(By.id("heat-map")).getDomAttribute("data-cabs") != null);
    assertTrue(
        Integer.parseInt(browser.findElement(By.id("heat-map")).getDomAttribute("data-cabs"))
            > 100);
    assertTrue(browser.findElement(By.id("live-summary")).getText().contains("cabs"));
    Browser.awaitAttribute(browser, "heat-map", "data-boroughs-drawn", "5");
    Browser.screenshot(browser, "admin-map");

    // The slider moves to Saturday 23h: another frame, labelled.
    browser.executeScript(
        "var s = document.getElementById('heat-hour'); s.value = '143';"
            + " s.dispatchEvent(new Event('input'));");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                browser
                    .findElement(By.id("heat-summary"))
                    .getText()
                    .contains("Saturday 23:00–24:00"));
    assertEquals("Saturday 23:00–24:00", browser.findElement(By.id("heat-label")).getText());
    assertEquals(List.of(), Browser.errors(browser), "browser console errors");
  }

  @Test
  void operationsPageChartsRealRides() {
    for (int i = 0; i < 5; i++) {
      String id =
          RidesApi.post(DispatchIT.ride(40.7527 + i * 0.001, -73.9772, 1)).body().getString("id");
      RidesApi.awaitFinal(id, Duration.ofSeconds(60));
    }
    browser.get(RunningStack.baseUrl() + "/admin/operations.xhtml");
    for (String chart : List.of("requests-chart", "lag-chart", "fleet-chart")) {
      awaitDrawn(chart, "1");
    }
    awaitDrawn("batch-size-chart", "2");
    awaitDrawn("batch-time-chart", "2");
    awaitDrawn("latency-chart", "3");
    awaitDrawn("outcomes-chart", "4");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElement(By.id("tile-answered")).getText().equals("–"));
    long answered =
        Long.parseLong(browser.findElement(By.id("tile-answered")).getText().replace(",", ""));
    assertTrue(answered >= 5, "answered in 30 min: " + answered);
    assertFalse(browser.findElement(By.id("tile-p95")).getText().equals("–"));
    assertEquals("", browser.findElement(By.id("ops-problem")).getText());
    // Spark's windowed count of requests per minute (a trigger every 10 s) has them all.
    try (com.mongodb.client.MongoClient mongo =
        com.mongodb.client.MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      var minutes = mongo.getDatabase(Contract.DATABASE).getCollection(Contract.REQUEST_RATE);
      java.util.Date since = java.util.Date.from(java.time.Instant.now().minusSeconds(600));
      await()
          .atMost(Duration.ofSeconds(40))
          .until(
              () -> {
                long n = 0;
                for (org.bson.Document d :
                    minutes.find(com.mongodb.client.model.Filters.gte("minute", since))) {
                  n += ((Number) d.get("requests")).longValue();
                }
                return n >= 5;
              });
    }
    Browser.screenshot(browser, "admin-operations");
    assertEquals(List.of(), Browser.errors(browser), "browser console errors");
  }
}
