package nyc.cabportal.application.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nyc.cabportal.domain.tripdata.CellTrips;
import nyc.cabportal.domain.tripdata.DailyHistogram;
import nyc.cabportal.domain.tripdata.DailyPayments;
import nyc.cabportal.domain.tripdata.DailyPickupAreas;
import nyc.cabportal.domain.tripdata.DailyTrips;
import nyc.cabportal.domain.tripdata.HeatmapQuery;
import nyc.cabportal.domain.tripdata.HourlyTrips;
import nyc.cabportal.domain.tripdata.TripTables;

/** Serving tables in memory; counts how often a kept value was computed. */
final class FakeTripTables implements TripTables {

  final List<DailyTrips> daily = new ArrayList<>();
  final List<HourlyTrips> hourly = new ArrayList<>();
  final List<DailyHistogram> histograms = new ArrayList<>();
  final List<DailyPayments> payments = new ArrayList<>();
  final List<DailyPickupAreas> areas = new ArrayList<>();
  final Map<String, List<CellTrips>> frames = new HashMap<>();
  final Map<String, Object> kept = new HashMap<>();
  int computed;

  @Override
  @SuppressWarnings("unchecked")
  public <T> T keep(String key, Supplier<T> compute) {
    return (T)
        kept.computeIfAbsent(
            key,
            k -> {
              computed++;
              return compute.get();
            });
  }

  @Override
  public List<DailyTrips> dailyTrips() {
    return daily;
  }

  @Override
  public List<HourlyTrips> hourlyTrips() {
    return hourly;
  }

  @Override
  public List<DailyHistogram> histograms() {
    return histograms;
  }

  @Override
  public List<DailyPayments> payments() {
    return payments;
  }

  @Override
  public List<DailyPickupAreas> pickupAreas() {
    return areas;
  }

  @Override
  public List<CellTrips> heatmapCells(HeatmapQuery frame) {
    List<CellTrips> out = new ArrayList<>();
    frame
        .sources()
        .forEach(
            s ->
                out.addAll(
                    frames.getOrDefault(
                        s.key() + "|" + frame.kind() + "|r" + frame.res() + "|" + frame.hour(),
                        List.of())));
    return out;
  }

  @Override
  public List<String> everyHeatmapCell() {
    return frames.values().stream().flatMap(List::stream).map(CellTrips::h3).toList();
  }
}
