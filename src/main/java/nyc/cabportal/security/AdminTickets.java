package nyc.cabportal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tickets that keep an admin signed in: a cookie value naming the user and when it expires,
 * signed with HMAC-SHA256. Any portal server can check one with nothing but the configuration, so
 * an admin stays signed in whichever pod answers, and no server holds a session.
 *
 * <p>The signing key is derived from the admin password (PBKDF2, so a stolen ticket is as slow to
 * guess the password from as a good password hash): every pod configured alike shares it without
 * another secret, and changing the password signs every admin out.
 */
public final class AdminTickets {

  private static final String VERSION = "v1";
  private static final byte[] SALT =
      "cab-portal admin ticket v1".getBytes(StandardCharsets.US_ASCII);
  private static final int ITERATIONS = 210_000;
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Duration lifetime;

  private AdminTickets(byte[] key, Duration lifetime) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.lifetime = lifetime;
  }

  /** Tickets signed with a key derived from {@code password}, valid for {@code lifetime}. */
  public static AdminTickets signedFor(String password, Duration lifetime) {
    if (password == null || password.isBlank()) {
      throw new IllegalArgumentException("admin tickets need an admin password to sign with");
    }
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password.toCharArray(), SALT, ITERATIONS, 256))
              .getEncoded();
      return new AdminTickets(key, lifetime);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256", e);
    }
  }

  public Duration lifetime() {
    return lifetime;
  }

  /** A ticket for {@code user}, issued at {@code now}. */
  public String issue(String user, Instant now) {
    String body =
        VERSION
            + "."
            + B64.encodeToString(user.getBytes(StandardCharsets.UTF_8))
            + "."
            + now.plus(lifetime).getEpochSecond();
    return body + "." + B64.encodeToString(sign(body));
  }

  /** The user a ticket names, if this key signed it and it has not expired at {@code now}. */
  public Optional<String> verify(String ticket, Instant now) {
    if (ticket == null) {
      return Optional.empty();
    }
    String[] parts = ticket.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals(VERSION)) {
      return Optional.empty();
    }
    try {
      String body = parts[0] + "." + parts[1] + "." + parts[2];
      if (!MessageDigest.isEqual(sign(body), B64_DECODER.decode(parts[3]))) {
        return Optional.empty();
      }
      if (now.getEpochSecond() >= Long.parseLong(parts[2])) {
        return Optional.empty();
      }
      return Optional.of(new String(B64_DECODER.decode(parts[1]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not Base64 or not a number: not one of ours
    }
  }

  private byte[] sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no HmacSHA256", e);
    }
  }
}
