package nyc.cabportal.dataprep.job;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The text a load writes over and over — outcomes, sources, codes, reasons, months — in Spark's
 * UTF-8 form, each value made once per task instead of once per row (Spark's row encoder encoded
 * every string of every row: BENCHMARKS.md, issue 20). Values beyond {@value #LIMIT} distinct ones
 * are made each time, so that odd input cannot grow it.
 */
final class RepeatedText {

  private static final int LIMIT = 4_096;

  private final Map<String, UTF8String> texts = new HashMap<>();
  private final Map<Integer, UTF8String> months = new HashMap<>();

  UTF8String of(String text) {
    if (text == null) {
      return null;
    }
    UTF8String t = texts.get(text);
    if (t == null) {
      t = UTF8String.fromString(text);
      if (texts.size() < LIMIT) {
        texts.put(text, t);
      }
    }
    return t;
  }

  /** The month of {@code day} as the warehouse's partitions name it: {@code 2014-04}. */
  UTF8String month(LocalDate day) {
    if (day == null) {
      return null;
    }
    return months.computeIfAbsent(
        day.getYear() * 12 + day.getMonthValue(),
        k -> UTF8String.fromString(YearMonth.from(day).toString()));
  }
}
