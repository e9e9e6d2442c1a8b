package nyc.cabportal.infrastructure.mongo;

import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideResult;
import org.bson.Document;

/** Test access to the package-private document mapping. */
public final class RideDocumentTestAccess {

  private RideDocumentTestAccess() {}

  public static Document pending(RideRequest r) {
    return RideDocument.pending(r);
  }

  public static RideResult result(Document d) {
    return RideDocument.result(d);
  }
}
