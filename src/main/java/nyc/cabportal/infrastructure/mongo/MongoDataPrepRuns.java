package nyc.cabportal.infrastructure.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nyc.cabportal.domain.dataquality.DataPrepRun;
import nyc.cabportal.domain.dataquality.DataPrepRuns;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Data prep's run reports ({@code dataprep_runs}, the layout of {@code
 * contract/examples/serving/dataprep_runs.json}).
 */
public final class MongoDataPrepRuns implements DataPrepRuns {

  private final MongoCollection<Document> runs;

  public MongoDataPrepRuns(MongoCollection<Document> runs) {
    this.runs = runs;
  }

  @Override
  public Optional<DataPrepRun> latestLoaded() {
    return newest(Filters.and(Filters.eq("status", "ok"), Filters.gt("totals.rowsRead", 0)));
  }

  @Override
  public Optional<DataPrepRun> byId(String runId) {
    return newest(Filters.eq("_id", runId));
  }

  @Override
  public List<DataPrepRun> all() {
    return PublisherStages.await(
            runs.find()
                .projection(Projections.exclude("files", "samples"))
                .sort(Sorts.descending("startedAt")))
        .stream()
        .map(MongoDataPrepRuns::run)
        .toList();
  }

  private Optional<DataPrepRun> newest(Bson filter) {
    return PublisherStages.await(
            PublisherStages.first(runs.find(filter).sort(Sorts.descending("finishedAt")).first()))
        .map(MongoDataPrepRuns::run);
  }

  static DataPrepRun run(Document d) {
    return new DataPrepRun(
        d.getString("runId"),
        d.getString("status"),
        text(d.get("startedAt")),
        text(d.get("finishedAt")),
        d.getString("error"),
        totals(d.get("totals", Document.class)),
        d.getList("files", Document.class, List.of()).stream()
            .map(MongoDataPrepRuns::file)
            .toList(),
        d.getList("samples", Document.class, List.of()).stream()
            .map(MongoDataPrepRuns::sample)
            .toList());
  }

  private static DataPrepRun.Totals totals(Document t) {
    if (t == null) {
      return DataPrepRun.Totals.NONE;
    }
    return new DataPrepRun.Totals(
        number(t.get("rowsRead")),
        number(t.get("kept")),
        number(t.get("rejected")),
        number(t.get("blankLines")),
        counts(t.get("rejectedByReason", Document.class)),
        counts(t.get("keptByRule", Document.class)));
  }

  /** Rows by name; empty when absent (runs before the report had the field). */
  private static Map<String, Long> counts(Document byName) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (byName != null) {
      byName.forEach((name, rows) -> counts.put(name, number(rows)));
    }
    return counts;
  }

  private static DataPrepRun.InputFileReport file(Document f) {
    String path = f.getString("path");
    return new DataPrepRun.InputFileReport(
        path == null ? "" : Path.of(path).getFileName().toString(),
        f.getString("format"),
        f.getString("status"),
        number(f.get("rowsRead")),
        number(f.get("kept")),
        number(f.get("rejected")));
  }

  private static DataPrepRun.RejectedRow sample(Document s) {
    String file = s.getString("file");
    return new DataPrepRun.RejectedRow(
        s.getString("reason"),
        // The file's name, as the files table shows it: the server's paths say nothing to an admin.
        file == null ? "" : Path.of(file).getFileName().toString(),
        number(s.get("line")),
        s.getString("detail"),
        s.getString("raw"));
  }

  private static String text(Object v) {
    return v == null ? null : v.toString();
  }

  private static long number(Object v) {
    return v instanceof Number n ? n.longValue() : 0;
  }
}
