package vn.gov.ubnd.workflow.directives;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.StoredDocument;
import vn.gov.ubnd.workflow.search.VersionConflictException;

/** Directives in the search index, one document per directive id, events beside them. */
@Component
public class IndexedDirectiveStore implements DirectiveStore {

  static final String DIRECTIVES = "directives";
  static final String EVENTS = "directive-events";
  private static final int MAX_CONFLICT_RETRIES = 10;

  private final SearchClient search;
  private final ObjectMapper json;

  public IndexedDirectiveStore(SearchClient search, ObjectMapper json) {
    this.search = search;
    this.json = json;
  }

  private void ensureIndices() {
    search.ensureIndexFromResource(DIRECTIVES, "search/directives.json");
    search.ensureIndexFromResource(EVENTS, "search/directive-events.json");
  }

  @Override
  public Optional<Directive> find(String directiveId) {
    ensureIndices();
    return search.get(DIRECTIVES, directiveId).map(doc -> read(doc.source(), Directive.class));
  }

  @Override
  public boolean create(Directive directive) {
    ensureIndices();
    return search.create(DIRECTIVES, directive.directiveId(), directive);
  }

  @Override
  public Directive update(String directiveId, UnaryOperator<Directive> change) {
    ensureIndices();
    for (int attempt = 1; ; attempt++) {
      StoredDocument stored =
          search
              .get(DIRECTIVES, directiveId)
              .orElseThrow(
                  () -> new IllegalStateException("directive " + directiveId + " is not indexed"));
      Directive current = read(stored.source(), Directive.class);
      Directive changed = change.apply(current);
      if (changed.equals(current)) {
        return current;
      }
      try {
        search.replace(DIRECTIVES, stored, changed);
        return changed;
      } catch (VersionConflictException e) {
        if (attempt >= MAX_CONFLICT_RETRIES) {
          throw e;
        }
      }
    }
  }

  @Override
  public void record(DirectiveEvent event) {
    ensureIndices();
    search.put(EVENTS, event.eventId(), event);
  }

  @Override
  public List<DirectiveEvent> events(String directiveId) {
    ensureIndices();
    JsonNode query =
        json.createObjectNode()
            .set("term", json.createObjectNode().put("directiveId", directiveId));
    return search.searchAll(EVENTS, query, "at").stream()
        .map(node -> read(node, DirectiveEvent.class))
        .toList();
  }

  @Override
  public List<Directive> assignedBetween(LocalDate from, LocalDate to) {
    ensureIndices();
    JsonNode query =
        json.createObjectNode()
            .set(
                "range",
                json.createObjectNode()
                    .set(
                        "assignedOn",
                        json.createObjectNode()
                            .put("gte", from.toString())
                            .put("lte", to.toString())));
    return search.searchAll(DIRECTIVES, query, "directiveId").stream()
        .map(node -> read(node, Directive.class))
        .toList();
  }

  private <T> T read(JsonNode node, Class<T> type) {
    try {
      return json.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "unreadable " + type.getSimpleName() + " in the index: " + e.getMessage(), e);
    }
  }
}
