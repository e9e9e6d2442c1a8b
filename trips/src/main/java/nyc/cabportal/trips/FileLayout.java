package nyc.cabportal.trips;

import java.io.Serializable;

/**
 * Where each column sits in one file, found from its header.
 *
 * @param index the field position of each {@link Column} (by ordinal), -1 when the format lacks it
 * @param headerFields how many names the header has; Green rows carry two more, always empty
 */
public record FileLayout(TripFormat format, int[] index, int headerFields) implements Serializable {

  public int of(Column c) {
    return index[c.ordinal()];
  }
}
