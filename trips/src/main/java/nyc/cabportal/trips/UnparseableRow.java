package nyc.cabportal.trips;

/** A row that cannot be read as a trip; the message names the field and what is wrong with it. */
public final class UnparseableRow extends Exception {

  public UnparseableRow(String detail) {
    super(detail, null, false, false); // thousands per file: no stack traces
  }
}
