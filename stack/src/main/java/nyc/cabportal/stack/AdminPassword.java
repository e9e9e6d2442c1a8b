package nyc.cabportal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin password of the embedded stack: {@code ADMIN_PASSWORD} if set, else one generated at
 * the first start and kept (owner-readable only) in the data directory, so there is never a
 * built-in default.
 */
public final class AdminPassword {

  static final String FILE = "admin-password";

  private AdminPassword() {}

  /** The password, and whether this call generated it. */
  public record Password(String value, boolean generated, Path file) {}

  public static Password of(String fromEnvironment, Path dataDir) {
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new Password(fromEnvironment, false, null);
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        return new Password(Files.readString(file).strip(), false, file);
      }
      byte[] random = new byte[15];
      new SecureRandom().nextBytes(random);
      String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.createDirectories(dataDir);
      Files.writeString(file, value + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps its default permissions
      }
      return new Password(value, true, file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep the admin password in " + file, e);
    }
  }
}
