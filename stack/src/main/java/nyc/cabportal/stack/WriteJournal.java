package nyc.cabportal.stack;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The embedded store's write-ahead journal: every applied write command appended as one BSON
 * document ({@code db}, {@code command}, {@code body}) to {@code <store>.journal.<n>}, in the order
 * the commands were applied. A new file is started before each commit of the store; once the commit
 * is written, the files before it are deleted. After a crash, the files left over hold the commands
 * the store file may lack, replayed in order at the next start.
 */
final class WriteJournal {

  /** One journaled command. */
  record Entry(String database, String command, Document body) {}

  private final Path base;
  private FileChannel current;
  private long sequence;

  WriteJournal(Path storeFile) {
    this.base = storeFile;
  }

  /** The journal files left by an earlier run, oldest first. */
  List<Path> leftOver() {
    try (Stream<Path> files = Files.list(base.getParent())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix()))
          .sorted((a, b) -> Long.compare(number(a), number(b)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the entries of {@code file} in order; a record cut short by a crash ends the file. */
  static void read(Path file, Consumer<Entry> entries) throws IOException {
    byte[] all = Files.readAllBytes(file);
    ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    while (b.remaining() >= 4) {
      int length = b.getInt(b.position());
      if (length < 5 || length > b.remaining()) {
        return;
      }
      ByteBuf buf = Unpooled.wrappedBuffer(all, b.position(), length);
      Document d = BsonDecoder.decodeBson(buf);
      entries.accept(
          new Entry(d.get("db").toString(), d.get("command").toString(), (Document) d.get("body")));
      b.position(b.position() + length);
    }
  }

  /** Starts a new file (the first one, or the next one before a commit); returns its number. */
  synchronized long startNext() throws IOException {
    if (current != null) {
      current.close();
    }
    sequence =
        Math.max(sequence, leftOver().stream().mapToLong(WriteJournal::number).max().orElse(0));
    sequence++;
    current =
        FileChannel.open(file(sequence), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return sequence;
  }

  /** Appends one applied command (a file write, no fsync: it outlives the process, not the OS). */
  synchronized void append(String database, String command, Document body) throws IOException {
    Document d = new Document("db", database).append("command", command).append("body", body);
    ByteBuf buf = Unpooled.buffer(512);
    BsonEncoder.encodeDocument(d, buf);
    ByteBuffer bytes = buf.nioBuffer();
    while (bytes.hasRemaining()) {
      current.write(bytes);
    }
  }

  /** Deletes every file numbered below {@code number}: the store file now holds their commands. */
  void deleteBefore(long number) throws IOException {
    List<Path> old = new ArrayList<>();
    for (Path p : leftOver()) {
      if (number(p) < number) {
        old.add(p);
      }
    }
    for (Path p : old) {
      Files.deleteIfExists(p);
    }
  }

  private String prefix() {
    return base.getFileName() + ".journal.";
  }

  private Path file(long n) {
    return base.resolveSibling(prefix() + n);
  }

  private static long number(Path p) {
    String name = p.getFileName().toString();
    return Long.parseLong(name.substring(name.lastIndexOf('.') + 1));
  }
}
