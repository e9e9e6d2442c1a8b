package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTest {

  @Test
  void generatesOneAtTheFirstStartKeepsItPrivateAndReusesIt(@TempDir Path dir) throws Exception {
    AdminPassword.Password first = AdminPassword.of(null, dir);
    assertTrue(first.generated());
    assertTrue(first.value().length() >= 20, first.value());
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));
    AdminPassword.Password again = AdminPassword.of("", dir);
    assertFalse(again.generated());
    assertEquals(first.value(), again.value());
    assertNotEquals(first.value(), AdminPassword.of(null, dir.resolve("other")).value());
  }

  @Test
  void theEnvironmentWins(@TempDir Path dir) {
    AdminPassword.Password p = AdminPassword.of("chosen", dir);
    assertEquals("chosen", p.value());
    assertFalse(Files.exists(dir.resolve(AdminPassword.FILE)));
  }
}
