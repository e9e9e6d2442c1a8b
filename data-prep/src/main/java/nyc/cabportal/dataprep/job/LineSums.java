package nyc.cabportal.dataprep.job;

/**
 * A least-squares line of y on x in Spark SQL, from sums that add up across groups: the pairs'
 * count, Σx, Σy, Σx², Σxy and Σy², as columns {@code <p>_n}, {@code <p>_x}, {@code <p>_y}, {@code
 * <p>_xx}, {@code <p>_xy}, {@code <p>_yy} for a prefix p. A pair with either value null is left
 * out, as Spark's {@code regr_*} functions leave it out. The slope is S_xy ÷ S_xx and the intercept
 * (Σy − slope · Σx) ÷ n, where S_xx = Σx² − (Σx)² ÷ n and S_xy = Σxy − Σx · Σy ÷ n; the residual
 * standard deviation √((S_yy − S_xy² ÷ S_xx) ÷ (n − 2)).
 */
final class LineSums {

  private static final String[] SUMS = {"x", "y", "xx", "xy", "yy"};

  private LineSums() {}

  /** The aggregate expressions of a line's sums over rows with columns or expressions y and x. */
  static String of(String p, String y, String x) {
    String both = "%s IS NOT NULL AND %s IS NOT NULL".formatted(y, x);
    return String.join(
        ", ",
        "count(CASE WHEN %s THEN 1 END) AS %s_n".formatted(both, p),
        sum(both, x, p + "_x"),
        sum(both, y, p + "_y"),
        sum(both, x + " * " + x, p + "_xx"),
        sum(both, x + " * " + y, p + "_xy"),
        sum(both, y + " * " + y, p + "_yy"));
  }

  /** The aggregate expressions that add up the sums of {@link #of} from finer groups. */
  static String added(String p) {
    StringBuilder sql = new StringBuilder("sum(%1$s_n) AS %1$s_n".formatted(p));
    for (String s : SUMS) {
      sql.append(", sum(%1$s_%2$s) AS %1$s_%2$s".formatted(p, s));
    }
    return sql.toString();
  }

  /**
   * The line's columns from its sums: {@code <p>_a} (intercept), {@code <p>_b} (slope), {@code
   * <p>_sd} (residual standard deviation) and {@code <p>_sxx} (S_xx, zero when every x is the
   * same); null where a division has nothing to divide by.
   */
  static String fit(String p) {
    String sxx = "(%1$s_xx - try_divide(%1$s_x * %1$s_x, %1$s_n))".formatted(p);
    String sxy = "(%1$s_xy - try_divide(%1$s_x * %1$s_y, %1$s_n))".formatted(p);
    String syy = "(%1$s_yy - try_divide(%1$s_y * %1$s_y, %1$s_n))".formatted(p);
    String slope = "try_divide(%s, %s)".formatted(sxy, sxx);
    return String.join(
        ", ",
        sxx + " AS " + p + "_sxx",
        slope + " AS " + p + "_b",
        "try_divide(%1$s_y - %2$s * %1$s_x, %1$s_n) AS %1$s_a".formatted(p, slope),
        "sqrt(try_divide(greatest(0, %s - try_divide(%s * %s, %s)), %s_n - 2)) AS %s_sd"
            .formatted(syy, sxy, sxy, sxx, p, p));
  }

  private static String sum(String when, String value, String as) {
    return "sum(CASE WHEN %s THEN %s END) AS %s".formatted(when, value, as);
  }
}
