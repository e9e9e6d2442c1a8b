package nyc.cabportal.trips;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import nyc.cabportal.trips.geo.NewYork;

/**
 * Real seconds between two New York wall-clock times, from each day's UTC offset, which the zone's
 * rules are asked once per day of this century instead of twice per call: a trip's duration is read
 * four or five times as it is checked and stored, and a {@link ZonedDateTime} for each of its times
 * was 5 % of data prep's load, three times what this costs (BENCHMARKS.md, issue 20). A day on
 * which the offset changes — the two switch days of a year — is not answered here ({@link
 * #UNKNOWN}): a time on it may not exist or happen twice, and the caller places it by the rules.
 */
final class NewYorkSeconds {

  /** What {@link #between} answers when either time falls on a day the offset changes. */
  static final long UNKNOWN = Long.MIN_VALUE;

  private static final int CHANGES = Integer.MIN_VALUE;
  private static final int NOT_YET = Integer.MAX_VALUE;

  /** The days kept, from 2000-01-01 for a hundred years; any other day is asked of the rules. */
  private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

  private static final int DAYS = 36_525;

  /**
   * Each day's offset in seconds, {@link #CHANGES} or {@link #NOT_YET}. Threads that race on a day
   * each write the same value, so no lock is needed.
   */
  private static final int[] OFFSETS = notYet();

  private NewYorkSeconds() {}

  /** Seconds from {@code from} to {@code to} in real time, or {@link #UNKNOWN}. */
  static long between(LocalDateTime from, LocalDateTime to) {
    int a = offset(from.toLocalDate());
    int b = offset(to.toLocalDate());
    if (a == CHANGES || b == CHANGES) {
      return UNKNOWN;
    }
    return (to.toEpochSecond(ZoneOffset.UTC) - b) - (from.toEpochSecond(ZoneOffset.UTC) - a);
  }

  private static int offset(LocalDate day) {
    long i = day.toEpochDay() - FIRST_DAY;
    if (i < 0 || i >= DAYS) {
      return singleOffset(day);
    }
    int o = OFFSETS[(int) i];
    if (o == NOT_YET) {
      o = singleOffset(day);
      OFFSETS[(int) i] = o;
    }
    return o;
  }

  /** The day's one offset in seconds, or {@link #CHANGES} if the offset changes during it. */
  private static int singleOffset(LocalDate day) {
    ZonedDateTime start = day.atStartOfDay(NewYork.ZONE);
    ZoneOffsetTransition next = NewYork.ZONE.getRules().nextTransition(start.toInstant());
    boolean changes =
        next != null
            && next.getInstant().isBefore(day.plusDays(1).atStartOfDay(NewYork.ZONE).toInstant());
    return changes ? CHANGES : start.getOffset().getTotalSeconds();
  }

  private static int[] notYet() {
    int[] offsets = new int[DAYS];
    java.util.Arrays.fill(offsets, NOT_YET);
    return offsets;
  }
}
