package nyc.cabportal.interfaces.admin;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.infrastructure.mongo.PublisherStages;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The trip-data dashboard ({@code /admin/trips.xhtml?from=…&to=…}): daily trips over the chosen
 * dates by source, and trips by hour of day for each day of the week, from data prep's {@code
 * volume_daily} and {@code volume_hourly} tables (a few hundred small documents, never the trips).
 */
@Named
@RequestScoped
public class TripDashboardPage {

  static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  @Inject MongoDatabase db;

  private String from = "2014-01-01";
  private String to = "2014-12-31";
  private String problem;
  private String dailyJson = "{}";
  private String hourlyJson = "{}";
  private long trips;

  public void load() {
    try {
      LocalDate.parse(from);
      LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      problem = "Dates must look like 2014-04-01: from " + from + ", to " + to;
      return;
    }
    Bson range = Filters.and(Filters.gte("date", from), Filters.lte("date", to));
    try {
      List<Document> daily =
          PublisherStages.list(db.getCollection("volume_daily").find(range))
              .toCompletableFuture()
              .get(5, TimeUnit.SECONDS);
      List<Document> hourly =
          PublisherStages.list(db.getCollection("volume_hourly").find(range))
              .toCompletableFuture()
              .get(5, TimeUnit.SECONDS);
      dailyJson = daily(daily);
      hourlyJson = hourly(hourly);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      problem = "The store did not answer: " + e.getMessage();
    }
  }

  /** {"dates":[…], "sources":{"yellow":[trips per date…], …}} */
  private String daily(List<Document> docs) {
    TreeSet<String> dates = new TreeSet<>();
    Map<String, Map<String, Long>> bySource = new TreeMap<>();
    for (Document d : docs) {
      dates.add(d.getString("date"));
      long n = ((Number) d.get("trips")).longValue();
      trips += n;
      bySource
          .computeIfAbsent(d.getString("source"), k -> new TreeMap<>())
          .put(d.getString("date"), n);
    }
    JsonObjectBuilder sources = Json.createObjectBuilder();
    bySource.forEach(
        (source, counts) -> {
          JsonArrayBuilder a = Json.createArrayBuilder();
          dates.forEach(date -> a.add(counts.getOrDefault(date, 0L)));
          sources.add(source, a);
        });
    JsonArrayBuilder labels = Json.createArrayBuilder();
    dates.forEach(labels::add);
    return Json.createObjectBuilder()
        .add("dates", labels)
        .add("sources", sources)
        .build()
        .toString();
  }

  /** {"weekdays":{"Monday":[24 hourly trip counts], …}}, all sources summed. */
  private String hourly(List<Document> docs) {
    Map<String, long[]> byDay = new TreeMap<>();
    for (String day : WEEKDAYS) {
      byDay.put(day, new long[24]);
    }
    for (Document d : docs) {
      long[] hours = byDay.get(d.getString("dayOfWeek"));
      List<?> counts = d.getList("trips", Object.class);
      if (hours == null || counts == null) {
        continue;
      }
      for (int h = 0; h < Math.min(24, counts.size()); h++) {
        hours[h] += ((Number) counts.get(h)).longValue();
      }
    }
    JsonObjectBuilder days = Json.createObjectBuilder();
    for (String day : WEEKDAYS) {
      JsonArrayBuilder a = Json.createArrayBuilder();
      for (long n : byDay.get(day)) {
        a.add(n);
      }
      days.add(day, a);
    }
    return Json.createObjectBuilder().add("weekdays", days).build().toString();
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

  public String getProblem() {
    return problem;
  }

  public String getDailyJson() {
    return dailyJson;
  }

  public String getHourlyJson() {
    return hourlyJson;
  }

  public long getTrips() {
    return trips;
  }
}
