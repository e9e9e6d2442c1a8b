package nyc.cabportal.domain.ride;

/** The ride store could not be reached; nothing was stored or changed. */
public final class StoreUnavailable extends RuntimeException {

  public StoreUnavailable(String reason, Throwable cause) {
    super(reason, cause);
  }
}
