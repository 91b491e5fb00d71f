package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import io.camunda.zeebe.spring.common.exception.ZeebeBpmnError;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemInput;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** Registers a directive: validation, deadline on the working-day calendar, first indexing. */
@Component
public class DirectiveRegistrationWorker {

  static final String INVALID = "DIRECTIVE_INVALID";
  static final String DUPLICATE = "DIRECTIVE_DUPLICATE";

  private final DirectiveService directives;
  private final Catalog catalog;

  public DirectiveRegistrationWorker(DirectiveService directives, Catalog catalog) {
    this.directives = directives;
    this.catalog = catalog;
  }

  /**
   * What the rest of the process and its forms need to know of the registered directive.
   *
   * @param deadline the deadline in force, ISO date, null without deadline
   * @param deadlineText the same as the office writes it (05/03/2026), or "không có thời hạn"
   * @param originalDeadline the first deadline, kept through extensions
   * @param hasDeadline whether the ladder applies
   * @param workingDaysAllowed working days from assignment to deadline, input of the ladder
   * @param assignedOn ISO date
   * @param leadAgencyName printed name of the lead agency
   * @param leadAgencyGroup Tasklist group of the lead agency
   * @param leaderName name of the leader in charge
   * @param leaderGroup Tasklist group of the leader in charge
   * @param officeGroup Tasklist group of the office
   * @param validationErrors cleared after a successful correction
   * @param itemKind DIRECTIVE, PETITION or COMMITMENT: which report task the lead agency gets
   * @param councilItem a petition's or commitment's fields as registered (codes, not labels)
   * @param councilFieldName the petition's Council committee field, for its forms
   */
  public record Registered(
      String deadline,
      String deadlineText,
      String originalDeadline,
      boolean hasDeadline,
      Integer workingDaysAllowed,
      String assignedOn,
      String leadAgencyName,
      String leadAgencyGroup,
      String leaderName,
      String leaderGroup,
      String officeGroup,
      List<String> validationErrors,
      String itemKind,
      CouncilItemInput councilItem,
      String councilFieldName) {}

  @JobWorker(type = "registerDirective")
  public Registered registerDirective(
      ActivatedJob job, @VariablesAsType DirectiveInput input, @Variable Person registeredBy) {
    Directive directive;
    try {
      directive = directives.register(input, job.getProcessInstanceKey(), registeredBy);
    } catch (DirectiveValidationException e) {
      throw new ZeebeBpmnError(
          INVALID,
          "Thông tin nhiệm vụ chưa hợp lệ: " + e.getMessage(),
          Map.of("validationErrors", e.problems(), "officeGroup", catalog.office().clerkGroup()));
    } catch (DuplicateDirectiveException e) {
      throw new ZeebeBpmnError(DUPLICATE, e.getMessage(), Map.of("duplicateOf", e.trackedBy()));
    }
    var leader = catalog.leader(directive.leaderInCharge()).orElseThrow();
    var agency = catalog.department(directive.leadAgency()).orElseThrow();
    Integer allowed =
        directive.deadline() == null
            ? null
            : Math.max(
                0, directives.workingDaysBetween(directive.assignedOn(), directive.deadline()));
    CouncilItem item = directive.councilItem();
    return new Registered(
        directive.deadline() == null ? null : directive.deadline().toString(),
        directive.deadline() == null ? "không có thời hạn" : OfficeInput.vn(directive.deadline()),
        directive.originalDeadline() == null ? null : directive.originalDeadline().toString(),
        directive.deadline() != null,
        allowed,
        directive.assignedOn().toString(),
        agency.name(),
        agency.candidateGroup(),
        leader.title() + " " + leader.name(),
        leader.candidateGroup(),
        catalog.office().clerkGroup(),
        List.of(),
        item == null ? "DIRECTIVE" : item.kind().name(),
        item == null
            ? null
            : new CouncilItemInput(
                item.kind().name(),
                item.sessionName(),
                item.roundTiming() == null ? null : item.roundTiming().name(),
                item.voterLocality(),
                item.councilField(),
                item.delegate(),
                item.answeringOfficial()),
        item == null ? null : item.councilFieldName());
  }
}
