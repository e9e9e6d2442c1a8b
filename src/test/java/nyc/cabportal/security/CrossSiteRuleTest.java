package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossSiteRuleTest {

  private final CrossSiteRule rule = new CrossSiteRule("https://partner.example");

  @Test
  void letsReadsAndSameOriginWritesThrough() {
    assertEquals(
        Optional.empty(), rule.refusal("GET", "cross-site", "https://evil.example", "cab"));
    assertEquals(Optional.empty(), rule.refusal("POST", "same-origin", null, "cab:9080"));
    assertEquals(Optional.empty(), rule.refusal("POST", "none", null, "cab:9080"));
    assertEquals(Optional.empty(), rule.refusal("POST", null, "http://cab:9080", "cab:9080"));
  }

  @Test
  void refusesWritesFromAnotherSite() {
    assertEquals(
        Optional.of(
            "cross-site request refused: the browser says it came from a cross-site page"
                + " (https://evil.example)"),
        rule.refusal("POST", "cross-site", "https://evil.example", "cab:9080"));
    assertEquals(true, rule.refusal("DELETE", "same-site", null, "cab:9080").isPresent());
    assertEquals(true, rule.refusal("POST", null, "https://evil.example", "cab:9080").isPresent());
    assertEquals(true, rule.refusal("POST", null, "null", "cab:9080").isPresent());
  }

  @Test
  void letsTrustedOriginsAndNonBrowserClientsThrough() {
    assertEquals(
        Optional.empty(),
        rule.refusal("POST", "cross-site", "https://partner.example", "cab:9080"));
    assertEquals(Optional.empty(), rule.refusal("POST", null, null, "cab:9080"));
  }

  @Test
  void namesAMalformedTrustedOrigin() {
    assertThrows(IllegalArgumentException.class, () -> new CrossSiteRule("partner.example/x"));
  }
}
