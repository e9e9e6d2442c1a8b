package nyc.cabportal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import jakarta.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideResult;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.infrastructure.kafka.RideRequestMessage;
import nyc.cabportal.infrastructure.kafka.RideTopics;
import nyc.cabportal.infrastructure.mongo.RideDocument;
import nyc.cabportal.infrastructure.mongo.SharedCollections;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The portal's side of the message contract, checked against the shared files in contract/. */
class ContractTest {

  static final Path CONTRACT = Path.of(System.getProperty("cabportal.contract.dir", "contract"));

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
    assertEquals(names.getProperty("topic.ride-requests"), RideTopics.RIDE_REQUESTS);
    assertEquals(names.getProperty("topic.ride-requests-dlq"), RideTopics.RIDE_REQUESTS_DLQ);
    assertEquals(names.getProperty("collection.rides"), RideDocument.COLLECTION);
    assertEquals(
        names.getProperty("collection.dispatch-batches"),
        nyc.cabportal.infrastructure.mongo.MongoBatchSummaries.COLLECTION);
    assertEquals(names.getProperty("collection.cabs"), SharedCollections.CABS);
    assertEquals(
        names.getProperty("collection.cab-releases"),
        nyc.cabportal.infrastructure.mongo.CabReleaseDocument.COLLECTION);
    assertEquals(names.getProperty("collection.dataprep-runs"), SharedCollections.DATAPREP_RUNS);
    assertEquals(names.getProperty("collection.dataprep-state"), SharedCollections.DATAPREP_STATE);
    assertEquals(names.getProperty("collection.volume-hourly"), SharedCollections.VOLUME_HOURLY);
    assertEquals(names.getProperty("collection.volume-daily"), SharedCollections.VOLUME_DAILY);
    assertEquals(
        names.getProperty("collection.trip-histograms"), SharedCollections.TRIP_HISTOGRAMS);
    assertEquals(names.getProperty("collection.payment-daily"), SharedCollections.PAYMENT_DAILY);
    assertEquals(
        names.getProperty("collection.pickup-areas-daily"), SharedCollections.PICKUP_AREAS_DAILY);
    assertEquals(names.getProperty("collection.heatmap-cells"), SharedCollections.HEATMAP_CELLS);
    assertEquals(
        names.getProperty("collection.request-rate"),
        nyc.cabportal.infrastructure.mongo.MongoRequestRate.COLLECTION);
    assertEquals(
        names.getProperty("ride-request.schema-version"),
        String.valueOf(RideRequestMessage.SCHEMA_VERSION));
    assertEquals(
        names.getProperty("ride-result.schema-version"), String.valueOf(RideDocument.VERSION));
  }

  @Test
  void writesValidRequestExamplesExactlyAsTheContractShowsThem() throws IOException {
    List<Path> examples = files("examples/ride-request/valid", ".json");
    assertEquals(false, examples.isEmpty());
    for (Path p : examples) {
      String json = Files.readString(p).strip();
      RideRequest r = RideRequestMessage.fromJson(json);
      assertEquals(parse(json), parse(RideRequestMessage.toJson(r)), p.toString());
    }
  }

  @Test
  void writesRequestsTheSchemaAccepts() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(CONTRACT.resolve("ride-request.schema.json")));
    ObjectMapper json = new ObjectMapper();
    for (Path p : files("examples/ride-request/valid", ".json")) {
      String written = RideRequestMessage.toJson(RideRequestMessage.fromJson(Files.readString(p)));
      assertEquals(Set.of(), schema.validate(json.readTree(written)), p.toString());
    }
  }

  @Test
  void readsEveryResultExampleTheWorkerWrites() throws IOException {
    for (Path p : files("examples/ride-result", ".json")) {
      Document set = Document.parse(Files.readString(p));
      RideStatus status = RideStatus.valueOf(set.getString("status"));
      RideResult result = RideDocumentAccess.result(set.get("result", Document.class));
      if (status == RideStatus.DISPATCHED) {
        assertNotNull(result.fare(), p.toString());
        assertNotNull(result.basis(), p.toString());
        assertEquals("USD", result.fare().currency());
        assertNotNull(result.duration(), p.toString());
        assertEquals(result.durationSeconds(), result.duration().p50(), p.toString());
      } else {
        assertNotNull(set.getString("statusReason"), p.toString());
      }
    }
  }

  @Test
  void readsARideDocumentWithTheWorkersResultApplied() throws IOException {
    RideRequest r =
        RideRequestMessage.fromJson(
            Files.readString(
                CONTRACT.resolve("examples/ride-request/valid/times-square-to-jfk.json")));
    Document doc = RideDocumentAccess.pending(r);
    Document set =
        Document.parse(Files.readString(CONTRACT.resolve("examples/ride-result/dispatched.json")));
    doc.put("status", set.getString("status"));
    doc.put("result", set.get("result"));
    Ride ride = RideDocument.ride(doc);
    assertEquals(RideStatus.DISPATCHED, ride.status());
    assertEquals(r, ride.request());
  }

  @Test
  void writesACabReleaseExactlyAsTheContractShowsIt() throws IOException {
    Document example =
        Document.parse(Files.readString(CONTRACT.resolve("examples/cab-release.json")));
    Ride dispatched =
        new Ride(
            new RideRequest(
                example.getString("_id"),
                new GeoPoint(40.758, -73.9855),
                new GeoPoint(40.6413, -73.7781),
                1,
                null,
                Instant.parse("2026-12-02T06:07:00Z")),
            RideStatus.DISPATCHED,
            null,
            new RideResult(
                new RideResult.AssignedCab("cab-01068", 40.7565, -73.9836),
                60,
                0.23,
                new RideResult.FareEstimate(50, 52, 52, 52, "USD"),
                2400,
                new RideResult.DurationEstimate(1800, 2400, 3300),
                21.3,
                null),
            null);
    assertEquals(
        example,
        nyc.cabportal.infrastructure.mongo.CabReleaseDocument.of(
            dispatched, example.getDate("requestedAt").toInstant()));
  }

  private static Object parse(String json) {
    return Json.createReader(new StringReader(json)).readValue();
  }
}
