package nyc.cabportal.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import nyc.cabportal.trips.cli.Options;
import nyc.cabportal.trips.cli.Options.Option;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), started
 * from the Maven Central jars. Its log directory is formatted on first start and kept, so topics
 * and offsets survive restarts like a real broker's.
 *
 * <pre>java -Xmx512m -cp stack/target/classes:… nyc.cabportal.stack.EmbeddedKafka --port 9092
 *   --controller-port 9093 --data-dir var/kafka</pre>
 */
public final class EmbeddedKafka {

  static final List<Option> OPTIONS =
      List.of(
          new Option("port", null, "the client port"),
          new Option("controller-port", null, "the KRaft controller's port"),
          new Option("data-dir", null, "the broker's log directory"));

  /** Fixed, so the formatted log directory and the configuration always agree. */
  static final String CLUSTER_ID = "Y2FiLXBvcnRhbC1rYWZrYQ";

  private EmbeddedKafka() {}

  public static void main(String[] argv) throws Exception {
    Options args = Args.read("EmbeddedKafka", OPTIONS, argv);
    ParentWatch.start();
    Path dataDir = Path.of(args.get("data-dir")).toAbsolutePath();
    Path logs = dataDir.resolve("logs");
    Files.createDirectories(logs);
    Properties p = config(Args.port(args, "port"), Args.port(args, "controller-port"), logs);
    Path propsFile = dataDir.resolve("server.properties");
    try (Writer w = Files.newBufferedWriter(propsFile)) {
      p.store(w, "written by EmbeddedKafka on every start");
    }
    if (!Files.exists(logs.resolve("meta.properties"))) {
      int rc =
          StorageTool.execute(
              new String[] {"format", "-t", CLUSTER_ID, "-c", propsFile.toString()},
              new PrintStream(System.out, true));
      if (rc != 0) {
        throw new IOException("formatting " + logs + " failed with code " + rc);
      }
    }
    KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(p), Time.SYSTEM);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "kafka-shutdown"));
    server.startup();
    System.out.println("Kafka broker ready on 127.0.0.1:" + args.get("port"));
    server.awaitShutdown();
  }

  static Properties config(int port, int controllerPort, Path logs) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", logs.toString());
    // One broker: internal topics cannot have more than one replica.
    p.put("offsets.topic.replication.factor", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    // Topics are created on purpose, with their partition counts (see Topics), never by a typo.
    p.put("auto.create.topics.enable", "false");
    p.put("num.partitions", "3");
    return p;
  }
}
