package nyc.cabportal.it;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven by Debian's chromedriver; nothing is downloaded. */
final class Browser {

  private Browser() {}

  static ChromeDriver start() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory("cabportal-chromium"));
    // Keeps the console (uncaught errors, failed loads) for errors(): pages must have none.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /**
   * The browser console's errors since the last call: uncaught JavaScript errors, failed requests
   * for scripts, styles or data.
   */
  static java.util.List<String> errors(ChromeDriver driver) {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(e -> e.getLevel() + " " + e.getMessage())
        .toList();
  }

  /** Signs in on the form the admin pages redirect to (leaves the browser where that leads). */
  static void signIn(ChromeDriver driver, String baseUrl, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/admin/");
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> driver.getCurrentUrl().contains("sign-in.html"));
    driver.findElement(org.openqa.selenium.By.id("j_username")).sendKeys(user);
    driver.findElement(org.openqa.selenium.By.id("j_password")).sendKeys(password);
    driver.findElement(org.openqa.selenium.By.id("sign-in-submit")).click();
  }

  /** Waits until the element {@code id} has {@code value} in its attribute {@code attribute}. */
  static void awaitAttribute(ChromeDriver driver, String id, String attribute, String value) {
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                value.equals(
                    driver.findElement(org.openqa.selenium.By.id(id)).getDomAttribute(attribute)));
  }

  /**
   * Waits up to {@code atMost} until the attribute {@code attribute} of the element {@code id}
   * satisfies {@code wanted}. A page still loading — its URL changed, its DOM not there yet, or no
   * such element yet — means "not yet", not a failure.
   */
  static void awaitOnPage(
      ChromeDriver driver,
      String id,
      String attribute,
      java.util.function.Predicate<String> wanted,
      Duration atMost) {
    org.awaitility.Awaitility.await()
        .ignoreExceptionsInstanceOf(org.openqa.selenium.WebDriverException.class)
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                wanted.test(
                    driver.findElement(org.openqa.selenium.By.id(id)).getAttribute(attribute)));
  }

  /**
   * Requests a ride from the named place {@code pickup} to {@code dropoff} on the form at {@code
   * baseUrl}, once its map has drawn the five boroughs, and waits for the status page; returns the
   * ride's id.
   */
  static String requestRide(ChromeDriver driver, String baseUrl, String pickup, String dropoff) {
    driver.get(baseUrl + "/");
    awaitAttribute(driver, "request-map", "data-boroughs-drawn", "5");
    new org.openqa.selenium.support.ui.Select(
            driver.findElement(org.openqa.selenium.By.id("request:pickup")))
        .selectByValue(pickup);
    new org.openqa.selenium.support.ui.Select(
            driver.findElement(org.openqa.selenium.By.id("request:dropoff")))
        .selectByValue(dropoff);
    driver.findElement(org.openqa.selenium.By.id("request:submit")).click();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> driver.getCurrentUrl().contains("ride-status.xhtml?id="));
    String url = driver.getCurrentUrl();
    return url.substring(url.indexOf("id=") + 3);
  }

  /** Saves what the browser shows as {@code it/target/screenshots/NAME.png}, a test artifact. */
  static void screenshot(ChromeDriver driver, String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots");
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not save screenshot " + name, e);
    }
  }
}
