package nyc.cabportal.domain.ride;

/**
 * Where a ride is in its life.
 *
 * <p>{@code PENDING} is internal: the ride is stored but Kafka has not yet confirmed it, so no
 * rider has been told it is queued and no rider sees it. {@code NOT_QUEUED} marks a ride Kafka
 * refused; the rider got a 503 and never sees it either. Every other status is visible.
 *
 * <p>{@code DISPATCHED} is the worker's last word, but not the ride's: its rider may still cancel
 * it until the cab reaches the pickup ({@link Ride#cancellableAt}).
 */
public enum RideStatus {
  PENDING,
  NOT_QUEUED,
  QUEUED,
  DISPATCHED,
  NO_CAB,
  REJECTED,
  FAILED,
  CANCELLED;

  /** Whether a rider (or API client) can see a ride in this status. */
  public boolean isVisible() {
    return this != PENDING && this != NOT_QUEUED;
  }

  /** Whether the worker has answered: no status but DISPATCHED changes after this. */
  public boolean isFinal() {
    return this != PENDING && this != QUEUED;
  }
}
