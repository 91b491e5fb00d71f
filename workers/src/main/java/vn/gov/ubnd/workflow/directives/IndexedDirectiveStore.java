package vn.gov.ubnd.workflow.directives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.BulkOperation;
import vn.gov.ubnd.workflow.search.BulkOutcome;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchRequestException;
import vn.gov.ubnd.workflow.search.Sort;
import vn.gov.ubnd.workflow.search.StoredDocument;
import vn.gov.ubnd.workflow.search.VersionConflictException;

/** Directives in the search index, one document per directive id, events beside them. */
@Component
public class IndexedDirectiveStore implements DirectiveStore {

  public static final String DIRECTIVES = "directives";
  static final String EVENTS = "directive-events";
  private static final int MAX_CONFLICT_RETRIES = 50;

  private final SearchClient search;

  public IndexedDirectiveStore(SearchClient search) {
    this.search = search;
  }

  private void ensureIndices() {
    search.ensureIndexFromResource(DIRECTIVES, "search/directives.json");
    search.ensureIndexFromResource(EVENTS, "search/directive-events.json");
  }

  @Override
  public Optional<Directive> find(String directiveId) {
    ensureIndices();
    return search
        .get(DIRECTIVES, directiveId)
        .map(doc -> search.read(doc.source(), Directive.class));
  }

  @Override
  public boolean create(Directive directive) {
    ensureIndices();
    return search.create(DIRECTIVES, directive.directiveId(), directive);
  }

  @Override
  public boolean create(Directive directive, DirectiveEvent registered) {
    ensureIndices();
    // Both as "create": a second instance for the same id overwrites neither the directive nor
    // the history of the first.
    List<BulkOutcome> outcomes =
        search.bulk(
            List.of(
                BulkOperation.create(DIRECTIVES, directive.directiveId(), directive),
                BulkOperation.create(EVENTS, registered.eventId(), registered)),
            Refresh.NONE);
    if (!outcomes.get(1).conflict()) {
      requireWritten(outcomes.get(1), registered.eventId()); // a conflict: recorded before
    }
    BulkOutcome created = outcomes.get(0);
    if (created.conflict()) {
      return false;
    }
    requireWritten(created, directive.directiveId());
    return true;
  }

  @Override
  public Map<String, Directive> findAll(Collection<String> directiveIds) {
    ensureIndices();
    Map<String, Directive> found = new LinkedHashMap<>();
    search
        .multiGet(DIRECTIVES, directiveIds)
        .forEach((id, doc) -> found.put(id, search.read(doc.source(), Directive.class)));
    return found;
  }

  @Override
  public Map<Long, Directive> findByInstances(Collection<Long> processInstanceKeys) {
    ensureIndices();
    Map<Long, Directive> found = new LinkedHashMap<>();
    if (processInstanceKeys.isEmpty()) {
      return found;
    }
    var page =
        search.page(
            DIRECTIVES,
            Query.anyOf(
                "processInstanceKey", processInstanceKeys.stream().map(String::valueOf).toList()),
            List.of(Sort.ascending("directiveId")),
            processInstanceKeys.size(),
            null);
    for (var source : page.sources()) {
      Directive d = search.read(source, Directive.class);
      found.put(d.processInstanceKey(), d);
    }
    return found;
  }

  @Override
  public Directive update(
      String directiveId,
      UnaryOperator<Directive> change,
      Function<Directive, DirectiveEvent> event) {
    ensureIndices();
    for (int attempt = 1; ; attempt++) {
      StoredDocument stored = require(directiveId);
      Directive current = search.read(stored.source(), Directive.class);
      Directive changed = change.apply(current);
      List<BulkOperation> writes = new ArrayList<>();
      if (!changed.equals(current)) {
        writes.add(BulkOperation.replace(DIRECTIVES, stored, changed));
      }
      DirectiveEvent happened = event == null ? null : event.apply(changed);
      if (happened != null) {
        writes.add(BulkOperation.put(EVENTS, happened.eventId(), happened));
      }
      List<BulkOutcome> outcomes = search.bulk(writes, Refresh.NONE);
      if (!changed.equals(current) && outcomes.get(0).conflict()) {
        // Changed meanwhile: the event is written again, from the directive as it then is.
        pauseAfterConflict(attempt, directiveId);
        continue;
      }
      for (int i = 0; i < outcomes.size(); i++) {
        requireWritten(outcomes.get(i), writes.get(i).id());
      }
      return changed;
    }
  }

  private StoredDocument require(String directiveId) {
    return search
        .get(DIRECTIVES, directiveId)
        .orElseThrow(
            () -> new IllegalStateException("directive " + directiveId + " is not indexed"));
  }

  private static void requireWritten(BulkOutcome outcome, String id) {
    if (!outcome.succeeded()) {
      throw new SearchRequestException(
          outcome.status(), "writing " + id + ": " + outcome.errorType() + " " + outcome.reason());
    }
  }

  @Override
  public Directive update(String directiveId, UnaryOperator<Directive> change) {
    return update(directiveId, change, null);
  }

  /**
   * Lets the writers that collided spread out (a random pause, growing with the attempts) before
   * reading again; gives up only after {@value #MAX_CONFLICT_RETRIES} attempts.
   */
  private static void pauseAfterConflict(int attempt, String directiveId) {
    if (attempt >= MAX_CONFLICT_RETRIES) {
      throw new VersionConflictException(
          "document " + directiveId + " kept changing while it was updated");
    }
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1 + Math.min(100, 2L << attempt)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while updating " + directiveId, e);
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
    return search.searchAll(EVENTS, Query.term("directiveId", directiveId), "at").stream()
        .map(node -> search.read(node, DirectiveEvent.class))
        .toList();
  }
}
