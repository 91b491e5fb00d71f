package vn.gov.ubnd.workflow.monthlyreport;

import java.time.OffsetDateTime;

/**
 * One monthly report as kept in the index, by its process instance: its frozen figures, the
 * office's narrative as last written and, once issued, its number.
 *
 * @param month "2026-04"
 * @param direction the month's direction (section 1)
 * @param fieldResults results by field
 * @param documentNumber "05/BC-VP" once issued, else null
 * @param issuedOn ISO date once issued
 * @param finalDocumentName the issued .docx in the document storage
 */
public record MonthlyReport(
    long processInstanceKey,
    String month,
    MonthlyFigures figures,
    String direction,
    String fieldResults,
    String documentNumber,
    String issuedOn,
    String finalDocumentName,
    OffsetDateTime updatedAt) {

  public MonthlyReport withNarrative(String direction, String fieldResults, OffsetDateTime now) {
    return new MonthlyReport(
        processInstanceKey,
        month,
        figures,
        direction,
        fieldResults,
        documentNumber,
        issuedOn,
        finalDocumentName,
        now);
  }

  public MonthlyReport issued(
      String documentNumber, String issuedOn, String finalDocumentName, OffsetDateTime now) {
    return new MonthlyReport(
        processInstanceKey,
        month,
        figures,
        direction,
        fieldResults,
        documentNumber,
        issuedOn,
        finalDocumentName,
        now);
  }
}
