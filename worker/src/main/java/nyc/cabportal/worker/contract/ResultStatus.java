package nyc.cabportal.worker.contract;

import java.util.List;

/**
 * The statuses the worker answers a ride with, as it writes them on the ride document and the
 * portal reads them (its {@code RideStatus}; contract/README.md, "Ride result").
 */
public final class ResultStatus {

  public static final String DISPATCHED = "DISPATCHED";
  public static final String NO_CAB = "NO_CAB";
  public static final String REJECTED = "REJECTED";
  public static final String FAILED = "FAILED";

  /** A ride the portal has queued in Kafka: nearly every ride the worker reads is. */
  public static final String QUEUED = "QUEUED";

  /**
   * A ride its rider cancelled, set by the portal: while it waited, or once dispatched until its
   * cab reached the pickup (then the portal also records a cab release for the worker).
   */
  public static final String CANCELLED = "CANCELLED";

  /** A ride stored but not yet marked queued by its portal. */
  public static final String PENDING = "PENDING";

  /** The portal's statuses of a ride not answered yet: the only ones an answer may replace. */
  public static final List<String> UNANSWERED = List.of(QUEUED, PENDING);

  /** Every answer, in the order reports list them. */
  public static final List<String> ALL = List.of(DISPATCHED, NO_CAB, REJECTED, FAILED);

  private ResultStatus() {}
}
