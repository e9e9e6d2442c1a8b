package nyc.cabportal.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * The nginx configuration of the local load balancer in front of several portal servers on this
 * machine (scaling out without Kubernetes): round robin over the servers, kept-alive upstream
 * connections, the browser's Host passed on so the portal's redirects come back to the balancer,
 * and the server that answered named in an {@code X-Upstream} response header so tests and
 * benchmarks can count who took what. Everything nginx writes stays in {@code dir}.
 */
public final class BalancerConfig {

  private BalancerConfig() {}

  /**
   * @param asRoot whether nginx runs as root: its workers then stay root too, rather than switching
   *     to a user that cannot write to {@code dir}
   */
  public static String render(Path dir, int listenPort, List<Integer> portalPorts, boolean asRoot) {
    if (portalPorts.isEmpty()) {
      throw new IllegalArgumentException("the balancer needs at least one portal server");
    }
    StringBuilder upstreams = new StringBuilder();
    for (int port : portalPorts) {
      upstreams.append("    server 127.0.0.1:").append(port).append(";\n");
    }
    String tmp = dir.resolve("tmp").toString();
    return (asRoot ? "user root;\n" : "")
        + """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 4096; }
        http {
          access_log off;
          server_tokens off;
          client_body_temp_path %2$s/body;
          proxy_temp_path %2$s/proxy;
          fastcgi_temp_path %2$s/fastcgi;
          uwsgi_temp_path %2$s/uwsgi;
          scgi_temp_path %2$s/scgi;
          upstream portal {
        %3$s    keepalive 64;
          }
          server {
            listen 127.0.0.1:%4$d;
            location / {
              proxy_pass http://portal;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              add_header X-Upstream $upstream_addr always;
            }
          }
        }
        """
            .formatted(dir, tmp, upstreams, listenPort);
  }
}
