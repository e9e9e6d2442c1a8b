package nyc.cabportal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Map;

/**
 * Reads and writes this browser's {@link RecentRides} in the {@value #NAME} cookie. A cookie, not
 * the HTTP session: portal pods share no sessions, and a rider's next request may land on any pod.
 */
@RequestScoped
public class RideHistoryCookie {

  static final String NAME = "cab-rides";
  private static final Duration KEEP = Duration.ofDays(30);

  private RecentRides rides;

  public RecentRides rides() {
    if (rides == null) {
      Object cookie = external().getRequestCookieMap().get(NAME);
      rides = RecentRides.fromCookie(cookie instanceof Cookie c ? c.getValue() : null);
    }
    return rides;
  }

  public void add(String rideId) {
    rides = rides().with(rideId);
    ExternalContext external = external();
    String path = external.getRequestContextPath();
    external.addResponseCookie(
        NAME,
        rides.cookieValue(),
        Map.of(
            "path",
            path.isEmpty() ? "/" : path,
            "maxAge",
            (int) KEEP.toSeconds(),
            "httpOnly",
            true,
            "secure",
            external.isSecure(),
            "SameSite",
            "Lax"));
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
