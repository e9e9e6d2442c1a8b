package nyc.cabportal.dataprep.job;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How much heap this JVM has used, for the job's summary and the benchmark, as the JVM sees it: the
 * heap in use at once (sampled every {@value #SAMPLE_MILLIS} ms, garbage not yet collected
 * included), and the heap still in use after each collection — what the job really holds, the
 * figure that must stay flat as the input grows. (Summing each pool's own peak, as this class did
 * before, adds peaks of different moments: it overstated the heap, beyond {@code -Xmx} at 5 M
 * rows.)
 */
public final class HeapUse {

  static final long SAMPLE_MILLIS = 50;

  private static final AtomicLong peakUsed = new AtomicLong();
  private static final AtomicLong peakLive = new AtomicLong();
  private static volatile boolean started;

  private HeapUse() {}

  /** Starts watching the heap; call first thing in {@code main}. Idempotent. */
  public static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                long live = 0;
                for (Map.Entry<String, MemoryUsage> pool :
                    GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData())
                        .getGcInfo()
                        .getMemoryUsageAfterGc()
                        .entrySet()) {
                  if (heapPools.contains(pool.getKey())) {
                    live += pool.getValue().getUsed();
                  }
                }
                peakLive.accumulateAndGet(live, Math::max);
              }
            },
            null,
            null);
      }
    }
    Thread sampler =
        new Thread(
            () -> {
              while (true) {
                peakUsed.accumulateAndGet(heapUsedNow(), Math::max);
                try {
                  Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-use");
    sampler.setDaemon(true);
    sampler.start();
  }

  private static long heapUsedNow() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The most heap in use at once, MiB (sampled; garbage included). */
  public static long peakMiB() {
    return Math.max(peakUsed.get(), heapUsedNow()) >> 20;
  }

  /** The most heap still in use after a collection, MiB: what the job held. */
  public static long peakLiveMiB() {
    return peakLive.get() >> 20;
  }
}
