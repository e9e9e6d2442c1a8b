package nyc.cabportal.dataprep.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nyc.cabportal.trips.input.InputFile;
import org.bson.Document;

/**
 * One run's report: per input file and in total, rows read, kept and rejected by reason, blank
 * lines, files skipped because an earlier run loaded them, sample rejected rows and timings. Counts
 * of rows come from the load as written, and are checked against the rows the readers counted and
 * the warehouse's total, so the report cannot claim a row that was not stored.
 */
final class QualityReport {

  private final Map<String, Document> files = new LinkedHashMap<>();
  private final List<Document> samples = new ArrayList<>();
  private final Map<String, Object> timings = new LinkedHashMap<>();

  void loaded(InputFile f, long rowsRead, long blankLines) {
    files.put(
        f.path(),
        describe(f, "loaded")
            .append("rowsRead", rowsRead)
            .append("blankLines", blankLines)
            .append("kept", 0L)
            .append("rejected", 0L)
            .append("rejectedByReason", new Document())
            .append("keptByRule", new Document()));
  }

  void skipped(InputFile f, String loadedBy) {
    files.put(f.path(), describe(f, "skipped").append("alreadyLoadedBy", loadedBy));
  }

  private static Document describe(InputFile f, String status) {
    return new Document("path", f.path())
        .append("format", f.layout().format().name())
        .append("fileId", f.fileId())
        .append("bytes", f.bytes())
        .append("status", status);
  }

  /** Adds {@code n} rows of {@code file} with {@code reason} (null when kept). */
  void count(String file, String reason, long n) {
    Document f = files.get(file);
    if (reason == null) {
      f.put("kept", f.getLong("kept") + n);
    } else {
      f.put("rejected", f.getLong("rejected") + n);
      Document by = f.get("rejectedByReason", Document.class);
      by.put(reason, by.get(reason, 0L) + n);
    }
  }

  /**
   * Adds {@code n} kept rows of {@code file} that a rule for a quirk of the 2014 files decided: a
   * {@link nyc.cabportal.trips.Quirk} key. A row may count under two rules.
   */
  void keptByRule(String file, String rule, long n) {
    Document by = files.get(file).get("keptByRule", Document.class);
    by.put(rule, by.get(rule, 0L) + n);
  }

  void sample(Document rejectedRow) {
    samples.add(rejectedRow);
  }

  void timing(String stage, double seconds) {
    timings.put(stage, Math.round(seconds * 100) / 100.0);
  }

  /** Every loaded file's stored rows must add up to the rows its reader counted. */
  void checkComplete() {
    for (Document f : files.values()) {
      if ("loaded".equals(f.getString("status"))
          && f.getLong("kept") + f.getLong("rejected") != f.getLong("rowsRead")) {
        throw new IllegalStateException(
            f.getString("path")
                + ": read "
                + f.getLong("rowsRead")
                + " rows but the warehouse holds "
                + (f.getLong("kept") + f.getLong("rejected")));
      }
    }
  }

  /** The warehouse must hold every row the readers counted: {@code stored} for this load. */
  void checkStored(long stored) {
    long read = totals().getLong("rowsRead");
    if (stored != read) {
      throw new IllegalStateException(
          "read " + read + " rows but the warehouse holds " + stored + " of this load");
    }
  }

  Document totals() {
    long read = 0;
    long kept = 0;
    long rejected = 0;
    long blank = 0;
    int loaded = 0;
    int skipped = 0;
    Map<String, Long> byReason = new TreeMap<>();
    Map<String, Long> byRule = new TreeMap<>();
    for (Document f : files.values()) {
      if (!"loaded".equals(f.getString("status"))) {
        skipped++;
        continue;
      }
      loaded++;
      read += f.getLong("rowsRead");
      kept += f.getLong("kept");
      rejected += f.getLong("rejected");
      blank += f.getLong("blankLines");
      f.get("rejectedByReason", Document.class)
          .forEach((reason, n) -> byReason.merge(reason, (Long) n, Long::sum));
      f.get("keptByRule", Document.class)
          .forEach((rule, n) -> byRule.merge(rule, (Long) n, Long::sum));
    }
    return new Document("filesLoaded", loaded)
        .append("filesSkipped", skipped)
        .append("rowsRead", read)
        .append("kept", kept)
        .append("rejected", rejected)
        .append("blankLines", blank)
        .append("rejectedByReason", new Document(new LinkedHashMap<>(byReason)))
        .append("keptByRule", new Document(new LinkedHashMap<>(byRule)));
  }

  Document toDocument(String runId) {
    return new Document("_id", runId)
        .append("runId", runId)
        .append("totals", totals())
        .append("files", new ArrayList<>(files.values()))
        .append("samples", samples)
        .append("timingsS", new Document(timings));
  }
}
