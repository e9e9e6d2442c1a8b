package nyc.cabportal.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Which client a request came from when it may have passed through proxies (an ingress, a load
 * balancer). {@code X-Forwarded-For} is only believed as far as it was written by proxies we trust:
 * read from the right, the first address that is not a trusted proxy is the client. A client can
 * put anything in the header, but only to the left of what our own proxies appended, so it cannot
 * pose as another client.
 *
 * <p>Trusted proxies are IPv4 or IPv6 addresses, or IPv4 ranges in CIDR form ({@code 10.0.0.0/8}).
 */
public final class TrustedProxies {

  private final List<String> addresses = new ArrayList<>();
  private final List<int[]> ranges = new ArrayList<>(); // {network, mask}

  /** Parses a comma-separated list; a malformed entry throws, naming it. */
  public TrustedProxies(String list) {
    if (list == null) {
      return;
    }
    for (String raw : list.split(",")) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int slash = entry.indexOf('/');
      if (slash < 0) {
        if (!entry.contains(":") && ipv4(entry) == null) {
          throw new IllegalArgumentException(
              "trusted proxy \"" + entry + "\" is not an IP address or an IPv4 CIDR range");
        }
        addresses.add(entry.toLowerCase());
        continue;
      }
      Integer network = ipv4(entry.substring(0, slash));
      int bits = -1;
      try {
        bits = Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        // reported below
      }
      if (network == null || bits < 0 || bits > 32) {
        throw new IllegalArgumentException(
            "trusted proxy range \"" + entry + "\" is not an IPv4 CIDR range like 10.0.0.0/8");
      }
      int mask = bits == 0 ? 0 : -1 << (32 - bits);
      ranges.add(new int[] {network & mask, mask});
    }
  }

  public boolean isEmpty() {
    return addresses.isEmpty() && ranges.isEmpty();
  }

  public boolean trusts(String address) {
    String a = address.strip().toLowerCase();
    if (addresses.contains(a)) {
      return true;
    }
    Integer v4 = ipv4(a);
    if (v4 != null) {
      for (int[] r : ranges) {
        if ((v4 & r[1]) == r[0]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The client of a request from {@code remoteAddress} carrying {@code forwardedFor} (the {@code
   * X-Forwarded-For} header, or null).
   */
  public String client(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || !trusts(remoteAddress)) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    String client = remoteAddress;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (hop.isEmpty() || hop.length() > 45) {
        break; // not an address a proxy of ours wrote: stop believing here
      }
      client = hop;
      if (!trusts(hop)) {
        break;
      }
    }
    return client;
  }

  /**
   * Whether the client reached us over TLS that a trusted proxy terminated: the peer is trusted and
   * its {@code X-Forwarded-Proto} says exactly {@code https} (one value, as the Gateway sets it; a
   * list or anything else is not believed).
   */
  public boolean forwardedOverTls(String remoteAddress, String forwardedProto) {
    return forwardedProto != null
        && forwardedProto.strip().equalsIgnoreCase("https")
        && trusts(remoteAddress);
  }

  private static Integer ipv4(String text) {
    String[] parts = text.strip().split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    int v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        return null;
      }
      int octet = Integer.parseInt(p);
      if (octet > 255) {
        return null;
      }
      v = (v << 8) | octet;
    }
    return v;
  }
}
