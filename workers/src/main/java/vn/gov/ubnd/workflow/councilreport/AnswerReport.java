package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gov.ubnd.workflow.documents.ReportDocument;

/**
 * An answer report as its process left it: the content the leader was given to sign (so that the
 * issued report says what was signed, even if answers arrive meanwhile) and, once issued, its
 * number.
 *
 * @param processInstanceKey the report's instance
 * @param kind which report
 * @param session the session whose items it counts
 * @param document the last draft's content
 * @param draftVersion that draft's version
 * @param documentNumber "15/BC-UBND" once issued
 * @param issuedOn the day it was numbered
 * @param finalDocumentName the issued file
 */
public record AnswerReport(
    long processInstanceKey,
    CouncilReportKind kind,
    String session,
    ReportDocument document,
    int draftVersion,
    String documentNumber,
    LocalDate issuedOn,
    String finalDocumentName,
    OffsetDateTime updatedAt) {}
