package nyc.cabportal.domain.ride;

/**
 * A ride request that was refused because the store or the queue failed ({@link StoreUnavailable}
 * or {@link QueueUnavailable} is the cause). The ride's id goes back to the client as a reference:
 * a ride refused this way is never dispatched.
 */
public final class RideNotQueued extends RuntimeException {

  private final String rideId;

  public RideNotQueued(String rideId, RuntimeException cause) {
    super(cause.getMessage(), cause);
    this.rideId = rideId;
  }

  public String rideId() {
    return rideId;
  }
}
