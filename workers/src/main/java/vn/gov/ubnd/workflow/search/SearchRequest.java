package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One search in our words: the documents a query finds, counted in named aggregations, and at most
 * a bounded number of them in an order. Read with {@link SearchClient#search(String,
 * SearchRequest)}.
 */
public final class SearchRequest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode body = NODES.objectNode();

  private SearchRequest(Query query, int hits) {
    body.set("query", query.json());
    body.put("size", hits);
    body.put("track_total_hits", false);
  }

  /** Counts only: no document comes back, and the total is not counted. */
  public static SearchRequest counting(Query query) {
    return new SearchRequest(query, 0);
  }

  /** At most {@code hits} of the documents come back besides the counts. */
  public static SearchRequest returning(Query query, int hits) {
    return new SearchRequest(query, hits);
  }

  /** The documents found are counted exactly ({@link SearchAnswer#total()}). */
  public SearchRequest countingTotal() {
    body.put("track_total_hits", true);
    return this;
  }

  /** The documents that come back in this order. */
  public SearchRequest sortedBy(List<Sort> order) {
    ArrayNode sort = body.putArray("sort");
    order.forEach(key -> sort.addObject().put(key.field(), key.descending() ? "desc" : "asc"));
    return this;
  }

  /** Only documents the query also finds come back; the aggregations still count them all. */
  public SearchRequest returningOnly(Query query) {
    body.set("post_filter", query.json());
    return this;
  }

  public SearchRequest aggregate(String name, Aggregation aggregation) {
    body.withObjectProperty("aggs").set(name, aggregation.json());
    return this;
  }

  JsonNode json() {
    return body;
  }

  @Override
  public String toString() {
    return body.toString();
  }
}
