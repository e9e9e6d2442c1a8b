package nyc.cabportal.worker.history;

import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trip history the worker estimates from, kept current: {@link #refresh()} loads the tables of
 * a data prep run newer than the one in use, so a new run reaches a running worker.
 */
public final class LiveHistory implements Supplier<TripHistory> {

  private static final Logger LOG = LoggerFactory.getLogger(LiveHistory.class);

  private final TripHistoryStore store;
  private volatile TripHistory current = TripHistory.NONE;

  public LiveHistory(TripHistoryStore store) {
    this.store = store;
  }

  @Override
  public TripHistory get() {
    return current;
  }

  /** Loads the tables if data prep has built newer ones; returns whether it did. */
  public synchronized boolean refresh() {
    String builtBy = store.builtBy();
    if (builtBy == null || Objects.equals(builtBy, current.builtBy())) {
      return false;
    }
    long started = System.nanoTime();
    TripHistory loaded = store.load(builtBy);
    current = loaded;
    LOG.info(
        "trip history of data prep run {} loaded in {} ms: {} estimate cells, {} model groups, {}"
            + " hours of dropoffs, {} cells of dropoff points",
        builtBy,
        (System.nanoTime() - started) / 1_000_000,
        loaded.estimates().size(),
        loaded.model().size(),
        loaded.dropoffs().size(),
        loaded.dropoffPoints().byCell().size());
    return true;
  }
}
