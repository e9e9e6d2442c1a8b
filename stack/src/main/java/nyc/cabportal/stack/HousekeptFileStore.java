package nyc.cabportal.stack;

import java.nio.file.Path;
import java.util.HashMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;

/**
 * H2's store file, with the housekeeping its background writer would do done when the store's
 * checkpoint asks for it instead. The store runs without that writer ({@link DurableH2Backend} says
 * why), and H2 rewrites the live pages of mostly-dead chunks only there: without it no chunk that
 * keeps one live page is ever freed, and the file grew by about 7 KiB per ride while its live data
 * took 1 (a 30-minute soak at 75 rides/s left 950 MiB of chunks holding 164 MiB; RELIABILITY.md).
 * H2's own housekeeping, not a copy of it: it rewrites pages of the emptiest chunks, up to its
 * write budget per call, frees the chunks left dead once the store's retention time has passed, and
 * moves chunks to shrink a fragmented file.
 */
final class HousekeptFileStore extends SingleFileStore {

  HousekeptFileStore(Path file) {
    super(new HashMap<>());
    open(file.toString(), false, null);
  }

  /** One round of H2's housekeeping; the pages it rewrites go to the file with the next commit. */
  void housekeeping(MVStore store) {
    try {
      doHousekeeping(store);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
