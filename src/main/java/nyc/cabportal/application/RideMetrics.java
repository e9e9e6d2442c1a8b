package nyc.cabportal.application;

import java.time.Duration;
import nyc.cabportal.domain.ride.RideStatus;

/** What the use cases report to monitoring; the implementation is MicroProfile Metrics. */
public interface RideMetrics {

  void accepted();

  void invalid();

  void queueRefused();

  void storeRefused();

  void recovered();

  /** A ride was answered {@code endToEnd} after the portal received it. */
  void answered(RideStatus status, Duration endToEnd);

  /** For tests and for running without monitoring. */
  RideMetrics NONE =
      new RideMetrics() {
        @Override
        public void accepted() {}

        @Override
        public void invalid() {}

        @Override
        public void queueRefused() {}

        @Override
        public void storeRefused() {}

        @Override
        public void recovered() {}

        @Override
        public void answered(RideStatus status, Duration endToEnd) {}
      };
}
