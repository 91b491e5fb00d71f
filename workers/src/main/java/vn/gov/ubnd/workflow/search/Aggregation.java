package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * An aggregation in our words: documents grouped by a field's values, by date ranges, by month or
 * by named queries, with aggregations inside each group ({@link #with}). The answer is read as an
 * {@link Aggregated}; features never write or decode the request's JSON.
 */
public final class Aggregation {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode node;

  private Aggregation(ObjectNode node) {
    this.node = node;
  }

  /** A group per value of a keyword field, the largest groups first, at most {@code size}. */
  public static Aggregation terms(String field, int size) {
    ObjectNode a = NODES.objectNode();
    a.putObject("terms").put("field", field).put("size", size);
    return new Aggregation(a);
  }

  /** The groups in the order of their values. */
  public Aggregation byValue() {
    terms().putObject("order").put("_key", "asc");
    return this;
  }

  /** The largest groups first, alphabetically on a tie (the commonest name of a group). */
  public Aggregation largestFirst() {
    ArrayNode order = terms().putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    return this;
  }

  /** The groups by a metric inside them ({@link #latest}), largest first. */
  public Aggregation byMetricDescending(String metric) {
    terms().putObject("order").put(metric, "desc");
    return this;
  }

  /** Documents without the field grouped under this value instead of left out. */
  public Aggregation missingAs(String value) {
    terms().put("missing", value);
    return this;
  }

  /** The documents the query finds. */
  public static Aggregation filter(Query query) {
    ObjectNode a = NODES.objectNode();
    a.set("filter", query.json());
    return new Aggregation(a);
  }

  /** A group per named query (a document may be in several, or none). */
  public static Aggregation named(Map<String, Query> queries) {
    ObjectNode a = NODES.objectNode();
    ObjectNode filters = a.putObject("filters").putObject("filters");
    queries.forEach((name, query) -> filters.set(name, query.json()));
    return new Aggregation(a);
  }

  /** Groups of a date field by range; each {@link DateRange} named by its key. */
  public static Aggregation dateRanges(String field, List<DateRange> ranges) {
    ObjectNode a = NODES.objectNode();
    ObjectNode range = a.putObject("range");
    range.put("field", field);
    ArrayNode list = range.putArray("ranges");
    for (DateRange r : ranges) {
      ObjectNode item = list.addObject().put("key", r.key());
      if (r.from() != null) {
        item.put("from", r.from().toString());
      }
      if (r.before() != null) {
        item.put("to", r.before().toString());
      }
    }
    return new Aggregation(a);
  }

  /** A group per calendar month of a date field, every month of the range present. */
  public static Aggregation months(String field, YearMonth from, YearMonth to) {
    ObjectNode a = NODES.objectNode();
    a.putObject("date_histogram")
        .put("field", field)
        .put("calendar_interval", "month")
        .put("format", "yyyy-MM")
        .put("min_doc_count", 0)
        .putObject("extended_bounds")
        .put("min", from.toString())
        .put("max", to.toString());
    return new Aggregation(a);
  }

  /** The latest value of a date field. */
  public static Aggregation latest(String field) {
    ObjectNode a = NODES.objectNode();
    a.putObject("max").put("field", field);
    return new Aggregation(a);
  }

  /** Adds an aggregation inside each group of this one. */
  public Aggregation with(String name, Aggregation inside) {
    node.withObjectProperty("aggs").set(name, inside.node);
    return this;
  }

  private ObjectNode terms() {
    if (!node.has("terms")) {
      throw new IllegalStateException("an order or missing value is for terms aggregations");
    }
    return (ObjectNode) node.get("terms");
  }

  JsonNode json() {
    return node;
  }

  /**
   * Dates from {@code from} (inclusive) to before {@code before} (exclusive); a null bound is open.
   */
  public record DateRange(String key, LocalDate from, LocalDate before) {

    public static DateRange before(String key, LocalDate day) {
      return new DateRange(key, null, day);
    }

    public static DateRange from(String key, LocalDate day) {
      return new DateRange(key, day, null);
    }
  }
}
