package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where directives and their history are kept: the search index in production. */
public interface DirectiveStore {

  Optional<Directive> find(String directiveId);

  /** Stores a new directive; false, changing nothing, if one with its id exists already. */
  boolean create(Directive directive);

  /**
   * Applies a change to the stored directive without losing a concurrent one: read, change, write
   * if unchanged since the read, else again.
   *
   * @throws IllegalStateException if there is no such directive
   */
  Directive update(String directiveId, UnaryOperator<Directive> change);

  /** Records an event; the same event id written twice is kept once. */
  void record(DirectiveEvent event);

  List<DirectiveEvent> events(String directiveId);

  /** Directives assigned between the two dates, both included. */
  List<Directive> assignedBetween(LocalDate from, LocalDate to);
}
