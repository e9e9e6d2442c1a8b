package nyc.cabportal.domain.operations;

import java.time.Instant;
import java.util.Map;

/** The worker's count of ride requests per minute. May throw {@code StoreUnavailable}. */
public interface RequestCounts {

  /** The requests per minute, by the minute's start, from {@code first} on. */
  Map<Instant, Long> since(Instant first);
}
