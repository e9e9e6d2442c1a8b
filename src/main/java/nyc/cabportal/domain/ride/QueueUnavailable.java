package nyc.cabportal.domain.ride;

/** The ride queue could not take a request; nothing was queued. */
public final class QueueUnavailable extends RuntimeException {

  public QueueUnavailable(String reason, Throwable cause) {
    super(reason, cause);
  }
}
