package nyc.cabportal.stack;

import java.util.List;
import nyc.cabportal.trips.cli.Options;
import nyc.cabportal.trips.cli.Options.Option;

/**
 * The embedded mains' options, read as every Cab Portal command line reads them ({@link Options});
 * a wrong one prints what is wrong and the usage, and exits with status 1.
 */
final class Args {

  private Args() {}

  static Options read(String program, List<Option> declared, String[] argv) {
    try {
      return Options.parse(program, declared, argv, System.getenv());
    } catch (IllegalArgumentException e) {
      if (!e.getMessage().equals("help")) {
        System.err.println(program + ": " + e.getMessage());
      }
      System.err.print(Options.usage(program, declared));
      System.exit(1);
      throw e;
    }
  }

  /** A port option's value; exits with the usage when it is no port. */
  static int port(Options options, String name) {
    try {
      return options.port(name);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      throw e;
    }
  }
}
