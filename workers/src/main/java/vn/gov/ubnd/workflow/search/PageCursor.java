package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page starts: the sort values of the last hit (search_after), carried by the
 * browser as an opaque text. Any depth costs the same; nothing is kept on the server.
 */
public final class PageCursor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PageCursor() {}

  static String encode(JsonNode sortValues) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(sortValues.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The sort values of a cursor, or null for the first page.
   *
   * @throws InvalidCursorException if the text is not a cursor this application gave
   */
  static JsonNode decode(String cursor, int keys) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      JsonNode values = JSON.readTree(Base64.getUrlDecoder().decode(cursor.trim()));
      if (values == null || !values.isArray() || values.size() != keys) {
        throw new InvalidCursorException();
      }
      for (JsonNode value : values) {
        if (!value.isValueNode()) {
          throw new InvalidCursorException();
        }
      }
      return values;
    } catch (IllegalArgumentException | IOException e) {
      throw new InvalidCursorException();
    }
  }

  /** A cursor that was changed, cut, or belongs to another order. */
  public static final class InvalidCursorException extends RuntimeException {
    InvalidCursorException() {
      super(
          "Địa chỉ trang tiếp theo không hợp lệ (đã bị sửa hoặc thuộc cách sắp xếp khác): quay"
              + " về trang đầu của danh sách rồi chuyển trang bằng nút «Trang sau».");
    }
  }
}
