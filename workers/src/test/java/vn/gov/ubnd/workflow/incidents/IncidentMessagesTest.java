package vn.gov.ubnd.workflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.search.SearchUnavailableException;

class IncidentMessagesTest {

  private final IncidentMessages messages =
      new IncidentMessages(new IncidentProperties(Duration.ofSeconds(30), Duration.ofSeconds(10)));

  @Test
  void badDataFailsForGoodAndSaysWhichVariableToCorrectWhere() {
    IncidentMessages.Failure failure =
        messages.explain(
            new InvalidProcessDataException(
                "biến newDeadline không có: thời hạn mới phải được ghi trong quyết định gia hạn"));
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.message())
        .startsWith("Dữ liệu không hợp lệ: biến newDeadline không có")
        .contains("quyết định gia hạn. Cách xử lý")
        .contains("Operate")
        .contains("bấm Retry")
        .doesNotContain("InvalidProcessDataException");
  }

  @Test
  void aProgrammingErrorNeverTellsAManagerToCorrectAVariable() {
    IncidentMessages.Failure failure =
        messages.explain(new IllegalArgumentException("No enum constant ReportKind.YEARLY"));
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.message())
        .startsWith("Lỗi không lường trước.")
        .contains("báo bộ phận kỹ thuật")
        .doesNotContain("Dữ liệu không hợp lệ")
        .doesNotContain("sửa biến");
  }

  @Test
  void aDependencyDownIsRetriedAndSaysWhatToCheckInVietnamese() {
    IncidentMessages.Failure failure =
        messages.explain(
            new DependencyUnavailableException(
                "chưa cấu hình máy chủ thư (spring.mail.host)", null));
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.backoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(failure.message())
        .startsWith("Chưa thực hiện được bước này: chưa cấu hình máy chủ thư (spring.mail.host).")
        .contains("Hệ thống tự thử lại");
  }

  @Test
  void anOutageIsRetriedAfterAPauseAndSaysNothingIsLost() {
    IncidentMessages.Failure failure =
        messages.explain(
            new SearchUnavailableException(
                "the search index cannot be reached", new IOException()));
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.backoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(failure.message())
        .startsWith("Không kết nối được kho chỉ mục tìm kiếm")
        .contains("dữ liệu không mất");
  }

  @Test
  void anUnexpectedErrorNamesItselfBrieflyWithoutAStackTrace() {
    IncidentMessages.Failure failure =
        messages.explain(new NullPointerException("sections is null"));
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.backoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(failure.message())
        .startsWith("Lỗi không lường trước.")
        .contains("NullPointerException: sections is null")
        .doesNotContain("\tat ");
  }

  @Test
  void aVeryLongMessageIsCutToWhatOperateShows() {
    IncidentMessages.Failure failure =
        messages.explain(new InvalidProcessDataException("x".repeat(5000)));
    assertThat(failure.message()).hasSize(IncidentMessages.MAX_LENGTH).endsWith("…");
  }

  @Test
  void theWaitForAnOutageGrowsAsTheRetriesRunOut() {
    Duration base = Duration.ofSeconds(30);
    Assertions.assertThat(JobFailurePolicy.growing(base, 3)).hasSeconds(30);
    Assertions.assertThat(JobFailurePolicy.growing(base, 2)).hasSeconds(60);
    Assertions.assertThat(JobFailurePolicy.growing(base, 1)).hasSeconds(120);
    Assertions.assertThat(JobFailurePolicy.growing(base, 10)).hasSeconds(30);
  }
}
