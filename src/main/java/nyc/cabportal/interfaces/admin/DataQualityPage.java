package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nyc.cabportal.application.admin.DataQuality;
import nyc.cabportal.application.admin.DataQualityReport;
import nyc.cabportal.domain.dataquality.DataPrepRun;
import nyc.cabportal.trips.geo.NewYork;

/**
 * The data-quality page ({@code /admin/data-quality.xhtml?run=…}): the report of one data-prep run
 * (by default the latest successful one that read rows) — rows read, kept, rejected by reason
 * (chart and table) and by file, sample rejected rows — and the list of runs, from {@link
 * DataQuality}.
 */
@Named
@RequestScoped
public class DataQualityPage {

  @Inject DataQuality quality;

  private String runId;
  private DataQualityReport report =
      new DataQualityReport(
          java.util.Optional.empty(), List.of(), List.of(), List.of(), java.util.Optional.empty());

  public void load() {
    report = quality.report(runId);
  }

  /** The run to show ({@code ?run=}); by default the latest successful run that read rows. */
  public String getRunId() {
    return runId;
  }

  public void setRunId(String runId) {
    this.runId = runId;
  }

  public String getProblem() {
    return report.problem().orElse(null);
  }

  public DataPrepRun getRun() {
    return report.run().orElse(null);
  }

  public DataPrepRun.Totals getTotals() {
    return report.run().map(DataPrepRun::totals).orElse(DataPrepRun.Totals.NONE);
  }

  public List<DataPrepRun> getRuns() {
    return report.runs();
  }

  public List<DataQualityReport.Reason> getReasons() {
    return report.reasons();
  }

  public List<DataQualityReport.Reason> getRules() {
    return report.rules();
  }

  /** The reasons as JSON for the chart: [{"reason":…,"rows":…}]. */
  public String getReasonsJson() {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (DataQualityReport.Reason r : getReasons()) {
      a.add(JSON.createObjectBuilder().add("reason", r.name()).add("rows", r.rows()));
    }
    return a.build().toString();
  }

  /** The files that read rows, as JSON for the chart: [{"file":…,"kept":…,"rejected":…}]. */
  public String getFilesJson() {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (DataPrepRun.InputFileReport f : getFiles()) {
      if (f.rowsRead() > 0) {
        a.add(
            JSON.createObjectBuilder()
                .add("file", f.name())
                .add("kept", f.kept())
                .add("rejected", f.rejected()));
      }
    }
    return a.build().toString();
  }

  public List<DataPrepRun.InputFileReport> getFiles() {
    return report.run().map(DataPrepRun::files).orElse(List.of());
  }

  /** An ISO-8601 instant as New York time ("Dec 2, 17:07:40"); the text as it is otherwise. */
  public String newYorkTime(String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    try {
      return NEW_YORK.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  private static final DateTimeFormatter NEW_YORK =
      DateTimeFormatter.ofPattern("MMM d, HH:mm:ss", Locale.US).withZone(NewYork.ZONE);

  public List<DataPrepRun.RejectedRow> getSamples() {
    return report.run().map(DataPrepRun::samples).orElse(List.of());
  }
}
