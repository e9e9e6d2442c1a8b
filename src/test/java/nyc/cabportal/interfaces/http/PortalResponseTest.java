package nyc.cabportal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PortalResponseTest {

  @Test
  void aLocationNamesAPathOfThisSiteWhateverHostItCarried() {
    assertEquals("/api/rides/r1", PortalResponse.sitePath("http://evil.example/api/rides/r1"));
    assertEquals(
        "/ride-status.xhtml?id=r1",
        PortalResponse.sitePath("http://127.0.0.1:9080/ride-status.xhtml?id=r1"));
    assertEquals("/sign-in.html", PortalResponse.sitePath("/sign-in.html"));
    assertEquals("ride-status.xhtml?id=r1", PortalResponse.sitePath("ride-status.xhtml?id=r1"));
    assertEquals("/x", PortalResponse.sitePath("//evil.example/x"));
    assertEquals("/", PortalResponse.sitePath("http://evil.example"));
    assertEquals("/", PortalResponse.sitePath("http://bad host/"));
  }

  @Test
  void headersNamingTheServersInternalsAreDropped() {
    assertTrue(
        PortalResponse.leaks("io.openliberty.restfulws.mpmetrics.MetricsRestfulWsEMCallbackImpl"));
    assertTrue(PortalResponse.leaks("X-Exception"));
    assertFalse(PortalResponse.leaks("Content-Type"));
    assertFalse(PortalResponse.leaks("Location"));
  }

  @Test
  void aPathWithCharactersNoUrlCarriesIsNotReadable() {
    assertFalse(RequestPolicy.readablePath("/api/<x>"));
    assertFalse(RequestPolicy.readablePath("/api/rides/a b"));
    assertTrue(RequestPolicy.readablePath("/api/rides/0b6f-42"));
    assertTrue(RequestPolicy.readablePath("/ride-status.xhtml"));
  }
}
