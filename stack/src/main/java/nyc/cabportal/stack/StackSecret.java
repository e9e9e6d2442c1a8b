package nyc.cabportal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret the embedded stack gives its parts (the admin password): the environment's value if set,
 * else one generated at the first start and kept (owner-readable only) in a file of the data
 * directory, so there is never a built-in default.
 *
 * @param generated whether this call generated it
 * @param file where it is kept, or null when it came from the environment
 */
public record StackSecret(String value, boolean generated, Path file) {

  public static StackSecret of(String fromEnvironment, Path dataDir, String fileName) {
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new StackSecret(fromEnvironment, false, null);
    }
    Path file = dataDir.resolve(fileName);
    try {
      if (Files.exists(file)) {
        return new StackSecret(Files.readString(file).strip(), false, file);
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
      return new StackSecret(value, true, file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep a secret in " + file, e);
    }
  }
}
