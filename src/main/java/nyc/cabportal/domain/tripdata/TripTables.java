package nyc.cabportal.domain.tripdata;

import java.util.List;
import java.util.function.Supplier;

/**
 * Data prep's serving tables, as the admin pages read them. The tables change only when a data prep
 * run rebuilds them, so their rows, and what a page computes from them, may be kept until then
 * ({@link #keep}). Every method may throw {@code StoreUnavailable}.
 */
public interface TripTables {

  /** The value kept under {@code key} for the current tables, else {@code compute}'s, kept. */
  <T> T keep(String key, Supplier<T> compute);

  List<DailyTrips> dailyTrips();

  List<HourlyTrips> hourlyTrips();

  List<DailyHistogram> histograms();

  List<DailyPayments> payments();

  List<DailyPickupAreas> pickupAreas();

  /** The cells of one heat-map frame, source by source (a cell may appear once per source). */
  List<CellTrips> heatmapCells(HeatmapQuery frame);

  /** Every cell any frame names (the whole-week frames hold them all), to outline in advance. */
  List<String> everyHeatmapCell();
}
