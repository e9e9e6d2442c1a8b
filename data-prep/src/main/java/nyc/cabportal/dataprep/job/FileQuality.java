package nyc.cabportal.dataprep.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nyc.cabportal.trips.Quirk;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.bson.Document;

/**
 * One input file's quality, counted from its rows of {@link TripTable} as the load makes them: rows
 * kept, rejected by reason, kept by each rule for a 2014 quirk, and its first rejected rows of each
 * reason. The same figures the warehouse would give when grouped by file and reason, without
 * reading the load back; a task's counts reach the driver once however often Spark runs it, as the
 * load's tasks are its result stage.
 */
final class FileQuality implements Serializable {

  /** The rejected rows the report samples per reason. */
  static final int SAMPLES_PER_REASON = 5;

  private static final UTF8String KEPT = UTF8String.fromString(TripTable.KEPT);

  private static final int OUTCOME = TripTable.SCHEMA.fieldIndex("outcome");
  private static final int FILE = TripTable.SCHEMA.fieldIndex("file");
  private static final int LINE = TripTable.SCHEMA.fieldIndex("line");
  private static final int REASON = TripTable.SCHEMA.fieldIndex("reason");
  private static final int DETAIL = TripTable.SCHEMA.fieldIndex("detail");
  private static final int RAW = TripTable.SCHEMA.fieldIndex("raw");
  private static final int IN_SERVICE_AREA = TripTable.SCHEMA.fieldIndex("in_service_area");
  private static final int QUIRK = TripTable.SCHEMA.fieldIndex("quirk");

  /** A rejected row as the report shows it. */
  record Sample(String file, long line, String reason, String detail, String raw)
      implements Serializable {

    static final Comparator<Sample> BY_FILE_AND_LINE =
        Comparator.comparing(Sample::file).thenComparingLong(Sample::line);

    Document toDocument() {
      Document d = new Document("file", file).append("line", line).append("reason", reason);
      if (detail != null) {
        d.append("detail", detail);
      }
      return d.append("raw", raw == null ? "(not stored: the row was read as kept)" : raw);
    }
  }

  private long kept;
  private final Map<String, Long> rejectedByReason = new TreeMap<>();
  private final Map<String, Long> keptByRule = new TreeMap<>();
  private final Map<String, List<Sample>> samples = new TreeMap<>();

  /** Counts one row; rows come in line order, so the first rejected rows are the samples. */
  void add(InternalRow row) {
    if (KEPT.equals(row.getUTF8String(OUTCOME))) {
      kept++;
      if (!row.isNullAt(IN_SERVICE_AREA) && !row.getBoolean(IN_SERVICE_AREA)) {
        keptByRule.merge(Quirk.OUTSIDE_SERVICE_AREA.key(), 1L, Long::sum);
      }
      if (!row.isNullAt(QUIRK)) {
        keptByRule.merge(row.getUTF8String(QUIRK).toString(), 1L, Long::sum);
      }
      return;
    }
    String reason = row.getUTF8String(REASON).toString();
    rejectedByReason.merge(reason, 1L, Long::sum);
    List<Sample> first = samples.computeIfAbsent(reason, r -> new ArrayList<>());
    if (first.size() < SAMPLES_PER_REASON) {
      first.add(
          new Sample(
              row.getUTF8String(FILE).toString(),
              row.getLong(LINE),
              reason,
              text(row, DETAIL),
              text(row, RAW)));
    }
  }

  private static String text(InternalRow row, int column) {
    return row.isNullAt(column) ? null : row.getUTF8String(column).toString();
  }

  /** Adds this file's counts to the report. */
  void reportTo(QualityReport report, String file) {
    report.count(file, null, kept);
    rejectedByReason.forEach((reason, n) -> report.count(file, reason, n));
    keptByRule.forEach((rule, n) -> report.keptByRule(file, rule, n));
  }

  /**
   * The samples of all files as the report lists them: per reason the first {@value
   * #SAMPLES_PER_REASON} by file and line, ordered by reason, file and line.
   */
  static List<Sample> samples(List<FileQuality> files) {
    Map<String, List<Sample>> byReason = new TreeMap<>();
    for (FileQuality f : files) {
      f.samples.forEach((r, s) -> byReason.computeIfAbsent(r, k -> new ArrayList<>()).addAll(s));
    }
    List<Sample> out = new ArrayList<>();
    byReason.forEach(
        (reason, all) ->
            all.stream()
                .sorted(Sample.BY_FILE_AND_LINE)
                .limit(SAMPLES_PER_REASON)
                .forEach(out::add));
    return out;
  }
}
