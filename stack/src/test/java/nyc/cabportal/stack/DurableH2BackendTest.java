package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableH2BackendTest {

  private final EmbeddedChannel channel = new EmbeddedChannel();

  @Test
  void writesAcknowledgedBeforeACrashAreThereAfterTheRestart(@TempDir Path dir) throws Exception {
    Path running = Files.createDirectories(dir.resolve("running")).resolve("store.mv.db");
    DurableH2Backend store = new DurableH2Backend(running);
    for (int i = 0; i < 100; i++) {
      insert(store, "ride-" + i, "PENDING");
    }
    store.handleCommand(
        channel,
        "cabportal",
        "update",
        new Document("update", "rides")
            .append(
                "updates",
                List.of(
                    new Document("q", new Document("_id", "ride-7").append("status", "PENDING"))
                        .append("u", new Document("$set", new Document("status", "QUEUED"))))));

    // kill -9 now: the files as they are on disk, before the store's next commit.
    Path crashed = Files.createDirectories(dir.resolve("crashed"));
    try (Stream<Path> files = Files.list(running.getParent())) {
      for (Path f : files.toList()) {
        Files.copy(f, crashed.resolve(f.getFileName()));
      }
    }
    store.close();

    DurableH2Backend restarted = new DurableH2Backend(crashed.resolve("store.mv.db"));
    assertEquals(100, count(restarted, new Document()));
    assertEquals(1, count(restarted, new Document("status", "QUEUED")));
    // Replaying the journal again changes nothing (a crash during the replay).
    restarted.close();
    DurableH2Backend again = new DurableH2Backend(crashed.resolve("store.mv.db"));
    assertEquals(100, count(again, new Document()));
    again.close();
  }

  @Test
  void aCleanStopLeavesNoJournal(@TempDir Path dir) throws Exception {
    DurableH2Backend store = new DurableH2Backend(dir.resolve("store.mv.db"));
    insert(store, "ride-1", "PENDING");
    store.close();
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("store.mv.db"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  private void insert(DurableH2Backend store, String id, String status) {
    List<Document> docs = new ArrayList<>();
    docs.add(new Document("_id", id).append("status", status));
    store.handleCommand(
        channel, "cabportal", "insert", new Document("insert", "rides").append("documents", docs));
  }

  private long count(DurableH2Backend store, Document filter) {
    Document answer =
        store.handleCommand(
            channel, "cabportal", "count", new Document("count", "rides").append("query", filter));
    return ((Number) answer.get("n")).longValue();
  }
}
