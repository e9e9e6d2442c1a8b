package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class BsonDocumentTypeTest {

  @Test
  void aDocumentReadsBackAsItWasWrittenWithEveryTypeTheStoreHolds() {
    Document ride =
        new Document("_id", "6f1c2f0e-8a7b-4c1d-9e2f-3a4b5c6d7e8f")
            .append("status", "DISPATCHED")
            .append("schemaVersion", 1)
            .append("count", 12_345_678_901L)
            .append("fare", 52.25)
            .append("cancellable", true)
            .append("reason", null)
            .append("acceptedAt", Instant.parse("2026-12-03T13:30:00.123Z"))
            .append("oid", new ObjectId())
            .append("cells", List.of("882a100d2bfffff", "882a100d2dfffff"))
            .append(
                "result",
                new Document("cab", new Document("id", "cab-00042").append("lat", 40.761204))
                    .append("detail", "Meter: about 21.3 km and 41 min → $52.00"));

    WriteBuffer out = new WriteBuffer();
    BsonDocumentType.INSTANCE.write(out, ride);
    BsonDocumentType.INSTANCE.write(out, new Document("_id", "second"));
    ByteBuffer in = out.getBuffer().flip();

    assertEquals(ride, BsonDocumentType.INSTANCE.read(in));
    assertEquals(new Document("_id", "second"), BsonDocumentType.INSTANCE.read(in));
    assertEquals(0, in.remaining());
  }

  @Test
  void manyDocumentsOfAPageReadBackInOrder() {
    Document[] page = BsonDocumentType.INSTANCE.createStorage(3);
    for (int i = 0; i < page.length; i++) {
      page[i] = new Document("_id", "ride-" + i).append("n", i);
    }
    WriteBuffer out = new WriteBuffer();
    BsonDocumentType.INSTANCE.write(out, page, page.length);
    Document[] read = BsonDocumentType.INSTANCE.createStorage(3);
    BsonDocumentType.INSTANCE.read(out.getBuffer().flip(), read, read.length);
    assertEquals(Arrays.asList(page), Arrays.asList(read));
  }
}
