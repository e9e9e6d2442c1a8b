package nyc.cabportal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import nyc.cabportal.interfaces.PortalCookie;
import nyc.cabportal.interfaces.http.RequestPolicy;

/**
 * Reads and writes this browser's {@link RecentRides} in the {@value #NAME} cookie. A cookie, not
 * the HTTP session: portal pods share no sessions, and a rider's next request may land on any pod.
 */
@RequestScoped
public class RideHistoryCookie {

  static final String NAME = "cab-rides";
  private static final Duration KEEP = Duration.ofDays(30);

  @Inject RequestPolicy policy;

  private RecentRides rides;

  public RecentRides rides() {
    if (rides == null) {
      rides = RecentRides.fromCookie(PortalCookie.read(request(), NAME));
    }
    return rides;
  }

  public void add(String rideId) {
    rides = rides().with(rideId);
    HttpServletRequest request = request();
    PortalCookie.write(
        request,
        (HttpServletResponse) external().getResponse(),
        NAME,
        rides.cookieValue(),
        KEEP,
        policy.overTls(request));
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) external().getRequest();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
