package nyc.cabportal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import nyc.cabportal.domain.ride.RideStatus;
import org.junit.jupiter.api.Test;

class RideStatusWordsTest {

  @Test
  void everyVisibleStatusHasWordsAndTheScriptGetsThemAll() {
    assertEquals("Looking for a cab", RideStatusWords.of(RideStatus.QUEUED));
    assertEquals("Cab on the way", RideStatusWords.of(RideStatus.DISPATCHED));
    assertEquals("No cab free nearby — try again", RideStatusWords.of(RideStatus.NO_CAB));
    JsonObject all = Json.createReader(new StringReader(RideStatusWords.json())).readObject();
    for (RideStatus s : RideStatus.values()) {
      if (s.isVisible()) {
        assertFalse(all.getString(s.name()).equals(s.name()), s + " has no words");
      }
    }
    assertFalse(all.containsKey("PENDING"));
  }
}
