package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One aggregation's answer, or one of its groups: its groups in the index's order, a group by key,
 * its document count, the aggregations inside it. An aggregation the index did not answer (no such
 * index yet) reads as empty: no groups, count 0.
 */
public final class Aggregated {

  private final JsonNode node;
  private final String namedKey;

  Aggregated(JsonNode node) {
    this(node, null);
  }

  private Aggregated(JsonNode node, String namedKey) {
    this.node = node == null ? MissingNode.getInstance() : node;
    this.namedKey = namedKey;
  }

  /** The groups; for named queries in the order they were given. */
  public List<Aggregated> groups() {
    List<Aggregated> groups = new ArrayList<>();
    JsonNode buckets = node.path("buckets");
    if (buckets.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> named = buckets.fields();
      named.forEachRemaining(e -> groups.add(new Aggregated(e.getValue(), e.getKey())));
    } else {
      buckets.forEach(b -> groups.add(new Aggregated(b)));
    }
    return groups;
  }

  /** The group of this key (a value, a range's or a named query's key); empty if none. */
  public Aggregated group(String key) {
    JsonNode buckets = node.path("buckets");
    if (buckets.isObject()) {
      return new Aggregated(buckets.get(key), key);
    }
    for (JsonNode bucket : buckets) {
      if (key.equals(bucket.path("key").asText())) {
        return new Aggregated(bucket);
      }
    }
    return new Aggregated(null);
  }

  /** The aggregation of this name inside the group. */
  public Aggregated get(String name) {
    return new Aggregated(node.path(name));
  }

  /** The group's key: the field's value, the range's or the query's name. */
  public String key() {
    return namedKey != null ? namedKey : node.path("key").asText();
  }

  /** The group's key as a day (a date field's value or a month's first day). */
  public LocalDate day() {
    String text = node.has("key_as_string") ? node.path("key_as_string").asText() : key();
    return text.length() == 7
        ? LocalDate.parse(text + "-01")
        : LocalDate.parse(text.substring(0, 10));
  }

  /** How many documents the group holds. */
  public int count() {
    return node.path("doc_count").asInt();
  }

  /**
   * The groups, all of them: a group list the index cut short would undercount every sum, so it is
   * refused rather than read.
   *
   * @param what what is grouped, for the message ("agencies", "source documents")
   */
  public List<Aggregated> allGroups(String what) {
    if (node.path("sum_other_doc_count").asLong() > 0) {
      throw new IllegalStateException(
          "more " + what + " than the aggregation asks for: raise its maximum");
    }
    return groups();
  }
}
