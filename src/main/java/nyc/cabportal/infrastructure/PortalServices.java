package nyc.cabportal.infrastructure;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.application.PendingRideRecovery;
import nyc.cabportal.application.RefusedRides;
import nyc.cabportal.application.RideAdmission;
import nyc.cabportal.application.RideCancellation;
import nyc.cabportal.application.RideIntake;
import nyc.cabportal.application.RideMetrics;
import nyc.cabportal.application.RideTracker;
import nyc.cabportal.application.admin.DataQuality;
import nyc.cabportal.application.admin.HeatMaps;
import nyc.cabportal.application.admin.LiveOperations;
import nyc.cabportal.application.admin.TripDashboard;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.PlaceNames;
import nyc.cabportal.domain.place.ServiceArea;
import nyc.cabportal.domain.ride.RideQueue;
import nyc.cabportal.domain.ride.RideRepository;
import nyc.cabportal.domain.ride.RideRequestValidator;
import nyc.cabportal.infrastructure.mongo.CabReleaseDocument;
import nyc.cabportal.infrastructure.mongo.MongoBatchSummaries;
import nyc.cabportal.infrastructure.mongo.MongoDataPrepRuns;
import nyc.cabportal.infrastructure.mongo.MongoLiveFleet;
import nyc.cabportal.infrastructure.mongo.MongoPortalRoster;
import nyc.cabportal.infrastructure.mongo.MongoRequestRate;
import nyc.cabportal.infrastructure.mongo.MongoRideRepository;
import nyc.cabportal.infrastructure.mongo.MongoTripTables;
import nyc.cabportal.infrastructure.mongo.RideDocument;
import nyc.cabportal.infrastructure.mongo.SharedCollections;
import nyc.cabportal.infrastructure.mongo.StorePing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assembles the use cases from configuration. The use cases and the domain are plain, final classes
 * with constructors (so unit tests build them with {@code new}); this is the one place that knows
 * which implementation and which setting each one gets. They are produced once per application as
 * {@code @Singleton}, which, unlike a normal scope, needs no proxyable class.
 */
@ApplicationScoped
public class PortalServices {

  @Inject
  @ConfigProperty(name = "mongodb.uri", defaultValue = "mongodb://localhost:27017")
  String mongoUri;

  @Inject
  @ConfigProperty(name = "mongodb.database", defaultValue = "cabportal")
  String database;

  @Inject
  @ConfigProperty(name = "cab.results.watch-minutes", defaultValue = "30")
  long watchMinutes;

  @Inject
  @ConfigProperty(name = "cab.results.cache-size", defaultValue = "10000")
  int cacheSize;

  @Inject
  @ConfigProperty(name = "cab.admission.max-wait-ms", defaultValue = "2000")
  long admissionMaxWaitMs;

  @Inject
  @ConfigProperty(name = "cab.admission.max-submitting", defaultValue = "256")
  int admissionMaxSubmitting;

  @Inject
  @ConfigProperty(name = "cab.recovery.grace-seconds", defaultValue = "60")
  long recoveryGraceSeconds;

  @Inject
  @ConfigProperty(name = "cab.recovery.interval-seconds", defaultValue = "15")
  long recoveryIntervalSeconds;

