package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link SearchRequest} found: the documents that came back and the aggregations. An index
 * that does not exist yet answers as an empty one.
 */
public final class SearchAnswer {

  private final JsonNode answer;
  private final Reader read;

  /** How a stored document becomes its record ({@link SearchClient#read}). */
  interface Reader {
    <T> T apply(JsonNode source, Class<T> type);
  }

  SearchAnswer(JsonNode answer, Reader read) {
    this.answer = answer == null ? MissingNode.getInstance() : answer;
    this.read = read;
  }

  /** The documents that came back, in the request's order. */
  public List<JsonNode> sources() {
    List<JsonNode> sources = new ArrayList<>();
    answer.path("hits").path("hits").forEach(hit -> sources.add(hit.path("_source")));
    return sources;
  }

  /** How many documents the query found, if the request counted them ({@code countingTotal}). */
  public long total() {
    return answer.path("hits").path("total").path("value").asLong();
  }

  /** The documents that came back, as the records they were written from. */
  public <T> List<T> sources(Class<T> type) {
    return sources().stream().map(source -> read.apply(source, type)).toList();
  }

  /** The aggregation of this name. */
  public Aggregated aggregation(String name) {
    return new Aggregated(answer.path("aggregations").path(name));
  }
}
