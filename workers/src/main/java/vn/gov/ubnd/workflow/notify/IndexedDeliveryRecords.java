package vn.gov.ubnd.workflow.notify;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.SearchClient;

/** Deliveries in the search index, one document per submission and channel (read by id). */
@Component
class IndexedDeliveryRecords implements DeliveryRecords {

  private static final String DELIVERIES = "council-deliveries";

  private final SearchClient search;

  public IndexedDeliveryRecords(SearchClient search) {
    this.search = search;
  }

  @Override
  public Optional<String> deliveredAt(String submissionId, String channel) {
    search.ensureIndexFromResource(DELIVERIES, "search/council-deliveries.json");
    return search
        .get(DELIVERIES, submissionId + ":" + channel)
        .map(doc -> doc.source().path("deliveredAt").asText());
  }

  @Override
  public void recordDelivery(String submissionId, String channel, String at) {
    search.ensureIndexFromResource(DELIVERIES, "search/council-deliveries.json");
    search.create(
        DELIVERIES,
        submissionId + ":" + channel,
        Map.of("submissionId", submissionId, "channel", channel, "deliveredAt", at));
  }
}
