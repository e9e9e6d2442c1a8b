package nyc.cabportal.domain.dataquality;

import java.util.List;
import java.util.Map;

/**
 * One data-prep run's report, as data prep writes it: what it read, kept and rejected and why, per
 * file, and a sample of the rejected rows. Runs listed together carry no files or samples.
 */
public record DataPrepRun(
    String runId,
    String status,
    String startedAt,
    String finishedAt,
    String error,
    Totals totals,
    List<InputFileReport> files,
    List<RejectedRow> samples) {

  /**
   * The run's counts over all its files.
   *
   * @param byReason rejected rows by reason
   * @param keptByRule kept rows that a rule for a quirk of the 2014 files decided, by rule
   *     ("outside_service_area", "whole_minute_times", "repeated_hour"); a row may count twice
   */
  public record Totals(
      long rowsRead,
      long kept,
      long rejected,
      long blankLines,
      Map<String, Long> byReason,
      Map<String, Long> keptByRule) {

    public static final Totals NONE = new Totals(0, 0, 0, 0, Map.of(), Map.of());
  }

  /** One input file of the run. */
  public record InputFileReport(
      String name, String format, String status, long rowsRead, long kept, long rejected) {}

  /** A rejected row, quoted as read. */
  public record RejectedRow(String reason, String file, long line, String detail, String raw) {}
}
