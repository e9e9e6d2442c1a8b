package nyc.cabportal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.application.RideTracker;
import nyc.cabportal.domain.place.PlaceNames;
import nyc.cabportal.domain.ride.Ride;

/** The rides of this browser ({@code my-rides.xhtml}, {@link RideHistoryCookie}), newest first. */
@Named
@RequestScoped
public class MyRides {

  @Inject RideHistoryCookie history;
  @Inject RideTracker tracker;
  @Inject PlaceNames placeNames;
  @Inject PageText pageText;

  private List<RideView> rides;
  private boolean incomplete;

  public List<RideView> getRides() {
    if (rides == null) {
      rides = new ArrayList<>();
      List<CompletableFuture<Optional<Ride>>> lookups = new ArrayList<>();
      for (String id : history.rides().ids()) {
        lookups.add(tracker.find(id).toCompletableFuture());
      }
      for (var lookup : lookups) {
        try {
          lookup
              .get(5, TimeUnit.SECONDS)
              .map(r -> new RideView(r, placeNames, pageText.text()))
              .ifPresent(rides::add);
        } catch (Exception e) {
          if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          incomplete = true;
        }
      }
    }
    return rides;
  }

  public boolean isIncomplete() {
    getRides();
    return incomplete;
  }
}
