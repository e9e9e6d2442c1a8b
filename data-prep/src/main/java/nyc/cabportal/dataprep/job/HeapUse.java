package nyc.cabportal.dataprep.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** How much heap this JVM has used, for the job's summary and the benchmark. */
public final class HeapUse {

  private HeapUse() {}

  /** The most heap held at once, approximately: the sum of each heap pool's peak, MiB. */
  public static long peakMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
