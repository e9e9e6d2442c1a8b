package nyc.cabportal.application.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nyc.cabportal.domain.place.CellGeometry;
import nyc.cabportal.domain.tripdata.BusiestAreas;
import nyc.cabportal.domain.tripdata.CellTrips;
import nyc.cabportal.domain.tripdata.HeatmapQuery;
import nyc.cabportal.domain.tripdata.TripSource;
import nyc.cabportal.domain.tripdata.TripTables;

/**
 * The frames of the hexagon heat map, read from data prep's {@code heatmap_cells} (one document per
 * source and frame), the sources summed, busiest cells first, and kept until data prep rebuilds its
 * tables.
 */
public final class HeatMaps {

  /** The busiest cells drawn; the rest (a handful of trips each) are counted, not drawn. */
  static final int MAX_CELLS = 2500;

  private final TripTables tables;
  private final CellGeometry cells;

  public HeatMaps(TripTables tables, CellGeometry cells) {
    this.tables = tables;
    this.cells = cells;
  }

  /**
   * @throws nyc.cabportal.domain.ride.StoreUnavailable when the store does not answer
   */
  public HeatmapFrame frame(HeatmapQuery query) {
    return tables.keep(query.key(), () -> compute(query));
  }

  /**
   * Outlines every cell of the whole-week frames, which hold every cell any hour names: the first
   * look at an hour then costs a lookup per cell instead of an H3 call (measured: 30 ms for an Uber
   * res-8 frame of 500 new cells). Returns how many cells it outlined.
   */
  public int outlineEveryCell() {
    List<String> all = tables.everyHeatmapCell();
    all.forEach(cells::outline);
    return all.size();
  }

  private HeatmapFrame compute(HeatmapQuery query) {
    BusiestAreas busiest = new BusiestAreas();
    for (CellTrips c : tables.heatmapCells(query)) {
      busiest.add(c.h3(), c.trips());
    }
    List<BusiestAreas.Area> top = busiest.top(MAX_CELLS);
    List<HeatmapFrame.Cell> drawn = new ArrayList<>(top.size());
    long tripsDrawn = 0;
    for (BusiestAreas.Area a : top) {
      drawn.add(new HeatmapFrame.Cell(a.h3(), a.trips(), cells.outline(a.h3())));
      tripsDrawn += a.trips();
    }
    Optional<String> note =
        query.kind().equals("dropoff") && query.sources().equals(List.of(TripSource.UBER))
            ? Optional.of("Uber's 2014 data has pickups only: no dropoffs")
            : Optional.empty();
    return new HeatmapFrame(
        query, busiest.total(), tripsDrawn, top.isEmpty() ? 0 : top.get(0).trips(), drawn, note);
  }
}
