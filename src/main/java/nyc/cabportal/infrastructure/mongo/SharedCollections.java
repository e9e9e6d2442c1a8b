package nyc.cabportal.infrastructure.mongo;

/**
 * The collections other processes write and the portal reads: the worker's fleet and data prep's
 * serving tables. The portal's side of {@code contract/names.properties}, which pins each name for
 * every process (the portal's contract test checks these constants against that file). The
 * collections the portal writes itself are named by their repositories ({@link
 * RideDocument#COLLECTION}).
 */
public final class SharedCollections {

  /** The fleet, written by the worker. */
  public static final String CABS = "cabs";

  /** Data prep's run reports, one per run. */
  public static final String DATAPREP_RUNS = "dataprep_runs";

  /** {@code _id: "serving"}: which data prep run built the serving tables. */
  public static final String DATAPREP_STATE = "dataprep_state";

  public static final String VOLUME_HOURLY = "volume_hourly";
  public static final String VOLUME_DAILY = "volume_daily";
  public static final String TRIP_HISTOGRAMS = "trip_histograms";
  public static final String PAYMENT_DAILY = "payment_daily";
  public static final String PICKUP_AREAS_DAILY = "pickup_areas_daily";
  public static final String HEATMAP_CELLS = "heatmap_cells";

  private SharedCollections() {}
}
