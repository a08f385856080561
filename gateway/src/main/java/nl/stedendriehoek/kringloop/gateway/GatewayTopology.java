package nl.stedendriehoek.kringloop.gateway;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the topology reports: one broker, one partition, always leader and healthy while the
 * process runs (the engine is in-process). {@code lastCompletedChangeId} counts purges, which
 * Camunda Process Test waits for after {@code /actuator/cluster/purge}.
 */
public final class GatewayTopology {

  /** The Camunda version whose API Kringloop serves; clients and CPT log and compare it. */
  public static final String VERSION = "8.8.14";

  public static final int PARTITION_ID = 1;

  private final AtomicLong lastCompletedChangeId = new AtomicLong();

  public long lastCompletedChangeId() {
    return lastCompletedChangeId.get();
  }

  /** Records one completed cluster change (a purge) and returns its id. */
  public long completeChange() {
    return lastCompletedChangeId.incrementAndGet();
  }
}
