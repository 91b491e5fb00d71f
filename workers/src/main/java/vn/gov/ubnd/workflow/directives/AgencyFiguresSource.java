package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.List;

/** Where the ranking's figures come from: the index's aggregations in the application. */
public interface AgencyFiguresSource {

  /** Each lead agency's figures for the directives assigned in the period, as of the day. */
  List<AgencyFigures> figures(LocalDate from, LocalDate to, LocalDate asOf);
}
