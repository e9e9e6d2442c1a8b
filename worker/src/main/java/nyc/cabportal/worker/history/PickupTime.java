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

  /** The bucket in words: "weekday 18-19h", "weekend all day". */
  public String label(int hours) {
    return hours >= 24
        ? dayType + " all day"
        : dayType + " " + fromHour(hours) + "-" + (fromHour(hours) + hours) + "h";
  }
}
