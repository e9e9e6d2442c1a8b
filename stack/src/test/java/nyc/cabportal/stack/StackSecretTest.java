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

class StackSecretTest {

  @Test
  void generatesOneAtTheFirstStartKeepsItPrivateAndReusesIt(@TempDir Path dir) throws Exception {
    StackSecret first = StackSecret.of(null, dir, "secret");
    assertTrue(first.generated());
    assertTrue(first.value().length() >= 20, first.value());
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));
    StackSecret again = StackSecret.of("", dir, "secret");
    assertFalse(again.generated());
    assertEquals(first.value(), again.value());
    assertNotEquals(first.value(), StackSecret.of(null, dir, "another").value());
  }

  @Test
  void theEnvironmentWins(@TempDir Path dir) {
    StackSecret s = StackSecret.of("chosen", dir, "secret");
    assertEquals("chosen", s.value());
    assertFalse(Files.exists(dir.resolve("secret")));
  }
}
