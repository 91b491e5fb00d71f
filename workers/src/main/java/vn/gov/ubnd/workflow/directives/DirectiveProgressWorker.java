package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;

/** Records what the lead agency reports while it works on the directive. */
@Component
public class DirectiveProgressWorker {

  private final DirectiveService directives;

  public DirectiveProgressWorker(DirectiveService directives) {
    this.directives = directives;
  }

  @JobWorker(type = "recordProgress")
  public void recordProgress(
      ActivatedJob job,
      @Variable String directiveId,
      @Variable String progressNote,
      @Variable Person reportedBy) {
    directives.recordProgress(DirectiveStep.of(job, directiveId, reportedBy), progressNote);
  }
}
