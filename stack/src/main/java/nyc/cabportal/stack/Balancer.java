package nyc.cabportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * nginx (Debian's package) as a load balancer over portal servers on this machine ({@link
 * BalancerConfig}), its files under the data directory: how the scale-out test and benchmark put
 * two servers behind one address.
 */
final class Balancer {

  private static final Path NGINX = Path.of("/usr/sbin/nginx");

  private Balancer() {}

  /** Starts nginx on {@code port} over the servers on {@code portalPorts}, once it listens. */
  static PartProcess start(
      StackSettings settings, JvmLauncher launcher, int port, List<Integer> portalPorts) {
    if (!Files.isExecutable(NGINX)) {
      throw new IllegalStateException(
          "no nginx at " + NGINX + ": install Debian's nginx package (./cabportal test does)");
    }
    Readiness.requireFree(port);
    Path dir = settings.dataDir().resolve("balancer");
    try {
      Files.createDirectories(dir.resolve("tmp"));
      Files.writeString(
          dir.resolve("nginx.conf"),
          BalancerConfig.render(
              dir, port, portalPorts, "root".equals(System.getProperty("user.name"))));
    } catch (IOException e) {
      throw new IllegalStateException("could not write the balancer's configuration", e);
    }
    PartProcess nginx =
        launcher.start(
            "balancer",
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
