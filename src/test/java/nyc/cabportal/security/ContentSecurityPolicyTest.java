package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void allowsOnlyThePortalsOwnScriptsAndNoFraming() {
    String csp = ContentSecurityPolicy.header("");
    assertEquals(true, csp.contains("script-src 'self';"), csp);
    assertEquals(false, csp.contains("unsafe"), csp);
    assertEquals(true, csp.endsWith("frame-ancestors 'none'"), csp);
    assertEquals(true, csp.contains("img-src 'self' data:;"), csp);
  }

  @Test
  void addsTheTileServerToImagesOnly() {
    assertEquals(
        "https://*.tile.example",
        ContentSecurityPolicy.tileOrigin("https://{s}.tile.example/{z}/{x}/{y}.png"));
    String csp = ContentSecurityPolicy.header("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    assertEquals(true, csp.contains("img-src 'self' data: https://tile.openstreetmap.org;"), csp);
  }

  @Test
  void refusesATileUrlThatWouldWidenThePolicy() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ContentSecurityPolicy.header("https://x.example; script-src *"));
    assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.header("tiles/{z}"));
  }
}
