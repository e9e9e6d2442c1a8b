package nyc.cabportal.application.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nyc.cabportal.domain.dataquality.DataPrepRun;
import nyc.cabportal.domain.dataquality.DataPrepRuns;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.trips.Quirk;
import nyc.cabportal.trips.RejectReason;

/**
 * The data-quality page's use case: one data-prep run's report (by default the latest successful
 * run that read rows) and the list of runs. A store that does not answer is a problem to show, not
 * an error page: the page still explains itself.
 */
public final class DataQuality {

  private final DataPrepRuns runs;

  public DataQuality(DataPrepRuns runs) {
    this.runs = runs;
  }

  /** The report of {@code runId}, or of the latest loaded run when it is null or blank. */
  public DataQualityReport report(String runId) {
    boolean asked = runId != null && !runId.isBlank();
    try {
      Optional<DataPrepRun> run = asked ? runs.byId(runId) : runs.latestLoaded();
      Optional<String> problem =
          run.isPresent()
              ? Optional.empty()
              : Optional.of(
                  asked
                      ? "There is no data-prep run " + runId + "."
                      : "No data-prep run has loaded rows yet.");
      return new DataQualityReport(
          run,
          run.map(r -> shares(r.totals().byReason(), r.totals().rowsRead())).orElse(List.of()),
          run.map(r -> shares(r.totals().keptByRule(), r.totals().rowsRead())).orElse(List.of()),
          runs.all(),
          problem);
    } catch (StoreUnavailable e) {
      return new DataQualityReport(
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          Optional.of("The store did not answer: " + e.getMessage()));
    }
  }

  /** A reason's or a rule's words, from the cleaning rules themselves; "" for an unknown name. */
  private static String words(String name) {
    return RejectReason.ofKey(name)
        .map(RejectReason::words)
        .or(() -> Quirk.ofKey(name).map(Quirk::words))
        .orElse("");
  }

  /** Rows by name with their share of the rows read, most rows first. */
  private static List<DataQualityReport.Reason> shares(Map<String, Long> byName, long read) {
    List<DataQualityReport.Reason> out = new ArrayList<>();
    byName.forEach(
        (reason, rows) ->
            out.add(
                new DataQualityReport.Reason(
                    reason,
                    words(reason),
                    rows,
                    read == 0 ? "" : String.format(Locale.ROOT, "%.2f %%", 100.0 * rows / read))));
    out.sort(Comparator.comparingLong(DataQualityReport.Reason::rows).reversed());
    return out;
  }
}
