package nyc.cabportal.it;

import java.nio.file.Path;
import java.util.Map;
import nyc.cabportal.stack.DataDirectory;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.StackSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real stack once for all integration tests of this JVM — the same {@link EmbeddedStack}
 * the launcher uses — on its own ports and in a fresh data directory, so it never meets a stack a
 * developer is running. It is stopped when the test run ends. Tests that stop a part start it again
 * before they finish, so every test class finds the whole stack up.
 */
public final class RunningStack implements BeforeAllCallback {

  /** The stack's address (its edge). */
  static final int HTTP_PORT = 19080;

  /** The stack's own portal server, behind the edge. */
  static final int PORTAL_PORT = 19079;

  private static EmbeddedStack stack;

  @Override
  public synchronized void beforeAll(ExtensionContext context) throws Exception {
    if (stack != null) {
      return;
    }
    Path root = Path.of(System.getProperty("cabportal.root", "..")).toAbsolutePath().normalize();
    Path data = root.resolve("it/target/it-stack");
    DataDirectory.delete(data);
    StackSettings settings =
        StackSettings.fromEnvironment(root, Map.of())
            .withPorts(HTTP_PORT, PORTAL_PORT, 19092, 19093, 37017, 19464, data);
    stack = new EmbeddedStack(settings);
    long t0 = System.nanoTime();
    stack.startAll();
    Fleet.awaitOnTheRoad(settings.mongoUri());
    System.out.printf("stack started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .put(RunningStack.class, (ExtensionContext.Store.CloseableResource) stack::close);
  }

  static EmbeddedStack stack() {
    return stack;
  }

  static String baseUrl() {
    return "http://localhost:" + HTTP_PORT;
  }
}
