package nyc.cabportal.dataprep.job;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import nyc.cabportal.trips.TripFileReader;
import nyc.cabportal.trips.TripFileReader.LineOutcome;
import nyc.cabportal.trips.input.InputFile;
import nyc.cabportal.trips.input.InputFiles;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark task of a load: reads its input files (one per partition) line by line into rows of
 * {@link TripTable} in Spark's internal form, lazily, so a file streams through a task whatever its
 * size. Counts rows and bytes of input as it goes (for progress lines) and, per file, the blank
 * lines that are not rows.
 */
final class FileParsing implements FlatMapFunction<Iterator<InputFile>, InternalRow> {

  /**
   * What the quality report needs from a file — its rows counted by outcome, reason and rule
   * ({@link FileQuality}), and what the rows themselves do not say —, and the content keys of its
   * kept trips, sorted ({@link TripKeys}), to find a trip another file holds too.
   */
  record FileCounts(String path, long rows, long blankLines, long[] keptKeys, FileQuality quality)
      implements Serializable {}

  private static final int TRIP_KEY = TripTable.SCHEMA.fieldIndex("trip_key");

  private static final int PROGRESS_STEP = 20_000;

  private final String loadId;
  private final LongAccumulator rowsRead;
  private final LongAccumulator bytesRead;
  private final CollectionAccumulator<FileCounts> fileCounts;

  FileParsing(
      String loadId,
      LongAccumulator rowsRead,
      LongAccumulator bytesRead,
      CollectionAccumulator<FileCounts> fileCounts) {
    this.loadId = loadId;
    this.rowsRead = rowsRead;
    this.bytesRead = bytesRead;
    this.fileCounts = fileCounts;
  }

  @Override
  public Iterator<InternalRow> call(Iterator<InputFile> files) {
    return new Iterator<>() {
      private InputFile file;
      private TripFileReader reader;
      private UTF8String path;
      private final UTF8String load = UTF8String.fromString(loadId);
      private final RepeatedText text = new RepeatedText();
      private InternalRow next;
      private long unreported;
      private long unreportedBytes;
      private long[] keys = new long[1024];
      private int keyCount;
      private FileQuality quality = new FileQuality();

      @Override
      public boolean hasNext() {
        try {
          while (next == null) {
            if (reader == null) {
              if (!files.hasNext()) {
                return false;
              }
              file = files.next();
              path = UTF8String.fromString(file.path());
              reader =
                  new TripFileReader(
                      InputFiles.open(Path.of(file.path()), n -> unreportedBytes += n),
                      file.layout());
            }
            LineOutcome o = reader.next();
            if (o == null) {
              finishFile();
            } else {
              next = TripTable.row(o, file.layout().format().source(), path, load, text);
              quality.add(next);
              if (o.kept()) {
                if (keyCount == keys.length) {
                  keys = Arrays.copyOf(keys, keys.length * 2);
                }
                keys[keyCount++] = next.getLong(TRIP_KEY);
              }
              if (++unreported == PROGRESS_STEP) {
                report();
              }
            }
          }
          return true;
        } catch (IOException e) {
          throw new UncheckedIOException("reading " + file.path() + ": " + e.getMessage(), e);
        }
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        InternalRow r = next;
        next = null;
        return r;
      }

      /** Tells the progress lines what was read since the last report. */
      private void report() {
        rowsRead.add(unreported);
        bytesRead.add(unreportedBytes);
        unreported = 0;
        unreportedBytes = 0;
      }

      private void finishFile() throws IOException {
        report();
        long[] kept = Arrays.copyOf(keys, keyCount);
        Arrays.sort(kept);
        fileCounts.add(
            new FileCounts(file.path(), reader.rows(), reader.blankLines(), kept, quality));
        quality = new FileQuality();
        keys = new long[1024];
        keyCount = 0;
        reader.close();
        reader = null;
      }
    };
  }
}
