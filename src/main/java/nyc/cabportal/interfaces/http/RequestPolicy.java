package nyc.cabportal.interfaces.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nyc.cabportal.domain.Quoted;
import nyc.cabportal.security.AllowedHosts;
import nyc.cabportal.security.ContentSecurityPolicy;
import nyc.cabportal.security.CrossSiteRule;
import nyc.cabportal.security.RateLimit;
import nyc.cabportal.security.TrustedProxies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's request policy, from configuration. It is built when the application starts, so a
 * bad value stops the deployment with a message naming the key instead of failing requests later.
 */
@ApplicationScoped
public class RequestPolicy {

  static final String MAX_BODY = "cab.http.max-body-bytes";
  static final String PROXIES = "cab.http.trusted-proxies";
  static final String ORIGINS = "cab.http.trusted-origins";
  static final String HOSTS = "cab.http.allowed-hosts";
  static final String PER_MINUTE = "cab.rides.rate-limit.per-minute";
  static final String BURST = "cab.rides.rate-limit.burst";
  static final String TILES = "map.tiles.url";

  /** Rate-limit buckets kept per server: a few MiB at most, whatever the clients claim to be. */
  private static final int MAX_CLIENTS = 100_000;

  @Inject
  @ConfigProperty(name = MAX_BODY, defaultValue = "16384")
  String maxBodyBytesText;

  @Inject
  @ConfigProperty(name = PROXIES)
  Optional<String> trustedProxiesText;

  @Inject
  @ConfigProperty(name = ORIGINS)
  Optional<String> trustedOriginsText;

  @Inject
  @ConfigProperty(name = HOSTS)
  Optional<String> allowedHostsText;

  @Inject
  @ConfigProperty(name = PER_MINUTE, defaultValue = "30")
  String perMinuteText;

  @Inject
  @ConfigProperty(name = BURST, defaultValue = "10")
  String burstText;

  @Inject
  @ConfigProperty(name = TILES)
  Optional<String> tilesUrl;

  private long maxBodyBytes;
  private TrustedProxies trustedProxies;
  private CrossSiteRule crossSite;
  private AllowedHosts allowedHosts;
  private RateLimit rideLimit;
  private String contentSecurityPolicy;

  @PostConstruct
  void configure() {
    maxBodyBytes = whole(MAX_BODY, maxBodyBytesText, 256, 10_000_000);
    trustedProxies = setting(PROXIES, () -> new TrustedProxies(trustedProxiesText.orElse("")));
    crossSite = setting(ORIGINS, () -> new CrossSiteRule(trustedOriginsText.orElse("")));
    allowedHosts = setting(HOSTS, () -> new AllowedHosts(allowedHostsText.orElse("")));
    int perMinute = (int) whole(PER_MINUTE, perMinuteText, 1, 1_000_000);
    int burst = (int) whole(BURST, burstText, 1, 1_000_000);
    rideLimit = new RateLimit(perMinute, burst, MAX_CLIENTS, System::nanoTime);
    contentSecurityPolicy = setting(TILES, () -> ContentSecurityPolicy.header(tilesUrl.orElse("")));
  }

  /** Checks the configuration as the application starts. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
    maxBodyBytes(); // touching the bean builds it
  }

  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Headers every response carries. */
  public void addHeaders(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(self), payment=()");
  }

  /** Why a request is turned away before its body is read, and with which status. */
  public record TurnedAway(int status, String message) {}

  /** The methods a page (anything outside {@code /api/}) answers: its 405's {@code Allow}. */
  public static final java.util.List<String> PAGE_METHODS =
      java.util.List.of("GET", "HEAD", "POST", "OPTIONS");

