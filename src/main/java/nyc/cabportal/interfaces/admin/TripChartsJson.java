package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nyc.cabportal.application.admin.TripCharts;

/** The trip dashboard's charts as the page's script reads them ({@code data-charts}). */
final class TripChartsJson {

  private TripChartsJson() {}

  static JsonObject of(TripCharts c) {
    JsonArrayBuilder dates = JSON.createArrayBuilder();
    c.dates().forEach(dates::add);
    JsonObjectBuilder sources = JSON.createObjectBuilder();
    c.dailyBySource().forEach((source, counts) -> sources.add(source, longs(counts)));
    JsonObjectBuilder hourly = JSON.createObjectBuilder();
    c.hourlyByWeekday().forEach((day, counts) -> hourly.add(day, longs(counts)));
    JsonObjectBuilder distributions = JSON.createObjectBuilder();
    for (TripCharts.Distribution d : c.distributions()) {
      JsonObjectBuilder m =
          JSON.createObjectBuilder()
              .add("title", d.title())
              .add("unit", d.unit())
              .add("binWidth", d.binWidth())
              .add("counts", longs(d.counts()))
              .add("trips", d.trips());
      d.percentiles().forEach(m::add);
      distributions.add(d.measure(), m);
    }
    JsonArrayBuilder tips = JSON.createArrayBuilder();
    c.tips()
        .forEach(
            t ->
                tips.add(
                    JSON.createObjectBuilder()
                        .add("paymentType", t.paymentType())
                        .add("trips", t.trips())
                        .add("tippedPercent", round1(t.tippedPercent()))
                        .add("tipPercentOfFare", round1(t.tipPercentOfFare()))));
    JsonArrayBuilder areas = JSON.createArrayBuilder();
    c.areas()
        .forEach(
            a ->
                areas.add(
                    JSON.createObjectBuilder()
                        .add("h3", a.h3())
                        .add("trips", a.trips())
                        .add("sharePercent", a.sharePercent())
                        .add("lat", a.centre().lat())
                        .add("lon", a.centre().lon())
                        .add("zone", a.zone() == null ? "" : a.zone())
                        .add("near", a.near())
                        .add("nearKm", a.nearKm())));
    return JSON.createObjectBuilder()
        .add("daily", JSON.createObjectBuilder().add("dates", dates).add("sources", sources))
        .add("trips", c.trips())
        .add("hourly", hourly)
        .add("taxi", c.taxi())
        .add("distributions", distributions)
        .add("tips", tips)
        .add("areas", areas)
        .build();
  }

  static JsonArrayBuilder longs(long[] values) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (long v : values) {
      a.add(v);
    }
    return a;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
