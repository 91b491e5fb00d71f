package vn.gov.ubnd.workflow.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.ubnd.workflow.notify.DeliveryRecords;

/** Deliveries kept in memory, for tests without the index. */
public class InMemoryDeliveryRecords implements DeliveryRecords {

  private final Map<String, String> delivered = new ConcurrentHashMap<>();

  @Override
  public Optional<String> deliveredAt(String submissionId, String channel) {
    return Optional.ofNullable(delivered.get(submissionId + ":" + channel));
  }

  @Override
  public void recordDelivery(String submissionId, String channel, String at) {
    delivered.putIfAbsent(submissionId + ":" + channel, at);
  }

  public void clear() {
    delivered.clear();
  }
}
