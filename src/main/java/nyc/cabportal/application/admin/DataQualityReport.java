package nyc.cabportal.application.admin;

import java.util.List;
import java.util.Optional;
import nyc.cabportal.domain.dataquality.DataPrepRun;

/**
 * A data-prep run's report as the data-quality page shows it, beside the list of every run.
 *
 * @param run the run asked for, or the latest that read rows; empty when there is none
 * @param reasons the run's rejections by reason, most rows first
 * @param rules the kept rows a rule for a quirk of the 2014 files decided, by rule, most rows first
 * @param problem what went wrong, in words, when there is no run to show
 */
public record DataQualityReport(
    Optional<DataPrepRun> run,
    List<Reason> reasons,
    List<Reason> rules,
    List<DataPrepRun> runs,
    Optional<String> problem) {

  /**
   * A rejection reason or a rule, how many rows it took or kept and their share of the rows read
   * ("0.42 %").
   */
  public record Reason(String name, String words, long rows, String share) {}
}
