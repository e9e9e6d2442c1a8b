package nyc.cabportal.domain.tripdata;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** An hour of the week as data prep numbers it: 0 = Monday 00–01h … 167 = Sunday 23–24h. */
public record HourOfWeek(int value) {

  public static final int HOURS = 168;

  public HourOfWeek {
    if (value < 0 || value >= HOURS) {
      throw new IllegalArgumentException("hour of week must be 0–167 (0 = Monday 0h): " + value);
    }
  }

  public DayOfWeek day() {
    return DayOfWeek.of(value / 24 + 1);
  }

  public int hourOfDay() {
    return value % 24;
  }

  /** {@code Monday 08:00–09:00}. */
  public String label() {
    return String.format(
        Locale.ROOT,
        "%s %02d:00–%02d:00",
        day().getDisplayName(TextStyle.FULL, Locale.US),
        hourOfDay(),
        hourOfDay() + 1);
  }
}
