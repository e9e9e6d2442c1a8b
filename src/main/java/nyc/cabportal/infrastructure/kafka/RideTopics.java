package nyc.cabportal.infrastructure.kafka;

/** Topic names; {@code contract/names.properties} pins them for both the portal and the worker. */
public final class RideTopics {

  public static final String RIDE_REQUESTS = "ride-requests";
  public static final String RIDE_REQUESTS_DLQ = "ride-requests-dlq";

  /** The Reactive Messaging channel that writes to {@link #RIDE_REQUESTS}. */
  public static final String RIDE_REQUESTS_CHANNEL = "ride-requests";

  private RideTopics() {}
}
