package nyc.cabportal.application.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nyc.cabportal.domain.tripdata.CellTrips;
import nyc.cabportal.domain.tripdata.DailyHistogram;
import nyc.cabportal.domain.tripdata.DailyPayments;
import nyc.cabportal.domain.tripdata.DailyPickupAreas;
import nyc.cabportal.domain.tripdata.DailyTrips;
import nyc.cabportal.domain.tripdata.HourlyTrips;
import nyc.cabportal.domain.tripdata.TripSource;
import org.junit.jupiter.api.Test;

class TripDashboardTest {

  private final FakeTripTables tables = new FakeTripTables();
  private final TripDashboard dashboard =
      new TripDashboard(
          tables, new FlatCells(), p -> java.util.Optional.of("Midtown Center, Manhattan"));

  private static final LocalDate APRIL_1 = LocalDate.parse("2014-04-01");
  private static final LocalDate APRIL_30 = LocalDate.parse("2014-04-30");

  TripDashboardTest() {
    tables.daily.add(new DailyTrips(TripSource.YELLOW, "2014-04-01", 10));
    tables.daily.add(new DailyTrips(TripSource.UBER, "2014-04-02", 30));
    tables.daily.add(new DailyTrips(TripSource.YELLOW, "2014-05-01", 99));
    long[] eightAm = new long[24];
    eightAm[8] = 5;
    tables.hourly.add(new HourlyTrips(TripSource.YELLOW, "2014-04-01", "Tuesday", eightAm));
    tables.hourly.add(new HourlyTrips(TripSource.UBER, "2014-04-02", "Wednesday", eightAm));
    tables.histograms.add(
        new DailyHistogram(TripSource.YELLOW, "2014-04-01", "fare", "USD", 1, new long[] {0, 10}));
    tables.payments.add(new DailyPayments(TripSource.YELLOW, "2014-04-01", "card", 10, 8, 100, 15));
    tables.areas.add(
        new DailyPickupAreas(
            TripSource.UBER, "2014-04-02", List.of(new CellTrips("872a1072cffffff", 30))));
  }

  @Test
  void sumsTheDaysOfTheRangeBySource() {
    TripCharts c = dashboard.charts(APRIL_1, APRIL_30, List.of(TripSource.values()));
    assertEquals(40, c.trips(), "May is out of the range");
    assertEquals(List.of("2014-04-01", "2014-04-02"), c.dates());
    assertArrayEquals(new long[] {10, 0}, c.dailyBySource().get("yellow"));
    assertArrayEquals(new long[] {0, 30}, c.dailyBySource().get("uber"));
    assertEquals(5, c.hourlyByWeekday().get("Tuesday")[8]);
    assertEquals(5, c.hourlyByWeekday().get("Wednesday")[8]);
    assertEquals(7, c.hourlyByWeekday().size());
  }

  @Test
  void readsQuantilesOffTheSummedBinsAndTipsByPaymentType() {
    TripCharts c = dashboard.charts(APRIL_1, APRIL_30, List.of(TripSource.YELLOW));
    TripCharts.Distribution fare = c.distributions().get(0);
    assertEquals("Fare", fare.title());
    assertEquals(10, fare.trips());
    assertTrue(fare.percentiles().get("p50") >= 1 && fare.percentiles().get("p50") <= 2);
    assertEquals(80.0, c.tips().get(0).tippedPercent(), 1e-9);
  }

  @Test
  void namesTheBusiestAreasByTheirZoneAndTheNearestPlace() {
    TripCharts.Area a =
        dashboard.charts(APRIL_1, APRIL_30, List.of(TripSource.UBER)).areas().get(0);
    assertEquals(100.0, a.sharePercent());
    assertEquals("Times Square", a.near());
    assertEquals("Midtown Center, Manhattan", a.zone());
  }

  @Test
  void chartsNoFaresForUberAlone() {
    TripCharts c = dashboard.charts(APRIL_1, APRIL_30, List.of(TripSource.UBER));
    assertEquals(false, c.taxi());
    assertTrue(c.distributions().isEmpty() && c.tips().isEmpty());
  }

  @Test
  void keepsAComputedRangeUntilTheTablesChange() {
    dashboard.charts(APRIL_1, APRIL_30, List.of(TripSource.UBER));
    dashboard.charts(APRIL_1, APRIL_30, List.of(TripSource.UBER));
    assertEquals(1, tables.computed);
  }
}
