package vn.gov.ubnd.workflow.portal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.camunda.EngineTask;
import vn.gov.ubnd.workflow.camunda.TaskEngine;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;

/**
 * A person's open tasks, a page at a time: every open task of their groups is read (without
 * variables: a department may have thousands), so the total and the order are right; only the
 * page's lines are completed with what each task is about.
 */
@Service
class PortalTaskList {

  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 200;

  private final TaskEngine engine;
  private final DirectiveStore directives;
  private final TaskClaims claims;
  private final TaskLines lines;
  private final ObjectMapper json;

  public PortalTaskList(
      TaskEngine engine,
      DirectiveStore directives,
      TaskClaims claims,
      TaskLines lines,
      ObjectMapper json) {
    this.engine = engine;
    this.directives = directives;
    this.claims = claims;
    this.lines = lines;
    this.json = json;
  }

  /**
   * The page of the person's open tasks that the filters keep, the earliest deadline first (those
   * without one last), the older first among equal deadlines.
   *
   * @param process a process's name, or null for all
   * @param state a {@link TaskFilter} code, or null for all
   * @param page from 0
   * @param pageSize 1 to {@link #MAX_PAGE_SIZE}
   */
  public TaskPage list(Viewer viewer, String process, String state, int page, int pageSize) {
    Optional<TaskFilter> filter = filter(state);
    if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new PortalRefusal(
          400,
          "Trang danh sách việc không đúng: «trang» từ 0 trở lên, «số việc một trang» từ 1 đến "
              + MAX_PAGE_SIZE
              + ".");
    }
    List<EngineTask> tasks = engine.openTasks(viewer.groups(), viewer.username(), List.of());
    Map<String, TaskClaim> taken = claims.findAll(tasks.stream().map(EngineTask::id).toList());
    TaskLines.Moment moment = lines.now();
    // Lines without their context first: enough to filter, count and order every task.
    List<Listed> open =
        tasks.stream()
            .filter(task -> TaskAccess.of(task, viewer) == TaskAccess.ALLOWED)
            .filter(
                task ->
                    !Optional.ofNullable(taken.get(task.id()))
                        .map(TaskClaim::completed)
                        .orElse(false))
            .map(
                task ->
                    new Listed(
                        task, lines.line(task, Map.of(), taken.get(task.id()), viewer, moment)))
            .sorted(ORDER)
            .toList();
    List<Listed> kept =
        open.stream()
            .filter(listed -> process == null || process.equals(listed.task().processName()))
            .filter(listed -> filter.map(f -> f.keeps(listed.line())).orElse(true))
            .toList();
    List<Listed> shown = kept.stream().skip((long) page * pageSize).limit(pageSize).toList();
    List<PortalTask> views = new ArrayList<>(shown.size());
    Map<String, Map<String, JsonNode>> contexts = contexts(shown);
    for (Listed listed : shown) {
      views.add(
          lines.line(
              listed.task(),
              contexts.getOrDefault(listed.task().id(), Map.of()),
              taken.get(listed.task().id()),
              viewer,
              moment));
    }
    return new TaskPage(
        kept.size(),
        open.size(),
        (int) open.stream().filter(listed -> listed.line().isNew()).count(),
        page,
        pageSize,
        open.stream().map(listed -> listed.task().processName()).distinct().sorted().toList(),
        views);
  }

  private static Optional<TaskFilter> filter(String state) {
    if (state == null || state.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        TaskFilter.parse(state)
            .orElseThrow(
                () ->
                    new PortalRefusal(
                        400,
                        "«Trạng thái» lọc danh sách việc không có: chọn một trong "
                            + TaskFilter.choices()
                            + ".")));
  }

  /**
   * What each task of the page is about. A directive's (petitions and commitments included) comes
   * from the register in one request; the few others (a report's section, a monthly report) are
   * asked of the engine one by one.
   */
  private Map<String, Map<String, JsonNode>> contexts(List<Listed> shown) {
    Map<Long, Directive> tracked =
        directivesOf(
            shown.stream().map(listed -> listed.task().processInstanceKey()).distinct().toList());
    Map<String, Map<String, JsonNode>> contexts = new HashMap<>();
    for (Listed listed : shown) {
      EngineTask task = listed.task();
      Directive directive = tracked.get(task.processInstanceKey());
      contexts.put(
          task.id(),
          directive != null
              ? Map.of(
                  "directiveId", json.getNodeFactory().textNode(directive.directiveId()),
                  "title", json.getNodeFactory().textNode(directive.title()))
              : engine.variables(task.id(), TaskContext.VARIABLES));
    }
    return contexts;
  }

  private Map<Long, Directive> directivesOf(List<Long> instances) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    try {
      return directives.findByInstances(instances);
    } catch (DependencyUnavailableException e) {
      return Map.of(); // the page still shows, its lines from the tasks' own variables
    }
  }

  private static final Comparator<Listed> ORDER =
      Comparator.comparing(
              (Listed listed) -> listed.task().due(),
              Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))
          .thenComparing(
              listed -> listed.task().created(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(listed -> listed.task().id());

  private record Listed(EngineTask task, PortalTask line) {}
}
