package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reading many documents a page at a time with search_after (never from/size, which costs more the
 * deeper the page): one page for a screen, or every page for a sweep.
 */
final class Paging {

  /** Documents a page when every page is read. */
  private static final int SWEEP_PAGE = 1000;

  private final SearchTransport transport;
  private final ObjectMapper json;
  private final UnaryOperator<String> indexName;

  Paging(SearchTransport transport, ObjectMapper json, UnaryOperator<String> indexName) {
    this.transport = transport;
    this.json = json;
    this.indexName = indexName;
  }

  SearchPage page(String name, Query query, List<Sort> order, int size, String cursor) {
    ObjectNode body = json.createObjectNode();
    body.set("query", query.json());
    body.put("size", size);
    body.put("track_total_hits", true);
    ArrayNode sort = body.putArray("sort");
    for (Sort key : order) {
      ObjectNode options = sort.addObject().putObject(key.field());
      options.put("order", key.descending() ? "desc" : "asc");
      if (!Sort.RELEVANCE.equals(key.field())) {
        options.put("missing", "_last");
      }
    }
    JsonNode after = PageCursor.decode(cursor, order.size());
    if (after != null) {
      body.set("search_after", after);
    }
    Optional<JsonNode> answer = search(name, body);
    if (answer.isEmpty()) {
      return new SearchPage(0, List.of(), null);
    }
    JsonNode hits = answer.get().path("hits");
    List<JsonNode> sources = new ArrayList<>();
    JsonNode last = null;
    for (JsonNode hit : hits.path("hits")) {
      sources.add(hit.get("_source"));
      last = hit.get("sort");
    }
    String next = sources.size() == size && last != null ? PageCursor.encode(last) : null;
    return new SearchPage(hits.path("total").path("value").asLong(), sources, next);
  }

  List<JsonNode> all(String name, JsonNode query, String sortField) {
    List<JsonNode> sources = new ArrayList<>();
    JsonNode searchAfter = null;
    while (true) {
      ObjectNode body = json.createObjectNode();
      body.set("query", query);
      body.put("size", SWEEP_PAGE);
      body.putArray("sort").addObject().put(sortField, "asc");
      if (searchAfter != null) {
        body.set("search_after", searchAfter);
      }
      Optional<JsonNode> result = search(name, body);
      if (result.isEmpty()) {
        return sources; // no such index yet: nothing written
      }
      JsonNode hits = result.get().path("hits").path("hits");
      for (JsonNode hit : hits) {
        sources.add(hit.get("_source"));
        searchAfter = hit.get("sort");
      }
      if (hits.size() < SWEEP_PAGE) {
        return sources;
      }
    }
  }

  private Optional<JsonNode> search(String name, JsonNode body) {
    return transport.send("POST", "/" + indexName.apply(name) + "/_search", body.toString(), true);
  }
}
