package nyc.cabportal.sparkfs;

import org.apache.hadoop.fs.LocalFileSystem;

/**
 * Hadoop's checksummed local file system ({@code .crc} side files, checked on every read) over
 * {@link NioLocalFileSystem}: what the streaming queries keep their checkpoints in. Hadoop's own
 * would run a {@code chmod} process for each offset, commit and state file and its {@code .crc},
 * four for every micro-batch of the dispatch query.
 */
public final class ChecksummedNioFileSystem extends LocalFileSystem {

  public ChecksummedNioFileSystem() {
    super(new NioLocalFileSystem());
  }
}
