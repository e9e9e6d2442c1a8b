package nyc.cabportal.stack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * A database of the embedded store whose documents live in the H2 file as BSON ({@link
 * BsonDocumentMaps}), whose unique indexes live in memory ({@link HashUniqueIndex}) and whose
 * collections answer id lists in linear time ({@link StoreCollection}).
 */
final class HashIndexedH2Database extends H2Database {

  /** What the H2 backend names its index maps; such maps of older stores are dropped on open. */
  static final String INDEX_MAP_MARKER = "._index_";

  private static final String META_PREFIX = "meta.";

  private final MVStore store;

  HashIndexedH2Database(String name, MVStore store, CursorRegistry cursors) {
    super(name, store, cursors); // opens nothing yet: see initializeNamespacesAndIndexes
    this.store = store;
    initializeNamespacesAndIndexes();
  }

  /**
   * H2Database opens the existing collections from its constructor, before this class's fields are
   * set; they are opened once {@link #store} is, instead.
   */
  @Override
  protected void initializeNamespacesAndIndexes() {
    if (store != null) {
      super.initializeNamespacesAndIndexes();
    }
  }

  @Override
  protected MongoCollection<Object> openOrCreateCollection(
      String collection, CollectionOptions options) {
    String fullName = getFullCollectionNamespace(collection);
    return new StoreCollection(
        this,
        collection,
        options,
        BsonDocumentMaps.open(store, BsonDocumentMaps.DOCUMENTS_PREFIX + fullName),
        store.openMap(META_PREFIX + fullName),
        cursorRegistry);
  }

  @Override
  protected Index<Object> openOrCreateUniqueIndex(
      String collection, String indexName, List<IndexKey> keys, boolean sparse) {
    return new HashUniqueIndex(indexName, keys, sparse);
  }
}
