package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCollectionTest {

  private final EmbeddedChannel channel = new EmbeddedChannel();

  @Test
  void aListOfIdsFindsExactlyThoseDocuments(@TempDir Path dir) throws Exception {
    DurableH2Backend store = new DurableH2Backend(dir.resolve("store.mv.db"));
    store.handleCommand(
        channel,
        "db",
        "insert",
        new Document("insert", "rides")
            .append(
                "documents",
                List.of(
                    new Document("_id", "a").append("status", "QUEUED"),
                    new Document("_id", "b").append("status", "DISPATCHED"),
                    new Document("_id", "c").append("status", "DISPATCHED"))));

    assertEquals(List.of("a", "c"), ids(store, idIn("a", "c", "unknown")));
    // Any other condition is still checked on every document.
    assertEquals(List.of("b"), ids(store, idIn("a", "b").append("status", "DISPATCHED")));
    store.close();
  }

  @Test
  void onlyAPlainListOfStringIdsSkipsTheSecondCheck() {
    assertTrue(StoreCollection.isPlainIdList(idIn("a", "b")));
    assertFalse(StoreCollection.isPlainIdList(idIn("a").append("status", "QUEUED")));
    assertFalse(
        StoreCollection.isPlainIdList(
            new Document("_id", new Document("$in", List.of(Pattern.compile("a.*"))))));
    assertFalse(
        StoreCollection.isPlainIdList(
            new Document("_id", new Document("$in", List.of("a")).append("$ne", "b"))));
    assertFalse(StoreCollection.isPlainIdList(new Document("_id", "a")));
  }

  private static Document idIn(String... ids) {
    return new Document("_id", new Document("$in", List.of(ids)));
  }

  @SuppressWarnings("unchecked")
  private List<String> ids(DurableH2Backend store, Document filter) {
    Document answer =
        store.handleCommand(
            channel, "db", "find", new Document("find", "rides").append("filter", filter));
    List<Document> batch = (List<Document>) ((Document) answer.get("cursor")).get("firstBatch");
    return batch.stream().map(d -> (String) d.get("_id")).sorted().toList();
  }
}
