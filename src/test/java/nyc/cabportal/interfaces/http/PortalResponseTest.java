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
    assertFalse(RequestPolicy.readableAddress("/api/<x>", null));
    assertFalse(RequestPolicy.readableAddress("/api/rides/a b", null));
    assertFalse(RequestPolicy.readableAddress("/api/rides/\u00ff\u00fe", null));
    assertFalse(RequestPolicy.readableAddress("/api/rides/%ff%fe", null));
    assertFalse(RequestPolicy.readableAddress("/api/rides/%c0%ae", null), "overlong UTF-8");
    assertFalse(RequestPolicy.readableAddress("/ride-status.xhtml", "id=%zz"));
    assertFalse(RequestPolicy.readableAddress("/ride-status.xhtml", "id=\u0001"));
    assertFalse(RequestPolicy.readableAddress("/;", null), "a path parameter");
    assertFalse(RequestPolicy.readableAddress("/%7fx", null), "an escaped control character");
    assertFalse(RequestPolicy.readableAddress("/admin/..;/x", null));
    assertTrue(RequestPolicy.readableAddress("/api/map/places", "a=1;b=2"), "; in a query");
    assertTrue(RequestPolicy.readableAddress("/api/rides/0b6f-42", null));
    assertTrue(RequestPolicy.readableAddress("/api/rides/caf%C3%A9", null));
    assertTrue(RequestPolicy.readableAddress("/ride-status.xhtml", "id=0b6f-42&x=%C3%A9"));
    assertFalse(RequestPolicy.readableAddress("/api/map/places", "x=%ff%fe"), "not UTF-8");
  }
}
