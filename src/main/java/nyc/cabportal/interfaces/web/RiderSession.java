package nyc.cabportal.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rides requested from this browser session, newest first. Riders have no login, so "my rides"
 * means "the rides of this session"; the list is capped so a session stays small.
 */
@SessionScoped
public class RiderSession implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_RIDES = 50;

  private final List<String> rideIds = new ArrayList<>();

  public synchronized void add(String rideId) {
    rideIds.add(0, rideId);
    if (rideIds.size() > MAX_RIDES) {
      rideIds.remove(rideIds.size() - 1);
    }
  }

  public synchronized List<String> rideIds() {
    return Collections.unmodifiableList(new ArrayList<>(rideIds));
  }

  public synchronized boolean owns(String rideId) {
    return rideIds.contains(rideId);
  }
}
