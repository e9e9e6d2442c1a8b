package nyc.cabportal.stack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to keep what it acknowledges. On its own it writes changes
 * to its file about once a second, so a {@code kill -9} lost up to a second of acknowledged writes
 * (a stored ride, a booked cab, an answer), which a real MongoDB with its journal does not. Here
 * every write command is appended to a {@link WriteJournal} before it is answered, and the store
 * file is committed once a second; the next start replays what the store file lacks.
 *
 * <p>Committing the store file itself on every write was tried first: it rewrites whole pages of
 * documents each time and capped the store at about 60 rides a second (BENCHMARKS.md); a journal
 * append is one small file write.
 *
 * <p>A checkpoint starts a new journal file, then commits: the store file holds every write
 * journaled before that file, and possibly some journaled after it, which ran while the commit did
 * (writes do not wait for a commit: waiting for them held every write up by 26–427 ms a second at
 * 200 rides/s, BENCHMARKS.md). Replay applies, in order, every command journaled since, so it may
 * apply some a second time (as does a crash during a replay); that is safe for the writes this
 * project makes: inserts with their ids (a second insert of a document fails and is skipped; replay
 * goes on with the rest of the command), conditional status moves, whole-document replaces and
 * {@code $set}s, deletes — applied in order onto a state that already holds some of them, they end
 * in the same state. (An {@code $inc} would not; none is used.) A commit never sees half a write:
 * each document is put whole ({@link StoreCollection} never changes a stored one), and commands
 * that change a collection's structure (create, drop, rename, indexes) wait for a commit and a
 * commit for them. The journal is a file write, not an fsync: it survives the process dying, not
 * the machine losing power.
 */
final class DurableH2Backend extends H2Backend implements AutoCloseable {

  /** Writes to documents: they run while a checkpoint commits. */
  private static final Set<String> DOCUMENT_WRITES =
      Set.of("insert", "update", "delete", "findandmodify");

