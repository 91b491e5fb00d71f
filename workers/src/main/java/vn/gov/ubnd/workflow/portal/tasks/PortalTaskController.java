package vn.gov.ubnd.workflow.portal.tasks;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.ubnd.workflow.portal.Viewer;

/** The portal's "Việc cần làm": list, open (take), complete. */
@RestController
@RequestMapping("/api/portal/tasks")
class PortalTaskController {

  private final PortalTaskService tasks;
  private final PortalTaskList list;

  public PortalTaskController(PortalTaskService tasks, PortalTaskList list) {
    this.tasks = tasks;
    this.list = list;
  }

  /** A page of the person's open tasks, filtered by process name and state. */
  @GetMapping
  public TaskPage list(
      @RequestParam(required = false) String process,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PortalTaskList.DEFAULT_PAGE_SIZE) int size,
      Authentication user) {
    return list.list(Viewer.of(user), blankAsNull(process), blankAsNull(state), page, size);
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** Opens the task for the person: takes it, returns its form and variables. */
  @PostMapping("/{taskId}/open")
  public PortalTaskService.OpenedTask open(
      @PathVariable String taskId,
      @RequestParam(defaultValue = "false") boolean takeOver,
      Authentication user) {
    return tasks.open(Viewer.of(user), taskId, takeOver);
  }

  @PostMapping("/{taskId}/complete")
  public ResponseEntity<Map<String, Object>> complete(
      @PathVariable String taskId,
      @RequestBody Map<String, Object> variables,
      Authentication user) {
    tasks.complete(Viewer.of(user), taskId, variables);
    return ResponseEntity.ok(Map.of("completed", true, "taskId", taskId));
  }
}
