package nyc.cabportal.worker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PickupTimeTest {

  @Test
  void saysTheBucketInARidersWords() {
    PickupTime tuesdayEvening = PickupTime.of(LocalDateTime.parse("2014-10-14T18:40"));
    assertEquals("on weekdays, 6–7 PM", tuesdayEvening.words(1));
    assertEquals("on weekdays, 6–9 PM", tuesdayEvening.words(3));
    assertEquals("on weekdays, 6 PM–midnight", tuesdayEvening.words(6));
    assertEquals("on weekdays, noon–6 PM", PickupTime.words("weekday", 12, 6));
    assertEquals("on weekdays, at any hour", tuesdayEvening.words(24));
    PickupTime saturdayNight = PickupTime.of(LocalDateTime.parse("2014-10-18T01:10"));
    assertEquals("on weekends, midnight–3 AM", saturdayNight.words(3));
    assertEquals("on weekdays, 9 PM–midnight", PickupTime.words("weekday", 21, 3));
    assertEquals("on weekdays, 10 AM–1 PM", PickupTime.words("weekday", 10, 3));
    assertEquals("on weekends, 9 AM–noon", PickupTime.words("weekend", 9, 3));
    assertEquals("at any time of the week", PickupTime.words("any", 0, 24));
  }
}
