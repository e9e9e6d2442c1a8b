package nyc.cabportal.interfaces.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nyc.cabportal.application.admin.TripCharts;
import nyc.cabportal.application.admin.TripDashboard;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.domain.tripdata.TripSource;

/**
 * The trip-data dashboard ({@code /admin/trips.xhtml?from=…&to=…&source=…}): volumes by day, by
 * hour and weekday, distributions of fare, distance, duration and speed, tips by payment type and
 * the busiest pickup areas, for a date range and one source or all. The charts' data is in the page
 * (one request), computed by {@link TripDashboard} and kept until data prep rebuilds its tables.
 */
@Named
@RequestScoped
public class TripDashboardPage {

  @Inject TripDashboard dashboard;

  private String from = "2014-01-01";
  private String to = "2014-12-31";
  private String source = "all";
  private String problem;
  private String chartsJson = "{}";
  private long trips;

  public void load() {
    LocalDate start;
    LocalDate end;
    List<TripSource> sources;
    try {
      start = LocalDate.parse(from);
      end = LocalDate.parse(to);
      sources = TripSource.select(source);
    } catch (DateTimeParseException e) {
      problem = "Dates must look like 2014-04-01: from " + from + ", to " + to;
      return;
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
      return;
    }
    if (end.isBefore(start)) {
      problem = "The range ends (" + to + ") before it starts (" + from + ")";
      return;
    }
    try {
      TripCharts charts = dashboard.charts(start, end, sources);
      chartsJson = TripChartsJson.of(charts).toString();
      trips = charts.trips();
    } catch (StoreUnavailable e) {
      problem = "The store did not answer: " + e.getMessage();
    }
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    if (from != null && !from.isBlank()) {
      this.from = from.strip();
    }
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    if (to != null && !to.isBlank()) {
      this.to = to.strip();
    }
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    if (source != null && !source.isBlank()) {
      this.source = source.strip();
    }
  }

  public String getProblem() {
    return problem;
  }

  public String getChartsJson() {
    return chartsJson;
  }

  public long getTrips() {
    return trips;
  }
}
