package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.util.List;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.Directive;

/** A Council session's petitions or commitments, as the answer reports read them. */
public interface SessionItems {

  /** The session's items of the kind by number (a session's few hundred, never the index). */
  List<Directive> items(CouncilItemKind kind, String session);

  /** The sessions that have items of the kind, the latest first. */
  List<String> sessions(CouncilItemKind kind);

  /**
   * The items of the kind assigned in the period, whatever their session (a year's few thousand at
   * most, read page by page).
   */
  List<Directive> itemsAssignedBetween(CouncilItemKind kind, LocalDate from, LocalDate to);

  /** The session's petitions counted by the index. */
  PetitionFigures petitionFigures(String session, LocalDate today);
}
