package nyc.cabportal.sparkfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksummedNioFileSystemTest {

  @TempDir java.nio.file.Path dir;

  private FileSystem fileSystem() throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", ChecksummedNioFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return FileSystem.get(URI.create("file:///"), conf);
  }

  @Test
  void setsPermissionsWithoutHadoopsShell() throws Exception {
    try (FileSystem fs = fileSystem()) {
      Path file = new Path(dir.resolve("0").toUri());
      try (FSDataOutputStream out =
          fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
        out.write("offsets".getBytes(StandardCharsets.UTF_8));
      }
      assertEquals(
          PosixFilePermissions.fromString("rw-r-----"),
          Files.getPosixFilePermissions(dir.resolve("0")));
      assertTrue(Files.exists(dir.resolve(".0.crc")), "the checksum side file is written");
    }
  }

  @Test
  void renamesWithItsChecksumAndDetectsACorruptedFile() throws Exception {
    try (FileSystem fs = fileSystem()) {
      Path tmp = new Path(dir.resolve(".1.tmp").toUri());
      try (FSDataOutputStream out = fs.create(tmp, true)) {
        out.write("commit of batch 1".getBytes(StandardCharsets.UTF_8));
      }
      Path committed = new Path(dir.resolve("1").toUri());
      assertTrue(fs.rename(tmp, committed));
      assertTrue(Files.exists(dir.resolve(".1.crc")));
      byte[] bytes = Files.readAllBytes(dir.resolve("1"));
      bytes[0] ^= 1;
      Files.write(dir.resolve("1"), bytes);
      assertThrows(
          ChecksumException.class,
          () -> {
            try (FSDataInputStream in = fs.open(committed)) {
              in.readAllBytes();
            }
          });
    }
  }
}
