package vn.gov.ubnd.workflow.portal.start;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.ubnd.workflow.portal.Viewer;

/** Start forms of the processes the person may start. */
@RestController
@RequestMapping("/api/portal/start")
class StartFormController {

  private final StartFormService starts;

  public StartFormController(StartFormService starts) {
    this.starts = starts;
  }

  /** A process the person may start. */
  public record Startable(String processId, String title, String description) {}

  @GetMapping
  public List<Startable> startable(Authentication user) {
    return starts.startable(Viewer.of(user)).stream()
        .map(p -> new Startable(p.bpmnProcessId(), p.title(), p.description()))
        .toList();
  }

  @GetMapping("/{processId}")
  public JsonNode form(@PathVariable String processId, Authentication user) {
    return starts.form(Viewer.of(user), processId);
  }

  @PostMapping("/{processId}")
  public Map<String, Object> start(
      @PathVariable String processId,
      @RequestBody Map<String, Object> variables,
      Authentication user) {
    long key = starts.start(Viewer.of(user), processId, variables);
    return Map.of("processInstanceKey", Long.toString(key));
  }
}
