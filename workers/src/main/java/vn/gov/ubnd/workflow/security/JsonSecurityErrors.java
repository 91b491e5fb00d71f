package vn.gov.ubnd.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 as a short Vietnamese JSON message: no HTML page, no exception text. */
final class JsonSecurityErrors {

  static final String NOT_SIGNED_IN =
      "Chưa đăng nhập: gửi kèm mã truy cập (Bearer token) của tài khoản UBND tỉnh.";
  static final String BAD_TOKEN = "Mã truy cập không hợp lệ hoặc đã hết hạn: đăng nhập lại.";
  static final String FORBIDDEN = "Tài khoản của bạn không có quyền thực hiện việc này.";

  private JsonSecurityErrors() {}

  static AuthenticationEntryPoint unauthorized() {
    return (request, response, failure) ->
        write(
            response,
            HttpServletResponse.SC_UNAUTHORIZED,
            failure instanceof InvalidBearerTokenException
                    || (failure != null && failure.getCause() instanceof AuthenticationException)
                    || request.getHeader("Authorization") != null
                ? BAD_TOKEN
                : NOT_SIGNED_IN);
  }

  static final String ACCOUNTS_UNAVAILABLE =
      "Chưa kiểm tra được mã truy cập vì máy chủ tài khoản (Keycloak) không trả lời: thử lại sau ít"
          + " phút; nếu vẫn lỗi, báo quản trị hệ thống.";

  /**
   * A token that could not be checked because Keycloak's keys could not be fetched is the accounts
   * server's outage (503), not the caller's fault; any other failure is a bad token.
   */
  static AuthenticationFailureHandler tokenFailures() {
    AuthenticationEntryPoint unauthorized = unauthorized();
    return (request, response, failure) -> {
      if (failure instanceof AuthenticationServiceException) {
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ACCOUNTS_UNAVAILABLE);
      } else {
        unauthorized.commence(request, response, failure);
      }
    };
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, denied) ->
        write(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            denied instanceof CsrfException ? CSRF_MISSING : FORBIDDEN);
  }

  /** A browser's change without the session's CSRF token (or a script's, not a page's). */
  static final String CSRF_MISSING =
      "Yêu cầu thiếu mã chống giả mạo của phiên làm việc: tải lại trang Cổng rồi thao tác lại.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static void write(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    JSON.writeValue(response.getWriter(), body);
  }
}
