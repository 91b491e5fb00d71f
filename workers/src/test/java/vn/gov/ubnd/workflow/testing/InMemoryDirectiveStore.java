package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveEvent;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
import vn.gov.ubnd.workflow.search.SearchUnavailableException;

/** The directive store for process tests: same contract as the index, kept in memory. */
public class InMemoryDirectiveStore implements DirectiveStore {

  private final Map<String, Directive> directives = new ConcurrentHashMap<>();
  private volatile boolean down;

  /** Makes every call fail as the real index does when it cannot be reached. */
  public void setDown(boolean down) {
    this.down = down;
  }

  private void checkUp() {
    if (down) {
      throw new SearchUnavailableException(
          "the search index at [test] cannot be reached (ConnectException: refused); the step is"
              + " retried and nothing is lost: start the search cluster (deploy/local/stack start)"
              + " or check ubnd.search.urls",
          null);
    }
  }

  private final Map<String, DirectiveEvent> events = new LinkedHashMap<>();

  @Override
  public Optional<Directive> find(String directiveId) {
    checkUp();
    return Optional.ofNullable(directives.get(directiveId));
  }

  @Override
  public boolean create(Directive directive) {
    checkUp();
    return directives.putIfAbsent(directive.directiveId(), directive) == null;
  }

  @Override
  public synchronized boolean create(Directive directive, DirectiveEvent registered) {
    checkUp();
    events.putIfAbsent(registered.eventId(), registered);
    return directives.putIfAbsent(directive.directiveId(), directive) == null;
  }

  @Override
  public Map<String, Directive> findAll(Collection<String> directiveIds) {
    checkUp();
    Map<String, Directive> found = new LinkedHashMap<>();
    directiveIds.stream()
        .filter(directives::containsKey)
        .forEach(id -> found.put(id, directives.get(id)));
    return found;
  }

  @Override
  public Map<Long, Directive> findByInstances(Collection<Long> processInstanceKeys) {
    checkUp();
    Map<Long, Directive> found = new LinkedHashMap<>();
    directives.values().stream()
        .filter(d -> processInstanceKeys.contains(d.processInstanceKey()))
        .forEach(d -> found.put(d.processInstanceKey(), d));
    return found;
  }

  @Override
  public synchronized Directive update(
      String directiveId,
      UnaryOperator<Directive> change,
      Function<Directive, DirectiveEvent> event) {
    Directive updated = update(directiveId, change);
    DirectiveEvent happened = event.apply(updated);
    events.put(happened.eventId(), happened);
    return updated;
  }

  @Override
  public Directive update(String directiveId, UnaryOperator<Directive> change) {
    checkUp();
    Directive updated =
        directives.computeIfPresent(directiveId, (id, current) -> change.apply(current));
    if (updated == null) {
      throw new IllegalStateException("directive " + directiveId + " is not stored");
    }
    return updated;
  }

  @Override
  public synchronized void record(DirectiveEvent event) {
    checkUp();
    events.put(event.eventId(), event);
  }

  @Override
  public synchronized List<DirectiveEvent> events(String directiveId) {
    return events.values().stream().filter(e -> e.directiveId().equals(directiveId)).toList();
  }

  /** Every directive assigned in the period: the oracle's input, fine for a test's handful. */
  public List<Directive> assignedBetween(LocalDate from, LocalDate to) {
    return new ArrayList<>(
        directives.values().stream()
            .filter(d -> !d.assignedOn().isBefore(from) && !d.assignedOn().isAfter(to))
            .toList());
  }

  /** Every directive held, for the test doubles that search them. */
  public List<Directive> all() {
    checkUp();
    return List.copyOf(directives.values());
  }

  public synchronized void clear() {
    down = false;
    directives.clear();
    events.clear();
  }
}
