package nyc.cabportal.worker.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nyc.cabportal.trips.Tariff2014;
import org.junit.jupiter.api.Test;

class InterimMeterEstimatorTest {

  @Test
  void chargesTheMeterOf2014ForEachStartedFifthOfAMile() {
    assertEquals(3.00, Tariff2014.distanceFare(0), 1e-9); // $2.50 + $0.50 tax
    assertEquals(3.50, Tariff2014.distanceFare(0.2), 1e-9);
    assertEquals(4.00, Tariff2014.distanceFare(0.21), 1e-9);
    assertEquals(28.00, Tariff2014.distanceFare(10), 1e-9);
  }

  @Test
  void estimatesTimesSquareToJfkAsAPlausibleLongTrip() {
    TripEstimate e =
        new InterimMeterEstimator()
            .estimate(new TripQuery(40.758, -73.9855, 40.6413, -73.7781, 2, null));
    assertEquals(28.31, e.distanceKm(), 0.05); // 21.8 km great circle x 1.3
    assertTrue(e.fareP10() < e.fareP50() && e.fareP50() < e.fareP90());
    assertEquals("interim-metered-formula", e.method());
    assertEquals(0, e.trips());
  }
}
