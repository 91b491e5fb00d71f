package vn.gov.ubnd.workflow.reportcycle;

import java.time.LocalDate;
import java.util.List;
import vn.gov.ubnd.workflow.catalog.Department;

/**
 * A report cycle whose input passed every check, with its dates settled.
 *
 * @param kind report kind
 * @param year report year
 * @param title thematic title, or null
 * @param sessionName the council session
 * @param sessionOpening the session's opening day
 * @param departments the departments asked
 * @param responseDeadline by when departments answer (a working day)
 * @param period the reporting period
 * @param submissionDue by when the report should reach the council
 * @param quarter the quarter of a quarterly report, else null
 */
record ValidCycle(
    ReportKind kind,
    int year,
    String title,
    String sessionName,
    LocalDate sessionOpening,
    List<Department> departments,
    LocalDate responseDeadline,
    ReportingPeriod period,
    LocalDate submissionDue,
    Integer quarter) {

  /** The heading every text of the cycle is filled from. */
  public ReportCompiler.Context context() {
    return new ReportCompiler.Context(kind, year, title, sessionName, quarter);
  }
}
