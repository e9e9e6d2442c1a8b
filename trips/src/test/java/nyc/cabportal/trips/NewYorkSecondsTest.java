package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import nyc.cabportal.trips.geo.NewYork;
import org.junit.jupiter.api.Test;

class NewYorkSecondsTest {

  @Test
  void aDayWithOneOffsetGivesTheZonesDuration() {
    // Random pairs of times up to a day apart, from 1995 to 2105 (beyond the days kept, too).
    Random random = new Random(20141102);
    int checked = 0;
    for (int i = 0; i < 200_000; i++) {
      LocalDateTime from =
          LocalDate.of(1995, 1, 1)
              .plusDays(random.nextInt(40_000))
              .atStartOfDay()
              .plusSeconds(random.nextInt(86_400));
      LocalDateTime to = from.plusSeconds(random.nextInt(2 * 86_400) - 3_600);
      long seconds = NewYorkSeconds.between(from, to);
      if (seconds == NewYorkSeconds.UNKNOWN) {
        continue;
      }
      assertEquals(
          Duration.between(from.atZone(NewYork.ZONE), to.atZone(NewYork.ZONE)).toSeconds(),
          seconds,
          from + " to " + to);
      checked++;
    }
    assertTrue(checked > 190_000, checked + " pairs checked");
  }

  @Test
  void theSwitchDaysOf2014AreLeftToTheZonesRules() {
    assertEquals(
        NewYorkSeconds.UNKNOWN,
        NewYorkSeconds.between(
            LocalDateTime.of(2014, 3, 9, 1, 50), LocalDateTime.of(2014, 3, 9, 3, 10)));
    assertEquals(
        NewYorkSeconds.UNKNOWN,
        NewYorkSeconds.between(
            LocalDateTime.of(2014, 11, 1, 23, 50), LocalDateTime.of(2014, 11, 2, 0, 20)));
    // The days around them have one offset each, EST before March 9 and EDT after: a wall-clock
    // 24 h 20 min across the switch day is an hour shorter in real time.
    assertEquals(
        24 * 3_600 + 20 * 60 - 3_600,
        NewYorkSeconds.between(
            LocalDateTime.of(2014, 3, 8, 23, 40), LocalDateTime.of(2014, 3, 10, 0, 0)));
    assertEquals(
        1_200,
        NewYorkSeconds.between(
            LocalDateTime.of(2014, 11, 3, 0, 10), LocalDateTime.of(2014, 11, 3, 0, 30)));
  }
}
