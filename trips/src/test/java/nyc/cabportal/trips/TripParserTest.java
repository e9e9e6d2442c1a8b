package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TripParserTest {

  private static final String GREEN_SEP = "tlc_raw_heads/green_tripdata_2014-09.head.csv";
  private static final String YELLOW_MAR = "tlc_raw_heads/yellow_tripdata_2014-03.head.csv";

  @Test
  void readsAYellowSampleRow() throws Exception {
    // CMT,2014-01-12 14:48:41,2014-01-12 15:04:54,1,1.8,-73.98460799999998,40.768527,1,N,...
    Trip t = parse(SharedData.YELLOW_SAMPLE, 3);
    assertEquals(Source.YELLOW, t.source());
    assertEquals(LocalDateTime.of(2014, 1, 12, 14, 48, 41), t.pickupTime());
    assertEquals(LocalDateTime.of(2014, 1, 12, 15, 4, 54), t.dropoffTime());
    assertEquals(-73.98460799999998, t.pickupLon());
    assertEquals(40.768527, t.pickupLat());
    assertEquals(1.8 * Trip.KM_PER_MILE, t.distanceKm(), 1e-12);
    assertEquals(11.5, t.fare());
    assertEquals(13.0, t.total());
    assertEquals("card", t.paymentType());
    assertEquals("CMT", t.vendor());
    assertEquals(973, t.durationSeconds());
    assertEquals(6 * 24 + 14, t.hourOfWeek()); // a Sunday, 14h
  }

  @Test
  void readsARawYellowRowWithSeventeenDigitNumbers() throws Exception {
    // CMT,2014-03-01 01:07:38,...,-73.951504,40.714112999999998,1,N,...,CRD,9,0.5,0.5,2,0,12
    Trip t = parse(YELLOW_MAR, 3);
    assertEquals(40.714112999999998, t.pickupLat());
    assertEquals(9.0, t.fare());
    assertEquals(12.0, t.total());
  }

  @Test
  void readsAGreenRowWithItsTwoExtraEmptyFields() throws Exception {
    // 2,2014-09-01 00:00:00,2014-09-01
    // 00:02:47,N,1,-73.95…,40.72…,…,1,.65,4,0.5,0.5,1.12,0,,6.12,1,1,,
    Trip t = parse(GREEN_SEP, 4);
    assertEquals(Source.GREEN, t.source());
    assertEquals("VTS", t.vendor());
    assertEquals(0.65 * Trip.KM_PER_MILE, t.distanceKm(), 1e-12);
    assertEquals(4.0, t.fare());
    assertEquals(6.12, t.total());
    assertEquals("card", t.paymentType());
    assertEquals(167, t.durationSeconds());
    assertEquals(-73.950965881347656, t.pickupLon());
  }

  @Test
  void readsAQuotedUberRow() throws Exception {
    // "9/1/2014 0:01:00",40.75,-74.0027,"B02512"
    Trip t = parse(SharedData.UBER_SEPTEMBER, 3);
    assertEquals(Source.UBER, t.source());
    assertEquals(LocalDateTime.of(2014, 9, 1, 0, 1), t.pickupTime());
    assertEquals(40.75, t.pickupLat());
    assertEquals(-74.0027, t.pickupLon());
    assertEquals("B02512", t.vendor());
    assertNull(t.dropoffTime());
    assertNull(t.fare());
  }

  @Test
  void valuesInTheGreenRowsUnnamedFieldsAreUnparseable() {
    String row = SharedData.line(GREEN_SEP, 4);
    assertEquals("22 fields with values, the header has 20", unparseable(GREEN_SEP, row + "7"));
  }

  @Test
  void aShortRowIsUnparseable() {
    String row = SharedData.line(SharedData.YELLOW_SAMPLE, 3);
    assertEquals(
        "17 fields, the header has 18",
        unparseable(SharedData.YELLOW_SAMPLE, row.substring(0, row.lastIndexOf(','))));
  }

  @Test
  void aBadTimeOrNumberNamesTheField() {
    String row = SharedData.line(SharedData.YELLOW_SAMPLE, 3);
    assertEquals(
        "pickup_datetime is not a time (YYYY-MM-DD HH:MM:SS): \"2014-13-12 14:48:41\"",
        unparseable(
            SharedData.YELLOW_SAMPLE, row.replace("2014-01-12 14:48:41", "2014-13-12 14:48:41")));
    assertEquals(
        "fare_amount is not a number: \"11.5x\"",
        unparseable(SharedData.YELLOW_SAMPLE, row.replace(",11.5,", ",11.5x,")));
    assertEquals(
        "passenger_count is not a whole number: \"1.5\"",
        unparseable(SharedData.YELLOW_SAMPLE, row.replace("15:04:54,1,", "15:04:54,1.5,")));
    assertEquals(
        "fare_amount is empty", unparseable(SharedData.YELLOW_SAMPLE, row.replace(",11.5,", ",,")));
    String uber = SharedData.line(SharedData.UBER_SEPTEMBER, 3);
    assertEquals(
        "Date/Time is not a time (M/D/YYYY H:MM:SS): \"9/1/2014\"".toLowerCase(),
        unparseable(SharedData.UBER_SEPTEMBER, uber.replace("9/1/2014 0:01:00", "9/1/2014"))
            .toLowerCase());
  }

  @Test
  void decimalsReadExactlyAsDoubleParseDoubleDoes() {
    String[] samples = {
      "-73.97168499999998",
      "40.714112999999998",
      ".89",
      "0.0",
      "52",
      "-74.004734999999997",
      "40.758316040039063",
      "1e3",
      "0.00000000000000000000000001",
      "+3.5",
      "123456789012345.6"
    };
    for (String s : samples) {
      assertEquals(Double.parseDouble(s), Decimals.parse(s, 0, s.length()), s);
    }
    assertThrows(NumberFormatException.class, () -> Decimals.parse("0x10", 0, 4));
    assertThrows(NumberFormatException.class, () -> Decimals.parse("NaN", 0, 3));
    assertThrows(NumberFormatException.class, () -> Decimals.parse("-", 0, 1));
  }

  static Trip parse(String file, int line) throws UnparseableRow {
    return parser(file).parse(SharedData.line(file, line));
  }

  static TripParser parser(String file) {
    return new TripParser(TripFormat.detect(file, SharedData.line(file, 1)));
  }

  private static String unparseable(String file, String row) {
    return assertThrows(UnparseableRow.class, () -> parser(file).parse(row)).getMessage();
  }
}
