package vn.gov.ubnd.workflow.portal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.camunda.EngineTask;
import vn.gov.ubnd.workflow.camunda.TaskEngine;
import vn.gov.ubnd.workflow.camunda.TaskGoneException;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.forms.FormSchema;

/**
 * A person's tasks in the portal: listed from their groups, opened (and so taken), completed after
 * the server has checked that they may and that the form is filled in.
 *
 * <p>Size: listing, opening and completing share the access rule, the claims and the view of a
 * task; each is a few lines over the engine.
 */
@Service
public class PortalTaskService {

  /** The most tasks one list shows: more than a department has open at once. */
  static final int LIST_LIMIT = 500;

  /** The most new tasks per list whose context is asked for one by one (see list). */
  private static final int CONTEXT_FILL_INS = 20;

  /** Variables the portal adds to a completion: who did it, visible in Operate on the step. */
  public static final String COMPLETED_BY = "completedBy";

  public static final String COMPLETED_BY_NAME = "completedByName";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final TaskEngine engine;
  private final DirectiveStore directives;
  private final TaskClaims claims;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final ObjectMapper json;

  public PortalTaskService(
      TaskEngine engine,
      DirectiveStore directives,
      TaskClaims claims,
      WorkingDayCalendar calendar,
      Clock clock,
      ObjectMapper json) {
    this.engine = engine;
    this.directives = directives;
    this.claims = claims;
    this.calendar = calendar;
    this.clock = clock;
    this.json = json;
  }

  /** The person's open tasks, the earliest deadline first (those without one last). */
  public List<PortalTask> list(Viewer viewer) {
    List<EngineTask> tasks =
        engine.openTasks(viewer.groups(), viewer.username(), TaskContext.VARIABLES, LIST_LIMIT);
    Map<String, TaskClaim> taken = claims.findAll(tasks.stream().map(EngineTask::id).toList());
    List<EngineTask> shown =
        tasks.stream()
            .filter(task -> TaskAccess.of(task, viewer) == TaskAccess.ALLOWED)
            .filter(
                task ->
                    !Optional.ofNullable(taken.get(task.id()))
                        .map(TaskClaim::completed)
                        .orElse(false))
            .sorted(
                Comparator.comparing(
                        EngineTask::due,
                        Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))
                    .thenComparing(
                        EngineTask::created, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    // Every task of ours has a context; the search answer can lack some or all of its variables
    // for a new task until Tasklist has joined them to it, which the task's own variables answer
    // does not wait for, so a few such tasks are asked one by one.
    // A directive's line comes from the register when the search answer lacks it: one request.
    Map<Long, Directive> tracked =
        directivesOf(
            shown.stream()
                .filter(task -> TaskContext.of(task.variables()).isEmpty())
                .map(EngineTask::processInstanceKey)
                .distinct()
                .toList());
    // The newest first: a task Tasklist has not joined its variables to yet is a new one, and
    // older tasks that have none of them (another process's) must not use up the fill-ins.
    java.util.Set<String> fillIns =
        shown.stream()
            .filter(task -> TaskContext.of(task.variables()).isEmpty())
            .filter(task -> !tracked.containsKey(task.processInstanceKey()))
            .sorted(
                Comparator.comparing(
                    EngineTask::created,
                    Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder())))
            .limit(CONTEXT_FILL_INS)
            .map(EngineTask::id)
            .collect(java.util.stream.Collectors.toSet());
    List<PortalTask> views = new ArrayList<>(shown.size());
    for (EngineTask task : shown) {
      Map<String, JsonNode> context = task.variables();
      if (TaskContext.of(context).isEmpty()) {
        Directive directive = tracked.get(task.processInstanceKey());
        if (directive != null) {
          context =
              Map.of(
                  "directiveId", json.getNodeFactory().textNode(directive.directiveId()),
                  "title", json.getNodeFactory().textNode(directive.title()));
        } else if (fillIns.contains(task.id())) {
          context = engine.variables(task.id(), TaskContext.VARIABLES);
        }
      }
      views.add(view(task, context, taken.get(task.id()), viewer));
    }
    return views;
  }

  private Map<Long, Directive> directivesOf(List<Long> instances) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    try {
      return directives.findByInstances(instances);
    } catch (DependencyUnavailableException e) {
      return Map.of(); // the list still shows, its lines from the tasks' own variables
    }
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
    Map<String, JsonNode> variables = variablesOf(taskId, shown(schema));
    return new OpenedTask(
        view(task, variables, claim, viewer),
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
  private java.util.Set<String> shown(String schema) {
    java.util.Set<String> names = new java.util.TreeSet<>(TaskContext.VARIABLES);
    if (schema != null) {
      names.addAll(FormSchema.parse(schema, json).variablesRead());
    }
    return names;
  }

  /**
   * The task's variables. Tasklist imports a new task's variables a moment after the task itself: a
   * task of ours always sees some (every instance has process variables), so an empty answer means
   * "not yet" and is asked again for up to {@link #VARIABLES_PATIENCE_MS}.
   */
  private Map<String, JsonNode> variablesOf(String taskId, java.util.Set<String> names) {
    long deadline = System.currentTimeMillis() + VARIABLES_PATIENCE_MS;
    Map<String, JsonNode> variables = engine.variables(taskId, names);
    while (variables.isEmpty() && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      variables = engine.variables(taskId, names);
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
          java.time.LocalDate.now(clock),
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

  private static PortalRefusal completedAlready(TaskClaim claim) {
    if (claim != null && claim.completed()) {
      return PortalRefusal.conflict(
          "Việc này đã được "
              + claim.completedByName()
              + " hoàn thành lúc "
              + DAY_TIME.format(claim.completedAt())
              + ": không cần làm lại.");
    }
    return PortalRefusal.conflict(
        "Việc này đã được hoàn thành hoặc không còn hiệu lực: không cần làm lại.");
  }

  private JsonNode parse(String schema) {
    try {
      return json.readTree(schema);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("form schema is not JSON", e);
    }
  }

  private PortalTask view(
      EngineTask task, Map<String, JsonNode> variables, TaskClaim claim, Viewer viewer) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Urgency urgency = Urgency.of(task.due(), now, clock.getZone(), calendar);
    return new PortalTask(
        task.id(),
        task.name(),
        TaskContext.of(variables),
        task.processName(),
        task.elementId(),
        task.candidateGroups(),
        task.due() == null ? null : task.due().toString(),
        task.due() == null ? null : DAY.format(task.due().atZoneSameInstant(clock.getZone())),
        urgency,
        urgency.label(),
        task.created() == null
            ? null
            : DAY_TIME.format(task.created().atZoneSameInstant(clock.getZone())),
        claim == null,
        claim == null ? null : claim.fullName(),
        claim != null && claim.username().equals(viewer.username()),
        Long.toString(task.processInstanceKey()));
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
