package nyc.cabportal.worker.history;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * When a trip starts, in the terms of data prep's tables: weekday or weekend, hour of day, hour of
 * week (0 = Monday 0h, New York wall-clock time).
 */
public record PickupTime(String dayType, int hour, int hourOfWeek) {

  public static PickupTime of(LocalDateTime newYorkTime) {
    DayOfWeek d = newYorkTime.getDayOfWeek();
    return new PickupTime(
        d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? "weekend" : "weekday",
        newYorkTime.getHour(),
        (d.getValue() - 1) * 24 + newYorkTime.getHour());
  }

  /** The first hour of the {@code hours}-long bucket holding this hour (buckets start at 0h). */
  public int fromHour(int hours) {
    return hour - hour % hours;
  }

  /** The bucket in a rider's words: "on weekdays, 6–9 PM", "on weekends, at any hour". */
  public String words(int hours) {
    return words(dayType, fromHour(hours), hours);
  }

  /** A day type and hours in a rider's words; "any" day type: "at any time of the week". */
  public static String words(String dayType, int fromHour, int hours) {
    if (dayType.equals("any")) {
      return "at any time of the week";
    }
    String days = "on " + dayType + "s, ";
    if (hours >= 24) {
      return days + "at any hour";
    }
    int to = fromHour + hours;
    String end = clock(to % 24);
    String start = clock(fromHour);
    boolean sameHalf =
        fromHour % 12 != 0 && to % 12 != 0 && (fromHour < 12) == (to < 12) && to < 24;
    return days + (sameHalf ? start.substring(0, start.indexOf(' ')) : start) + "–" + end;
  }

  /** 0 → "midnight", 12 → "noon", 9 → "9 AM", 18 → "6 PM". */
  private static String clock(int hour) {
    if (hour == 0) {
      return "midnight";
    }
    if (hour == 12) {
      return "noon";
    }
    return hour < 12 ? hour + " AM" : (hour - 12) + " PM";
  }

  /** The bucket as the tables name it: "weekday 18-19h", "weekend all day". */
  public String label(int hours) {
    return hours >= 24
        ? dayType + " all day"
        : dayType + " " + fromHour(hours) + "-" + (fromHour(hours) + hours) + "h";
  }
}
