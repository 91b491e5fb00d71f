package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.Directive;

/**
 * The council follow-up on the dashboard: petitions and commitments as they stand on the day.
 *
 * @param kind petitions or commitments
 * @param kindLabel its Vietnamese name
 * @param openOnTime open, within their deadline (or without one)
 * @param overdue open, past their deadline
 * @param carriedOver open and carried over at least once (counted in the two above as well)
 * @param done completed
 * @param withdrawn withdrawn
 */
public record CouncilFollowUpFigures(
    CouncilItemKind kind,
    String kindLabel,
    int openOnTime,
    int overdue,
    int carriedOver,
    int done,
    int withdrawn) {

  /** Counted one item at a time: the rule the index's aggregation must agree with. */
  public static List<CouncilFollowUpFigures> counted(List<Directive> items, LocalDate today) {
    List<CouncilFollowUpFigures> all = new ArrayList<>();
    for (CouncilItemKind kind : CouncilItemKind.values()) {
      int onTime = 0;
      int overdue = 0;
      int carried = 0;
      int done = 0;
      int withdrawn = 0;
      for (Directive d : items) {
        if (d.councilItem() == null || d.councilItem().kind() != kind) {
          continue;
        }
        switch (d.status()) {
          case COMPLETED -> done++;
          case WITHDRAWN -> withdrawn++;
          case IN_PROGRESS -> {
            if (d.deadline() != null && d.deadline().isBefore(today)) {
              overdue++;
            } else {
              onTime++;
            }
            if (d.councilItem().carryOvers() > 0) {
              carried++;
            }
          }
        }
      }
      all.add(
          new CouncilFollowUpFigures(
              kind, kind.label(), onTime, overdue, carried, done, withdrawn));
    }
    return all;
  }
}
