package nyc.cabportal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's own timers of the two writes of a submit (store, queue), read from {@code /metrics}:
 * they split the submit latency into its parts. MicroProfile Metrics computes their quantiles over
 * a recent sliding window, so read them right after a phase.
 */
final class PortalTimers {

  private static final Pattern LINE =
      Pattern.compile(
          "^(ride_submit_(store|queue)_seconds)\\{.*quantile=\"([0-9.]+)\".*\\} ([0-9.Ee+-]+)$");

  private PortalTimers() {}

  static String read(String baseUrl) {
    try {
      String metrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(baseUrl.replaceAll("/$", "") + "/metrics?scope=application"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      StringBuilder sb = new StringBuilder("portal timers (ms):");
      for (String write : new String[] {"store", "queue"}) {
        sb.append(' ').append(write.equals("store") ? "store insert" : "Kafka ack");
        for (String q : new String[] {"0.5", "0.95", "0.99"}) {
          String label = q.equals("0.5") ? "p50" : "p" + q.substring(2);
          sb.append(' ').append(label).append(' ').append(value(metrics, write, q));
        }
        sb.append(';');
      }
      return sb.toString();
    } catch (Exception e) {
      return "portal timers: unavailable (" + e.getMessage() + ")";
    }
  }

  private static String value(String metrics, String write, String quantile) {
    for (String line : metrics.split("\n")) {
      Matcher m = LINE.matcher(line.strip());
      if (m.matches() && m.group(2).equals(write) && m.group(3).equals(quantile)) {
        return String.format(Locale.ROOT, "%.1f", Double.parseDouble(m.group(4)) * 1000);
      }
    }
    return "?";
  }
}
