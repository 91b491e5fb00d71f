package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import org.springframework.stereotype.Component;

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
      throw new IllegalArgumentException(
          "biến response không có: bước \"Gửi báo cáo\" của "
              + assignment.departmentName()
              + " phải hoàn thành trước");
    }
    if (!Boolean.TRUE.equals(response.headApproved())) {
      throw new IllegalArgumentException(
          "báo cáo của "
              + assignment.departmentName()
              + " chưa có xác nhận người đứng đầu đã duyệt (headApproved)");
    }
    return new Accepted(
        new SectionResult(
            assignment.departmentCode(),
            assignment.departmentName(),
            "ACCEPTED",
            Boolean.TRUE.equals(late),
            response));
  }
}
