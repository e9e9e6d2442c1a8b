package nyc.cabportal.security;

import java.net.URI;

/**
 * The portal's {@code Content-Security-Policy}: scripts, styles, data and fonts only from the
 * portal itself (no inline script, no {@code eval}), images also from the street-map tile server
 * when one is configured, never framed by another site, forms posted only to the portal.
 */
public final class ContentSecurityPolicy {

  private ContentSecurityPolicy() {}

  /** The header value; {@code tilesUrl} is the configured tile URL template, or blank. */
  public static String header(String tilesUrl) {
    String tiles = tileOrigin(tilesUrl);
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
        + (tiles.isEmpty() ? "" : " " + tiles)
        + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors 'none'";
  }

  /** The origin of a tile URL template such as {@code https://{s}.tile.example/{z}/{x}/{y}.png}. */
  static String tileOrigin(String tilesUrl) {
    if (tilesUrl == null || tilesUrl.isBlank()) {
      return "";
    }
    // Leaflet's {s} subdomain placeholder becomes a CSP wildcard host.
    String template = tilesUrl.strip().replace("{s}", "*");
    int schemeEnd = template.indexOf("://");
    if (schemeEnd < 0) {
      throw new IllegalArgumentException(
          "map.tiles.url \"" + tilesUrl + "\" is not an http(s) URL template");
    }
    int hostEnd = template.indexOf('/', schemeEnd + 3);
    String origin = hostEnd < 0 ? template : template.substring(0, hostEnd);
    String scheme = origin.substring(0, schemeEnd);
    if (!scheme.equals("https") && !scheme.equals("http")
        || origin.matches(".*[\\s;,'{}].*")
        || URI.create(origin.replace("*", "x")).getHost() == null) {
      throw new IllegalArgumentException(
          "map.tiles.url \"" + tilesUrl + "\" is not an http(s) URL template");
    }
    return origin;
  }
}