  /**
   * The checks made before anything reads a request's body: a path that is no URL path (400), a
   * {@code Host} the deployment does not serve ({@code cab.http.allowed-hosts}: 421), a
   * state-changing request from another site (403), a body in a charset no one here can read (415),
   * a body announced larger than {@code cab.http.max-body-bytes} (413), a form sent without a
   * length (411: the container parses form fields from its own stream, which cannot be bounded from
   * outside). Empty when the request may go on.
   */
  public Optional<TurnedAway> turnAway(HttpServletRequest request) {
    // The container takes ";jsessionid=…" out of the path it reports, the REST runtime reads the
    // whole URL: both must be readable.
    if (!readableAddress(request.getRequestURI(), request.getQueryString())
        || !readableAddress(String.valueOf(request.getRequestURL()), null)) {
      return Optional.of(
          new TurnedAway(400, "the address holds characters a web address may not carry"));
    }
    String host = request.getHeader("Host");
    if (!allowedHosts.allows(host)) {
      return Optional.of(
          new TurnedAway(
              421,
              host == null
                  ? "this portal answers only requests that name its host"
                  : "this portal does not answer for the host \"" + Quoted.of(host) + "\""));
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/") && !PAGE_METHODS.contains(request.getMethod())) {
      // Pages are read (GET, HEAD) and forms sent (POST); Faces would render a page for PUT or
      // DELETE as if it were a GET. The API answers its own 405s, with its own Allow.
      return Optional.of(
          new TurnedAway(
              405,
              "a page answers "
                  + String.join(", ", PAGE_METHODS)
                  + ", not "
                  + Quoted.of(request.getMethod())));
    }
    Optional<String> crossSite = crossSiteRefusal(request);
    if (crossSite.isPresent()) {
      return Optional.of(new TurnedAway(HttpServletResponse.SC_FORBIDDEN, crossSite.get()));
    }
    String charset = request.getCharacterEncoding();
    if (charset != null && !readableCharset(charset)) {
      // The container and the REST runtime fail on an unknown charset when they read the body.
      return Optional.of(
          new TurnedAway(
              415,
              "the body's charset \""
                  + Quoted.of(charset)
                  + "\" is not one the portal reads: send UTF-8"));
    }
    long length = request.getContentLengthLong();
    if (length > maxBodyBytes) {
      return Optional.of(new TurnedAway(413, tooLarge(length + " bytes")));
    }
    if (length < 0 && hasBody(request) && isForm(request)) {
      return Optional.of(new TurnedAway(411, "a form must be sent with a Content-Length"));
    }
    return Optional.empty();
  }

  /**
   * Whether a raw request path and query make a web address at all: printable ASCII only (a browser
   * escapes everything else), no {@code <}, {@code >}, space or broken percent escape, and a path
   * whose escapes spell UTF-8. Such an address names nothing here, and the REST runtime and Faces
   * fail on it (a 500, or a stack in the log for every request a client sends).
   */
  static boolean readableAddress(String rawPath, String rawQuery) {
    String address = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == ';' && i < rawPath.length()) {
        return false;
      }
    }
    try {
      new URI(address);
    } catch (URISyntaxException e) {
      return false;
    }
    return escapesSpellText(rawPath) && (rawQuery == null || escapesSpellText(rawQuery));
  }

  private static boolean escapesSpellText(String rawPath) {
    if (rawPath.indexOf('%') < 0) {
      return true;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(rawPath, i + 1, i + 3, 16)); // checked by URI above
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    try {
      CharSequence text =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
      return text.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static boolean readableCharset(String name) {
    try {
      return Charset.isSupported(name.strip());
    } catch (IllegalArgumentException e) {
      return false; // an illegal name
    }
  }

  /** The message of a 413 for a body of {@code size}. */
  public String tooLarge(String size) {
    return "request body too large: " + size + ", at most " + maxBodyBytes + " bytes are accepted";
  }

  /** Whether the request's method carries a body. */
  public static boolean hasBody(HttpServletRequest request) {
    String m = request.getMethod();
    return m.equals("POST") || m.equals("PUT") || m.equals("PATCH") || m.equals("DELETE");
  }

  static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  /** Why a state-changing request from another site must be refused, if it must. */
  private Optional<String> crossSiteRefusal(HttpServletRequest request) {
    return crossSite.refusal(
        request.getMethod(),
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Origin"),
        host(request));
  }

  /** The host the request was sent to: its Host header, or HTTP/2's authority. */
  private static String host(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host != null) {
      return host;
    }
    int port = request.getServerPort();
    boolean defaultPort =
        port == 80 && "http".equals(request.getScheme())
            || port == 443 && "https".equals(request.getScheme());
    return defaultPort ? request.getServerName() : request.getServerName() + ":" + port;
  }

  /**
   * Whether the client's own connection was TLS: this server's, or one a trusted proxy terminated
   * ({@code X-Forwarded-Proto: https}) — the portal's cookies are {@code Secure} then.
   */
  public boolean overTls(HttpServletRequest request) {
    return request.isSecure()
        || trustedProxies.forwardedOverTls(
            request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
  }

  /** The client a request came from, through the trusted proxies. */
  public String client(HttpServletRequest request) {
    return trustedProxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  /**
   * Takes one ride request from the client's allowance (the API's POST and the request form alike):
   * empty when allowed, else the 429 to answer.
   */
  public Optional<RideRefusal> admitRide(HttpServletRequest request) {
    RateLimit.Decision allowance = rideLimit.take(client(request));
    if (allowance.allowed()) {
      return Optional.empty();
    }
    return Optional.of(
        RideRefusal.rateLimited(
            allowance,
            "too many ride requests from this client: at most "
                + rideLimit.burst()
                + " at once and "
                + rideLimit.perMinute()
                + " a minute; try again in "
                + allowance.retryAfterSeconds()
                + " s"));
  }

  private static long whole(String key, String text, long min, long max) {
    long v;
    try {
      v = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, was \"" + text + "\"");
    }
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          key + " must be between " + min + " and " + max + ", was " + v);
    }
    return v;
  }

  private static <T> T setting(String key, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }
}
