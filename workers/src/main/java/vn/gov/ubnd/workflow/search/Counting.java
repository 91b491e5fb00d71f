package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of documents by the values of a keyword field, and by month, in our words: one request, no
 * document read, no bucket list silently cut short (more values than asked for is an error, not an
 * undercount).
 */
public final class Counting {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SearchClient search;

  public Counting(SearchClient search) {
    this.search = search;
  }

  /** How many documents the query finds per value of the field; values with none are absent. */
  public Map<String, Long> countBy(String index, Query query, String field, int maxValues) {
    ObjectNode body = body(query);
    body.putObject("aggs").set("values", terms(field, maxValues));
    Map<String, Long> counts = new LinkedHashMap<>();
    search
        .search(index, body)
        .ifPresent(answer -> read(answer.path("aggregations").path("values"), field, counts));
    return counts;
  }

  /**
   * Per calendar month of the date field, within the days given, how many documents the query finds
   * per value of the field; every month of the range is present, an empty one with no values.
   */
  public Map<YearMonth, Map<String, Long>> countByMonth(
      String index,
      Query query,
      String dateField,
      LocalDate from,
      LocalDate to,
      String field,
      int maxValues) {
    ObjectNode body =
        body(Query.allOf(java.util.List.of(query, Query.dateBetween(dateField, from, to))));
    ObjectNode months = body.putObject("aggs").putObject("months");
    months
        .putObject("date_histogram")
        .put("field", dateField)
        .put("calendar_interval", "month")
        .put("format", "yyyy-MM")
        .put("min_doc_count", 0)
        .putObject("extended_bounds")
        .put("min", YearMonth.from(from).toString())
        .put("max", YearMonth.from(to).toString());
    months.putObject("aggs").set("values", terms(field, maxValues));
    Map<YearMonth, Map<String, Long>> counts = new TreeMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      counts.put(m, new LinkedHashMap<>());
    }
    search
        .search(index, body)
        .ifPresent(
            answer -> {
              for (JsonNode bucket : answer.path("aggregations").path("months").path("buckets")) {
                YearMonth month = YearMonth.parse(bucket.path("key_as_string").asText());
                Map<String, Long> values =
                    counts.computeIfAbsent(month, m -> new LinkedHashMap<>());
                read(bucket.path("values"), field, values);
              }
            });
    return counts;
  }

  private static ObjectNode body(Query query) {
    ObjectNode body = NODES.objectNode();
    body.put("size", 0);
    body.put("track_total_hits", false);
    body.set("query", query.json());
    return body;
  }

  private static ObjectNode terms(String field, int maxValues) {
    ObjectNode terms = NODES.objectNode();
    terms.putObject("terms").put("field", field).put("size", maxValues);
    return terms;
  }

  private static void read(JsonNode terms, String field, Map<String, Long> into) {
    if (terms.path("sum_other_doc_count").asLong() > 0) {
      throw new IllegalStateException(
          "more values of " + field + " than the count asked for: raise its maximum");
    }
    for (JsonNode bucket : terms.path("buckets")) {
      into.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
    }
  }
}
