package nyc.cabportal.application;

import java.time.Duration;
import nyc.cabportal.domain.ride.RideStatus;

/** What the use cases report to monitoring; the implementation is MicroProfile Metrics. */
public interface RideMetrics {

  void accepted();

  void invalid();

  /** A valid request refused because this server takes no more rides now. */
  void overloaded();

  void queueRefused();

  void storeRefused();

  void recovered();

  /** The first write (store the ride as PENDING) took {@code d}. */
  void stored(Duration d);

  /** The second write (publish, until Kafka acknowledged or refused) took {@code d}. */
  void published(Duration d);

  /** The result poll asked the store about {@code rides} waiting rides in one query. */
  void resultQuery(int rides);

  /**
   * One round of the result poll — its queries and the answers handed to waiting pages — took
   * {@code d}.
   */
  void resultPoll(Duration d);

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
        public void overloaded() {}

        @Override
        public void queueRefused() {}

        @Override
        public void storeRefused() {}

        @Override
        public void recovered() {}

        @Override
        public void stored(Duration d) {}

        @Override
        public void published(Duration d) {}

        @Override
        public void resultQuery(int rides) {}

        @Override
        public void resultPoll(Duration d) {}

        @Override
        public void answered(RideStatus status, Duration endToEnd) {}
      };
}
