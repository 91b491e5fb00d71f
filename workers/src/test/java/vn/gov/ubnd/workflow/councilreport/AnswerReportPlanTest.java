package vn.gov.ubnd.workflow.councilreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When an answer report is due, and what the office is told when its request cannot be planned. */
class AnswerReportPlanTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
  private static final String SESSION = "Kỳ họp thứ 12, HĐND tỉnh khóa X";

  @Test
  void theReportIsDueTheConfiguredDaysBeforeTheSessionAndTheOfficeWarnedEarlier() {
    AnswerReportPlan plan =
        AnswerReportPlan.of("QUESTIONING", " " + SESSION, "10/12/2026", 3, List.of(), TODAY, 10, 5);

    assertThat(plan.kind()).isEqualTo(CouncilReportKind.QUESTIONING);
    assertThat(plan.session()).isEqualTo(SESSION);
    assertThat(plan.dueDate()).isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(plan.warnAt()).hasToString("2026-11-25T08:00+07:00");
    assertThat(plan.dueAt()).hasToString("2026-11-30T08:00+07:00");
  }

  @Test
  void everyProblemIsNamedWithWhatToWrite() {
    assertThatThrownBy(
            () ->
                AnswerReportPlan.of(
                    "PETITION", "", "31/02/2026", 0, List.of(SESSION), TODAY, 10, 5))
        .isInstanceOfSatisfying(
            AnswerReportPlan.Invalid.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "Loại báo cáo (councilReportKind) \"PETITION\" không hợp lệ: chọn PETITIONS"
                            + " (kết quả trả lời kiến nghị cử tri) hoặc QUESTIONING (kết quả thực"
                            + " hiện nghị quyết về chất vấn).",
                        "Kỳ họp: ghi tên kỳ họp như khi nhập danh sách, ví dụ «Kỳ họp thứ 12, HĐND"
                            + " tỉnh khóa X».",
                        "Ngày khai mạc kỳ họp tiếp theo \"31/02/2026\" không phải ngày có thật"
                            + " (ngày/tháng/năm): kiểm tra lại ngày và tháng, ví dụ 05/03/2026."));
  }

  @Test
  void aSessionWithoutItemsListsTheSessionsThatHaveThemAndAPastOpeningIsRefused() {
    assertThatThrownBy(
            () ->
                AnswerReportPlan.of(
                    "PETITIONS", "Kỳ họp thứ 13", "2026-11-20", 0, List.of(SESSION), TODAY, 10, 5))
        .isInstanceOfSatisfying(
            AnswerReportPlan.Invalid.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "Kỳ họp «Kỳ họp thứ 13»: chưa có kiến nghị cử tri nào của kỳ họp này; ghi"
                            + " đúng tên kỳ họp như khi nhập danh sách (các kỳ họp đã có: "
                            + SESSION
                            + ").",
                        "Ngày khai mạc kỳ họp tiếp theo 20/11/2026 đã qua: ghi ngày khai mạc của"
                            + " kỳ họp sắp tới."));
  }
}
