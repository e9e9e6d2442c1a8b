package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  @Test
  void withoutTrustedProxiesTheClientIsThePeerWhateverTheHeaderSays() {
    TrustedProxies none = new TrustedProxies("");
    assertEquals("203.0.113.9", none.client("203.0.113.9", "1.2.3.4"));
  }

  @Test
  void readsTheHeaderFromTheRightUpToTheFirstUntrustedAddress() {
    TrustedProxies proxies = new TrustedProxies("127.0.0.1, 10.0.0.0/8");
    // A client claims to be 1.2.3.4; our ingress (10.1.2.3) appended the real peer 198.51.100.7.
    assertEquals("198.51.100.7", proxies.client("10.1.2.3", "1.2.3.4, 198.51.100.7"));
    assertEquals("198.51.100.7", proxies.client("127.0.0.1", "198.51.100.7, 10.9.9.9"));
    assertEquals("10.1.2.3", proxies.client("10.1.2.3", null));
    // A peer we do not trust cannot name anyone else.
    assertEquals("198.51.100.7", proxies.client("198.51.100.7", "127.0.0.1"));
  }

  @Test
  void believesHttpsOnlyFromATrustedProxy() {
    TrustedProxies proxies = new TrustedProxies("10.0.0.0/8");
    assertTrue(proxies.forwardedOverTls("10.1.2.3", "https"));
    assertTrue(proxies.forwardedOverTls("10.1.2.3", "HTTPS "));
    assertFalse(proxies.forwardedOverTls("203.0.113.9", "https"), "a client's own header");
    assertFalse(proxies.forwardedOverTls("10.1.2.3", "http"));
    assertFalse(proxies.forwardedOverTls("10.1.2.3", "https, http"), "a list is not believed");
    assertFalse(proxies.forwardedOverTls("10.1.2.3", null));
  }

  @Test
  void namesAMalformedEntry() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("10.0.0.0/33"));
    assertEquals(
        "trusted proxy range \"10.0.0.0/33\" is not an IPv4 CIDR range like 10.0.0.0/8",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("proxy.local"));
  }
}
