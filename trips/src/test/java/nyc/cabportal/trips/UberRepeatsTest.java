package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nyc.cabportal.trips.input.InputFiles;
import org.junit.jupiter.api.Test;

/**
 * The evidence behind rejecting Uber's exact repeated lines as copies (data-prep/README.md, "Uber's
 * repeated lines"). Times are whole minutes and coordinates 4 decimals (about 11 m), so two real
 * pickups at one busy spot in one minute would look identical. Where a spot holds exactly two
 * pickups in the whole month, though, real pickups would fall in the same minute about as often as
 * one minute apart — and the same minute happens a hundred times as often: the repeats are copies.
 */
class UberRepeatsTest {

  @Test
  void aMonthsTwoPickupSpotsRepeatOneMinuteFarMoreOftenThanTheNext() throws Exception {
    Map<String, List<LocalDateTime>> spots = new HashMap<>();
    TripParser parser = TripParserTest.parser(SharedData.UBER_APRIL);
    try (BufferedReader r = InputFiles.open(SharedData.file(SharedData.UBER_APRIL))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",");
        spots
            .computeIfAbsent(f[1] + "," + f[2], k -> new ArrayList<>(2))
            .add(parser.parse(line).pickupTime());
      }
    }
    long[] byMinutesApart = new long[3];
    long twoPickupSpots = 0;
    for (List<LocalDateTime> times : spots.values()) {
      if (times.size() != 2) {
        continue;
      }
      twoPickupSpots++;
      long apart = Math.abs(Duration.between(times.get(0), times.get(1)).toMinutes());
      if (apart < byMinutesApart.length) {
        byMinutesApart[(int) apart]++;
      }
    }
    System.out.printf(
        "Uber April: %,d spots with exactly two pickups; the two in the same minute %,d times,"
            + " one minute apart %,d, two minutes apart %,d%n",
        twoPickupSpots, byMinutesApart[0], byMinutesApart[1], byMinutesApart[2]);
    assertEquals(32_407, twoPickupSpots);
    assertTrue(byMinutesApart[0] > 50 * Math.max(1, byMinutesApart[1]), byMinutesApart[0] + "");
  }
}
