package nyc.cabportal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The one admin account, from configuration. There is no built-in password: without one, no one can
 * sign in as admin. Passwords are compared in constant time.
 */
public final class AdminCredentials {

  private final String user;
  private final byte[] password;

  /**
   * @param password null or blank: admin sign-in is disabled
   */
  public AdminCredentials(String user, String password) {
    this.user = user;
    this.password =
        password == null || password.isBlank() ? null : password.getBytes(StandardCharsets.UTF_8);
  }

  public boolean enabled() {
    return password != null;
  }

  public String user() {
    return user;
  }

  public boolean accepts(String user, String password) {
    if (!enabled() || user == null || password == null) {
      return false;
    }
    boolean passwordMatches =
        MessageDigest.isEqual(this.password, password.getBytes(StandardCharsets.UTF_8));
    return passwordMatches && this.user.equals(user);
  }
}
