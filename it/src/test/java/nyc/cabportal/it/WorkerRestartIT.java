package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nyc.cabportal.stack.EmbeddedStack;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A worker killed mid-stream resumes from its checkpoint: every ride gets exactly one result, and
 * no cab is given to two of them.
 */
@ExtendWith(RunningStack.class)
class WorkerRestartIT {

  @Test
  void killingTheWorkerMidStreamStillGivesEveryRideExactlyOneResult() {
    EmbeddedStack stack = RunningStack.stack();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK).body().getString("id"));
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> RidesApi.get(ids.get(0)).body().getString("status").equals("DISPATCHED"));

    stack.killWorker(); // kill -9: no clean shutdown, a batch may be half done
    Map<String, Object> answeredBefore = dispatchTimes(stack, ids);
    for (int i = 0; i < 20; i++) {
      ids.add(RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK).body().getString("id"));
    }
    stack.startWorker();

    for (String id : ids) {
      assertEquals(
          "DISPATCHED", RidesApi.awaitFinal(id, Duration.ofSeconds(90)).getString("status"), id);
    }
    Map<String, Object> answeredAfter = dispatchTimes(stack, ids);
    assertEquals(ids.size(), answeredAfter.size(), "one ride document per request");
    // Replayed batches changed nothing: a ride answered before the crash kept its answer.
    answeredBefore.forEach((id, at) -> assertEquals(at, answeredAfter.get(id), id));
    // No cab twice: each trip to JFK keeps its cab busy far longer than this test runs.
    Map<String, String> rideOfCab = new HashMap<>();
    for (String id : ids) {
      String cab =
          RidesApi.get(id).body().getJsonObject("result").getJsonObject("cab").getString("id");
      String other = rideOfCab.put(cab, id);
      assertEquals(null, other, "cab " + cab + " given to rides " + other + " and " + id);
      assertEquals(cab, Fleet.cabOf(id).getString("_id"), "the store books the same cab");
    }
  }

  private static Map<String, Object> dispatchTimes(EmbeddedStack stack, List<String> ids) {
    Map<String, Object> times = new HashMap<>();
    try (MongoClient mongo = MongoClients.create(stack.settings().mongoUri())) {
      for (Document d :
          mongo
              .getDatabase(Contract.DATABASE)
              .getCollection(Contract.RIDES)
              .find(Filters.in("_id", ids))) {
        Document timings = d.get("timings", Document.class);
        if (timings.get("dispatchedAt") != null) {
          times.put(d.getString("_id"), timings.get("dispatchedAt"));
        }
      }
    }
    return times;
  }
}
