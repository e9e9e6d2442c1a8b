package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnPathTest {

  @Test
  void takesAnAdminPageOfThisSite() {
    assertEquals(Optional.of("/admin/map.xhtml"), ReturnPath.of("/admin/map.xhtml"));
    assertEquals(
        Optional.of("/admin/trips.xhtml?source=yellow&from=2014-04-01"),
        ReturnPath.of("/admin/trips.xhtml?source=yellow&from=2014-04-01"));
  }

  @Test
  void refusesEverythingElse() {
    for (String next :
        new String[] {
          null,
          "",
          "/",
          "/my-rides.xhtml",
          "https://evil.example/admin/",
          "//evil.example/admin/",
          "/admin/../my-rides.xhtml",
          "/admin//evil.example",
          "/admin/\\evil.example",
          "/admin/<x>",
          "/admin/x#frag",
          "/admin/" + "x".repeat(600)
        }) {
      assertEquals(Optional.empty(), ReturnPath.of(next), String.valueOf(next));
    }
  }
}
