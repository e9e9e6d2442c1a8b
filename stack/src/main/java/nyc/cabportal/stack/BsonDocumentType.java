package nyc.cabportal.stack;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the store file holds a document: as its BSON, the bytes it came in on the wire, encoded and
 * decoded by mongo-java-server's own codec.
 *
 * <p>H2's default value type writes a document with Java serialization — a new object stream per
 * value, its classes described again each time — and a commit writes every document of every page
 * it touched. At 200 rides/s that was 36 % of the store's CPU (a JFR profile, BENCHMARKS.md), and
 * its file grew more than twice as fast as with BSON (BENCHMARKS.md).
 */
final class BsonDocumentType extends BasicDataType<Document> {

  static final BsonDocumentType INSTANCE = new BsonDocumentType();

  /** Where a commit's thread encodes, reused: a commit encodes thousands of documents. */
  private static final ThreadLocal<ByteBuf> SCRATCH =
      ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

  /**
   * A document on the heap (maps of boxed values and their keys) takes several times its BSON: a
   * ride's 813 bytes decode to 6,088 on the heap (measured, 20,000 decoded). H2 sizes its cache and
   * its pages by this estimate; guessing too low made the store slower (BENCHMARKS.md).
   */
  private static final int MEMORY_PER_BSON_BYTE = 8;

  /**
   * H2 asks a value's size for every put to decide when a page is full; encoding it each time to
   * know would cost what this type saves, so a running mean of the sizes written stands in, as H2's
   * own type does for serialized objects.
   */
  private volatile int meanSize = 1024;

  private BsonDocumentType() {}

  @Override
  public int getMemory(Document document) {
    return meanSize * MEMORY_PER_BSON_BYTE;
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    ByteBuf scratch = SCRATCH.get().clear();
    BsonEncoder.encodeDocument(document, scratch);
    int size = scratch.readableBytes();
    buffer.put(scratch.nioBuffer());
    meanSize = (meanSize * 15 + size) / 16;
  }

  @Override
  public Document read(ByteBuffer buffer) {
    // A BSON document starts with its own length, little-endian.
    int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
    byte[] bytes = new byte[size];
    buffer.get(bytes);
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}
