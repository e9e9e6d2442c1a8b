package nyc.cabportal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.dispatch.DispatchWarmUp;
import nyc.cabportal.worker.dispatch.Dispatcher;
import nyc.cabportal.worker.estimate.InterimMeterEstimator;
import nyc.cabportal.worker.fleet.Cab;
import nyc.cabportal.worker.fleet.Fleet;
import nyc.cabportal.worker.history.TripHistory;
import nyc.cabportal.worker.matching.BatchMatcher;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The warm-up on a real local Spark session: every sample ride decided, the live fleet untouched.
 */
class DispatchWarmUpTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("warm-up-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void decidesEverySampleRideOnACopyOfTheFleet() {
    List<Cab> cabs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      double lat = 40.72 + i * 0.004;
      cabs.add(new Cab("cab-" + i, 4, lat, -73.99, H3Cells.cell(lat, -73.99), 0, null));
    }
    Fleet live = new Fleet(cabs);
    Dispatcher dispatcher =
        new Dispatcher(new InterimMeterEstimator(), () -> TripHistory.NONE, new BatchMatcher(5, 8));

    DispatchWarmUp.Result result =
        DispatchWarmUp.run(spark, dispatcher, () -> new Fleet(live.cabs()));

    assertEquals(DispatchWarmUp.RIDES * DispatchWarmUp.ROUNDS, result.decided());
    assertEquals(0, result.deadLetters(), "every sample request is valid by the contract");
    assertTrue(result.dispatched() > 0, "some sample rides got one of the cabs");
    assertEquals(Set.copyOf(cabs), Set.copyOf(live.cabs()), "the live fleet is as it was");
  }
}
