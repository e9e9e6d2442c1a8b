package nyc.cabportal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nyc.cabportal.application.RideIntake;
import nyc.cabportal.domain.Quoted;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.NycPlaces;
import nyc.cabportal.domain.place.Place;
import nyc.cabportal.domain.ride.FieldError;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.Overloaded;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideDraft;
import nyc.cabportal.domain.ride.RideRequestValidator;
import nyc.cabportal.interfaces.http.RequestPolicy;
import nyc.cabportal.interfaces.http.RideRefusal;

/**
 * The request form ({@code index.xhtml}). Every input is taken as text and converted here, so that
 * "not a number" and "outside NYC" both end up as a message next to the field that is wrong, worded
 * by the same rules as the REST API. The view is stateless ({@code f:view transient}) and the bean
 * lives for one request, so the form posts back to whichever portal pod the balancer picks.
 */
@Named
@RequestScoped
public class RequestRide {

  static final String FORM = "request";

  /**
   * The longest value a text field shows again after a refused submit (its {@code maxlength}): a
   * longer one was not typed into this form, and its message already quotes its start.
   */
  static final int MAX_FIELD = 40;

  @Inject RideIntake intake;
  @Inject RideHistoryCookie history;
  @Inject RequestPolicy policy;
  @Inject HttpServletRequest http;
  @Inject PageText pageText;

  private String pickupPlace = "times-square";
  private String pickupLat;
  private String pickupLon;
  private String dropoffPlace = "jfk";
  private String dropoffLat;
  private String dropoffLon;
  private String passengers = "1";
  private String pickupAt;

  /** The field errors shown, in the form's order: the summary at the top lists them. */
  private final List<FieldError> errors = new ArrayList<>();

  public int getMaxField() {
    return MAX_FIELD;
  }

  public List<Place> getPlaces() {
    return NycPlaces.all();
  }

  public List<Integer> getPassengerChoices() {
    List<Integer> n = new ArrayList<>();
    for (int i = RideRequestValidator.MIN_PASSENGERS;
        i <= RideRequestValidator.MAX_PASSENGERS;
        i++) {
      n.add(i);
    }
    return n;
  }

  /** Submits the form; on success the rider goes to the ride's status page. */
  public String submit() {
    Optional<RideRefusal> limited = policy.admitRide(http);
    if (limited.isPresent()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(429);
      showGlobal(limited.get().formMessage());
      return null;
    }
    List<FieldError> errors = new ArrayList<>();
    GeoPoint pickup = point("pickup", pickupPlace, pickupLat, pickupLon, errors);
    GeoPoint dropoff = point("dropoff", dropoffPlace, dropoffLat, dropoffLon, errors);
    Integer count = passengerCount(errors);
    try {
      Ride ride =
          intake
              .submit(new RideDraft(pickup, dropoff, count, pickupAt), errors)
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      history.add(ride.id());
      return "/ride-status?faces-redirect=true&id=" + ride.id();
    } catch (InvalidRideRequest | Overloaded | ExecutionException e) {
      RideRefusal refusal = RideRefusal.of(e);
      if (refusal.fieldErrors().isEmpty()) {
        showGlobal(refusal.formMessage());
      } else {
        refusal.fieldErrors().forEach(this::show);
      }
    } catch (TimeoutException e) {
      showGlobal(pageText.text().get("form.error.queueTimeout"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      showGlobal(pageText.text().get("form.error.interrupted"));
    }
    return null;
  }

  private GeoPoint point(
      String field, String placeId, String lat, String lon, List<FieldError> errors) {
    if (placeId != null && !placeId.isBlank()) {
      Optional<Place> place = NycPlaces.byId(placeId);
      if (place.isEmpty()) {
        errors.add(
            new FieldError(
                field,
                pageText.text().format("form.error.unknownPlace", field, Quoted.of(placeId))));
        return null;
      }
      return place.get().location();
    }
    if (isBlank(lat) && isBlank(lon)) {
      return null; // the validator reports "pickup is missing"
    }
    Double la = number(field, "latitude", lat, errors);
    Double lo = number(field, "longitude", lon, errors);
    return la == null || lo == null ? null : new GeoPoint(la, lo);
  }

  private Double number(String field, String what, String typed, List<FieldError> errors) {
    if (isBlank(typed)) {
      errors.add(new FieldError(field, pageText.text().format("form.error.missing", field, what)));
      return null;
    }
    try {
      return Double.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      errors.add(
          new FieldError(
              field,
              pageText.text().format("form.error.notANumber", field, what, Quoted.of(typed))));
      return null;
    }
  }

  private Integer passengerCount(List<FieldError> errors) {
    if (isBlank(passengers)) {
      return null;
    }
    try {
      return Integer.valueOf(passengers.strip());
    } catch (NumberFormatException e) {
      errors.add(
          new FieldError(
              "passengers",
              pageText
                  .text()
                  .format("form.error.notAWholeNumber", "passengers", Quoted.of(passengers))));
      return null;
    }
  }

  /** The field errors of the last submit, for the summary at the top of the form. */
  public List<FieldError> getErrors() {
    return errors;
  }

  /** Whether {@code field} ("pickup", "dropoff", "passengers", "pickupAt") has an error shown. */
  public boolean invalid(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private void show(FieldError error) {
    errors.add(error);
    String clientId = FORM + ":" + error.field();
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
  }

  private static void showGlobal(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /** A field's value as the form shows it again: nothing if it is longer than the field takes. */
  static String shown(String value) {
    return value == null || value.length() <= MAX_FIELD ? value : "";
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public String getPickupPlace() {
    return pickupPlace;
  }

  public void setPickupPlace(String pickupPlace) {
    this.pickupPlace = pickupPlace;
  }

  public String getPickupLat() {
    return shown(pickupLat);
  }

  public void setPickupLat(String pickupLat) {
    this.pickupLat = pickupLat;
  }

  public String getPickupLon() {
    return shown(pickupLon);
  }

  public void setPickupLon(String pickupLon) {
    this.pickupLon = pickupLon;
  }

  public String getDropoffPlace() {
    return dropoffPlace;
  }

  public void setDropoffPlace(String dropoffPlace) {
    this.dropoffPlace = dropoffPlace;
  }

  public String getDropoffLat() {
    return shown(dropoffLat);
  }

  public void setDropoffLat(String dropoffLat) {
    this.dropoffLat = dropoffLat;
  }

  public String getDropoffLon() {
    return shown(dropoffLon);
  }

  public void setDropoffLon(String dropoffLon) {
    this.dropoffLon = dropoffLon;
  }

  public String getPassengers() {
    return passengers;
  }

  public void setPassengers(String passengers) {
    this.passengers = passengers;
  }

  public String getPickupAt() {
    return shown(pickupAt);
  }

  public void setPickupAt(String pickupAt) {
    this.pickupAt = pickupAt;
  }
}
