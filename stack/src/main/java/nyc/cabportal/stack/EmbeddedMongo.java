package nyc.cabportal.stack;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nyc.cabportal.trips.cli.Options;
import nyc.cabportal.trips.cli.Options.Option;

/**
 * A MongoDB wire-protocol server (mongo-java-server) persisting to an H2 file ({@link
 * DurableH2Backend}: every acknowledged write survives a crash), because no real {@code mongod} can
 * be installed on our machines. The portal and the worker talk to it with the official drivers, and
 * use only what a real MongoDB 7+ also does (STACK-NOTES lists the limits: no geo queries, no
 * transactions, no TTL).
 *
 * <pre>
 * java -Xmx256m -cp … nyc.cabportal.stack.EmbeddedMongo --port 27017 --file var/mongo/cabportal.mv
 * </pre>
 */
public final class EmbeddedMongo {

  static final List<Option> OPTIONS =
      List.of(
          new Option("port", null, "the port of the wire protocol"),
          new Option("file", null, "the store's H2 file"));

  private EmbeddedMongo() {}

  public static void main(String[] argv) throws Exception {
    Options args = Args.read("EmbeddedMongo", OPTIONS, argv);
    ParentWatch.start();
    Path file = Path.of(args.get("file")).toAbsolutePath();
    Files.createDirectories(file.getParent());
    DurableH2Backend backend = new DurableH2Backend(file);
    MongoServer server = new MongoServer(backend);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-shutdown"));
    server.bind("127.0.0.1", Args.port(args, "port"));
    System.out.println(
        "MongoDB wire server ready on 127.0.0.1:" + args.get("port") + ", file " + file);
    Thread.currentThread().join();
  }
}
