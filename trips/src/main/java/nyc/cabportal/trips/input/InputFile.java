package nyc.cabportal.trips.input;

import java.io.Serializable;
import nyc.cabportal.trips.FileLayout;

/**
 * One input file, recognised and fingerprinted before any Spark work starts.
 *
 * @param path absolute path, readable at the same place by the driver and every executor
 * @param fileId fingerprint of the content: a file already loaded is skipped under any name
 */
public record InputFile(String path, long bytes, String fileId, FileLayout layout)
    implements Serializable {}