  /** Writes to the store's structure: a checkpoint never commits while one runs. */
  private static final Set<String> STRUCTURE_WRITES =
      Set.of("create", "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

  private final WriteJournal journal;

  /**
   * Applying a write and journaling it happen under its collection's lock, so the journal has each
   * collection's writes in the order they were applied (writes to different collections commute).
   */
  private final Map<String, ReentrantLock> collectionLocks = new ConcurrentHashMap<>();

  /**
   * Structure writes and the checkpoint take it, one at a time: maps are created, dropped and
   * renamed in the store's own metadata, which a commit must see whole.
   */
  private final ReentrantLock structureLock = new ReentrantLock();

  private final CheckpointLog checkpointLog =
      new CheckpointLog(System.out::println, System.nanoTime());

  private final ScheduledExecutorService checkpoints =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "store-checkpoint");
            t.setDaemon(true);
            return t;
          });

  DurableH2Backend(Path file) throws IOException {
    this(file, Duration.ofSeconds(1));
  }

  DurableH2Backend(Path file, Duration checkpointEvery) throws IOException {
    // No auto-commit: H2's background writer hands a commit's bytes to another thread and
    // returns before they are in the file, so a journal dropped after such a commit could lose
    // writes a kill -9 came too early for (the fault suite's long form lost a ride that way).
    // Without it every commit is written by the thread that asks for it: the checkpoint's, or a
    // writing thread once H2's estimate of unsaved pages passes its buffer. The writer's other
    // job, H2's housekeeping, the checkpoint does itself (HousekeptFileStore). The buffer stays
    // H2's default (64 MiB scaled to the heap, about 15 MiB here): 1 MiB halved the portal's store
    // insert p99 at 200 rides/s but also the housekeeping's budget, which H2 ties to it, and the
    // file grew as if there were none (BENCHMARKS.md, issue 18).
    super(
        withBsonDocuments(
            withoutIndexMaps(
                new MVStore.Builder()
                    .adoptFileStore(new HousekeptFileStore(file))
                    .autoCommitDisabled()
                    .open())));
    journal = new WriteJournal(file);
    int[] replayed = replay();
    if (replayed[0] > 0) {
      System.out.println(
          "replayed "
              + replayed[0]
              + " journaled writes the store file lacked ("
              + replayed[1]
              + " refused again, as they were the first time or at an earlier replay)");
    }
    journal.deleteBefore(journal.startNext());
    long every = checkpointEvery.toMillis();
    checkpoints.scheduleWithFixedDelay(this::checkpoint, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Drops the index maps an older store kept in its file: its indexes are now rebuilt in memory
   * from the documents ({@link HashUniqueIndex}), and stale copies would only take space.
   */
  private static MVStore withoutIndexMaps(MVStore store) {
    for (String map : store.getMapNames()) {
      if (map.contains(HashIndexedH2Database.INDEX_MAP_MARKER)) {
        store.removeMap(map);
      }
    }
    return store;
  }

  /** Brings a store file written before documents were held as BSON to it (once). */
  private static MVStore withBsonDocuments(MVStore store) {
    long converted = BsonDocumentMaps.convert(store);
    if (converted > 0) {
      System.out.println("converted " + converted + " stored documents to BSON");
    }
    return store;
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new HashIndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    String name = command.toLowerCase();
    boolean structure = STRUCTURE_WRITES.contains(name);
    if (!structure && !DOCUMENT_WRITES.contains(name)) {
      return super.handleCommand(channel, database, command, query);
    }
    Object target = query.get(command);
    String collection = database + "." + (target instanceof String n ? n : "");
    ReentrantLock lock = collectionLocks.computeIfAbsent(collection, c -> new ReentrantLock());
    if (structure) {
      structureLock.lock();
    }
    lock.lock();
    try {
      Document answer = super.handleCommand(channel, database, command, query);
      // After applying: the body now holds the ids the server gave new documents.
      journal.append(database, command, query);
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException("could not journal a write", e);
    } finally {
      lock.unlock();
      if (structure) {
        structureLock.unlock();
      }
    }
  }

  /** Commits the store file and drops the journal files it now covers. */
  void checkpoint() {
    try {
      long next;
      structureLock.lock();
      try {
        next = journal.startNext();
        long t0 = System.nanoTime();
        commit(); // holds every write journaled before file `next`, and maybe some after it
        long t1 = System.nanoTime();
        HousekeptFileStore file = (HousekeptFileStore) getMvStore().getFileStore();
        file.housekeeping(getMvStore());
        long t2 = System.nanoTime();
        checkpointLog.record(t1 - t0, t2 - t1, file, t2);
      } finally {
        structureLock.unlock();
      }
      journal.deleteBefore(next);
    } catch (IOException | RuntimeException e) {
      System.err.println("store checkpoint failed (the journal keeps the writes): " + e);
    }
  }

  /** Replays the journal left over; returns how many writes were replayed and how many refused. */
  private int[] replay() throws IOException {
    int[] count = {0, 0};
    EmbeddedChannel channel = new EmbeddedChannel();
    for (Path file : journal.leftOver()) {
      WriteJournal.read(
          file,
          e -> {
            try {
              // Unordered: an insert whose first documents the store file already holds still
              // inserts the rest (a commit may have caught part of one command).
              e.body().put("ordered", false);
              super.handleCommand(channel, e.database(), e.command(), e.body());
            } catch (RuntimeException refused) {
              // e.g. a duplicate key: an earlier replay put this insert in the file already
              count[1]++;
            }
            count[0]++;
          });
    }
    commit();
    return count;
  }

  /** A clean stop: the store file is committed, so the journal is dropped. */
  @Override
  public void close() {
    checkpoints.shutdown();
    try {
      super.close();
      journal.deleteBefore(journal.startNext() + 1);
    } catch (IOException e) {
      System.err.println("journal not dropped (replayed at the next start): " + e);
    }
  }
}
