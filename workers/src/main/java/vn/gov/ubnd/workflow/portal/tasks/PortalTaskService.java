package vn.gov.ubnd.workflow.portal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.camunda.EngineTask;
import vn.gov.ubnd.workflow.camunda.TaskEngine;
import vn.gov.ubnd.workflow.camunda.TaskGoneException;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.forms.FormSchema;

/**
 * A person's task in the portal: opened (and so taken), completed after the server has checked that
 * they may and that the form is filled in. The list is {@link PortalTaskList}.
 */
@Service
class PortalTaskService {

  /** Variables the portal adds to a completion: who did it, visible in Operate on the step. */
  public static final String COMPLETED_BY = "completedBy";

  public static final String COMPLETED_BY_NAME = "completedByName";

  private final TaskEngine engine;
  private final TaskClaims claims;
  private final TaskLines lines;
  private final Clock clock;
  private final ObjectMapper json;

  private final long patienceMs;

  @Autowired
  public PortalTaskService(
      TaskEngine engine, TaskClaims claims, TaskLines lines, Clock clock, ObjectMapper json) {
    this(engine, claims, lines, clock, json, VARIABLES_PATIENCE_MS);
  }

  PortalTaskService(
      TaskEngine engine,
      TaskClaims claims,
      TaskLines lines,
      Clock clock,
      ObjectMapper json,
      long patienceMs) {
    this.engine = engine;
    this.claims = claims;
    this.lines = lines;
    this.clock = clock;
    this.json = json;
    this.patienceMs = patienceMs;
  }

  /**
   * Opens a task: checks the person may work on it, takes it for them unless a colleague has (with
   * {@code takeOver}, takes it from the colleague), and returns what its form needs.
   */
  public OpenedTask open(Viewer viewer, String taskId, boolean takeOver) {
    EngineTask task = allowedTask(viewer, taskId);
    if (!task.open()) {
      throw completedAlready(claims.find(taskId).orElse(null));
    }
    // The claim in force afterwards: the person's, a colleague's, or a completed one.
    TaskClaim claim = claims.claim(taskId, viewer.person(), takeOver);
    if (claim.completed()) {
      throw completedAlready(claim);
    }
    boolean mine = claim.username().equals(viewer.username());
    if (mine) {
      engine.assign(taskId, viewer.username());
    }
    String schema = task.formId() == null ? null : engine.formSchema(task);
    FormSchema form = schema == null ? null : FormSchema.parse(schema, json);
    Map<String, JsonNode> variables =
        variablesOf(taskId, shown(form), form == null ? Set.of() : form.variablesAwaited());
    return new OpenedTask(
        lines.line(task, variables, claim, viewer),
        mine,
        mine ? null : claim.fullName() + " (" + claim.username() + ")",
        schema == null ? null : parse(schema),
        variables);
  }

  /**
   * What a person opening the task is given of the instance: the variables its form reads and those
   * of the line under its name, never the rest (another department's answer, the follow-up's
   * recipients).
   */
  private static Set<String> shown(FormSchema form) {
    Set<String> names = new TreeSet<>(TaskContext.VARIABLES);
    if (form != null) {
      names.addAll(form.variablesRead());
    }
    return names;
  }

  /**
   * The task's variables. Tasklist imports a new task's variables a moment after the task itself: a
   * task of ours always sees some (every instance has process variables), so an empty answer, or
   * one without a variable the task creates for its form ({@link FormSchema#variablesAwaited()}),
   * means "not yet" and is asked again for up to {@link #VARIABLES_PATIENCE_MS}. A form still
   * without those is not shown: it would show nothing, or an earlier round's answer.
   */
  private Map<String, JsonNode> variablesOf(String taskId, Set<String> names, Set<String> awaited) {
    long deadline = System.currentTimeMillis() + patienceMs;
    Map<String, JsonNode> variables = engine.variables(taskId, names);
    while ((variables.isEmpty() || !variables.keySet().containsAll(awaited))
        && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      variables = engine.variables(taskId, names);
    }
    if (!variables.keySet().containsAll(awaited)) {
      throw new PortalRefusal(
          503,
          "Nội dung của việc này đang được cập nhật: mở lại việc sau ít giây (không cần làm gì"
              + " khác).");
    }
    return variables;
  }

  static final long VARIABLES_PATIENCE_MS = 5_000;

  /** Completes the task with the form's variables, once the server has checked both. */
  public void complete(Viewer viewer, String taskId, Map<String, Object> submitted) {
    EngineTask task = allowedTask(viewer, taskId);
    Optional<TaskClaim> claim = claims.find(taskId);
    if (claim.map(TaskClaim::completed).orElse(false) || !task.open()) {
      throw completedAlready(claim.orElse(null));
    }
    if (claim.isPresent() && !claim.get().username().equals(viewer.username())) {
      throw PortalRefusal.conflict(
          "Việc này đang do "
              + claim.get().fullName()
              + " xử lý: mở lại việc và chọn \"Nhận xử lý thay\" nếu cần làm thay.");
    }
    if (task.formId() != null) {
      FormSchema form = FormSchema.parse(engine.formSchema(task), json);
      form.check(
          submitted,
          LocalDate.now(clock),
          form.variablesCompared().isEmpty()
              ? Map.of()
              : engine.variables(taskId, form.variablesCompared()));
    }
    Map<String, Object> variables = new LinkedHashMap<>(submitted);
    variables.put(COMPLETED_BY, viewer.username());
    variables.put(COMPLETED_BY_NAME, viewer.person().fullName());
    try {
      engine.complete(taskId, variables);
    } catch (TaskGoneException gone) {
      throw completedAlready(claims.find(taskId).orElse(null));
    }
    claims.completed(taskId, viewer.person());
  }

  /**
   * The task, if the person may see it. An unknown id and another department's task are answered
   * alike, so that nobody learns from the answer which tasks exist.
   */
  private EngineTask allowedTask(Viewer viewer, String taskId) {
    return engine
        .task(taskId)
        .filter(task -> TaskAccess.of(task, viewer) == TaskAccess.ALLOWED)
        .orElseThrow(
            () ->
                PortalRefusal.forbidden(
                    "Việc này không giao cho đơn vị của anh/chị: anh/chị không xem và không xử lý"
                        + " được."));
  }

  private PortalRefusal completedAlready(TaskClaim claim) {
    if (claim != null && claim.completed()) {
      return PortalRefusal.conflict(
          "Việc này đã được "
              + claim.completedByName()
              + " hoàn thành lúc "
              + TaskLines.dayTime(claim.completedAt(), clock)
              + ": không cần làm lại.");
    }
    return PortalRefusal.conflict(
        "Việc này đã được hoàn thành hoặc không còn hiệu lực: không cần làm lại.");
  }

  private JsonNode parse(String schema) {
    try {
      return json.readTree(schema);
    } catch (IOException e) {
      throw new IllegalStateException("form schema is not JSON", e);
    }
  }

  /**
   * An opened task.
   *
   * @param task the task as listed
   * @param mine the person holds it and may complete it
   * @param takenBy the colleague who holds it, when not mine
   * @param form the linked form's schema
   * @param variables the variables the form shows
   */
  public record OpenedTask(
      PortalTask task,
      boolean mine,
      String takenBy,
      JsonNode form,
      Map<String, JsonNode> variables) {}
}
