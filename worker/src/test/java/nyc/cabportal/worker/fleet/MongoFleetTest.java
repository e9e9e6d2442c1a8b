package nyc.cabportal.worker.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The fleet's documents, as the contract's example shows them to the portal's maps. */
class MongoFleetTest {

  static final Path CONTRACT = Path.of(System.getProperty("cabportal.contract.dir", "../contract"));

  @Test
  void writesACabExactlyAsTheContractShowsIt() throws Exception {
    Document example = Document.parse(Files.readString(CONTRACT.resolve("examples/cab.json")));
    assertEquals(example, MongoFleet.document(MongoFleet.cab(example)));
  }
}
