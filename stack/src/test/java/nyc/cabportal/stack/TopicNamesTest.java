package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The stack creates the topics the contract names, as the portal and the worker use them. */
class TopicNamesTest {

  @Test
  void createsTheTopicsTheContractNames() throws IOException {
    Properties names = new Properties();
    Path contract = Path.of(System.getProperty("cabportal.contract.dir", "../contract"));
    try (Reader r = Files.newBufferedReader(contract.resolve("names.properties"))) {
      names.load(r);
    }
    assertEquals(names.getProperty("topic.ride-requests"), RideTopics.RIDE_REQUESTS);
    assertEquals(names.getProperty("topic.ride-requests-dlq"), RideTopics.RIDE_REQUESTS_DLQ);
  }
}
