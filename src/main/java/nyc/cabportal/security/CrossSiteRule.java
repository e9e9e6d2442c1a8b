package nyc.cabportal.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nyc.cabportal.domain.Quoted;

/**
 * Refuses state-changing requests that a browser sent on behalf of another site (cross-site request
 * forgery), from the headers every current browser sets and no page can forge: {@code
 * Sec-Fetch-Site}, and {@code Origin} where that is missing. The same rule as Go's {@code
 * net/http.CrossOriginProtection} and OWASP's "Fetch Metadata" defence; it needs no token in the
 * page, so it protects the stateless forms and the browser's API calls alike.
 *
 * <ul>
 *   <li>GET, HEAD and OPTIONS change nothing and always pass.
 *   <li>{@code Sec-Fetch-Site: same-origin} or {@code none} (typed by the user) passes; any other
 *       value fails unless the {@code Origin} is one of the trusted origins.
 *   <li>Without {@code Sec-Fetch-Site}, an {@code Origin} must name the host the request was sent
 *       to (or a trusted origin).
 *   <li>With neither header the request did not come from a browser page (curl, an API client), and
 *       there is no browser to trick: it passes.
 * </ul>
 */
public final class CrossSiteRule {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final Set<String> trustedOrigins;

  /** {@code trustedOrigins}: comma-separated origins like {@code https://partner.example}. */
  public CrossSiteRule(String trustedOrigins) {
    this.trustedOrigins =
        trustedOrigins == null
            ? Set.of()
            : Stream.of(trustedOrigins.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(CrossSiteRule::checkedOrigin)
                .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Why the request must be refused, or empty if it may go on. {@code host} is the request's {@code
   * Host} header; the others may be null.
   */
  public Optional<String> refusal(String method, String secFetchSite, String origin, String host) {
    if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (origin != null && trustedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (secFetchSite != null) {
      String site = secFetchSite.toLowerCase(Locale.ROOT);
      return site.equals("same-origin") || site.equals("none")
          ? Optional.empty()
          : Optional.of(
              "cross-site request refused: the browser says it came from a "
                  + Quoted.of(site)
                  + " page ("
                  + (origin == null ? "no origin" : Quoted.of(origin))
                  + ")");
    }
    if (origin == null) {
      return Optional.empty();
    }
    String originHost = hostOf(origin);
    if (originHost != null && host != null && originHost.equalsIgnoreCase(host.strip())) {
      return Optional.empty();
    }
    return Optional.of(
        "cross-site request refused: origin "
            + Quoted.of(origin)
            + " is not this site ("
            + Quoted.of(host)
            + ")");
  }

  private static String hostOf(String origin) {
    try {
      URI u = URI.create(origin.strip());
      if (u.getHost() == null) {
        return null;
      }
      return u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String checkedOrigin(String origin) {
    URI u;
    try {
      u = URI.create(origin);
    } catch (IllegalArgumentException e) {
      u = null;
    }
    if (u == null
        || u.getScheme() == null
        || u.getHost() == null
        || (u.getPath() != null && !u.getPath().isEmpty())) {
      throw new IllegalArgumentException(
          "trusted origin \"" + origin + "\" is not an origin like https://partner.example");
    }
    return origin.toLowerCase(Locale.ROOT);
  }
}
