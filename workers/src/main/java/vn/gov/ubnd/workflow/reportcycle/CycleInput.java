package vn.gov.ubnd.workflow.reportcycle;

import java.util.List;

/**
 * A report cycle as the office opens it, before validation.
 *
 * @param reportKind ANNUAL, HALF_YEAR, QUARTERLY or THEMATIC
 * @param year the report's year
 * @param reportTitle the title of a thematic report
 * @param sessionName "Kỳ họp thứ mười tám, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026"
 * @param sessionOpeningDate ISO date the session opens
 * @param departments catalog codes of the departments asked; empty for the template's
 * @param responseDeadline ISO date; empty for the default before the opening
 * @param quarter the quarter (1–4) of a quarterly report
 * @param cycleId the id a first validation gave the cycle, kept through corrections
 */
record CycleInput(
    String reportKind,
    Integer year,
    String reportTitle,
    String sessionName,
    String sessionOpeningDate,
    List<String> departments,
    String responseDeadline,
    Integer quarter,
    String cycleId) {

  public CycleInput(
      String reportKind,
      Integer year,
      String reportTitle,
      String sessionName,
      String sessionOpeningDate,
      List<String> departments,
      String responseDeadline) {
    this(
        reportKind,
        year,
        reportTitle,
        sessionName,
        sessionOpeningDate,
        departments,
        responseDeadline,
        null,
        null);
  }
}
