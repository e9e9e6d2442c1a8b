package nyc.cabportal.trips;

import java.util.Arrays;

/**
 * The lines of one file seen so far, as 64-bit hashes in an open-addressing table: 16 bytes per
 * line at most, so a 13-million-line TLC month needs about 256 MB. Two different lines of one file
 * share a hash with probability about n²/2⁶⁵ (5 in a million for 13 M lines); such a line would be
 * reported as a duplicate of the other.
 */
public final class LineHashes {

  private long[] table = new long[1 << 12];
  private boolean hasZero;
  private int size;

  /** Adds {@code line}; false when an equal line was added before. */
  public boolean add(String line) {
    long h = hash(line);
    if (h == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      return true;
    }
    if (size * 2 >= table.length) {
      grow();
    }
    return insert(table, h);
  }

  private boolean insert(long[] t, long h) {
    int mask = t.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (t[i] != 0) {
      if (t[i] == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
    t[i] = h;
    size++;
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    size = 0;
    for (long h : old) {
      if (h != 0) {
        insert(table, h);
      }
    }
  }

  /** A multiply-and-rotate hash of the characters, finished with SplitMix64's mixer. */
  static long hash(String s) {
    long h = 0x9E3779B97F4A7C15L ^ s.length();
    for (int i = 0; i < s.length(); i++) {
      h = mix(h, s.charAt(i));
    }
    return finish(h);
  }

  /** One step of the hash: {@code v} mixed into the running value {@code h}. */
  static long mix(long h, long v) {
    return Long.rotateLeft(h ^ v, 23) * 0xBF58476D1CE4E5B9L;
  }

  /** SplitMix64's finishing mixer: every bit of {@code h} reaches every bit of the hash. */
  static long finish(long h) {
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  void clear() {
    Arrays.fill(table, 0);
    size = 0;
    hasZero = false;
  }
}
