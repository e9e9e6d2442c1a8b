package nyc.cabportal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentRidesTest {

  private static final String A = "0b7e8f2c-1d3a-4c5b-9e6f-7a8b9c0d1e2f";
  private static final String B = "1c8f9a3d-2e4b-4d6c-8f7a-8b9c0d1e2f3a";

  @Test
  void newestFirstAndEachRideOnce() {
    RecentRides rides = RecentRides.fromCookie(null).with(A).with(B).with(A);
    assertEquals(List.of(A, B), rides.ids());
    assertEquals(A + "." + B, rides.cookieValue());
    assertEquals(rides.ids(), RecentRides.fromCookie(rides.cookieValue()).ids());
  }

  @Test
  void keepsTheNewestFifty() {
    RecentRides rides = RecentRides.fromCookie("");
    List<String> added = new ArrayList<>();
    for (int i = 0; i < RecentRides.MAX_RIDES + 5; i++) {
      String id = UUID.randomUUID().toString();
      added.add(0, id);
      rides = rides.with(id);
    }
    assertEquals(added.subList(0, RecentRides.MAX_RIDES), rides.ids());
    assertEquals(
        RecentRides.MAX_RIDES, RecentRides.fromCookie(rides.cookieValue() + "." + A).ids().size());
  }

  @Test
  void ignoresWhatIsNotARideId() {
    assertEquals(
        List.of(A, B),
        RecentRides.fromCookie("<script>." + A + "..x." + A + "." + B.toUpperCase() + "." + B)
            .ids());
    assertEquals(List.of(), RecentRides.fromCookie("garbage").ids());
  }
}
