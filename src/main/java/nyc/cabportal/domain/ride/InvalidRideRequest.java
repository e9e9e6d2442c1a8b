package nyc.cabportal.domain.ride;

import java.util.List;

/** A ride request that breaks one or more rules; it carries every broken rule, field by field. */
public final class InvalidRideRequest extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidRideRequest(List<FieldError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summary(List<FieldError> errors) {
    StringBuilder sb = new StringBuilder();
    for (FieldError e : errors) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(e.field()).append(": ").append(e.message());
    }
    return sb.toString();
  }
}
