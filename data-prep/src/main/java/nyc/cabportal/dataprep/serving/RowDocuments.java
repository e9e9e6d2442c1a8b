package nyc.cabportal.dataprep.serving;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.bson.Document;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns a Spark SQL row into a MongoDB document: structs become sub-documents, arrays lists, dates
 * ISO strings; null fields are left out, so that a document only says what it knows.
 */
public final class RowDocuments {

  private RowDocuments() {}

  public static Document toDocument(Row row) {
    Document d = new Document();
    StructField[] fields = row.schema().fields();
    for (int i = 0; i < fields.length; i++) {
      Object v = value(row.get(i));
      if (v != null) {
        d.append(fields[i].name(), v);
      }
    }
    return d;
  }

  private static Object value(Object v) {
    if (v instanceof Row r) {
      return toDocument(r);
    }
    if (v instanceof Seq<?> s) {
      List<Object> list = new ArrayList<>(s.size());
      for (Object e : CollectionConverters.asJava(s)) {
        list.add(value(e));
      }
      return list;
    }
    if (v instanceof LocalDate || v instanceof LocalDateTime || v instanceof java.sql.Date) {
      return v.toString();
    }
    if (v instanceof Double x && (x.isNaN() || x.isInfinite())) {
      return null;
    }
    return v;
  }
}
