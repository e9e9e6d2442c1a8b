package nyc.cabportal.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nyc.cabportal.dataprep.serving.ServingNames;
import org.bson.Document;

/**
 * Every serving table of one data-prep run as text, a file per collection, one document per line in
 * {@code _id} order: two runs' tables compare with {@code diff -r} (issue 20 asks each change of
 * the job to show the same documents, or its differences explained). The run's report and state are
 * left out: they hold times and run ids, which differ every run.
 */
final class ServingDump {

  private static final Set<String> NOT_TABLES = Set.of(ServingNames.RUNS, ServingNames.STATE);

  private ServingDump() {}

  /** Writes the tables of {@code database} into {@code dir}; returns how many documents. */
  static long write(String mongoUri, String database, Path dir) throws IOException {
    Files.createDirectories(dir);
    long n = 0;
    try (MongoClient client = MongoClients.create(mongoUri)) {
      MongoDatabase db = client.getDatabase(database);
      for (String name : db.listCollectionNames().into(new TreeSet<>())) {
        if (NOT_TABLES.contains(name)) {
          continue;
        }
        List<Document> docs =
            db.getCollection(name).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(name + ".jsonl"))) {
          for (Document d : docs) {
            w.write(d.toJson());
            w.newLine();
          }
        }
        n += docs.size();
      }
    }
    return n;
  }
}
