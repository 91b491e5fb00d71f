package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where one directive stood at the end of a day, as the statistics count it. The index counts the
 * same states with range queries ({@link IndexedDirectiveStatistics}); this is the rule for one
 * directive in hand.
 */
enum DirectiveState {
  COMPLETED_ON_TIME,
  COMPLETED_LATE,
  IN_PROGRESS,
  IN_PROGRESS_NO_DEADLINE,
  OVERDUE,
  WITHDRAWN;

  /** Where the directive stood at the end of {@code asOf}. */
  static DirectiveState of(Directive d, LocalDate asOf) {
    if (d.status() == Directive.Status.WITHDRAWN
        && d.withdrawnOn() != null
        && !d.withdrawnOn().isAfter(asOf)) {
      return WITHDRAWN;
    }
    if (d.status() == Directive.Status.COMPLETED
        && d.completedOn() != null
        && !d.completedOn().isAfter(asOf)) {
      return d.completedOnTime() ? COMPLETED_ON_TIME : COMPLETED_LATE;
    }
    if (d.deadline() == null) {
      return IN_PROGRESS_NO_DEADLINE;
    }
    return asOf.isAfter(d.deadline()) ? OVERDUE : IN_PROGRESS;
  }

  /** Every state with no directive in it. */
  static Map<DirectiveState, Integer> zero() {
    Map<DirectiveState, Integer> counts = new EnumMap<>(DirectiveState.class);
    for (DirectiveState state : values()) {
      counts.put(state, 0);
    }
    return counts;
  }

  /** How many of the directives stood in each state at the end of {@code asOf}. */
  static Map<DirectiveState, Integer> count(List<Directive> directives, LocalDate asOf) {
    Map<DirectiveState, Integer> counts = zero();
    directives.forEach(d -> counts.merge(of(d, asOf), 1, Integer::sum));
    return counts;
  }
}
