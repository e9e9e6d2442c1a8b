package nyc.cabportal.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nyc.cabportal.domain.ride.RideStatus;

/**
 * A ride's status in a rider's words ("Cab on the way" for {@code DISPATCHED}), from the bundle
 * {@code RideStatusWords.properties}: the pages render them, and hand them to the status page's
 * script, which renders the same words as the ride changes. The API keeps the codes.
 */
public final class RideStatusWords {

  private static final ResourceBundle WORDS =
      ResourceBundle.getBundle(RideStatusWords.class.getName(), Locale.ENGLISH);

  private RideStatusWords() {}

  /** The words for {@code status}; the code itself for one a rider never sees. */
  public static String of(RideStatus status) {
    try {
      return WORDS.getString(status.name());
    } catch (MissingResourceException e) {
      return status.name();
    }
  }

  /** Every visible status's words as a JSON object, code → words, for the page's script. */
  public static String json() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (RideStatus s : RideStatus.values()) {
      if (s.isVisible()) {
        b.add(s.name(), of(s));
      }
    }
    return b.build().toString();
  }
}
