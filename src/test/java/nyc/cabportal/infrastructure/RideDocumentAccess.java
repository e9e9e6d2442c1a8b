package nyc.cabportal.infrastructure;

import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideResult;
import org.bson.Document;

/** Opens RideDocument's package-private mapping to the contract test. */
final class RideDocumentAccess {

  private RideDocumentAccess() {}

  static Document pending(RideRequest r) {
    return nyc.cabportal.infrastructure.mongo.RideDocumentTestAccess.pending(r);
  }

  static RideResult result(Document d) {
    return nyc.cabportal.infrastructure.mongo.RideDocumentTestAccess.result(d);
  }
}
