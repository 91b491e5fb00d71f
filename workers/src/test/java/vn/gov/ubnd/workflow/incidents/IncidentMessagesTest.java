package vn.gov.ubnd.workflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.search.SearchUnavailableException;

class IncidentMessagesTest {

  private final IncidentMessages messages =
      new IncidentMessages(new IncidentProperties(Duration.ofSeconds(30), Duration.ofSeconds(10)));

  @Test
  void badDataFailsForGoodAndSaysWhichVariableToCorrectWhere() {
    IncidentMessages.Failure failure =
        messages.explain(
            new IllegalArgumentException(
                "biến newDeadline không có: thời hạn mới phải được ghi trong quyết định gia hạn"));
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.message())
        .startsWith("Dữ liệu không hợp lệ: biến newDeadline không có")
        .contains("Operate")
        .contains("bấm Retry")
        .doesNotContain("IllegalArgumentException");
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
        messages.explain(new IllegalArgumentException("x".repeat(5000)));
    assertThat(failure.message()).hasSize(IncidentMessages.MAX_LENGTH).endsWith("…");
  }

  @Test
  void theWaitForAnOutageGrowsAsTheRetriesRunOut() {
    java.time.Duration base = java.time.Duration.ofSeconds(30);
    org.assertj.core.api.Assertions.assertThat(ExplainedFailuresJobWorkerManager.growing(base, 3))
        .hasSeconds(30);
    org.assertj.core.api.Assertions.assertThat(ExplainedFailuresJobWorkerManager.growing(base, 2))
        .hasSeconds(60);
    org.assertj.core.api.Assertions.assertThat(ExplainedFailuresJobWorkerManager.growing(base, 1))
        .hasSeconds(120);
    org.assertj.core.api.Assertions.assertThat(ExplainedFailuresJobWorkerManager.growing(base, 10))
        .hasSeconds(30);
  }
}
