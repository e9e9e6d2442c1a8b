package nyc.cabportal.dataprep.serving;

/**
 * The names of the collections data prep writes and the portal and the worker read: its side of
 * {@code contract/names.properties}, which pins them for every process (a test checks these
 * constants against that file, and each collection's example document under {@code
 * contract/examples/serving/}).
 */
public final class ServingNames {

  public static final String DATABASE = "cabportal";

  /** One report per run ({@code _id} = run id): what was read, kept and rejected, and why. */
  public static final String RUNS = "dataprep_runs";

  /** {@code _id: "serving"}: which run built the serving tables, and in which {@link #VERSION}. */
  public static final String STATE = "dataprep_state";

  public static final String VOLUME_HOURLY = "volume_hourly";
  public static final String VOLUME_DAILY = "volume_daily";
  public static final String VOLUME_WEEKLY = "volume_weekly";
  public static final String HISTOGRAMS = "trip_histograms";
  public static final String DISTRIBUTIONS = "trip_distributions";
  public static final String PAYMENT_DAILY = "payment_daily";
  public static final String PICKUP_AREAS_DAILY = "pickup_areas_daily";
  public static final String HEATMAP = "heatmap_cells";
  public static final String ESTIMATES = "trip_estimates";
  public static final String MODEL = "estimate_model";
  public static final String DROPOFF_POINTS = "dropoff_points";

  /**
   * The shape of the serving tables. A run finds tables built in another version out of date and
   * rebuilds them from the warehouse, even with nothing new to load, so that an upgrade never
   * leaves a reader with tables of an old shape; readers ignore tables of another version.
   */
  public static final int VERSION = 8;

  private ServingNames() {}
}
