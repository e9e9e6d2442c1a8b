package nyc.cabportal.stack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to keep what it acknowledges. On its own it writes changes
 * to the file about once a second (the MVStore's auto-commit), so a {@code kill -9} loses up to a
 * second of acknowledged writes — a stored ride, a cab booked, an answer. Here every write command
 * is committed to the file before it is answered, as a real MongoDB with a journal ({@code j: true}
 * or a majority write concern) keeps an acknowledged write across a crash. The commit is a write to
 * the file, not an fsync: it survives the process dying, not the machine losing power.
 */
final class DurableH2Backend extends H2Backend {

  private static final Set<String> WRITES =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "create",
          "createindexes",
          "drop",
          "dropindexes",
          "dropdatabase",
          "renamecollection");

  DurableH2Backend(String fileName) {
    super(MVStore.open(fileName));
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    Document answer = super.handleCommand(channel, database, command, query);
    if (WRITES.contains(command.toLowerCase())) {
      commit();
    }
    return answer;
  }
}
