package nyc.cabportal.interfaces.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nyc.cabportal.domain.AdminCredentials;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may sign in to the admin pages: the user {@code admin.user} ({@code ADMIN_USER}, default
 * {@code admin}) with the password {@code admin.password} ({@code ADMIN_PASSWORD}, no default — the
 * embedded stack generates one at first start; on Kubernetes it comes from a Secret). The user gets
 * the role {@value #ROLE}.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

  public static final String ROLE = "admin";
  private static final Logger LOG = Logger.getLogger(AdminIdentityStore.class.getName());

  @Inject
  @ConfigProperty(name = "admin.user", defaultValue = "admin")
  String user;

  @Inject
  @ConfigProperty(name = "admin.password")
  Optional<String> password;

  private volatile AdminCredentials credentials;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    AdminCredentials admin = credentials();
    if (admin.accepts(credential.getCaller(), credential.getPasswordAsString())) {
      return new CredentialValidationResult(admin.user(), Set.of(ROLE));
    }
    return CredentialValidationResult.INVALID_RESULT;
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
