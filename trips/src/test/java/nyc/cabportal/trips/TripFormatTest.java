package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TripFormatTest {

  @Test
  void recognisesTheYellowHeaderWithItsLeadingSpaces() {
    FileLayout l = detect(SharedData.YELLOW_SAMPLE);
    assertEquals(TripFormat.YELLOW_2014, l.format());
    assertEquals(18, l.headerFields());
    assertEquals(1, l.of(Column.PICKUP_TIME));
    assertEquals(12, l.of(Column.FARE));
  }

  @Test
  void recognisesTheRawYellowHeader() {
    assertEquals(
        TripFormat.YELLOW_2014, detect("tlc_raw_heads/yellow_tripdata_2014-03.head.csv").format());
  }

  @Test
  void recognisesTheGreenHeaderWithMixedCaseAndATrailingSpace() {
    FileLayout l = detect("tlc_raw_heads/green_tripdata_2014-02.head.csv");
    assertEquals(TripFormat.GREEN_2014, l.format());
    assertEquals(20, l.headerFields());
    assertEquals(2, l.of(Column.DROPOFF_TIME)); // "Lpep_dropoff_datetime"
    assertEquals(18, l.of(Column.PAYMENT));
  }

  @Test
  void recognisesTheQuotedUberHeader() {
    FileLayout l = detect(SharedData.UBER_APRIL);
    assertEquals(TripFormat.UBER_2014, l.format());
    assertEquals(-1, l.of(Column.DROPOFF_TIME));
  }

  @Test
  void anUnknownHeaderNamesTheFileAndWhatEachFormatExpects() {
    UnknownFormat e =
        assertThrows(
            UnknownFormat.class,
            () ->
                TripFormat.detect(
                    "trips.csv", "VendorID,tpep_pickup_datetime,tpep_dropoff_datetime"));
    assertTrue(e.getMessage().startsWith("trips.csv: the header is not one of"), e.getMessage());
    assertTrue(e.getMessage().contains("YELLOW_2014: vendor_id,pickup_datetime"));
    assertTrue(e.getMessage().contains("UBER_2014: date/time,lat,lon,base"));
    assertTrue(e.getMessage().contains("2015-or-later Yellow file"));
  }

  @Test
  void aHeaderMissingOneNameIsUnknown() {
    String yellow = SharedData.line(SharedData.YELLOW_SAMPLE, 1);
    assertThrows(
        UnknownFormat.class,
        () -> TripFormat.detect("x.csv", yellow.replace(", total_amount", "")));
  }

  private static FileLayout detect(String name) {
    return TripFormat.detect(name, SharedData.line(name, 1));
  }
}
