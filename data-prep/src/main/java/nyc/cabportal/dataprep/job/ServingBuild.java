package nyc.cabportal.dataprep.job;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nyc.cabportal.dataprep.serving.RowDocuments;
import nyc.cabportal.dataprep.serving.ServingNames;
import nyc.cabportal.dataprep.serving.ServingStore;
import nyc.cabportal.trips.geo.Boroughs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bson.Document;

/**
 * Rebuilds every serving table from all committed loads of the warehouse ({@link ServingTables}),
 * two queries at a time, and records in {@code dataprep_state} which loads and which run built
 * them, in which {@link ServingNames#VERSION}; tables already built from exactly these loads in
 * this version are left as they are, so a re-run writes nothing.
 */
final class ServingBuild {

  /** This JVM's CPU time, for a query's own when it runs alone. */
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final ServingStore store;
  private final Boroughs boroughs;
  private final String runId;
  private final PrintStream out;
  private final AtomicInteger built = new AtomicInteger();
  private volatile int total;

  ServingBuild(
      SparkSession spark,
      Warehouse warehouse,
      ServingStore store,
      Boroughs boroughs,
      String runId,
      PrintStream out) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.store = store;
    this.boroughs = boroughs;
    this.runId = runId;
    this.out = out;
  }

  /** Whether the serving tables in {@code state} were built by this version of their queries. */
  static boolean current(Document state) {
    return state != null && Integer.valueOf(ServingNames.VERSION).equals(state.get("version"));
  }

  /**
   * Builds the tables unless they are up to date, {@code parallelism} at a time; returns what was
   * written, table by table, and with one at a time each table's query CPU time ({@code cpuS}: the
   * process's, which is then the query's alone).
   */
  Document run(int parallelism) throws IOException {
    List<String> loadIds = warehouse.loadIds();
    Document state = store.servingState();
    if (current(state) && loadIds.equals(state.getList("loads", String.class))) {
      out.println("[data-prep] serving tables are up to date with the warehouse");
      return new Document("upToDate", true).append("builtBy", state.getString("builtBy"));
    }
    Dataset<Row> kept = ServingTables.kept(spark, warehouse, loadIds);
    long t = System.nanoTime();
    registerCellBoroughs(kept);
    out.printf("[data-prep] serving tables: cells placed (%.1f s)%n", DataPrep.since(t));
    // Two at a time by default: each query is a few small Spark jobs, so one alone leaves a core
    // idle while the driver plans the next.
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    boolean ownCpu = parallelism == 1;
    Map<String, Future<Document>> results = new LinkedHashMap<>();
    try {
      Map<String, Dataset<Row>> tables = ServingTables.build(spark, kept);
      total = tables.size();
      out.printf("[data-prep] serving tables: building %d tables%n", total);
      for (Map.Entry<String, Dataset<Row>> table : tables.entrySet()) {
        results.put(
            table.getKey(), pool.submit(() -> write(table.getKey(), table.getValue(), ownCpu)));
      }
      Document written = new Document();
      for (Map.Entry<String, Future<Document>> r : results.entrySet()) {
        written.append(r.getKey(), r.getValue().get());
      }
      store.replace(
          ServingNames.STATE,
          new Document("_id", "serving")
              .append("loads", loadIds)
              .append("builtBy", runId)
              .append("version", ServingNames.VERSION));
      return written;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the serving tables", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "building the serving tables: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
      // What the tables cached (DashboardTables.TRIP_HOURS).
      spark.catalog().clearCache();
    }
  }

  /**
   * The borough of every res-8 cell a kept trip starts or ends in, as the view the estimate model
   * joins: a few thousand cells, each placed once on the driver by the centre of the cell.
   */
  private void registerCellBoroughs(Dataset<Row> kept) {
    List<Row> cells = new ArrayList<>();
    for (Row r :
        kept.select("pickup_h3_8")
            .union(kept.select("dropoff_h3_8"))
            .where("pickup_h3_8 IS NOT NULL")
            .distinct()
            .collectAsList()) {
      long cell = r.getLong(0);
      cells.add(RowFactory.create(cell, boroughs.ofCell(cell)));
    }
    spark
        .createDataFrame(
            cells,
            new StructType()
                .add("cell", DataTypes.LongType, false)
                .add("borough", DataTypes.StringType, false))
        .createOrReplaceTempView(EstimateTables.CELL_BOROUGHS);
  }

  /**
   * Runs one serving table's query and replaces its documents; returns what it did, with the
   * query's CPU time if {@code ownCpu} (no other query runs meanwhile).
   */
  private Document write(String name, Dataset<Row> query, boolean ownCpu) {
    long t = System.nanoTime();
    long cpu = PROCESS.getProcessCpuTime();
    List<Document> docs = new ArrayList<>();
    for (Row r : query.collectAsList()) {
      docs.add(RowDocuments.toDocument(r));
    }
    double querySeconds = DataPrep.since(t);
    Double cpuSeconds = ownCpu ? (PROCESS.getProcessCpuTime() - cpu) / 1e9 : null;
    t = System.nanoTime();
    long n = store.replace(name, docs.iterator());
    double storeSeconds = DataPrep.since(t);
    out.printf(
        "[data-prep] %-18s %,8d documents: query %.1f s%s, store %.1f s (%d/%d tables)%n",
        name,
        n,
        querySeconds,
        cpuSeconds == null ? "" : String.format(" (CPU %.1f s)", cpuSeconds),
        storeSeconds,
        built.incrementAndGet(),
        total);
    Document done =
        new Document("documents", n).append("queryS", querySeconds).append("storeS", storeSeconds);
    return cpuSeconds == null ? done : done.append("cpuS", Math.round(cpuSeconds * 100) / 100.0);
  }
}
