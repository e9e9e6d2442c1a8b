package nyc.cabportal.interfaces.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nyc.cabportal.security.AdminCredentials;
import nyc.cabportal.security.AdminTickets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may sign in to the admin pages: the user {@code admin.user} ({@code ADMIN_USER}, default
 * {@code admin}) with the password {@code admin.password} ({@code ADMIN_PASSWORD}, no default — the
 * embedded stack generates one at first start; on Kubernetes it comes from a Secret). The user gets
 * the role {@value #ROLE}. It also holds the {@link AdminTickets} that keep an admin signed in,
 * signed with a key derived from that password.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

  public static final String ROLE = "admin";
  static final Duration TICKET_LIFETIME = Duration.ofHours(8);
  private static final Logger LOG = Logger.getLogger(AdminIdentityStore.class.getName());

  @Inject
  @ConfigProperty(name = "admin.user", defaultValue = "admin")
  String user;

  @Inject
  @ConfigProperty(name = "admin.password")
  Optional<String> password;

  private volatile AdminCredentials credentials;
  private volatile Optional<AdminTickets> tickets;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    AdminCredentials admin = credentials();
    if (admin.accepts(credential.getCaller(), credential.getPasswordAsString())) {
      return new CredentialValidationResult(admin.user(), Set.of(ROLE));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }

  /** The sign-in tickets, or none when admin sign-in is disabled (no password configured). */
  public Optional<AdminTickets> tickets() {
    Optional<AdminTickets> t = tickets;
    if (t == null) {
      t =
          credentials().enabled()
              ? Optional.of(AdminTickets.signedFor(password.orElseThrow(), TICKET_LIFETIME))
              : Optional.empty();
      tickets = t;
    }
    return t;
  }

  private AdminCredentials credentials() {
    AdminCredentials c = credentials;
    if (c == null) {
      c = new AdminCredentials(user, password.orElse(null));
      if (!c.enabled()) {
        LOG.warning("admin sign-in is disabled: no admin.password (ADMIN_PASSWORD) is configured");
      }
      credentials = c;
    }
    return c;
  }
}
