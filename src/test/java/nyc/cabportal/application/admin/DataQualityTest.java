package nyc.cabportal.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nyc.cabportal.domain.dataquality.DataPrepRun;
import nyc.cabportal.domain.dataquality.DataPrepRuns;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.trips.Quirk;
import org.junit.jupiter.api.Test;

class DataQualityTest {

  static final DataPrepRun RUN =
      new DataPrepRun(
          "r1",
          "ok",
          "2026-12-02T06:00:00Z",
          "2026-12-02T06:02:00Z",
          null,
          new DataPrepRun.Totals(
              1000,
              970,
              30,
              0,
              Map.of("duplicate", 10L, "outside_region", 20L),
              Map.of("outside_service_area", 40L, "whole_minute_times", 5L)),
          List.of(),
          List.of());

  static DataPrepRuns runs(Optional<DataPrepRun> latest) {
    return new DataPrepRuns() {
      @Override
      public Optional<DataPrepRun> latestLoaded() {
        return latest;
      }

      @Override
      public Optional<DataPrepRun> byId(String runId) {
        return latest.filter(r -> r.runId().equals(runId));
      }

      @Override
      public List<DataPrepRun> all() {
        return latest.stream().toList();
      }
    };
  }

  @Test
  void showsTheLatestRunsReasonsMostRowsFirstWithTheirShare() {
    DataQualityReport r = new DataQuality(runs(Optional.of(RUN))).report(null);
    assertEquals(Optional.of(RUN), r.run());
    assertEquals(
        List.of(
            new DataQualityReport.Reason(
                "outside_region",
                "a point more than 100 miles beyond the city: a broken GPS reading",
                20,
                "2.00 %"),
            new DataQualityReport.Reason(
                "duplicate", "the same line, or the same trip, as an earlier one", 10, "1.00 %")),
        r.reasons());
    assertEquals(
        List.of(
            new DataQualityReport.Reason(
                "outside_service_area", Quirk.OUTSIDE_SERVICE_AREA.words(), 40, "4.00 %"),
            new DataQualityReport.Reason(
                "whole_minute_times", Quirk.WHOLE_MINUTE_TIMES.words(), 5, "0.50 %")),
        r.rules());
    assertEquals(Optional.empty(), r.problem());
  }

  @Test
  void saysWhichRunIsMissing() {
    assertEquals(
        Optional.of("There is no data-prep run r9."),
        new DataQuality(runs(Optional.of(RUN))).report("r9").problem());
    assertEquals(
        Optional.of("No data-prep run has loaded rows yet."),
        new DataQuality(runs(Optional.empty())).report(" ").problem());
  }

  @Test
  void aStoreThatDoesNotAnswerIsAProblemToShow() {
    DataPrepRuns down =
        new DataPrepRuns() {
          @Override
          public Optional<DataPrepRun> latestLoaded() {
            throw new StoreUnavailable("connection refused", null);
          }

          @Override
          public Optional<DataPrepRun> byId(String runId) {
            return latestLoaded();
          }

          @Override
          public List<DataPrepRun> all() {
            return List.of();
          }
        };
    assertEquals(
        Optional.of("The store did not answer: connection refused"),
        new DataQuality(down).report(null).problem());
  }
}
