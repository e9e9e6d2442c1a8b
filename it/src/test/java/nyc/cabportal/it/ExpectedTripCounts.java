package nyc.cabportal.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import nyc.cabportal.trips.geo.NewYork;

/**
 * What data prep must report for one shared file, computed here independently of the job's code:
 * plain {@code String.split}, {@code Double.parseDouble}, {@code DateTimeFormatter}, and the rules
 * as data-prep/README.md states them, written again from that text.
 */
final class ExpectedTripCounts {

  long rows;
  long blankLines;
  long kept;
  final Map<String, Long> rejected = new TreeMap<>();
  final Map<String, Long> keptByDate = new TreeMap<>();
  final Map<String, Long> keptByRule = new TreeMap<>();

  private static final DateTimeFormatter TAXI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter UBER = DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss");

  static ExpectedTripCounts of(Path file) throws IOException {
    ExpectedTripCounts c = new ExpectedTripCounts();
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine().toLowerCase();
      String kind =
          header.contains("date/time")
              ? "uber"
              : header.startsWith("vendorid,lpep") ? "green" : "yellow";
      Set<String> seen = new HashSet<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          c.blankLines++;
          continue;
        }
        c.rows++;
        String reason;
        List<String> rules = new ArrayList<>();
        try {
          reason = kind.equals("uber") ? uber(line, rules) : taxi(kind, line, rules);
        } catch (RuntimeException e) {
          reason = "unparseable";
        }
        if (reason == null && !seen.add(line)) {
          reason = "duplicate";
        }
        if (reason == null) {
          c.kept++;
          c.keptByDate.merge(pickupDate(kind, line), 1L, Long::sum);
          rules.forEach(rule -> c.keptByRule.merge(rule, 1L, Long::sum));
        } else {
          c.rejected.merge(reason, 1L, Long::sum);
        }
      }
    }
    return c;
  }

  private static String uber(String line, List<String> rules) {
    String[] f = line.split(",", -1);
    if (f.length != 4) {
      return "unparseable";
    }
    LocalDateTime.parse(f[0].replace("\"", ""), UBER);
    double lat = Double.parseDouble(f[1]);
    double lon = Double.parseDouble(f[2]);
    if (lat == 0 && lon == 0) {
      return "zero_coordinates";
    }
    if (farOff(lat, lon)) {
      return "outside_region";
    }
    if (!f[3].replace("\"", "").matches("B\\d{5}")) {
      return "invalid_code";
    }
    if (outside(lat, lon)) {
      rules.add("outside_service_area");
    }
    return null;
  }

  private static String taxi(String kind, String line, List<String> rules) {
    String[] f = line.split(",", -1);
    boolean green = kind.equals("green");
    int expected = green ? 20 : 18;
    if (f.length < expected) {
      return "unparseable";
    }
    for (int i = expected; i < f.length; i++) {
      if (!f[i].isBlank()) {
        return "unparseable";
      }
    }
    // Yellow: vendor_id,pickup,dropoff,passengers,distance,plon,plat,rate,fwd,dlon,dlat,payment,
    //         fare,surcharge,mta_tax,tip,tolls,total
    // Green:  VendorID,pickup,dropoff,fwd,RateCodeID,plon,plat,dlon,dlat,passengers,distance,
    //         fare,extra,mta_tax,tip,tolls,ehail,total,payment,trip_type
    LocalDateTime pickup = LocalDateTime.parse(f[1].strip(), TAXI);
    LocalDateTime dropoff = LocalDateTime.parse(f[2].strip(), TAXI);
    double passengers = num(f[green ? 9 : 3]);
    double miles = num(f[green ? 10 : 4]);
    double plon = num(f[5]);
    double plat = num(f[6]);
    double dlon = num(f[green ? 7 : 9]);
    double dlat = num(f[green ? 8 : 10]);
    double rate = num(f[green ? 4 : 7]);
    String payment = f[green ? 18 : 11].strip();
    double[] amounts =
        green
            ? new double[] {num(f[11]), num(f[12]), num(f[13]), num(f[14]), num(f[15]), num(f[17])}
            : new double[] {num(f[12]), num(f[13]), num(f[14]), num(f[15]), num(f[16]), num(f[17])};
    if (passengers != Math.rint(passengers) || rate != Math.rint(rate)) {
      return "unparseable";
    }
    if ((plat == 0 && plon == 0) || (dlat == 0 && dlon == 0)) {
      return "zero_coordinates";
    }
    if (farOff(plat, plon) || farOff(dlat, dlon)) {
      return "outside_region";
    }
    // Yellow's VTS meters write whole minutes: a minute of slack, and 0 s read as 30.
    boolean wholeMinutes = !green && f[0].strip().equals("VTS");
    long slack = wholeMinutes ? 60 : 0;
    boolean repeatedHour = repeatedHour(pickup) || repeatedHour(dropoff);
    long seconds =
        repeatedHour
            ? fallBack(pickup, dropoff, miles * 1.609344, slack)
            : Duration.between(pickup.atZone(NewYork.ZONE), dropoff.atZone(NewYork.ZONE))
                .getSeconds();
    if (seconds == 0 && wholeMinutes) {
      seconds = 30;
    }
    if (seconds < 0) {
      return "dropoff_before_pickup";
    }
    if (seconds + slack < 60 || seconds - slack > 3 * 3600) {
      return "implausible_duration";
    }
    if (miles <= 0 || miles > 100) {
      return "implausible_distance";
    }
    if (miles * 1.609344 / ((seconds + slack) / 3600.0) > 100) {
      return "implausible_speed";
    }
    if (outside(plat, plon) || outside(dlat, dlon)) {
      rules.add("outside_service_area");
    }
    if (repeatedHour) {
      rules.add("repeated_hour");
    } else if (wholeMinutes && (seconds < 60 || miles * 1.609344 / (seconds / 3600.0) > 100)) {
      rules.add("whole_minute_times");
    }
    for (double a : amounts) {
      if (a < 0) {
        return "negative_amount";
      }
    }
    if (amounts[0] < 2.5 || amounts[0] > 500 || amounts[5] > 1000) {
      return "implausible_amount";
    }
    if (passengers < 1 || passengers > 6) {
      return "passengers_out_of_range";
    }
    if (rate < 1 || rate > 6) {
      return "invalid_code";
    }
    Set<String> payments = Set.of("CRD", "CSH", "NOC", "DIS", "UNK", "1", "2", "3", "4", "5", "6");
    if (!payments.contains(payment)) {
      return "invalid_code";
    }
    String vendor = f[0].strip();
    return Set.of("CMT", "VTS", "DDS", "1", "2").contains(vendor) ? null : "invalid_code";
  }

  private static String pickupDate(String kind, String line) {
    String first = line.split(",", -1)[kind.equals("uber") ? 0 : 1].replace("\"", "").strip();
    return (kind.equals("uber")
            ? LocalDateTime.parse(first, UBER)
            : LocalDateTime.parse(first, TAXI))
        .toLocalDate()
        .toString();
  }

  private static double num(String s) {
    return Double.parseDouble(s.strip());
  }

  private static boolean outside(double lat, double lon) {
    return lat < 40.49 || lat > 40.92 || lon < -74.26 || lon > -73.69;
  }

  /** More than 100 miles beyond the service area, measured flat from its box. */
  private static boolean farOff(double lat, double lon) {
    double north = Math.max(0, Math.max(40.49 - lat, lat - 40.92)) * 111.2;
    double east =
        Math.max(0, Math.max(-74.26 - lon, lon + 73.69)) * 111.2 * Math.cos(Math.toRadians(lat));
    return Math.sqrt(north * north + east * east) > 160.9344;
  }

  /** Whether a New York wall-clock time is in the hour the autumn switch repeats. */
  private static boolean repeatedHour(LocalDateTime t) {
    return NewYork.ZONE.getRules().getValidOffsets(t).size() == 2;
  }

  /**
   * Of the readings of the two times at either offset, the shortest non-negative one whose speed is
   * at most 100 km/h, else the shortest non-negative one.
   */
  private static long fallBack(LocalDateTime pickup, LocalDateTime dropoff, double km, long slack) {
    long best = Long.MAX_VALUE;
    long plausible = Long.MAX_VALUE;
    for (ZoneOffset p : NewYork.ZONE.getRules().getValidOffsets(pickup)) {
      for (ZoneOffset d : NewYork.ZONE.getRules().getValidOffsets(dropoff)) {
        long s = dropoff.toEpochSecond(d) - pickup.toEpochSecond(p);
        if (s >= 0) {
          best = Math.min(best, s);
          if (km / ((s + slack) / 3600.0) <= 100) {
            plausible = Math.min(plausible, s);
          }
        }
      }
    }
    return plausible != Long.MAX_VALUE ? plausible : best != Long.MAX_VALUE ? best : -1;
  }
}
