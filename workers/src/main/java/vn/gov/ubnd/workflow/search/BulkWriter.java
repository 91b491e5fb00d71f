package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;

/**
 * Bulk requests: one NDJSON request for many writes, and the operations the cluster turned away for
 * a passing reason (429, 503) sent again on their own; the others' outcomes are final.
 */
final class BulkWriter {

  private final SearchTransport transport;
  private final ObjectMapper json;
  private final UnaryOperator<String> indexName;
  private final Function<Object, String> write;

  BulkWriter(
      SearchTransport transport,
      ObjectMapper json,
      UnaryOperator<String> indexName,
      Function<Object, String> write) {
    this.transport = transport;
    this.json = json;
    this.indexName = indexName;
    this.write = write;
  }

  List<BulkOutcome> bulk(List<BulkOperation> operations, Refresh refresh) {
    BulkOutcome[] outcomes = new BulkOutcome[operations.size()];
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      pending.add(i);
    }
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      List<BulkOperation> batch = pending.stream().map(operations::get).toList();
      List<BulkOutcome> answered = bulkOnce(batch, refresh);
      List<Integer> overloaded = new ArrayList<>();
      for (int k = 0; k < pending.size(); k++) {
        outcomes[pending.get(k)] = answered.get(k);
        if (SearchTransport.passing(answered.get(k).status())) {
          overloaded.add(pending.get(k)); // only these are sent again
        }
      }
      pending = overloaded;
      if (!pending.isEmpty()) {
        transport.pauseForOverload(attempt, null);
      }
    }
    return List.of(outcomes);
  }

  private List<BulkOutcome> bulkOnce(List<BulkOperation> operations, Refresh refresh) {
    if (operations.isEmpty()) {
      return List.of();
    }
    StringBuilder body = new StringBuilder();
    for (BulkOperation op : operations) {
      ObjectNode meta = json.createObjectNode();
      ObjectNode action = meta.putObject(op.create() ? "create" : "index");
      action.put("_index", indexName.apply(op.index()));
      action.put("_id", op.id());
      if (op.ifVersion() != null) {
        action.put("if_seq_no", op.ifVersion().seqNo());
        action.put("if_primary_term", op.ifVersion().primaryTerm());
      }
      body.append(meta).append('\n').append(write.apply(op.document())).append('\n');
    }
    Request request = new Request("POST", "/_bulk" + refresh.parameter('?'));
    request.setEntity(
        new NStringEntity(
            body.toString(), ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
    JsonNode answer = transport.perform(request, false).orElseThrow();
    List<BulkOutcome> outcomes = new ArrayList<>(operations.size());
    for (JsonNode item : answer.path("items")) {
      JsonNode result = item.elements().next();
      JsonNode error = result.path("error");
      outcomes.add(
          new BulkOutcome(
              result.path("status").asInt(),
              error.isMissingNode() ? null : error.path("type").asText(),
              error.isMissingNode() ? null : error.path("reason").asText()));
    }
    return outcomes;
  }
}
