package nyc.cabportal.stack;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The store file's document maps, whose documents are held as BSON ({@link BsonDocumentType}), and
 * the one-time conversion of a store file written before: there, each document was a Java-
 * serialized object, which this type cannot read.
 *
 * <p>The conversion runs when the store opens, before anything reads it. Each map is copied to a
 * new one under a temporary name, committed every {@value #COMMIT_EVERY} documents so that a large
 * store converts in a small heap, then takes the old map's name and is marked converted in the same
 * commit. A crash part-way leaves the old map whole and marked unconverted: the next start drops
 * the partial copy and begins that map again. When every map is converted, the store is marked, and
 * maps created later are in BSON from the start.
 */
final class BsonDocumentMaps {

  /** The maps' names as the H2 backend gives them, so that existing store files open unchanged. */
  static final String DOCUMENTS_PREFIX = "databases.";

  /** Which maps hold BSON, and (key {@link #ALL}) whether every one does. */
  private static final String FORMAT_MAP = "cabportal.document-format";

  private static final String ALL = "*";
  private static final String BSON = "bson";
  private static final String COPY_SUFFIX = ".converting-to-bson";
  private static final int COMMIT_EVERY = 10_000;

  private BsonDocumentMaps() {}

  /** A map of documents in BSON, opened or created. */
  static MVMap<Object, Document> open(MVStore store, String name) {
    return store.openMap(
        name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
  }

  /**
   * Converts the store's document maps that are not in BSON yet; returns how many documents it
   * converted (0 for a store that was converted before, or is new).
   */
  static long convert(MVStore store) {
    MVMap<String, String> format = store.openMap(FORMAT_MAP);
    if (BSON.equals(format.get(ALL))) {
      return 0;
    }
    long converted = 0;
    for (String name : List.copyOf(store.getMapNames())) {
      boolean documents =
          name.startsWith(DOCUMENTS_PREFIX)
              && !name.endsWith(COPY_SUFFIX)
              && !name.contains(HashIndexedH2Database.INDEX_MAP_MARKER);
      if (documents && !BSON.equals(format.get(name))) {
        converted += convertMap(store, format, name);
      }
    }
    format.put(ALL, BSON);
    store.commit();
    return converted;
  }

  private static long convertMap(MVStore store, MVMap<String, String> format, String name) {
    if (store.hasMap(name + COPY_SUFFIX)) {
      store.removeMap(name + COPY_SUFFIX); // a copy a crash cut short
    }
    MVMap<Object, Object> serialized = store.openMap(name);
    MVMap<Object, Document> bson = open(store, name + COPY_SUFFIX);
    long copied = 0;
    for (Map.Entry<Object, Object> e : serialized.entrySet()) {
      bson.put(e.getKey(), (Document) e.getValue());
      if (++copied % COMMIT_EVERY == 0) {
        store.commit();
      }
    }
    store.removeMap(serialized);
    store.renameMap(bson, name);
    format.put(name, BSON);
    store.commit();
    return copied;
  }
}
