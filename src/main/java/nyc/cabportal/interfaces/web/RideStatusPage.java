package nyc.cabportal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.application.RideTracker;
import nyc.cabportal.domain.Quoted;
import nyc.cabportal.domain.place.PlaceNames;

/**
 * The first render of {@code ride-status.xhtml?id=…}; the page then follows the ride by itself
 * through {@code GET /api/rides/{id}}, which this server answers from its tracker's memory.
 */
@Named
@RequestScoped
public class RideStatusPage {

  @Inject RideTracker tracker;
  @Inject PlaceNames placeNames;
  @Inject PageText pageText;

  private String id;
  private RideView ride;
  private String problem;

  public void load() {
    if (id == null || id.isBlank()) {
      problem = pageText.text().get("ride.problem.noId");
      return;
    }
    try {
      ride =
          tracker
              .find(id)
              .toCompletableFuture()
              .get(5, TimeUnit.SECONDS)
              .map(r -> new RideView(r, placeNames, pageText.text()))
              .orElse(null);
      if (ride == null) {
        problem = pageText.text().format("ride.problem.unknown", Quoted.of(id));
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      problem = pageText.text().get("ride.problem.storeDown");
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public RideView getRide() {
    return ride;
  }

  public String getProblem() {
    return problem;
  }
}
