package nyc.cabportal.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdminApiParametersTest {

  static String problem(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void minutesMustBeOneToSixty() {
    assertEquals(30, AdminApi.parseMinutes(null));
    assertEquals(5, AdminApi.parseMinutes(" 5 "));
    assertEquals(
        "minutes must be a whole number 1–60: not 61", problem(() -> AdminApi.parseMinutes("61")));
    assertEquals(
        "minutes must be a whole number 1–60: not x", problem(() -> AdminApi.parseMinutes("x")));
  }
}
