package nyc.cabportal.security;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The host names the portal answers for, as a deployment configures them ({@code
 * cab.http.allowed-hosts}): a request whose {@code Host} names another is refused before anything
 * reads it. Nothing in the portal builds a URL from {@code Host} (redirects are relative), so this
 * is a second wall against cache poisoning and DNS rebinding, not the first: no list means any
 * host.
 *
 * <p>An entry is a host name or address, matched without its port and case; {@code *.example.com}
 * matches every name below {@code example.com} (not {@code example.com} itself).
 */
public final class AllowedHosts {

  private final List<String> entries;

  /** {@code allowed}: comma-separated host names; blank allows any host. */
  public AllowedHosts(String allowed) {
    this.entries =
        allowed == null
            ? List.of()
            : Stream.of(allowed.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .map(AllowedHosts::checked)
                .toList();
  }

  /** Whether a request sent with this {@code Host} header (null when absent) may go on. */
  public boolean allows(String hostHeader) {
    if (entries.isEmpty()) {
      return true;
    }
    if (hostHeader == null) {
      return false;
    }
    String host = withoutPort(hostHeader.strip().toLowerCase(Locale.ROOT));
    for (String entry : entries) {
      boolean match =
          entry.startsWith("*.")
              ? host.endsWith(entry.substring(1)) && host.length() > entry.length() - 1
              : host.equals(entry);
      if (match) {
        return true;
      }
    }
    return false;
  }

  /** {@code host:port}, {@code [v6]:port} or a bare name, without the port. */
  static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(0, close + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 || host.indexOf(':') != colon ? host : host.substring(0, colon);
  }

  private static String checked(String entry) {
    String name = entry.startsWith("*.") ? entry.substring(2) : entry;
    if (name.isEmpty() || !name.matches("[a-z0-9.\\-\\[\\]:]+") || name.contains("*")) {
      throw new IllegalArgumentException(
          "\"" + entry + "\" is not a host name, an address or *.domain");
    }
    return entry;
  }
}
