package vn.gov.ubnd.workflow.council;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's deadlines for the Council's follow-up. No national rule fixes them for a
 * province's own petitions (QĐ 33/2017/QĐ-TTg gives 40 days for those forwarded by the National
 * Assembly's delegation), and the regulations naming district committees are out of date after
 * 2025: each province sets its own, here.
 *
 * @param petitionAnswerWorkingDays a petition without a deadline of its own is due this many
 *     working days after it was assigned
 * @param answerReportDaysBeforeSession the answer reports reach the Standing Committee this many
 *     days before the next session opens (the supervision law asks the reports on questioning at
 *     least 10 days before; the petitions' report follows the province's rule)
 * @param answerReportWarningDays the office is warned this many days before that due date
 */
@ConfigurationProperties("ubnd.council")
public record CouncilProperties(
    @DefaultValue("30") int petitionAnswerWorkingDays,
    @DefaultValue("10") int answerReportDaysBeforeSession,
    @DefaultValue("5") int answerReportWarningDays) {

  public CouncilProperties {
    if (petitionAnswerWorkingDays < 1) {
      throw new IllegalArgumentException(
          "ubnd.council.petition-answer-working-days must be at least 1");
    }
    if (answerReportDaysBeforeSession < 0 || answerReportWarningDays < 0) {
      throw new IllegalArgumentException(
          "ubnd.council.answer-report-days-before-session and answer-report-warning-days must not"
              + " be negative");
    }
  }
}
