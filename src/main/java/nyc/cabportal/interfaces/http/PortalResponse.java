package nyc.cabportal.interfaces.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The response every request gets, with two edges of the server closed: a redirect names a path on
 * this site, never a host taken from the request's {@code Host} header (which a client chooses, so
 * an absolute URL built from it is an open redirect and poisons caches); and no header may carry a
 * server's internals (Liberty's metrics add one naming the exception of a request it could not
 * route).
 */
public final class PortalResponse extends HttpServletResponseWrapper {

  PortalResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void setHeader(String name, String value) {
    if (!leaks(name)) {
      super.setHeader(name, "Location".equalsIgnoreCase(name) ? sitePath(value) : value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!leaks(name)) {
      super.addHeader(name, "Location".equalsIgnoreCase(name) ? sitePath(value) : value);
    }
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    super.sendRedirect(sitePath(location));
  }

  /**
   * The path (and query) of {@code location} on this site: relative to the site's root, whatever
   * host an absolute location names. A location that is no URL goes to the home page.
   */
  static String sitePath(String location) {
    try {
      URI uri = new URI(location);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawAuthority() == null && !path.startsWith("/")) {
        return location; // relative: the browser resolves it against this site
      }
      if (path.startsWith("//")) {
        path = "/" + path.replaceFirst("^/+", ""); // "//host" would name another site
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (URISyntaxException e) {
      return "/";
    }
  }

  /** A header name no client needs: a Java class or package name, or an exception. */
  static boolean leaks(String name) {
    return name != null && (name.contains("Exception") || name.matches("^(io|com|org|java)\\..*"));
  }
}
