package nyc.cabportal.stack;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unique index of the embedded store held in a hash map, rebuilt from the documents when the
 * store opens (mongo-java-server fills an empty index from its collection).
 *
 * <p>The H2 backend's own unique index is an H2 map keyed by {@link KeyValue}, a class H2 does not
 * know how to compare: H2 compares two such keys by Java-serializing both and comparing the bytes,
 * on every step of every binary search. Profiled at 200 rides/s, that was 48 % of the store's CPU
 * (BENCHMARKS.md). A hash lookup is what the memory backend does; the index only ever answers
 * equality and {@code $in} lookups, so it needs no order. Kept out of the file, it also cannot
 * disagree with the documents after a crash, and the store's checkpoints write less.
 */
final class HashUniqueIndex extends AbstractUniqueIndex<Object> {

  private final Map<KeyValue, Object> positions = new ConcurrentHashMap<>();

  HashUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
  }

  @Override
  protected Object removeDocument(KeyValue key) {
    return positions.remove(key);
  }

  @Override
  protected boolean putKeyPosition(KeyValue key, Object position) {
    return positions.putIfAbsent(key, position) == null;
  }

  @Override
  protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
    return positions.entrySet();
  }

  @Override
  protected Object getPosition(KeyValue key) {
    return positions.get(key);
  }

  @Override
  public long getCount() {
    return positions.size();
  }

  @Override
  public boolean isEmpty() {
    return positions.isEmpty();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }
}
