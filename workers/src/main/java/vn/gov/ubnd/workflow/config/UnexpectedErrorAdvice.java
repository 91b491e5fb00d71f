package vn.gov.ubnd.workflow.config;

import java.time.OffsetDateTime;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.ubnd.workflow.search.SearchUnavailableException;

/**
 * What a caller of the API reads when something fails that is not their input: a short Vietnamese
 * message with the time to quote, never Spring's English error page or an exception's text. The
 * cause goes to the log.
 */
@RestControllerAdvice
class UnexpectedErrorAdvice {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorAdvice.class);

  @ExceptionHandler(SearchUnavailableException.class)
  ResponseEntity<Map<String, Object>> searchUnavailable(SearchUnavailableException e) {
    LOG.warn("search store unavailable", e);
    return ResponseEntity.status(503)
        .body(
            Map.of(
                "error",
                "Kho dữ liệu tìm kiếm đang không trả lời: thử lại sau ít phút; nếu vẫn lỗi, báo"
                    + " quản trị hệ thống.",
                "status",
                503));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<?> unexpected(RuntimeException e) {
    if (e instanceof ErrorResponse) {
      throw e; // Spring's own 4xx (missing parameter, wrong method, ...): answered as they are
    }
    String at = OffsetDateTime.now().toString();
    LOG.error("unexpected failure answering a request (reported to the caller as {})", at, e);
    return ResponseEntity.status(500)
        .body(
            Map.of(
                "error",
                "Hệ thống gặp lỗi khi xử lý yêu cầu: thử lại; nếu vẫn lỗi, báo quản trị hệ thống"
                    + " kèm thời điểm "
                    + at
                    + ".",
                "status",
                500));
  }
}
