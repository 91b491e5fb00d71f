package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.attachments.FileLink;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** A coordinating agency's contribution, recorded on the directive and shown to the lead agency. */
@Component
public class DirectiveContributionWorker {

  private final DirectiveService directives;

  public DirectiveContributionWorker(DirectiveService directives) {
    this.directives = directives;
  }

  /** The message's contribution, with the directive it is about. */
  public record ContributionSent(String directiveId, SentContribution contribution) {}

  /** The contribution as the portal sent it (the date as ISO text: the engine's JSON has none). */
  public record SentContribution(
      String contributionId,
      String agency,
      String agencyName,
      String text,
      String at,
      Person by,
      FileLink file) {

    Contribution read() {
      OffsetDateTime sentAt;
      try {
        sentAt = OffsetDateTime.parse(at);
      } catch (RuntimeException e) {
        throw new InvalidProcessDataException(
            "thời điểm gửi ý kiến phối hợp \"" + at + "\" không hợp lệ (biến contribution.at)");
      }
      return new Contribution(contributionId, agency, agencyName, text, sentAt, by, file);
    }
  }

  /** One contribution as the lead agency's report form shows it. */
  public record ShownContribution(
      String agencyName,
      String byName,
      String atText,
      String text,
      String fileName,
      String fileUrl) {}

  /** Every contribution so far, for the lead agency's report form. */
  public record Contributions(List<ShownContribution> contributions) {}

  @JobWorker(type = "recordContribution")
  public Contributions recordContribution(ActivatedJob job, @VariablesAsType ContributionSent in) {
    Contribution sent = in.contribution() == null ? null : in.contribution().read();
    Directive directive =
        directives.recordContribution(
            DirectiveStep.of(job, in.directiveId(), sent == null ? null : sent.by()), sent);
    return new Contributions(
        directive.contributions().stream()
            .map(
                c ->
                    new ShownContribution(
                        c.agencyName(),
                        c.by() == null ? "" : c.by().fullName(),
                        OfficeInput.vn(c.at().atZoneSameInstant(FollowUpPlanner.VIETNAM)),
                        c.text(),
                        c.file() == null ? null : c.file().fileName(),
                        c.file() == null ? null : c.file().url()))
            .toList());
  }
}
