package nyc.cabportal.interfaces;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * The portal's cookies ("my rides", the admin ticket): the state a browser carries so that no
 * portal pod has to. All are set the same way — the whole application's path, HttpOnly,
 * SameSite=Lax, Secure when the client's connection was TLS (ours, or a trusted proxy's:
 * RequestPolicy#overTls).
 */
public final class PortalCookie {

  private PortalCookie() {}

  /** The value of cookie {@code name} in the request, or null. */
  public static String read(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals(name)) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  /**
   * Sets cookie {@code name} for {@code keep}; {@link Duration#ZERO} deletes it. {@code overTls}:
   * the client's connection was TLS, so the cookie is marked Secure.
   */
  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      String name,
      String value,
      Duration keep,
      boolean overTls) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge((int) keep.toSeconds());
    cookie.setHttpOnly(true);
    cookie.setSecure(overTls);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
