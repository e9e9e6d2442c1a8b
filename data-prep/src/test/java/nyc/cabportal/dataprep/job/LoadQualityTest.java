package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import nyc.cabportal.trips.input.InputFile;
import nyc.cabportal.trips.input.InputFiles;
import org.apache.spark.sql.SparkSession;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality report as the load's tasks count it equals the report counted back from the warehouse
 * (the way every run counted it before), on real files: rows by file and reason, kept by each rule,
 * and the sampled rejected rows.
 */
class LoadQualityTest {

  static final Path DATA = Path.of(System.getProperty("cabportal.data.dir", "../../shared/data"));

  @TempDir Path dir;

  @Test
  void theLoadsOwnCountsEqualTheWarehousesCounts() throws Exception {
    List<InputFile> files =
        InputFiles.scan(
            List.of(
                DATA.resolve("yellow_tripdata_2014_sample_jan-sep.csv.gz").toString(),
                DATA.resolve("tlc_raw_heads").toString()));
    SparkSession spark = LocalSpark.session("load-quality-test");
    try {
      Warehouse warehouse = new Warehouse(dir);
      TripLoad load =
          new TripLoad(
              spark, warehouse, "run-1", 60, new PrintStream(OutputStream.nullOutputStream()));
      QualityReport fromLoad = new QualityReport();
      load.load(files, fromLoad);
      QualityReport fromWarehouse = new QualityReport();
      for (InputFile f : files) {
        Document loaded =
            fromLoad.toDocument("run-1").getList("files", Document.class).stream()
                .filter(d -> d.getString("path").equals(f.path()))
                .findFirst()
                .orElseThrow();
        fromWarehouse.loaded(f, loaded.getLong("rowsRead"), loaded.getLong("blankLines"));
      }
      load.count(fromLoad);
      load.countFromWarehouse(fromWarehouse);
      Document a = fromLoad.toDocument("run-1");
      Document b = fromWarehouse.toDocument("run-1");
      assertEquals(b.get("totals"), a.get("totals"));
      assertEquals(b.get("files"), a.get("files"));
      assertEquals(b.get("samples"), a.get("samples"));
      assertEquals(true, a.get("totals", Document.class).getLong("rejected") > 0);
    } finally {
      spark.stop();
    }
  }
}
