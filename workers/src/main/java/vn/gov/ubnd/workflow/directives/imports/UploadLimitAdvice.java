package vn.gov.ubnd.workflow.directives.imports;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload past the server's own limit is refused before any controller sees it: say so. */
@RestControllerAdvice
public class UploadLimitAdvice {

  private final ImportProperties properties;

  public UploadLimitAdvice(ImportProperties properties) {
    this.properties = properties;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge() {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(
            Map.of(
                "error",
                "Tệp lớn hơn "
                    + ImportFiles.size(properties.maxFileSize().toBytes())
                    + ", giới hạn một lần nhập: chia danh sách thành nhiều tệp nhỏ hơn rồi gửi"
                    + " từng tệp."));
  }
}
