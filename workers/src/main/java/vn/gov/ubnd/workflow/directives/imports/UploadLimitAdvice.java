package vn.gov.ubnd.workflow.directives.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload past the server's own limit is refused before any controller sees it: say so. */
@RestControllerAdvice
class UploadLimitAdvice {

  private final ImportProperties properties;

  public UploadLimitAdvice(ImportProperties properties) {
    this.properties = properties;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(HttpServletRequest request) {
    // The same server limit stops a list to import and a file attached in the portal.
    boolean list = request.getRequestURI().contains("/imports");
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(
            Map.of(
                "error",
                "Tệp lớn hơn "
                    + ImportFiles.size(properties.maxFileSize().toBytes())
                    + (list
                        ? ", giới hạn một lần nhập: chia danh sách thành nhiều tệp nhỏ hơn rồi gửi"
                            + " từng tệp."
                        : ", giới hạn của máy chủ: nén tệp, giảm độ phân giải bản quét hoặc chia"
                            + " thành nhiều tệp.")));
  }
}
