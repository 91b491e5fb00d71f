package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.search.Aggregated;
import vn.gov.ubnd.workflow.search.Aggregation;
import vn.gov.ubnd.workflow.search.Aggregation.DateRange;
import vn.gov.ubnd.workflow.search.Query;

/**
 * The directives index's queries and aggregations the statistics, the ranking, the source
 * documents' progress and the council figures share: {@link DirectiveState}'s rule written as date
 * ranges, and its counts read back from them.
 */
public final class DirectiveQueries {

  private DirectiveQueries() {}

  /** Those an agency leads or coordinates; no condition when {@code agency} is null. */
  public static List<Query> leadOrCoordinating(String agency) {
    if (agency == null) {
      return List.of();
    }
    return List.of(
        Query.oneOf(
            List.of(Query.term("leadAgency", agency), Query.term("coordinatingAgencies", agency))));
  }

  /** The directives assigned in the period (from open when null). */
  static Query assignedBetween(LocalDate from, LocalDate to) {
    return Query.dateBetween("assignedOn", from, to);
  }

  /**
   * The committee's directives only: voters' petitions and questioning commitments run in the same
   * process but are counted in figures of their own ({@code councilreport}), not as tasks the
   * committee's leaders gave.
   */
  static Query directivesOnly() {
    return Query.not(Query.exists("councilItem.kind"));
  }

  /** The period's directives, narrowed by the filter. */
  static Query period(LocalDate from, LocalDate to, DirectiveFilter which) {
    List<Query> all = new ArrayList<>();
    all.add(assignedBetween(from, to));
    if (which.leadAgency() != null) {
      all.add(Query.term("leadAgency", which.leadAgency()));
    }
    if (which.workProgrammeOnly()) {
      all.add(Query.term("workProgrammeItem", true));
    }
    if (which.centralGovernmentOnly()) {
      all.add(Query.term("centralGovernmentTask", true));
    }
    all.add(directivesOnly());
    return Query.allOf(all);
  }

  /**
   * Open at the end of the day and past its deadline: {@link DirectiveState#OVERDUE} as a query.
   */
  static Query overdue(LocalDate asOf) {
    return Query.allOf(
        List.of(
            Query.dateBefore("deadline", asOf),
            Query.not(closedBy(Directive.Status.WITHDRAWN, "withdrawnOn", asOf)),
            Query.not(closedBy(Directive.Status.COMPLETED, "completedOn", asOf))));
  }

  private static Query closedBy(Directive.Status status, String dateField, LocalDate asOf) {
    return Query.allOf(
        List.of(Query.term("status", status.name()), Query.dateBetween(dateField, null, asOf)));
  }

  /** The names a group's directives carry, the commonest first (alphabetically on a tie). */
  static Aggregation names(String field, int size) {
    return Aggregation.terms(field, size).largestFirst();
  }

  /**
   * Per status: its deadlines before the day and from the day on, and among its directives closed
   * (completed or withdrawn) by the end of the day, the same split, and the completed ones on time.
   * Read back by {@link #counts}.
   */
  static Aggregation states(LocalDate asOf) {
    return Aggregation.terms("status", Directive.Status.values().length)
        .with("deadline", deadlineRanges(asOf))
        .with("completed", closedBy("completedOn", asOf))
        .with("withdrawn", closedBy("withdrawnOn", asOf))
        .with(
            "onTime",
            Aggregation.filter(Query.term("completedOnTime", true))
                .with("completed", closedBy("completedOn", asOf)));
  }

  /** Directives closed by the end of the day (the date on or before it), with their deadlines. */
  private static Aggregation closedBy(String dateField, LocalDate asOf) {
    return Aggregation.dateRanges(dateField, List.of(DateRange.before("closed", asOf.plusDays(1))))
        .with("deadline", deadlineRanges(asOf));
  }

  /** Deadlines before the day (overdue if still open) and from the day on. */
  private static Aggregation deadlineRanges(LocalDate asOf) {
    return Aggregation.dateRanges(
        "deadline", List.of(DateRange.before("passed", asOf), DateRange.from("ahead", asOf)));
  }

  /**
   * The counts per state of one group, by {@link DirectiveState}'s rule: withdrawn, or completed
   * (on time or late), by the end of the day; every other directive is open, and overdue, in
   * progress or without deadline by its deadline. Whatever has no date in a range (a missing
   * deadline, a closing date after the day) is what remains of the group's count.
   */
  static Map<DirectiveState, Integer> counts(Aggregated statuses) {
    Map<DirectiveState, Integer> counts = DirectiveState.zero();
    for (Aggregated status : statuses.groups()) {
      int all = status.count();
      int closed = 0;
      Aggregated closedDeadlines = null;
      switch (Directive.Status.valueOf(status.key())) {
        case WITHDRAWN -> {
          Aggregated withdrawn = status.get("withdrawn").group("closed");
          closed = withdrawn.count();
          closedDeadlines = withdrawn.get("deadline");
          counts.merge(DirectiveState.WITHDRAWN, closed, Integer::sum);
        }
        case COMPLETED -> {
          Aggregated completed = status.get("completed").group("closed");
          closed = completed.count();
          closedDeadlines = completed.get("deadline");
          int onTime = status.get("onTime").get("completed").group("closed").count();
          counts.merge(DirectiveState.COMPLETED_ON_TIME, onTime, Integer::sum);
          counts.merge(DirectiveState.COMPLETED_LATE, closed - onTime, Integer::sum);
        }
        case IN_PROGRESS -> {
          // all of them open
        }
      }
      int passed = status.get("deadline").group("passed").count();
      int ahead = status.get("deadline").group("ahead").count();
      if (closedDeadlines != null) {
        passed -= closedDeadlines.group("passed").count();
        ahead -= closedDeadlines.group("ahead").count();
      }
      counts.merge(DirectiveState.OVERDUE, passed, Integer::sum);
      counts.merge(DirectiveState.IN_PROGRESS, ahead, Integer::sum);
      counts.merge(
          DirectiveState.IN_PROGRESS_NO_DEADLINE, all - closed - passed - ahead, Integer::sum);
    }
    return counts;
  }
}
