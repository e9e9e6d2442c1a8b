package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.infrastructure.mongo.PublisherStages;
import nyc.cabportal.infrastructure.mongo.SharedCollections;
import org.bson.Document;

/**
 * The data-quality page ({@code /admin/data-quality.xhtml?run=…}): the report of one data-prep run
 * (by default the latest successful one that read rows) — rows read, kept, rejected by reason
 * (chart and table) and by file, sample rejected rows — and the list of runs. Read from {@code
 * dataprep_runs}, which data prep writes.
 */
@Named
@RequestScoped
public class DataQualityPage {

  @Inject MongoDatabase db;

  private String runId;
  private Document run;
  private List<Document> runs = List.of();
  private String problem;

  /** A rejection reason and how many rows it took. */
  public record Reason(String name, long rows, String share) {}

  /** One input file of the run. */
  public record FileRow(
      String name, String format, String status, long rowsRead, long kept, long rejected) {}

  public void load() {
    try {
      Optional<Document> latest =
          PublisherStages.await(
              PublisherStages.first(
                  db.getCollection(SharedCollections.DATAPREP_RUNS)
                      .find(
                          runId != null && !runId.isBlank()
                              ? Filters.eq("_id", runId)
                              : Filters.and(
                                  Filters.eq("status", "ok"), Filters.gt("totals.rowsRead", 0)))
                      .sort(Sorts.descending("finishedAt"))
                      .first()));
      run = latest.orElse(null);
      runs =
          PublisherStages.await(
              db.getCollection(SharedCollections.DATAPREP_RUNS)
                  .find()
                  .projection(Projections.exclude("files", "samples"))
                  .sort(Sorts.descending("startedAt")));
      if (run == null) {
        problem =
            runId != null && !runId.isBlank()
                ? "There is no data-prep run " + runId + "."
                : "No data-prep run has loaded rows yet.";
      }
    } catch (StoreUnavailable e) {
      problem = "The store did not answer: " + e.getMessage();
    }
  }

  /** The run to show ({@code ?run=}); by default the latest successful run that read rows. */
  public String getRunId() {
    return runId;
  }

  public void setRunId(String runId) {
    this.runId = runId;
  }

  public String getProblem() {
    return problem;
  }

  public Document getRun() {
    return run;
  }

  public Document getTotals() {
    return run == null ? new Document() : run.get("totals", Document.class);
  }

  public List<Document> getRuns() {
    return runs;
  }

  public List<Reason> getReasons() {
    List<Reason> out = new ArrayList<>();
    Document totals = getTotals();
    Document byReason = totals.get("rejectedByReason", Document.class);
    long read = number(totals, "rowsRead");
    if (byReason != null) {
      for (Map.Entry<String, Object> e : byReason.entrySet()) {
        long rows = ((Number) e.getValue()).longValue();
        out.add(
            new Reason(
                e.getKey(), rows, read == 0 ? "" : String.format("%.2f %%", 100.0 * rows / read)));
      }
    }
    out.sort((a, b) -> Long.compare(b.rows(), a.rows()));
    return out;
  }

  /** The reasons as JSON for the chart: [{"reason":…,"rows":…}]. */
  public String getReasonsJson() {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (Reason r : getReasons()) {
      a.add(JSON.createObjectBuilder().add("reason", r.name()).add("rows", r.rows()));
    }
    return a.build().toString();
  }

  /** The files that read rows, as JSON for the chart: [{"file":…,"kept":…,"rejected":…}]. */
  public String getFilesJson() {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (FileRow f : getFiles()) {
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

  public List<FileRow> getFiles() {
    List<FileRow> out = new ArrayList<>();
    if (run != null) {
      for (Document f : run.getList("files", Document.class, List.of())) {
        out.add(
            new FileRow(
                Path.of(f.getString("path")).getFileName().toString(),
                f.getString("format"),
                f.getString("status"),
                number(f, "rowsRead"),
                number(f, "kept"),
                number(f, "rejected")));
      }
    }
    return out;
  }

  public List<Document> getSamples() {
    return run == null ? List.of() : run.getList("samples", Document.class, List.of());
  }

  private static long number(Document d, String key) {
    Object v = d == null ? null : d.get(key);
    return v instanceof Number n ? n.longValue() : 0;
  }
}
