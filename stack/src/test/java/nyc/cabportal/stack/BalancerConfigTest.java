package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalancerConfigTest {

  @Test
  void roundRobinOverEveryPortalWithItsFilesInItsOwnDirectory() {
    String conf = BalancerConfig.render(Path.of("/x/lb"), 9088, List.of(9080, 9081), false);
    assertTrue(conf.contains("    server 127.0.0.1:9080;\n    server 127.0.0.1:9081;\n"), conf);
    assertTrue(conf.contains("listen 127.0.0.1:9088;"), conf);
    assertTrue(conf.contains("pid /x/lb/nginx.pid;"), conf);
    assertTrue(conf.contains("proxy_temp_path /x/lb/tmp/proxy;"), conf);
    assertTrue(conf.contains("add_header X-Upstream $upstream_addr always;"), conf);
    assertFalse(conf.contains("user root"), conf);
    assertTrue(
        BalancerConfig.render(Path.of("/x"), 1, List.of(2), true).startsWith("user root;\n"));
  }

  @Test
  void needsAPortal() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BalancerConfig.render(Path.of("/x"), 9088, List.of(), false));
  }
}
