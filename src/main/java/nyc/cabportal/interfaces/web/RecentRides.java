package nyc.cabportal.interfaces.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rides requested from one browser, newest first, as kept in that browser's cookie. Riders have
 * no login, so "my rides" means "the rides of this browser". The list travels with every request
 * rather than living in one server's HTTP session, so any portal pod can show it. A ride id is an
 * unguessable UUID that already lets its holder follow the ride, so the cookie grants nothing new;
 * anything in it that is not such an id is ignored.
 */
public final class RecentRides {

  static final int MAX_RIDES = 50;
  private static final String SEPARATOR = ".";
  private static final Pattern RIDE_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final List<String> ids;

  private RecentRides(List<String> ids) {
    this.ids = Collections.unmodifiableList(ids);
  }

  /** The rides in a cookie's value; an absent or garbled cookie is an empty list. */
  public static RecentRides fromCookie(String value) {
    List<String> ids = new ArrayList<>();
    if (value != null) {
      for (String id : value.split(Pattern.quote(SEPARATOR))) {
        if (RIDE_ID.matcher(id).matches() && !ids.contains(id) && ids.size() < MAX_RIDES) {
          ids.add(id);
        }
      }
    }
    return new RecentRides(ids);
  }

  /** This list with {@code rideId} first, the oldest dropped beyond {@value #MAX_RIDES}. */
  public RecentRides with(String rideId) {
    List<String> next = new ArrayList<>(MAX_RIDES);
    next.add(rideId);
    for (String id : ids) {
      if (!id.equals(rideId) && next.size() < MAX_RIDES) {
        next.add(id);
      }
    }
    return new RecentRides(next);
  }

  public List<String> ids() {
    return ids;
  }

  /** The cookie value: only characters a cookie value may hold unquoted. */
  public String cookieValue() {
    return String.join(SEPARATOR, ids);
  }
}
