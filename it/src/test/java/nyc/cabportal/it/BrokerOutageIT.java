package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nyc.cabportal.stack.EmbeddedStack;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With the broker down, the portal refuses rides honestly (503) and loses none it accepted. */
@ExtendWith(RunningStack.class)
class BrokerOutageIT {

  @Test
  void withTheBrokerDownARequestGets503AndNothingAcceptedIsLostOnceItIsBack() {
    EmbeddedStack stack = RunningStack.stack();
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      accepted.add(RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK).body().getString("id"));
    }

    stack.stopKafka();
    String refusedId;
    try {
      RidesApi.Answer refused = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK);
      assertEquals(503, refused.status(), refused.body().toString());
      assertTrue(
          refused.body().getString("error").contains("ride queue (Kafka)"),
          refused.body().toString());
      assertTrue(refused.response().headers().firstValue("Retry-After").isPresent());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> RidesApi.getPath("/health/ready").status() == 503);
      refusedId = lastStoredRideId(stack);
    } finally {
      stack.startKafka();
    }
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> RidesApi.getPath("/health/ready").status() == 200);

    // The refused ride was never shown as queued and never will be.
    assertEquals(404, RidesApi.get(refusedId).status());
    // Every ride accepted before the outage is answered, and new rides flow again.
    for (String id : accepted) {
      assertEquals(
          "DISPATCHED", RidesApi.awaitFinal(id, Duration.ofSeconds(90)).getString("status"));
    }
    RidesApi.Answer after = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK);
    assertEquals(202, after.status(), after.body().toString());
    assertEquals(
        "DISPATCHED",
        RidesApi.awaitFinal(after.body().getString("id"), Duration.ofSeconds(90))
            .getString("status"));
    assertEquals(404, RidesApi.get(refusedId).status());
  }

  private static String lastStoredRideId(EmbeddedStack stack) {
    try (MongoClient mongo = MongoClients.create(stack.settings().mongoUri())) {
      Document d =
          mongo
              .getDatabase(Contract.DATABASE)
              .getCollection(Contract.RIDES)
              .find(new Document("status", "NOT_QUEUED"))
              .first();
      assertTrue(d != null, "the refused ride is stored as NOT_QUEUED");
      return d.getString("_id");
    }
  }
}
