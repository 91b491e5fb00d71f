package vn.gov.ubnd.workflow.incidents;

import java.time.Duration;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.search.SearchUnavailableException;

/**
 * Turns a worker's failure into what Operate shows a manager: what went wrong and what to do, in
 * Vietnamese, without a Java stack trace, and whether retrying can help at all. Only the project's
 * own failure types say "correct this variable" (InvalidProcessDataException) or "waiting for a
 * dependency" (DependencyUnavailableException, SearchUnavailableException), with the Vietnamese
 * text written where they are thrown; any other exception, a JDK one included, is a fault of the
 * system for the technical staff, retried after a pause.
 */
public final class IncidentMessages {

  private final IncidentProperties properties;

  public IncidentMessages(IncidentProperties properties) {
    this.properties = properties;
  }

  /** Operate shows the first line in its incident list; the whole text in the incident's detail. */
  static final int MAX_LENGTH = 1500;

  /**
   * The failure of a job at a BPMN element.
   *
   * @param message the text Operate shows
   * @param retryable whether the job is worth retrying as it is (an outage), or fails for good
   *     until someone changes something (bad data)
   * @param backoff how long to wait before the next try
   */
  public record Failure(String message, boolean retryable, Duration backoff) {}

  /** Operate names the step beside the message (Flow Node), so the message does not repeat it. */
  public Failure explain(Throwable error) {
    if (error instanceof SearchUnavailableException) {
      return new Failure(
          limit(
              "Không kết nối được kho chỉ mục tìm kiếm (OpenSearch/Elasticsearch). Hệ thống tự thử lại; dữ liệu không mất. Cách xử lý: khởi động lại hoặc"
                  + " kiểm tra kho chỉ mục (bộ phận kỹ thuật), rồi bấm Retry trên sự cố này."
                  + technical(error)),
          true,
          properties.outageBackoff());
    }
    if (error instanceof InvalidProcessDataException) {
      return new Failure(
          limit(
              "Dữ liệu không hợp lệ: "
                  + sentence(error.getMessage())
                  + " Cách xử lý: sửa biến nêu trên trong Operate (mục Variables của phiên"
                  + " quy trình), rồi bấm Retry trên sự cố này."),
          false,
          Duration.ZERO);
    }
    if (error instanceof DependencyUnavailableException) {
      return new Failure(
          limit(
              "Chưa thực hiện được bước này: "
                  + sentence(error.getMessage())
                  + " Hệ thống tự thử lại; nếu sự cố vẫn còn, bộ phận kỹ thuật khắc phục theo"
                  + " nội dung trên rồi bấm Retry."),
          true,
          properties.outageBackoff());
    }
    return new Failure(
        limit(
            "Lỗi không lường trước. Cách xử lý: báo bộ phận kỹ thuật (nhật ký workers.log); sau khi khắc phục,"
                + " bấm Retry trên sự cố này."
                + technical(error)),
        true,
        properties.errorBackoff());
  }

  /** The message as a sentence: ends with a full stop. */
  private static String sentence(String message) {
    String text = message == null ? "" : message.strip();
    return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
  }

  private static String technical(Throwable error) {
    return " Chi tiết kỹ thuật: " + error.getClass().getSimpleName() + ": " + error.getMessage();
  }

  private static String limit(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }
}