  @Produces
  @Singleton
  MongoClient mongoClient() {
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(mongoUri))
            // Fail a request in seconds, not the driver's default 30 s, when the store is down.
            .applyToClusterSettings(b -> b.serverSelectionTimeout(3, TimeUnit.SECONDS))
            .applyToSocketSettings(b -> b.connectTimeout(3, TimeUnit.SECONDS))
            .build());
  }

  void closeMongoClient(@Disposes MongoClient client) {
    client.close();
  }

  @Produces
  MongoDatabase mongoDatabase(MongoClient client) {
    return client.getDatabase(database);
  }

  @Produces
  @Singleton
  StorePing storePing(MongoDatabase db) {
    return new StorePing(db);
  }

  @Produces
  @Singleton
  MongoRideRepository mongoRides(MongoDatabase db) {
    return new MongoRideRepository(
        db.getCollection(RideDocument.COLLECTION), db.getCollection(CabReleaseDocument.COLLECTION));
  }

  @Inject
  @ConfigProperty(name = "taxi.zones.geojson", defaultValue = "../shared/data/taxi_zones.geojson")
  String taxiZonesFile;

  @Produces
  @Singleton
  Neighbourhoods neighbourhoods() {
    return TaxiZoneNeighbourhoods.read(java.nio.file.Path.of(taxiZonesFile));
  }

  @Produces
  @Singleton
  PlaceNames placeNames(Neighbourhoods neighbourhoods) {
    return new PlaceNames(neighbourhoods);
  }

  @Produces
  @Singleton
  H3Hexagons hexagons() {
    return new H3Hexagons();
  }

  @Produces
  @Singleton
  MongoTripTables tripTables(MongoDatabase db, Clock clock) {
    return new MongoTripTables(db, clock);
  }

  @Produces
  @Singleton
  TripDashboard tripDashboard(
      MongoTripTables tables, H3Hexagons hexagons, Neighbourhoods neighbourhoods) {
    return new TripDashboard(tables, hexagons, neighbourhoods);
  }

  @Produces
  @Singleton
  HeatMaps heatMaps(MongoTripTables tables, H3Hexagons hexagons) {
    return new HeatMaps(tables, hexagons);
  }

  @Produces
  @Singleton
  LiveOperations liveOperations(MongoDatabase db, Clock clock) {
    return new LiveOperations(
        new MongoLiveFleet(db),
        new MongoBatchSummaries(db.getCollection(MongoBatchSummaries.COLLECTION)),
        new MongoRequestRate(db.getCollection(MongoRequestRate.COLLECTION)),
        clock);
  }

  @Produces
  @Singleton
  DataQuality dataQuality(MongoDatabase db) {
    return new DataQuality(
        new MongoDataPrepRuns(db.getCollection(SharedCollections.DATAPREP_RUNS)));
  }

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  RideTracker tracker(RideRepository rides, RideMetrics metrics, Clock clock) {
    return new RideTracker(rides, metrics, clock, Duration.ofMinutes(watchMinutes), cacheSize);
  }

  @Produces
  @Singleton
  RideIntake intake(
      RideRepository rides,
      RideQueue queue,
      RideTracker tracker,
      RideMetrics metrics,
      RefusedRides refused,
      Neighbourhoods neighbourhoods,
      Clock clock) {
    RideAdmission admission =
        new RideAdmission(
            tracker::longestWait, Duration.ofMillis(admissionMaxWaitMs), admissionMaxSubmitting);
    return new RideIntake(
        new RideRequestValidator(ServiceArea.NYC, neighbourhoods),
        rides,
        queue,
        tracker,
        metrics,
        refused,
        admission,
        clock);
  }

  @Produces
  @Singleton
  RideCancellation cancellation(RideRepository rides, RideTracker tracker, Clock clock) {
    return new RideCancellation(rides, tracker, clock);
  }

  @Produces
  @Singleton
  RefusedRides refusedRides(RideRepository rides) {
    return new RefusedRides(rides, 100_000);
  }

  @Produces
  @Singleton
  PendingRideRecovery recovery(
      RideRepository rides,
      MongoDatabase db,
      RideQueue queue,
      RideMetrics metrics,
      RefusedRides refused,
      Clock clock) {
    return new PendingRideRecovery(
        rides,
        new MongoPortalRoster(db.getCollection(MongoPortalRoster.COLLECTION)),
        rosterName(),
        queue,
        metrics,
        refused,
        clock,
        Duration.ofSeconds(recoveryGraceSeconds),
        Duration.ofSeconds(recoveryIntervalSeconds));
  }

  /** This run's name on the portal roster: the host (the pod, on Kubernetes) and a fresh id. */
  private static String rosterName() {
    String host = System.getenv().getOrDefault("HOSTNAME", "portal");
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
