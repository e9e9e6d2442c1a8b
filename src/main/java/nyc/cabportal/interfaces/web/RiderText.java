package nyc.cabportal.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import nyc.cabportal.domain.ride.RideStatus;

/**
 * Every text the rider's pages and their scripts show, from one bundle ({@code
 * RiderText.properties}) in one language: the pages read it as {@code #{text['key']}} (Faces'
 * resource bundle), the beans behind them through this class, and the scripts from the JSON of its
 * {@code status.} and {@code script.} keys, which the page hands them ({@link #scriptJson}).
 */
public final class RiderText {

  static final String BUNDLE = RiderText.class.getName();

  /** The keys the pages' scripts get, by their prefix. */
  private static final String[] SCRIPT_PREFIXES = {"status.", "script."};

  private final ResourceBundle bundle;
  private final Locale locale;

  private RiderText(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The texts in {@code locale}'s language, or English where the bundle has none. */
  public static RiderText of(Locale locale) {
    return new RiderText(ResourceBundle.getBundle(BUNDLE, locale), locale);
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}, as written. */
  public String get(String key) {
    return bundle.getString(key);
  }

  /** The pattern of {@code key} with its {@code {0}, {1}…} filled in. */
  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  /** A date-time pattern of the bundle ({@code ride.time.…}) as a formatter. */
  public DateTimeFormatter time(String key) {
    return DateTimeFormatter.ofPattern(get(key), locale);
  }

  /** The status in a rider's words ("Cab on the way"); the code for one a rider never sees. */
  public String status(RideStatus status) {
    try {
      return get("status." + status.name());
    } catch (MissingResourceException e) {
      return status.name();
    }
  }

  /** The texts the pages' scripts use, key → text, as a JSON object. */
  public String scriptJson() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (String key : new TreeSet<>(bundle.keySet())) {
      for (String prefix : SCRIPT_PREFIXES) {
        if (key.startsWith(prefix)) {
          b.add(key, get(key));
        }
      }
    }
    return b.build().toString();
  }
}
