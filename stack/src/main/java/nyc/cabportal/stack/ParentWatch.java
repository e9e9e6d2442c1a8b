package nyc.cabportal.stack;

/**
 * Ends this JVM when the process that started it is gone, so that a launcher killed without a
 * chance to clean up (kill -9, a crashed test JVM) leaves no broker or store behind.
 */
final class ParentWatch {

  private ParentWatch() {}

  static void start() {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent ->
                parent
                    .onExit()
                    .thenRun(
                        () -> {
                          System.err.println("parent process ended; stopping");
                          System.exit(0);
                        }));
  }
}
