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

/** Admin pages need a sign-in with the admin role; riders and wrong passwords stay out. */
@ExtendWith(RunningStack.class)
class AdminSignInIT {

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

  private static void signIn(String user, String password) {
    Browser.signIn(browser, RunningStack.baseUrl(), user, password);
  }

  @Test
  void theAdminSignsInWithTheConfiguredPassword() {
    signIn("admin", RunningStack.stack().adminPassword().value());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElements(By.id("admin-user")).isEmpty());
    assertEquals("admin", browser.findElement(By.id("admin-user")).getText());
    Browser.screenshot(browser, "admin-signed-in");

    // The data-quality page: the first start's report, its chart drawn.
    browser.findElement(By.id("data-quality-link")).click();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElements(By.id("rows-read")).isEmpty());
    // The latest run that read rows: the first start's, or DataPrepIT's later ones.
    String rowsRead = browser.findElement(By.id("rows-read")).getText();
    assertTrue(Long.parseLong(rowsRead.replace(",", "")) > 0, rowsRead);
    assertTrue(
        browser.findElements(By.cssSelector("#reasons tbody tr")).size() > 0,
        browser.findElement(By.id("reasons")).getText());
    // Both the first start and DataPrepIT's later run keep pickups outside the service area.
    assertTrue(
        browser.findElement(By.id("rules")).getText().contains("outside_service_area"),
        browser.findElement(By.id("rules")).getText());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !"0"
                    .equals(
                        String.valueOf(
                            browser
                                .findElement(By.id("rejections-chart"))
                                .getDomAttribute("data-drawn"))));
    assertEquals(
        String.valueOf(browser.findElements(By.cssSelector("#reasons tbody tr")).size()),
        browser.findElement(By.id("rejections-chart")).getDomAttribute("data-drawn"),
        "one bar per reason");
    assertTrue(browser.findElements(By.cssSelector("#samples tbody tr")).size() > 0);
    assertTrue(
        Integer.parseInt(browser.findElement(By.id("files-chart")).getDomAttribute("data-drawn"))
            > 0,
        "a bar pair per file that read rows");
    assertTrue(browser.findElements(By.cssSelector("#runs tbody tr")).size() > 0);
    Browser.screenshot(browser, "admin-data-quality");
    assertEquals(java.util.List.of(), Browser.errors(browser), "browser console errors");
  }

  @Test
  void signingOutDropsTheTicket() {
    signIn("admin", RunningStack.stack().adminPassword().value());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElements(By.id("sign-out-submit")).isEmpty());
    browser.findElement(By.id("sign-out-submit")).click();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> browser.manage().getCookieNamed("cab-admin") == null);
    browser.get(RunningStack.baseUrl() + "/admin/");
    assertTrue(browser.getCurrentUrl().contains("sign-in.html"), browser.getCurrentUrl());
  }

  /** Signing in from a deep admin page lands back on that page, not on the admin home. */
  @Test
  void signingInFromADeepPageReturnsToIt() {
    browser.manage().deleteAllCookies();
    browser.get(RunningStack.baseUrl() + "/admin/data-quality.xhtml");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> browser.getCurrentUrl().contains("sign-in.html?next="));
    browser.findElement(By.id("j_username")).sendKeys("admin");
    browser.findElement(By.id("j_password")).sendKeys(RunningStack.stack().adminPassword().value());
    browser.findElement(By.id("sign-in-submit")).click();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> browser.getCurrentUrl().endsWith("/admin/data-quality.xhtml"));
    assertEquals(java.util.List.of(), Browser.errors(browser), "browser console errors");
  }

  @Test
  void aWrongPasswordIsRefused() {
    signIn("admin", "not-the-password");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElements(By.id("sign-in-error")).isEmpty());
    assertTrue(browser.findElements(By.id("admin-user")).isEmpty());
    browser.get(RunningStack.baseUrl() + "/admin/");
    assertTrue(browser.getCurrentUrl().contains("sign-in.html"), browser.getCurrentUrl());
  }

  @Test
  void ridersPagesAndApiNeedNoSignInButAdminPagesDo() {
    // (the rider's pages in a browser without sign-in: BrowserRideIT)
    assertEquals(200, RidesApi.getPath("/api/map/places").status());
    assertEquals(404, RidesApi.getPath("/api/rides/no-such-ride").status());
    for (String path :
        java.util.List.of(
            "/admin/index.xhtml",
            "/admin/trips.xhtml",
            "/admin/map.xhtml",
            "/admin/operations.xhtml",
            "/api/admin/heatmap",
            "/api/admin/live",
            "/api/admin/operations")) {
      RidesApi.Answer admin = RidesApi.getPath(path);
      assertTrue(
          admin.status() == 302 || admin.status() == 401 || admin.status() == 403,
          path + " without sign-in: HTTP " + admin.status());
      assertTrue(
          !admin.response().body().contains("\"cells\"")
              && !admin.response().body().contains("\"cabs\"")
              && !admin.response().body().contains("\"minutes\""),
          path + " answered data without sign-in");
    }
  }
}
