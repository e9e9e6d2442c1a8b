package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A rider in a real browser: the request form, the status page that updates by itself, "my rides".
 */
@ExtendWith(RunningStack.class)
class BrowserRideIT {

  private static ChromeDriver browser;

  @BeforeAll
  static void openBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /**
   * A rider finds a place by its name — a taxi zone here, which fills the coordinates with a point
   * inside it — and fills the pickup from where the browser says they are.
   */
  @Test
  void aRiderSearchesAPlaceByNameAndUsesTheirLocation() {
    browser.get(RunningStack.baseUrl() + "/");
    Browser.awaitAttribute(browser, "request-map", "data-boroughs-drawn", "5");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElements(By.cssSelector("#place-list option")).size() > 250);
    var search = browser.findElement(By.id("dropoff-search"));
    search.sendKeys("Astoria Park, Queens");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                browser
                    .findElement(By.id("dropoff-named"))
                    .getText()
                    .equals("Dropoff: Astoria Park, Queens"));
    assertEquals(
        "",
        new Select(browser.findElement(By.id("request:dropoff")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertTrue(
        browser.findElement(By.id("request:dropoffLat")).getAttribute("value").startsWith("40.7"));

    // The browser's position, as a phone's would give it (and the permission a rider would grant).
    browser.executeCdpCommand(
        "Browser.grantPermissions",
        java.util.Map.of("permissions", java.util.List.of("geolocation")));
    browser.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        java.util.Map.of("latitude", 40.7506, "longitude", -73.9935, "accuracy", 20));
    browser.findElement(By.id("pickup-locate")).click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                "40.75060"
                    .equals(browser.findElement(By.id("request:pickupLat")).getAttribute("value")));
    assertEquals(
        "-73.99350", browser.findElement(By.id("request:pickupLon")).getAttribute("value"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> browser.findElement(By.id("pickup-named")).getText().startsWith("Pickup: "));
    assertEquals(java.util.List.of(), Browser.errors(browser));
  }

  @Test
  void aRiderRequestsACabAndWatchesTheStatusPageUpdateByItself() {
    browser.get(RunningStack.baseUrl() + "/");
    // The map draws the five boroughs from the portal itself: no internet needed.
    Browser.awaitAttribute(browser, "request-map", "data-boroughs-drawn", "5");
    new Select(browser.findElement(By.id("request:pickup"))).selectByValue("grand-central");
    new Select(browser.findElement(By.id("request:dropoff"))).selectByValue("barclays");
    new Select(browser.findElement(By.id("request:passengers"))).selectByValue("3");
    browser.findElement(By.id("request:submit")).click();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> browser.getCurrentUrl().contains("ride-status.xhtml?id="));
    String rideUrl = browser.getCurrentUrl();
    // No reload from here on: the page's own polling must bring the answer.
    Browser.awaitOnPage(
        browser, "status", "data-status", "DISPATCHED"::equals, Duration.ofSeconds(60));
    // The status in a rider's words; the code stays in data-status.
    assertEquals("Cab on the way", browser.findElement(By.id("status")).getText());
    assertEquals(rideUrl, browser.getCurrentUrl());
    assertTrue(
        browser.findElement(By.id("fare")).getText().startsWith("$"),
        browser.findElement(By.id("fare")).getText());
    // The trip time with its 80 % range: "13 – 24 min (typical 17)".
    String time = browser.findElement(By.id("duration")).getText();
    assertTrue(time.matches("\\d+ – \\d+ min \\(typical \\d+\\)"), time);
    String basis = browser.findElement(By.id("basis")).getText();
    // In a rider's words: "Meter: about 4.2 km and 14 min → $15.50, from 12 past trips …"
    assertTrue(basis.startsWith("Meter: about ") && basis.contains(" past trips "), basis);
    assertTrue(browser.findElement(By.id("cab")).getText().startsWith("cab-"));
    // The cab on its way, counted down and moved along the line to the pickup.
    assertTrue(
        browser.findElement(By.id("eta")).getText().endsWith("min from the pickup"),
        browser.findElement(By.id("eta")).getText());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                "to-pickup"
                    .equals(browser.findElement(By.id("ride-map")).getAttribute("data-cab-phase")));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                browser
                    .findElement(By.id("ride-map"))
                    .getDomAttribute("data-cab-drawn")
                    .startsWith("cab-"));
    Browser.screenshot(browser, "ride-status-dispatched");
    assertEquals(java.util.List.of(), Browser.errors(browser), "browser console errors");
    assertEquals("3", browser.findElement(By.id("passengers")).getText());

    browser.get(RunningStack.baseUrl() + "/my-rides.xhtml");
    String table = browser.findElement(By.id("rides")).getText();
    assertTrue(table.contains("Cab on the way"), table);
    String id = rideUrl.substring(rideUrl.indexOf("id=") + 3);
    assertTrue(browser.findElements(By.cssSelector("a[href*='" + id + "']")).size() == 1);
  }

  /**
   * After dispatch the cab moves toward the pickup (two screenshots, two positions); the rider
   * cancels while it is on its way, the cab stops, and the worker frees it.
   */
  @Test
  void aRiderCancelsWhileTheCabIsOnItsWayAndTheCabIsFreed() {
    String id = Browser.requestRide(browser, RunningStack.baseUrl(), "union-square", "met-museum");
    Browser.awaitOnPage(
        browser, "ride-map", "data-cab-phase", "to-pickup"::equals, Duration.ofSeconds(60));
    String before = browser.findElement(By.id("ride-map")).getAttribute("data-cab-at");
    Browser.screenshot(browser, "ride-cab-moving-1");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !before.equals(browser.findElement(By.id("ride-map")).getAttribute("data-cab-at")));
    Browser.screenshot(browser, "ride-cab-moving-2");

    browser.findElement(By.id("cancel")).click();
    Browser.awaitOnPage(
        browser, "status", "data-status", "CANCELLED"::equals, Duration.ofSeconds(10));
    assertEquals("Cancelled", browser.findElement(By.id("status")).getText());
    assertEquals(
        "cancelled by the rider before the cab arrived",
        browser.findElement(By.id("status-reason")).getText());
    assertEquals("stopped", browser.findElement(By.id("ride-map")).getAttribute("data-cab-phase"));
    assertTrue(!browser.findElement(By.id("cancel")).isDisplayed(), "no second cancel");
    Browser.screenshot(browser, "ride-cancelled-on-the-way");
    // The worker frees the cab where it had got to: free now, and no longer at the dropoff.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> !Fleet.cabOf(id).getDate("freeAt").toInstant().isAfter(java.time.Instant.now()));
    assertEquals(java.util.List.of(), Browser.errors(browser), "browser console errors");
  }

  /** A ride cancelled elsewhere (another tab, the API) stops on the page that shows it. */
  @Test
  void aRideCancelledElsewhereStopsOnThePage() {
    String id = Browser.requestRide(browser, RunningStack.baseUrl(), "wall-street", "wtc");
    Browser.awaitOnPage(
        browser, "ride-map", "data-cab-phase", "to-pickup"::equals, Duration.ofSeconds(60));
    assertEquals(200, RidesApi.delete(id).status());
    Browser.awaitOnPage(
        browser, "status", "data-status", "CANCELLED"::equals, Duration.ofSeconds(30));
    assertEquals("stopped", browser.findElement(By.id("ride-map")).getAttribute("data-cab-phase"));
  }

  @Test
  void aClickOnTheMapSetsThePickupThenTheDropoff() {
    browser.get(RunningStack.baseUrl() + "/");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                browser.findElement(By.id("request-map")).getDomAttribute("data-boroughs-drawn")
                    != null);
    var map = browser.findElement(By.id("request-map"));
    new org.openqa.selenium.interactions.Actions(browser)
        .moveToElement(map, -40, -20)
        .click()
        .moveToElement(map, 60, 40)
        .click()
        .perform();
    String pickupLat = browser.findElement(By.id("request:pickupLat")).getDomProperty("value");
    String dropoffLat = browser.findElement(By.id("request:dropoffLat")).getDomProperty("value");
    assertTrue(pickupLat.startsWith("40."), pickupLat);
    assertTrue(dropoffLat.startsWith("40."), dropoffLat);
    assertTrue(Double.parseDouble(pickupLat) > Double.parseDouble(dropoffLat), "north, then south");
    // Each point named under its fields, from the taxi zones: "Pickup: Midtown Center, Manhattan"
    for (String end : new String[] {"pickup", "dropoff"}) {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !browser.findElement(By.id(end + "-named")).getText().isEmpty());
      String named = browser.findElement(By.id(end + "-named")).getText();
      assertTrue(named.matches("(Pickup|Dropoff): .+"), named);
    }
    Browser.screenshot(browser, "request-map");
    assertEquals(java.util.List.of(), Browser.errors(browser), "browser console errors");
  }

  @Test
  void aRiderToldThereIsNoCabCanAskAgainWithTheTripFilledIn() {
    browser.get(RunningStack.baseUrl() + "/");
    // Staten Island's south tip, for six (a van): of the 586,000 real trips the fleet is placed
    // from, 6 end within 5.5 km of it, and one cab in seven is a van — NO_CAB.
    new Select(browser.findElement(By.id("request:pickup"))).selectByValue("");
    browser.findElement(By.id("request:pickupLat")).sendKeys("40.51");
    browser.findElement(By.id("request:pickupLon")).sendKeys("-74.24");
    new Select(browser.findElement(By.id("request:passengers"))).selectByValue("6");
    browser.findElement(By.id("request:submit")).click();
    Browser.awaitOnPage(browser, "status", "data-status", "NO_CAB"::equals, Duration.ofSeconds(60));
    assertEquals("No cab free nearby — try again", browser.findElement(By.id("status")).getText());
    assertTrue(
        browser.findElement(By.id("status-reason")).getText().startsWith("no free cab"),
        browser.findElement(By.id("status-reason")).getText());
    assertTrue(browser.findElement(By.id("fare")).getText().startsWith("$"), "still an estimate");
    assertTrue(!browser.findElement(By.id("cab-row")).isDisplayed(), "no 'Cab none' row");
    Browser.screenshot(browser, "ride-status-no-cab");
    assertEquals(java.util.List.of(), Browser.errors(browser), "browser console errors");
    browser.findElement(By.id("retry")).click();
    await().atMost(Duration.ofSeconds(30)).until(() -> browser.getCurrentUrl().contains("index"));
    assertEquals("40.51", browser.findElement(By.id("request:pickupLat")).getDomProperty("value"));
    assertEquals("-74.24", browser.findElement(By.id("request:pickupLon")).getDomProperty("value"));
    assertEquals(
        "6",
        new Select(browser.findElement(By.id("request:passengers")))
            .getFirstSelectedOption()
            .getDomProperty("value"));
  }

  /** Submits the form with a typed pickup and returns the first field error shown. */
  private static String submitTypedPickup(String lat, String lon) {
    browser.get(RunningStack.baseUrl() + "/");
    new Select(browser.findElement(By.id("request:pickup"))).selectByValue("");
    browser.findElement(By.id("request:pickupLat")).sendKeys(lat);
    browser.findElement(By.id("request:pickupLon")).sendKeys(lon);
    browser.findElement(By.id("request:submit")).click();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElements(By.cssSelector(".field-error")).isEmpty());
    return browser.findElement(By.cssSelector(".field-error")).getText();
  }

  @Test
  void aPickupOutsideNycGetsAnErrorNextToTheFieldAndNothingIsQueued() {
    String error = submitTypedPickup("40.1", "-75.2");
    assertEquals("pickup 40.1,-75.2 is outside the NYC service area", error);
    assertTrue(
        browser.getCurrentUrl().endsWith("/") || browser.getCurrentUrl().contains("index.xhtml"));
    // Told at the top, with a link to the field, and read out first; the field says it is wrong
    // and which text explains why.
    var summary = browser.findElement(By.id("request:error-summary"));
    assertEquals("alert", summary.getDomAttribute("role"));
    assertEquals(
        "request:error-summary", browser.executeScript("return document.activeElement.id;"));
    var link = summary.findElement(By.cssSelector("a"));
    assertEquals("#request:pickup", link.getDomAttribute("href"));
    assertEquals(error, link.getText());
    var lat = browser.findElement(By.id("request:pickupLat"));
    assertEquals("true", lat.getDomAttribute("aria-invalid"));
    assertEquals("request:pickup-error", lat.getDomAttribute("aria-describedby"));
    assertEquals(error, browser.findElement(By.id("request:pickup-error")).getText());
    var dropoff = browser.findElement(By.id("request:dropoff"));
    assertEquals("false", dropoff.getDomAttribute("aria-invalid"));
    assertEquals("dropoff-hint", dropoff.getDomAttribute("aria-describedby"));
  }

  /** The service area is the city's land: the Hudson and New Jersey inside the box are refused. */
  @Test
  void aPointInTheHudsonIsRefused() {
    assertEquals(
        "pickup 40.76,-74.012 is not on the city's land: in the water, or outside its taxi zones",
        submitTypedPickup("40.76", "-74.012"));
    assertEquals(
        "pickup 40.744,-74.0324 is not on the city's land: in the water, or outside its taxi zones",
        submitTypedPickup("40.744", "-74.0324"));
  }

  @Test
  void textARiderTypesIsShownEscaped() {
    assertTrue(submitTypedPickup("<b id=x>40</b>", "-73.98").contains("<b id=x>40</b>"));
    assertEquals(0, browser.findElements(By.id("x")).size());
  }

  /**
   * On a phone (390 × 844 CSS pixels) every rider page fits the screen: the form, the status page
   * and "my rides" are never wider than the window, so nothing is cut off or scrolled sideways.
   */
  @Test
  void everyRiderPageFitsAPhone() {
    org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      browser.get(RunningStack.baseUrl() + "/");
      assertFits("the request form");
      new Select(browser.findElement(By.id("request:pickup"))).selectByValue("grand-central");
      new Select(browser.findElement(By.id("request:dropoff"))).selectByValue("barclays");
      browser.findElement(By.id("request:submit")).click();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> !browser.findElement(By.id("fare")).getText().isEmpty());
      assertFits("the status page");
      Browser.screenshot(browser, "phone-ride-status");
      browser.get(RunningStack.baseUrl() + "/my-rides.xhtml");
      assertTrue(
          !browser.findElements(By.cssSelector("#rides td[data-label='Status']")).isEmpty(),
          "each card's cells name their column");
      assertFits("my rides");
      Browser.screenshot(browser, "phone-my-rides");
      browser.get(RunningStack.baseUrl() + "/sign-in.html");
      assertFits("the sign-in page");
      assertEquals(java.util.List.of(), Browser.errors(browser), "browser console errors");
    } finally {
      browser.manage().window().setSize(desktop);
    }
  }

  private static void assertFits(String page) {
    Object widths =
        browser.executeScript(
            "return [document.documentElement.scrollWidth, window.innerWidth,"
                + " document.querySelector('header').getBoundingClientRect().height];");
    java.util.List<?> w = (java.util.List<?>) widths;
    long scroll = ((Number) w.get(0)).longValue();
    long inner = ((Number) w.get(1)).longValue();
    assertTrue(scroll <= inner, page + " is " + scroll + " px wide on a " + inner + " px phone");
    assertTrue(
        ((Number) w.get(2)).doubleValue() < 70,
        page + ": the header wraps (" + w.get(2) + " px high)");
  }
}
