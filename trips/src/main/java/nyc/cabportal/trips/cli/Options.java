package nyc.cabportal.trips.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way Cab Portal's command lines (data prep, the dispatch worker, the embedded broker and
 * store) read their options: each {@code --name value} given wins; else the environment variable of
 * the same name in capitals ({@code --mongodb-uri} ↔ {@code MONGODB_URI}), when set and not blank;
 * else the option's default. An option without a default must be given one way or the other. Every
 * option is declared once, with the help line the usage is printed from.
 */
public final class Options {

  /**
   * One option.
   *
   * @param defaultValue null when the option is required
   */
  public record Option(String name, String defaultValue, String help) {

    /** The environment variable this option falls back to: its name in capitals. */
    public String envName() {
      return Options.envName(name);
    }
  }

  private final String program;
  private final List<Option> declared;
  private final Map<String, List<String>> given = new LinkedHashMap<>();
  private final Map<String, String> env;

  private Options(String program, List<Option> declared, Map<String, String> env) {
    this.program = program;
    this.declared = declared;
    this.env = env;
  }

  /**
   * Reads {@code args} against the {@code declared} options.
   *
   * @throws IllegalArgumentException naming what is wrong (an unknown option, a missing value or a
   *     required option not given); {@code "help"} for {@code --help}
   */
  public static Options parse(
      String program, List<Option> declared, String[] args, Map<String, String> env) {
    Options o = new Options(program, declared, env);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        throw new IllegalArgumentException("help");
      }
      Option option = a.startsWith("--") ? o.option(a.substring(2)) : null;
      if (option == null) {
        throw new IllegalArgumentException("unknown option " + a);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
      o.given.computeIfAbsent(option.name(), k -> new ArrayList<>()).add(args[++i]);
    }
    for (Option option : declared) {
      if (option.defaultValue() == null && o.get(option.name()).isBlank()) {
        throw new IllegalArgumentException(
            "--" + option.name() + " is required (or " + option.envName() + "): " + option.help());
      }
    }
    return o;
  }

  /** The option's value: the last one given, else its environment variable, else its default. */
  public String get(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? "" : values.get(values.size() - 1);
  }

  /**
   * Every value of an option given several times; else its one value from the environment or
   * default.
   */
  public List<String> all(String name) {
    Option option = option(name);
    if (option == null) {
      throw new IllegalArgumentException(program + " declares no option --" + name);
    }
    List<String> values = given.get(name);
    if (values != null) {
      return List.copyOf(values);
    }
    String fromEnv = env.get(option.envName());
    if (fromEnv != null && !fromEnv.isBlank()) {
      return List.of(fromEnv);
    }
    return option.defaultValue() == null ? List.of() : List.of(option.defaultValue());
  }

  /** The environment variable an option named {@code name} falls back to: {@code NAME}. */
  public static String envName(String name) {
    return name.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** A whole number of at least 1. */
  public long positiveWhole(String name) {
    try {
      long v = Long.parseLong(get(name).strip());
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--" + name + " must be a positive whole number, not " + get(name));
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public long wholeBetween(String name, long min, long max) {
    try {
      long v = Long.parseLong(get(name).strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--" + name + " must be a whole number from " + min + " to " + max + ", not " + get(name));
  }

  /** A TCP port, 1–65535. */
  public int port(String name) {
    long p = positiveWhole(name);
    if (p > 65535) {
      throw new IllegalArgumentException(
          "--" + name + " must be a port number (1-65535), not " + get(name));
    }
    return (int) p;
  }

  /** {@code true} or {@code false}, nothing else. */
  public boolean bool(String name) {
    String v = get(name).strip();
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("--" + name + " must be true or false, not " + v);
    }
    return v.equals("true");
  }

  /** A MongoDB connection string. */
  public String mongodbUri(String name) {
    String v = get(name);
    if (!v.startsWith("mongodb")) {
      throw new IllegalArgumentException(
          "--" + name + " must start with mongodb:// or mongodb+srv://, not " + v);
    }
    return v;
  }

  /** The usage, printed from the declarations: each option, its default and its variable. */
  public static String usage(String program, List<Option> declared) {
    StringBuilder out = new StringBuilder("Usage: " + program + " [--option value]…\n");
    int width = declared.stream().mapToInt(o -> o.name().length()).max().orElse(0) + 4;
    for (Option o : declared) {
      out.append(String.format(Locale.ROOT, "  %-" + width + "s%s", "--" + o.name(), o.help()));
      out.append(o.defaultValue() == null ? " (required)" : defaultText(o.defaultValue()));
      out.append("; env ").append(o.envName()).append('\n');
    }
    out.append(
        "Each option given wins; else the environment variable of its name in capitals; else its"
            + " default.\n");
    return out.toString();
  }

  private static String defaultText(String v) {
    return v.isEmpty() ? "" : " (default " + v + ")";
  }

  private Option option(String name) {
    return declared.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
  }
}
