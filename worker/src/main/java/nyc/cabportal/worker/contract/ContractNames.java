package nyc.cabportal.worker.contract;

/** Names shared with the portal; {@code contract/names.properties} pins them for both sides. */
public final class ContractNames {

  public static final String RIDE_REQUESTS = "ride-requests";
  public static final String RIDE_REQUESTS_DLQ = "ride-requests-dlq";
  public static final String DATABASE = "cabportal";
  public static final String RIDES = "rides";
  public static final String CABS = "cabs";

  /** Cabs to free because their rider cancelled before the pickup: the portal writes, we delete. */
  public static final String CAB_RELEASES = "cab_releases";

  public static final String DISPATCH_BATCHES = "dispatch_batches";
  public static final String REQUEST_RATE = "request_rate";
  public static final int RIDE_REQUEST_SCHEMA_VERSION = 1;
  public static final int RIDE_RESULT_SCHEMA_VERSION = 1;

  /** Data prep's state ({@code _id: "serving"}): which run built the tables, in which version. */
  public static final String DATAPREP_STATE = "dataprep_state";

  public static final String TRIP_ESTIMATES = "trip_estimates";
  public static final String ESTIMATE_MODEL = "estimate_model";
  public static final String HEATMAP_CELLS = "heatmap_cells";
  public static final String DROPOFF_POINTS = "dropoff_points";

  /** The shape of the serving tables this worker reads; tables of another version are ignored. */
  public static final int SERVING_TABLES_VERSION = 8;

  private ContractNames() {}
}
