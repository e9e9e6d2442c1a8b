package nyc.cabportal.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the sign-in form sends an admin back to: the admin page they asked for before signing in
 * ({@code next}), taken only when it is a path of this site's admin pages — never another site, a
 * scheme, a protocol-relative {@code //host} or a dot segment — so the form is no open redirect.
 */
public final class ReturnPath {

  /** The admin pages' prefix, and where an admin goes when {@code next} is absent or refused. */
  public static final String ADMIN_HOME = "/admin/";

  private ReturnPath() {}

  /** The path to go back to, or empty when {@code next} is none the portal would send one to. */
  public static Optional<String> of(String next) {
    if (next == null || next.length() > 512 || !next.startsWith(ADMIN_HOME)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(next);
      String path = uri.getPath();
      boolean plain =
          uri.getScheme() == null
              && uri.getRawAuthority() == null
              && uri.getRawFragment() == null
              && path != null
              && path.startsWith(ADMIN_HOME)
              && !path.contains("/../")
              && !path.contains("/./")
              && !path.contains("//")
              && !next.contains("\\");
      return plain ? Optional.of(next) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
