package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/** Takes a department's answer the office accepted into the cycle. */
@Component
public class SectionReviewWorker {

  /** The assignment's outcome. */
  public record Accepted(SectionResult sectionResult) {}

  @JobWorker(type = "acceptSection")
  public Accepted acceptSection(
      @Variable SectionAssignment assignment,
      @Variable SectionResponse response,
      @Variable Boolean late) {
    if (response == null) {
      throw new InvalidProcessDataException(
          "biến response không có: bước \"Gửi báo cáo\" của "
              + assignment.departmentName()
              + " phải hoàn thành trước");
    }
    List<String> problems = SectionAnswerRules.problems(response);
    if (!problems.isEmpty()) {
      // Only an answer sent around the form gets here: the office's manager fixes the variable
      // response in Operate (or cancels and re-assigns), as the incident says.
      throw new InvalidProcessDataException(
          "báo cáo của "
              + assignment.departmentName()
              + " chưa hợp lệ: "
              + String.join(" ", problems));
    }
    return new Accepted(
        new SectionResult(
            assignment.departmentCode(),
            assignment.departmentName(),
            SectionOutcome.ACCEPTED,
            Boolean.TRUE.equals(late),
            response));
  }
}
