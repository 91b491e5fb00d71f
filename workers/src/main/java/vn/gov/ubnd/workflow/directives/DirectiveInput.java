package vn.gov.ubnd.workflow.directives;

import java.util.List;
import vn.gov.ubnd.workflow.council.CouncilItemInput;

/**
 * A directive as the office registers it (start form, API, or one row of an imported file), before
 * validation: dates are text as typed.
 *
 * @param directiveId the office's reference, unique
 * @param title trích yếu
 * @param content what is asked
 * @param sourceDocument number, date and issuer of the document that gave it
 * @param leadAgency catalog code of the lead agency
 * @param coordinatingAgencies catalog codes of the coordinating agencies
 * @param leaderInCharge catalog code of the leader in charge
 * @param assignedOn ISO date, default today
 * @param deadline ISO date; or
 * @param deadlineWorkingDays a number of working days from the assignment date
 * @param workProgrammeItem a task of the work programme (chương trình công tác); absent = no
 * @param centralGovernmentTask given by the Government or the Prime Minister; absent = no
 * @param councilItem a voters' petition's or a questioning commitment's own fields; absent for a
 *     directive
 */
public record DirectiveInput(
    String directiveId,
    String title,
    String content,
    SourceDocumentInput sourceDocument,
    String leadAgency,
    List<String> coordinatingAgencies,
    String leaderInCharge,
    String assignedOn,
    String deadline,
    Integer deadlineWorkingDays,
    Boolean workProgrammeItem,
    Boolean centralGovernmentTask,
    CouncilItemInput councilItem) {

  /** A directive as the office registers it, not a petition nor a commitment. */
  public DirectiveInput(
      String directiveId,
      String title,
      String content,
      SourceDocumentInput sourceDocument,
      String leadAgency,
      List<String> coordinatingAgencies,
      String leaderInCharge,
      String assignedOn,
      String deadline,
      Integer deadlineWorkingDays,
      Boolean workProgrammeItem,
      Boolean centralGovernmentTask) {
    this(
        directiveId,
        title,
        content,
        sourceDocument,
        leadAgency,
        coordinatingAgencies,
        leaderInCharge,
        assignedOn,
        deadline,
        deadlineWorkingDays,
        workProgrammeItem,
        centralGovernmentTask,
        null);
  }

  /**
   * The source document as typed.
   *
   * @param kind code or label of its kind; absent = the kind its symbol says
   * @param title its summary
   */
  public record SourceDocumentInput(
      String number, String date, String issuer, String kind, String title) {

    public SourceDocumentInput(String number, String date, String issuer) {
      this(number, date, issuer, null, null);
    }
  }
}
