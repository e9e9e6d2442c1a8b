package nyc.cabportal.trips;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import nyc.cabportal.trips.geo.NewYork;

/**
 * One trip in the schema shared by all sources, as read from its file and before any cleaning rule.
 * Uber rows are pickups only, so their dropoff, passengers and amounts are null. Codes are kept as
 * published ({@code rateCode}, {@code paymentCode}, {@code vendorCode}); their meanings are derived
 * here. Distances are kilometres (the files say miles), amounts US dollars.
 */
public record Trip(
    Source source,
    LocalDateTime pickupTime,
    LocalDateTime dropoffTime,
    double pickupLat,
    double pickupLon,
    Double dropoffLat,
    Double dropoffLon,
    Integer passengers,
    Double distanceKm,
    Double fare,
    Double extra,
    Double mtaTax,
    Double tip,
    Double tolls,
    Double total,
    String paymentCode,
    Integer rateCode,
    String vendorCode) {

  public static final double KM_PER_MILE = 1.609344;

  /** The precision of a whole-minute record ({@link #wholeMinuteTimes}). */
  public static final long WHOLE_MINUTE_SECONDS = 60;

  /** What an absent field adds to {@link #contentKey}: no number of a trip counts this many. */
  private static final long NULL_FIELD = 0x7FF8_DEAD_BEEF_0001L;

  public LocalDate pickupDate() {
    return pickupTime.toLocalDate();
  }

  /** 0 = Monday 00:00–00:59 … 167 = Sunday 23:00–23:59. */
  public int hourOfWeek() {
    return (pickupTime.getDayOfWeek().getValue() - 1) * 24 + pickupTime.getHour();
  }

  /**
   * Seconds from pickup to dropoff in real time, as well as the record tells it: an hour shorter
   * across the March switch to daylight saving time; across the November switch back, where 1:00 to
   * 1:59 happens twice and the files do not say which, the reading of {@link #fallBackSeconds}; a
   * whole-minute record ({@link #wholeMinuteTimes}) of a trip that began and ended in the same
   * minute lasted under a minute, taken as half of one. Null for Uber, which has no dropoff.
   */
  public Long durationSeconds() {
    if (dropoffTime == null) {
      return null;
    }
    long seconds = NewYorkSeconds.between(pickupTime, dropoffTime);
    if (seconds == NewYorkSeconds.UNKNOWN) {
      // A switch day: a time may not exist (March) or happen twice (November).
      ZonedDateTime pickup = pickupTime.atZone(NewYork.ZONE);
      ZonedDateTime dropoff = dropoffTime.atZone(NewYork.ZONE);
      seconds =
          repeatedHour(pickup) || repeatedHour(dropoff)
              ? fallBackSeconds(pickup, dropoff)
              : Duration.between(pickup, dropoff).toSeconds();
    }
    return seconds == 0 && wholeMinuteTimes() ? WHOLE_MINUTE_SECONDS / 2 : seconds;
  }

  /**
   * Whether the times are whole minutes, so that the real duration may be up to a minute longer or
   * shorter than the record's: Yellow's VeriFone (VTS) meters wrote {@code :00} seconds in every
   * one of their 11,113 rows of the shared sample; CMT and Green's meters (VeriFone's included: 19
   * of 17,192 rows) record seconds.
   */
  public boolean wholeMinuteTimes() {
    return source == Source.YELLOW && "VTS".equals(vendorCode);
  }

  /** How far the real duration may lie from {@link #durationSeconds}: a minute, or nothing. */
  public long durationSlackSeconds() {
    return wholeMinuteTimes() ? WHOLE_MINUTE_SECONDS : 0;
  }

  /**
   * The duration of a trip with a time in the hour the November switch repeats: each such time is
   * read at either offset, and of the readings that do not put the dropoff before the pickup the
   * shortest whose speed over the metered distance is plausible ({@link
   * CleaningRules#MAX_SPEED_KMH}) is taken — the other readings are an hour longer, and most trips
   * are short. A trip picked up at 1:50 in the first 1 AM hour and dropped off at 1:05 in the
   * second lasted 15 minutes, not −45; one picked up at 1:50 in the second hour and dropped off at
   * 2:10 lasted 20, not 80. When no reading is plausible, the shortest non-negative one; when none
   * is non-negative, the plain one.
   */
  private long fallBackSeconds(ZonedDateTime pickup, ZonedDateTime dropoff) {
    long shortest = Long.MAX_VALUE;
    long plausible = Long.MAX_VALUE;
    for (ZonedDateTime p :
        List.of(pickup.withEarlierOffsetAtOverlap(), pickup.withLaterOffsetAtOverlap())) {
      for (ZonedDateTime d :
          List.of(dropoff.withEarlierOffsetAtOverlap(), dropoff.withLaterOffsetAtOverlap())) {
        long s = Duration.between(p, d).toSeconds();
        if (s < 0) {
          continue;
        }
        shortest = Math.min(shortest, s);
        double hours = (s + durationSlackSeconds()) / 3600.0;
        if (distanceKm == null || distanceKm <= CleaningRules.MAX_SPEED_KMH * hours) {
          plausible = Math.min(plausible, s);
        }
      }
    }
    if (plausible != Long.MAX_VALUE) {
      return plausible;
    }
    return shortest != Long.MAX_VALUE ? shortest : Duration.between(pickup, dropoff).toSeconds();
  }

  /** Whether the pickup or the dropoff falls in the hour the November switch repeats. */
  public boolean inRepeatedHour() {
    return repeatedHour(pickupTime) || dropoffTime != null && repeatedHour(dropoffTime);
  }

  /** Whether a New York time falls in the hour the November switch repeats (1:00–1:59). */
  private static boolean repeatedHour(LocalDateTime t) {
    return t.getHour() == 1 && repeatedHour(t.atZone(NewYork.ZONE));
  }

  /**
   * {@link #repeatedHour(LocalDateTime)} of a time already placed in New York. Only 1 AM can repeat
   * there, so the zone's rules are asked for those times alone: asking for every time was 3 % of
   * data prep's load (BENCHMARKS.md, issue 20).
   */
  private static boolean repeatedHour(ZonedDateTime t) {
    return t.getHour() == 1 && !t.withEarlierOffsetAtOverlap().equals(t.withLaterOffsetAtOverlap());
  }

  /**
   * Average speed over the metered distance, km/h, on {@link #durationSeconds}; null without a
   * positive duration.
   */
  public Double speedKmh() {
    Long s = durationSeconds();
    return s == null || s <= 0 || distanceKm == null ? null : distanceKm / (s / 3600.0);
  }

  /**
   * A 64-bit hash of everything the record says, as parsed: the same trip in two files (a sample
   * beside its full month, a month both plain and gzipped) has the same key even where the files
   * write its numbers differently. Numbers count to 10⁻⁷ (a centimetre of a coordinate, a
   * thousandth of a cent): the sample's pandas-written {@code -73.97168499999998} and the raw
   * month's {@code -73.971685000000001} are doubles a few bits apart, one trip. Two different trips
   * share a key with probability about n²/2⁶⁵.
   *
   * <p>Hashed field by field (a time by its epoch second and nanosecond) in the record's order:
   * formatting the record as text first was 6 % of data prep's CPU.
   */
  public long contentKey() {
    long h = 0x9E3779B97F4A7C15L;
    h = LineHashes.mix(h, source.ordinal());
    h = mix(h, pickupTime);
    h = mix(h, dropoffTime);
    h = mix(h, (Double) pickupLat);
    h = mix(h, (Double) pickupLon);
    h = mix(h, dropoffLat);
    h = mix(h, dropoffLon);
    h = LineHashes.mix(h, passengers == null ? NULL_FIELD : passengers);
    h = mix(h, distanceKm);
    h = mix(h, fare);
    h = mix(h, extra);
    h = mix(h, mtaTax);
    h = mix(h, tip);
    h = mix(h, tolls);
    h = mix(h, total);
    h = mix(h, paymentCode);
    h = LineHashes.mix(h, rateCode == null ? NULL_FIELD : rateCode);
    h = mix(h, vendorCode);
    return LineHashes.finish(h);
  }

  private static long mix(long h, Double d) {
    return LineHashes.mix(h, d == null ? NULL_FIELD : Math.round(d * 1e7));
  }

  private static long mix(long h, LocalDateTime t) {
    return t == null
        ? LineHashes.mix(h, NULL_FIELD)
        : LineHashes.mix(LineHashes.mix(h, t.toEpochSecond(ZoneOffset.UTC)), t.getNano());
  }

  private static long mix(long h, String s) {
    return LineHashes.mix(h, s == null ? NULL_FIELD : LineHashes.hash(s));
  }

  /** card, cash, no_charge, dispute, unknown, voided; null for Uber or an unknown code. */
  public String paymentType() {
    if (paymentCode == null) {
      return null;
    }
    return switch (paymentCode) {
      case "CRD", "1" -> "card";
      case "CSH", "2" -> "cash";
      case "NOC", "3" -> "no_charge";
      case "DIS", "4" -> "dispute";
      case "UNK", "5" -> "unknown";
      case "6" -> "voided";
      default -> null;
    };
  }

  /**
   * The meter vendor: Yellow files name it (CMT, VTS), Green files number it (1 = Creative Mobile
   * Technologies, 2 = VeriFone). For Uber, the base that dispatched the car (B02512…).
   */
  public String vendor() {
    return switch (vendorCode) {
      case "1" -> "CMT";
      case "2" -> "VTS";
      default -> vendorCode;
    };
  }

  /** Whether {@link #vendor()} is a vendor or base code TLC used in 2014. */
  public boolean knownVendor() {
    String v = vendor();
    return source == Source.UBER
        ? v.length() == 6 && v.charAt(0) == 'B'
        : v.equals("CMT") || v.equals("VTS") || v.equals("DDS");
  }
}
