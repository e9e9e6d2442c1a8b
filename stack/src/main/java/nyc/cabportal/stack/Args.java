package nyc.cabportal.stack;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} arguments of the embedded mains, checked against the names they take. */
final class Args {

  private final Map<String, String> values = new HashMap<>();

  Args(String[] args, Set<String> names, String usage) {
    for (int i = 0; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : null;
      if (name == null || !names.contains(name) || i + 1 >= args.length) {
        System.err.println(
            (name == null || !names.contains(name) ? "unknown option " : "missing value for ")
                + args[i]);
        System.err.println(usage);
        System.exit(1);
      }
      values.put(name, args[++i]);
    }
    for (String n : names) {
      if (!values.containsKey(n)) {
        System.err.println("missing option --" + n);
        System.err.println(usage);
        System.exit(1);
      }
    }
  }

  String get(String name) {
    return values.get(name);
  }

  int port(String name) {
    try {
      int p = Integer.parseInt(values.get(name));
      if (p > 0 && p < 65536) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    System.err.println("--" + name + " must be a port number (1-65535), not " + values.get(name));
    System.exit(1);
    return -1;
  }
}
