package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllowedHostsTest {

  private final AllowedHosts hosts = new AllowedHosts(" cab.example , *.cabs.example,10.0.0.7 ");

  @Test
  void noListAllowsAnyHost() {
    assertTrue(new AllowedHosts("").allows("evil.example"));
    assertTrue(new AllowedHosts(null).allows(null));
  }

  @Test
  void matchesNamesWithoutPortOrCase() {
    assertTrue(hosts.allows("cab.example"));
    assertTrue(hosts.allows("CAB.example:9080"));
    assertTrue(hosts.allows("10.0.0.7:9080"));
    assertTrue(hosts.allows("eu.cabs.example"));
    assertFalse(hosts.allows("cabs.example"), "a wildcard covers names below, not the domain");
    assertFalse(hosts.allows("evil.example"));
    assertFalse(hosts.allows("cab.example.evil.example"));
    assertFalse(hosts.allows("evilcabs.example"));
    assertFalse(hosts.allows(null), "no Host at all");
  }

  @Test
  void takesThePortOffEveryFormOfHost() {
    assertTrue(AllowedHosts.withoutPort("[::1]:9080").equals("[::1]"));
    assertTrue(AllowedHosts.withoutPort("[::1]").equals("[::1]"));
    assertTrue(AllowedHosts.withoutPort("cab").equals("cab"));
    assertTrue(new AllowedHosts("[::1]").allows("[::1]:9080"));
  }

  @Test
  void refusesEntriesThatAreNoHost() {
    assertThrows(IllegalArgumentException.class, () -> new AllowedHosts("cab.example/path"));
    assertThrows(IllegalArgumentException.class, () -> new AllowedHosts("*"));
    assertThrows(IllegalArgumentException.class, () -> new AllowedHosts("a.*.example"));
  }
}
