package nyc.cabportal.worker.contract;

import java.io.Serializable;

/**
 * One Kafka record after decoding: where it came from, and either a valid ride request or the
 * reason it is not one ({@link #getProblem()} non-null). A flat Java bean so that Spark can encode
 * it ({@code Encoders.bean}).
 */
public class DecodedRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  private int partition;
  private long offset;
  private long kafkaTimestamp;
  private String key;
  private String value;
  private String id;
  private double pickupLat;
  private double pickupLon;
  private double dropoffLat;
  private double dropoffLon;
  private int passengers;
  private String pickupAt;
  private String acceptedAt;
  private String problem;

  public boolean isValid() {
    return problem == null;
  }

  public int getPartition() {
    return partition;
  }

  public void setPartition(int partition) {
    this.partition = partition;
  }

  public long getOffset() {
    return offset;
  }

  public void setOffset(long offset) {
    this.offset = offset;
  }

  public long getKafkaTimestamp() {
    return kafkaTimestamp;
  }

  public void setKafkaTimestamp(long kafkaTimestamp) {
    this.kafkaTimestamp = kafkaTimestamp;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  /** The ride id, when the record names one (even an invalid record may). */
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public double getPickupLat() {
    return pickupLat;
  }

  public void setPickupLat(double pickupLat) {
    this.pickupLat = pickupLat;
  }

  public double getPickupLon() {
    return pickupLon;
  }

  public void setPickupLon(double pickupLon) {
    this.pickupLon = pickupLon;
  }

  public double getDropoffLat() {
    return dropoffLat;
  }

  public void setDropoffLat(double dropoffLat) {
    this.dropoffLat = dropoffLat;
  }

  public double getDropoffLon() {
    return dropoffLon;
  }

  public void setDropoffLon(double dropoffLon) {
    this.dropoffLon = dropoffLon;
  }

  public int getPassengers() {
    return passengers;
  }

  public void setPassengers(int passengers) {
    this.passengers = passengers;
  }

  public String getPickupAt() {
    return pickupAt;
  }

  public void setPickupAt(String pickupAt) {
    this.pickupAt = pickupAt;
  }

  public String getAcceptedAt() {
    return acceptedAt;
  }

  public void setAcceptedAt(String acceptedAt) {
    this.acceptedAt = acceptedAt;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }
}
