package nyc.cabportal.domain.ride;

/**
 * The portal takes no more rides for now: more would only wait longer for a cab. Nothing was stored
 * or queued; the rider may try again after {@link #retryAfterSeconds()}.
 */
public final class Overloaded extends RuntimeException {

  private final long retryAfterSeconds;

  public Overloaded(String reason, long retryAfterSeconds) {
    super(reason);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
