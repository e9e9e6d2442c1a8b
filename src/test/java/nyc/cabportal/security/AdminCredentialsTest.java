package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdminCredentialsTest {

  @Test
  void acceptsOnlyTheConfiguredUserAndPassword() {
    AdminCredentials admin = new AdminCredentials("admin", "s3cret-Pw");
    assertTrue(admin.accepts("admin", "s3cret-Pw"));
    assertFalse(admin.accepts("admin", "s3cret-pw"));
    assertFalse(admin.accepts("root", "s3cret-Pw"));
    assertFalse(admin.accepts("admin", ""));
    assertFalse(admin.accepts(null, null));
  }

  @Test
  void withoutAConfiguredPasswordNoOneSignsIn() {
    for (String none : new String[] {null, "", "  "}) {
      AdminCredentials admin = new AdminCredentials("admin", none);
      assertFalse(admin.enabled());
      assertFalse(admin.accepts("admin", ""));
      assertFalse(admin.accepts("admin", "  "));
    }
  }
}
