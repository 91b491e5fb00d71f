package vn.gov.ubnd.workflow.directives;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Where directives and their history are kept: the search index in production. */
public interface DirectiveStore {

  Optional<Directive> find(String directiveId);

  /** Stores a new directive; false, changing nothing, if one with its id exists already. */
  boolean create(Directive directive);

  /**
   * Stores a new directive with the event that registers it, together (one request to the index);
   * false if the directive exists already. The event is written only once for its id, so a retried
   * registration completes a history that a crash left without its event, and a second instance for
   * the same id adds nothing.
   */
  boolean create(Directive directive, DirectiveEvent registered);

  /** The directives of these ids that exist, by id, read in one request. */
  Map<String, Directive> findAll(Collection<String> directiveIds);

  /** The directives these instances track, by instance key (a few hundred at most). */
  Map<Long, Directive> findByInstances(Collection<Long> processInstanceKeys);

  /**
   * Applies a change to the stored directive without losing a concurrent one: read, change, write
   * if unchanged since the read, else again.
   *
   * @throws IllegalStateException if there is no such directive
   */
  Directive update(String directiveId, UnaryOperator<Directive> change);

  /**
   * Applies a change and records the event it makes, together (one request to the index). The event
   * is written even when the change was applied before (a retried job): its id makes the write
   * idempotent, and a history that a crash left without it is completed.
   */
  Directive update(
      String directiveId,
      UnaryOperator<Directive> change,
      Function<Directive, DirectiveEvent> event);

  /** Records an event; the same event id written twice is kept once. */
  void record(DirectiveEvent event);

  List<DirectiveEvent> events(String directiveId);
}
