package nyc.cabportal.interfaces.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import nyc.cabportal.interfaces.PortalCookie;
import nyc.cabportal.interfaces.http.Refusal;
import nyc.cabportal.interfaces.http.RequestPolicy;
import nyc.cabportal.security.AdminTickets;
import nyc.cabportal.security.ReturnPath;
import nyc.cabportal.security.SignInThrottle;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Admin sign-in without server state, so it holds on every portal pod: the sign-in form posts to
 * {@value #SIGN_IN}; a right password earns a signed ticket in the {@value #TICKET} cookie ({@link
 * AdminTickets}), which every later request shows and any pod checks. Without a valid ticket, admin
 * pages redirect to the sign-in form (which then sends the admin back to the page asked for: {@link
 * ReturnPath}) and admin APIs answer 401. {@value #SIGN_OUT} drops the ticket. (Liberty's own form
 * sign-in keeps the signed-in user in a cache of the server that signed them in, so the next pod
 * would ask again.)
 */
@ApplicationScoped
public class AdminSignIn implements HttpAuthenticationMechanism {

  static final String SIGN_IN = "/sign-in";
  static final String SIGN_OUT = "/sign-out";
  static final String TICKET = "cab-admin";

  @Inject AdminIdentityStore admins;
  @Inject RequestPolicy policy;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  private final Clock clock = Clock.systemUTC();
  private final SignInThrottle throttle = new SignInThrottle(100_000, System::nanoTime);

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean post = "POST".equals(request.getMethod());
    // This runs before any servlet filter, so the sign-in form gets the request guard's checks
    // here.
    policy.addHeaders(response);
    if (post && (path.equals(SIGN_IN) || path.equals(SIGN_OUT))) {
      Optional<RequestPolicy.TurnedAway> turned = policy.turnAway(request);
      if (turned.isPresent()) {
        return refuse(request, response, turned.get().status(), turned.get().message());
      }
    }
    if (post && path.equals(SIGN_IN)) {
      return signIn(request, response, context);
    }
    if (post && path.equals(SIGN_OUT)) {
      PortalCookie.write(request, response, TICKET, "", Duration.ZERO, policy.overTls(request));
      return redirect(response, request.getContextPath() + "/");
    }
    Optional<String> user =
        admins
            .tickets()
            .flatMap(t -> t.verify(PortalCookie.read(request, TICKET), clock.instant()));
    if (user.isPresent()) {
      return context.notifyContainerAboutLogin(user.get(), Set.of(AdminIdentityStore.ROLE));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (path.startsWith("/api/")) {
      // The API's own answer, as every other refusal: JSON that says what to do.
      return refuse(
          request, response, 401, "admin data: sign in as an admin first (/sign-in.html)");
    }
    // Back to the page asked for once signed in (a page read, not a form sent).
    String asked =
        request.getRequestURI().substring(request.getContextPath().length())
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    String next =
        "GET".equals(request.getMethod()) && ReturnPath.of(asked).isPresent()
            ? "?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8)
            : "";
    return redirect(response, request.getContextPath() + "/sign-in.html" + next);
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String user = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    Optional<AdminTickets> tickets = admins.tickets();
    if (user == null || password == null || tickets.isEmpty()) {
      return redirect(response, request.getContextPath() + "/sign-in-failed.html");
    }
    String client = policy.client(request);
    Optional<Duration> wait = throttle.waitFor(client, user);
    if (wait.isPresent()) {
      metrics.counter("admin_sign_in_throttled").inc();
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", String.valueOf(seconds));
      return refuse(
          request,
          response,
          429,
          "too many wrong passwords from this client or for this account: try again in "
              + seconds
              + " s");
    }
    CredentialValidationResult result =
        admins.validate(new UsernamePasswordCredential(user, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(client, user);
      metrics.counter("admin_sign_in_failures").inc();
      return redirect(response, request.getContextPath() + "/sign-in-failed.html");
    }
    throttle.succeeded(client, user);
    String name = result.getCallerPrincipal().getName();
    PortalCookie.write(
        request,
        response,
        TICKET,
        tickets.get().issue(name, clock.instant()),
        tickets.get().lifetime(),
        policy.overTls(request));
    String back = ReturnPath.of(request.getParameter("next")).orElse(ReturnPath.ADMIN_HOME);
    return redirect(response, request.getContextPath() + back);
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, int status, String why) {
    try {
      Refusal.send(request, response, status, why);
    } catch (IOException e) {
      throw new IllegalStateException("could not refuse a sign-in request", e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** Answers with a redirect and tells the container the response is complete. */
  private static AuthenticationStatus redirect(HttpServletResponse response, String location) {
    try {
      response.sendRedirect(location);
    } catch (IOException e) {
      throw new IllegalStateException("could not redirect to " + location, e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
