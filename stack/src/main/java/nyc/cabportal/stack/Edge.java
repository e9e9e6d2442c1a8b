package nyc.cabportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * nginx (Debian's package) as the stack's edge ({@link EdgeConfig}): in front of the stack's own
 * portal server on the stack's address, and as the balancer over several servers when the portal
 * scales out on this machine. Its files live under the data directory, in a directory named for the
 * edge.
 */
final class Edge {

  private static final Path NGINX = Path.of("/usr/sbin/nginx");

  private Edge() {}

  /**
   * Starts nginx as {@code name} on {@code port} over the servers on {@code portalPorts}, once it
   * listens (it answers the portal's 502 until a server does).
   */
  static PartProcess start(
      StackSettings settings,
      JvmLauncher launcher,
      String name,
      int port,
      List<Integer> portalPorts) {
    for (Path needed : List.of(NGINX, EdgeConfig.HEADERS_MORE)) {
      if (!Files.exists(needed)) {
        throw new IllegalStateException(
            "no "
                + needed
                + ": the edge needs Debian's nginx and libnginx-mod-http-headers-more-filter"
                + " packages (./cabportal run and ./cabportal test install them)");
      }
    }
    Readiness.requireFree(port);
    Path dir = settings.dataDir().resolve(name);
    try {
      Files.createDirectories(dir.resolve("tmp"));
      Files.writeString(
          dir.resolve("nginx.conf"),
          EdgeConfig.render(
              dir,
              port,
              portalPorts,
              settings.root().resolve("src/main/webapp"),
              "root".equals(System.getProperty("user.name"))));
    } catch (IOException e) {
      throw new IllegalStateException("could not write the " + name + "'s configuration", e);
    }
    PartProcess nginx =
        launcher.start(
            name,
            List.of(
                NGINX.toString(),
                "-p",
                dir.toString(),
                "-e",
                dir.resolve("error.log").toString(),
                "-c",
                dir.resolve("nginx.conf").toString()),
            Map.of());
    Readiness.waitFor(
        nginx, "nginx to accept connections on " + port, () -> Readiness.portOpen(port));
    return nginx;
  }
}
