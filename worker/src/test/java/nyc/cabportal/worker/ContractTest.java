package nyc.cabportal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import nyc.cabportal.worker.contract.ContractNames;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.RideRequestReader;
import nyc.cabportal.worker.dispatch.ResultDocuments;
import nyc.cabportal.worker.dispatch.RideOutcome;
import nyc.cabportal.worker.estimate.InterimMeterEstimator;
import nyc.cabportal.worker.estimate.TripQuery;
import nyc.cabportal.worker.fleet.Cab;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The worker's side of the message contract, checked against the shared files in contract/. */
class ContractTest {

  static final Path CONTRACT = Path.of(System.getProperty("cabportal.contract.dir", "../contract"));
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> files(String dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(CONTRACT.resolve(dir))) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void usesTheSharedTopicCollectionAndVersionNames() throws IOException {
    Properties names = new Properties();
    try (Reader r = Files.newBufferedReader(CONTRACT.resolve("names.properties"))) {
      names.load(r);
    }
    assertEquals(names.getProperty("topic.ride-requests"), ContractNames.RIDE_REQUESTS);
    assertEquals(names.getProperty("topic.ride-requests-dlq"), ContractNames.RIDE_REQUESTS_DLQ);
    assertEquals(names.getProperty("mongodb.database"), ContractNames.DATABASE);
    assertEquals(names.getProperty("collection.rides"), ContractNames.RIDES);
    assertEquals(names.getProperty("collection.cabs"), ContractNames.CABS);
    assertEquals(names.getProperty("collection.cab-releases"), ContractNames.CAB_RELEASES);
    assertEquals(names.getProperty("collection.dispatch-batches"), ContractNames.DISPATCH_BATCHES);
    assertEquals(names.getProperty("collection.request-rate"), ContractNames.REQUEST_RATE);
    assertEquals(names.getProperty("collection.dataprep-state"), ContractNames.DATAPREP_STATE);
    assertEquals(names.getProperty("collection.trip-estimates"), ContractNames.TRIP_ESTIMATES);
    assertEquals(names.getProperty("collection.estimate-model"), ContractNames.ESTIMATE_MODEL);
    assertEquals(names.getProperty("collection.heatmap-cells"), ContractNames.HEATMAP_CELLS);
    assertEquals(names.getProperty("collection.dropoff-points"), ContractNames.DROPOFF_POINTS);
    assertEquals(
        names.getProperty("serving-tables.version"),
        String.valueOf(ContractNames.SERVING_TABLES_VERSION));
    assertEquals(
        names.getProperty("ride-request.schema-version"),
        String.valueOf(ContractNames.RIDE_REQUEST_SCHEMA_VERSION));
    assertEquals(
        names.getProperty("ride-result.schema-version"),
        String.valueOf(ContractNames.RIDE_RESULT_SCHEMA_VERSION));
  }

  @Test
  void acceptsEveryValidRequestExample() throws IOException {
    for (Path p : files("examples/ride-request/valid", ".json")) {
      DecodedRequest d = RideRequestReader.read(Files.readString(p), new DecodedRequest());
      assertNull(d.getProblem(), p.toString());
    }
  }

  /**
   * The schema accepts every valid example and refuses every invalid one — but the one whose rule
   * is beyond a schema (pickup and dropoff the same place), which the schema's description names.
   */
  @Test
  void theSchemaAgreesWithTheExamples() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(CONTRACT.resolve("ride-request.schema.json")));
    ObjectMapper json = new ObjectMapper();
    for (Path p : files("examples/ride-request/valid", ".json")) {
      assertEquals(Set.of(), schema.validate(json.readTree(Files.readString(p))), p.toString());
    }
    for (Path p : files("examples/ride-request/invalid", ".json")) {
      if (p.getFileName().toString().equals("same-pickup-and-dropoff.json")) {
        continue;
      }
      boolean refused;
      try {
        refused = !schema.validate(json.readTree(Files.readString(p))).isEmpty();
      } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
        refused = true;
      }
      assertTrue(refused, p + " passes the schema");
    }
  }

  @Test
  void rejectsEveryInvalidRequestExampleWithItsReason() throws IOException {
    List<Path> examples = files("examples/ride-request/invalid", ".json");
    assertTrue(examples.size() >= 8);
    for (Path p : examples) {
      String expected = Files.readString(Path.of(p.toString().replace(".json", ".reason"))).strip();
      DecodedRequest d = RideRequestReader.read(Files.readString(p), new DecodedRequest());
      assertTrue(
          d.getProblem() != null && d.getProblem().contains(expected),
          p.getFileName()
              + ": expected a reason containing \""
              + expected
              + "\" but was \""
              + d.getProblem()
              + "\"");
    }
  }

  @Test
  void writesResultsWithExactlyTheFieldsOfTheContractExamples() throws IOException {
    var estimate =
        new InterimMeterEstimator()
            .estimate(new TripQuery(40.758, -73.9855, 40.6413, -73.7781, 2, null));
    Cab cab =
        new Cab(
            "cab-00042",
            4,
            40.6413,
            -73.7781,
            0,
            1,
            new Cab.Trip("id", 40.7612, -73.9793, 0.62, 131, 0));
    assertSameFields(
        "dispatched.json", ResultDocuments.set(RideOutcome.dispatched("id", estimate, cab), AT));
    assertSameFields(
        "no-cab.json", ResultDocuments.set(RideOutcome.noCab("id", "no cab", estimate), AT));
  }

  private static final Instant AT = Instant.parse("2026-11-21T14:07:00.301Z");

  private static void assertSameFields(String example, Document set) throws IOException {
    JsonNode expected = JSON.readTree(CONTRACT.resolve("examples/ride-result/" + example).toFile());
    JsonNode written = JSON.readTree(set.toJson());
    for (String object : new String[] {"result", "cab", "fare", "duration", "basis"}) {
      JsonNode e =
          object.equals("result") ? expected.get("result") : expected.get("result").get(object);
      JsonNode w =
          object.equals("result") ? written.get("result") : written.get("result").get(object);
      if (e.isNull()) {
        assertTrue(w.isNull(), example + ": " + object + " should be null");
      } else {
        assertEquals(fieldNames(e), fieldNames(w), example + ": fields of " + object);
      }
    }
    assertEquals(expected.get("status").asText(), written.get("status").asText());
    assertEquals(
        expected.get("resultSchemaVersion").asInt(), written.get("resultSchemaVersion").asInt());
    assertEquals(expected.has("statusReason"), written.has("statusReason"), example);
    assertTrue(written.has("timings.dispatchedAt"));
  }

  private static List<String> fieldNames(JsonNode o) {
    List<String> names = new java.util.ArrayList<>();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names.stream().sorted().toList();
  }
}
