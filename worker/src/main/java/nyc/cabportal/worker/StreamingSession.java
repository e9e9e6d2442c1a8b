package nyc.cabportal.worker;

import nyc.cabportal.sparkfs.ChecksummedNioFileSystem;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.streaming.FileSystemBasedCheckpointFileManager;

/**
 * The Spark session every streaming query of ours runs in (the worker's, and the latency-floor
 * benchmark's, so the two stay comparable).
 *
 * <p>Checkpoint files go through Hadoop's {@code FileSystem} API, not its default {@code
 * FileContext} one. Without Hadoop's native library (no Maven artifact ships it) the {@code
 * FileContext} path runs a {@code chmod} process for each file it creates and a {@code readlink}
 * for each rename: twelve processes for every micro-batch's offset and commit files, 38 a second at
 * 200 rides/s (a JFR profile of the worker: BENCHMARKS.md, Performance). The {@code FileSystem}
 * path renames without {@code readlink}, and {@link ChecksummedNioFileSystem} sets each new file's
 * permissions through java.nio instead of {@code chmod}: the same files, the same {@code .crc} side
 * files, and a rename on a local disk as atomic as before.
 */
public final class StreamingSession {

  private StreamingSession() {}

  public static SparkSession create(String appName) {
    return SparkSession.builder()
        .appName(appName)
        .config(
            "spark.sql.streaming.checkpointFileManagerClass",
            FileSystemBasedCheckpointFileManager.class.getName())
        .config("spark.hadoop.fs.file.impl", ChecksummedNioFileSystem.class.getName())
        .getOrCreate();
  }
}
