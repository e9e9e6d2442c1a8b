package nyc.cabportal.domain.dataquality;

import java.util.List;
import java.util.Optional;

/** Data prep's run reports. Every method may throw {@code StoreUnavailable}. */
public interface DataPrepRuns {

  /** The latest run that ended well and read rows. */
  Optional<DataPrepRun> latestLoaded();

  Optional<DataPrepRun> byId(String runId);

  /** Every run, newest first, without files or samples. */
  List<DataPrepRun> all();
}
