package nyc.cabportal.domain.ride;

/** One thing wrong with what a rider sent, named by the field it concerns. */
public record FieldError(String field, String message) {}
