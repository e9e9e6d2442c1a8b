package nyc.cabportal.it;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The shape of a stored document, its values left out: field names and kinds (number, string, date,
 * …), nested documents field by field, a list by its first element. Two documents of the same shape
 * are read the same way, so a writer's document and the contract's example must match.
 */
final class DocumentShape {

  /** Fields whose keys are data (a rejection reason, a table name), not part of the shape. */
  private static final Set<String> MAPS = Set.of("rejectedByReason", "keptByRule", "servingTables");

  private DocumentShape() {}

  static Object of(Object value) {
    if (value instanceof Document d) {
      Map<String, Object> fields = new TreeMap<>();
      d.forEach((k, v) -> fields.put(k, MAPS.contains(k) ? "map" : of(v)));
      return fields;
    }
    if (value instanceof List<?> l) {
      return l.isEmpty() ? "empty list" : List.of(of(l.get(0)));
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Date) {
      return "date";
    }
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
