package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveEvent;
import vn.gov.ubnd.workflow.directives.DirectiveStore;

/** The directive store for process tests: same contract as the index, kept in memory. */
public class InMemoryDirectiveStore implements DirectiveStore {

  private final Map<String, Directive> directives = new ConcurrentHashMap<>();
  private final Map<String, DirectiveEvent> events = new LinkedHashMap<>();

  @Override
  public Optional<Directive> find(String directiveId) {
    return Optional.ofNullable(directives.get(directiveId));
  }

  @Override
  public boolean create(Directive directive) {
    return directives.putIfAbsent(directive.directiveId(), directive) == null;
  }

  @Override
  public Directive update(String directiveId, UnaryOperator<Directive> change) {
    Directive updated =
        directives.computeIfPresent(directiveId, (id, current) -> change.apply(current));
    if (updated == null) {
      throw new IllegalStateException("directive " + directiveId + " is not stored");
    }
    return updated;
  }

  @Override
  public synchronized void record(DirectiveEvent event) {
    events.put(event.eventId(), event);
  }

  @Override
  public synchronized List<DirectiveEvent> events(String directiveId) {
    return events.values().stream().filter(e -> e.directiveId().equals(directiveId)).toList();
  }

  @Override
  public List<Directive> assignedBetween(LocalDate from, LocalDate to) {
    return new ArrayList<>(
        directives.values().stream()
            .filter(d -> !d.assignedOn().isBefore(from) && !d.assignedOn().isAfter(to))
            .toList());
  }

  public synchronized void clear() {
    directives.clear();
    events.clear();
  }
}
