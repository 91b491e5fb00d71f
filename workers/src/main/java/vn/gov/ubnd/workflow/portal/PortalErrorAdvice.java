package vn.gov.ubnd.workflow.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.ubnd.workflow.camunda.EngineUnavailableException;

/** The portal's refusals and Camunda's absence, as the JSON the portal's pages show. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrorAdvice {

  private static final Logger LOG = LoggerFactory.getLogger(PortalErrorAdvice.class);

  @ExceptionHandler(PortalRefusal.class)
  ResponseEntity<Map<String, Object>> refused(PortalRefusal refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", refusal.getMessage());
    body.put("status", refusal.status());
    if (!refusal.problems().isEmpty()) {
      body.put("problems", refusal.problems());
    }
    return ResponseEntity.status(refusal.status()).body(body);
  }

  @ExceptionHandler(EngineUnavailableException.class)
  ResponseEntity<Map<String, Object>> engineUnavailable(EngineUnavailableException e) {
    LOG.warn("Camunda unavailable to the portal", e);
    return ResponseEntity.status(503).body(Map.of("error", e.getMessage(), "status", 503));
  }
}
