package nyc.cabportal.trips;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

  public LocalDate pickupDate() {
    return pickupTime.toLocalDate();
  }

  /** 0 = Monday 00:00–00:59 … 167 = Sunday 23:00–23:59. */
  public int hourOfWeek() {
    return (pickupTime.getDayOfWeek().getValue() - 1) * 24 + pickupTime.getHour();
  }

  /** Seconds from pickup to dropoff in real time (an hour shorter across the March DST switch). */
  public Long durationSeconds() {
    if (dropoffTime == null) {
      return null;
    }
    return Duration.between(pickupTime.atZone(NewYork.ZONE), dropoffTime.atZone(NewYork.ZONE))
        .toSeconds();
  }

  /** Average speed over the metered distance, km/h; null without a positive duration. */
  public Double speedKmh() {
    Long s = durationSeconds();
    return s == null || s <= 0 || distanceKm == null ? null : distanceKm / (s / 3600.0);
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
