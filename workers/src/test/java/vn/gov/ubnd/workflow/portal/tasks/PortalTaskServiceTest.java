package vn.gov.ubnd.workflow.portal.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_SECTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.camunda.EngineTask;
import vn.gov.ubnd.workflow.camunda.TaskEngine;
import vn.gov.ubnd.workflow.camunda.TaskGoneException;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;

/**
 * Who sees, takes and completes which task, on an engine and a claim store held in memory: the
 * rules the browser tests show end to end, here each case alone.
 */
class PortalTaskServiceTest {

  /** Tuesday 1 December 2026, 09:00 in Vietnam. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private static final Viewer FINANCE =
      viewer("so-tai-chinh-1", "Phan Thanh Nga", AccountRole.DEPARTMENT, "so-tai-chinh");
  private static final Viewer FINANCE_COLLEAGUE =
      viewer("so-tai-chinh-2", "Lê Văn Bình", AccountRole.DEPARTMENT, "so-tai-chinh");
  private static final Viewer HOME_AFFAIRS =
      viewer("so-noi-vu-1", "Trần Thu Hà", AccountRole.DEPARTMENT, "so-noi-vu");

  private final FakeEngine engine = new FakeEngine();
  private final MemoryClaims claims = new MemoryClaims();
  private final vn.gov.ubnd.workflow.testing.InMemoryDirectiveStore register =
      new vn.gov.ubnd.workflow.testing.InMemoryDirectiveStore();
  private final PortalTaskService service =
      new PortalTaskService(
          engine, register, claims, new WorkingDayCalendar(List.of()), CLOCK, new ObjectMapper());

  private static Viewer viewer(String username, String name, AccountRole role, String group) {
    return new Viewer(new Person(username, name), EnumSet.of(role), Set.of(group));
  }

  private static EngineTask task(String id, String group, OffsetDateTime due, String session) {
    Map<String, JsonNode> variables = new HashMap<>();
    variables.put("sessionName", JsonNodeFactory.instance.textNode(session));
    variables.put(
        "assignment",
        JsonNodeFactory.instance.objectNode().put("departmentName", departmentName(group)));
    return new EngineTask(
        id,
        "Gửi báo cáo của cơ quan",
        TASK_SUBMIT_SECTION,
        "Chu trình báo cáo trình HĐND tỉnh",
        "1",
        100,
        "report-section",
        1L,
        List.of(group),
        null,
        OffsetDateTime.parse("2026-11-20T08:00:00+07:00"),
        due,
        true,
        variables);
  }

  private static String departmentName(String group) {
    return group.equals("so-tai-chinh") ? "Sở Tài chính" : "Sở Nội vụ";
  }

  private static Map<String, Object> answer() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("results", "Thu ngân sách vượt dự toán.");
    answer.put("shortcomings", "Giải ngân còn chậm.");
    answer.put("nextTasks", "Đẩy nhanh giải ngân.");
    answer.put("contactPerson", "Phan Thanh Nga, 0251 3822 111");
    answer.put("headApproved", true);
    return answer;
  }

  @Test
  void aDepartmentListsItsOwnTasksOnlyTheEarliestDeadlineFirstWithItsContext() {
    engine.add(
        task("1", "so-tai-chinh", OffsetDateTime.parse("2026-12-20T17:00:00+07:00"), "Kỳ họp 12"));
    engine.add(
        task("2", "so-noi-vu", OffsetDateTime.parse("2026-12-02T17:00:00+07:00"), "Kỳ họp 12"));
    engine.add(
        task("3", "so-tai-chinh", OffsetDateTime.parse("2026-11-30T17:00:00+07:00"), "Kỳ họp 11"));
    engine.add(task("4", "so-tai-chinh", null, "Kỳ họp 13"));
    engine.add(
        task("5", "so-tai-chinh", OffsetDateTime.parse("2026-12-03T17:00:00+07:00"), "Kỳ họp 14"));

    List<PortalTask> list = service.list(FINANCE);

    assertThat(list).extracting(PortalTask::id).containsExactly("3", "5", "1", "4");
    assertThat(list)
        .extracting(PortalTask::urgency)
        .containsExactly(Urgency.OVERDUE, Urgency.DUE_SOON, Urgency.ON_TIME, Urgency.NO_DEADLINE);
    assertThat(list.get(0).context()).isEqualTo("Sở Tài chính · Kỳ họp 11");
    assertThat(list.get(0).dueText()).isEqualTo("30/11/2026");
    assertThat(list).allMatch(PortalTask::isNew);
    assertThat(engine.askedGroups).containsExactly(Set.of("so-tai-chinh"));
  }

  @Test
  void aNewTaskWhoseVariablesTheSearchLacksStillShowsItsContext() {
    engine.add(
        task("1", "so-tai-chinh", OffsetDateTime.parse("2026-12-20T17:00:00+07:00"), "Kỳ họp 12"));
    engine.add(
        task("2", "so-tai-chinh", OffsetDateTime.parse("2026-12-21T17:00:00+07:00"), "Kỳ họp 12"));
    engine.variablesNotJoinedYet.add("2");

    List<PortalTask> list = service.list(FINANCE);

    assertThat(list)
        .extracting(PortalTask::context)
        .containsExactly("Sở Tài chính · Kỳ họp 12", "Sở Tài chính · Kỳ họp 12");
    assertThat(engine.variableQueries).as("only the task lacking them is asked").isEqualTo(1);
  }

  @Test
  void theNewestTaskIsFilledInFirstWhenOlderTasksHaveNoContextAtAll() {
    // Older tasks with none of the list's variables, due first: they must not use up the
    // fill-ins that the new task, whose variables the search has not joined yet, needs.
    for (int i = 0; i < 25; i++) {
      EngineTask t =
          task(
              "old-" + i,
              "so-tai-chinh",
              OffsetDateTime.parse("2026-12-02T17:00:00+07:00"),
              "Kỳ họp cũ");
      engine.add(
          new EngineTask(
              t.id(),
              "Việc khác",
              "Task_Other",
              "Quy trình khác",
              "2",
              200 + i,
              null,
              null,
              t.candidateGroups(),
              null,
              OffsetDateTime.parse("2026-10-01T08:00:00+07:00"),
              t.due(),
              true,
              Map.of()));
    }
    engine.add(
        task(
            "new", "so-tai-chinh", OffsetDateTime.parse("2027-02-16T17:00:00+07:00"), "Kỳ họp 13"));
    engine.variablesNotJoinedYet.add("new");

    List<PortalTask> list = service.list(FINANCE);

    assertThat(list.get(list.size() - 1).context()).isEqualTo("Sở Tài chính · Kỳ họp 13");
  }

  @Test
  void aDirectivesTaskWhoseVariablesTheSearchLacksTakesItsLineFromTheRegister() {
    engine.add(
        task("7", "so-tai-chinh", OffsetDateTime.parse("2026-12-20T17:00:00+07:00"), "Kỳ họp 12"));
    engine.variablesNotJoinedYet.add("7");
    register.create(
        vn.gov.ubnd.workflow.testing.TestDirective.of("NV-77")
            .title("Rà soát giải ngân vốn đầu tư công")
            .processInstanceKey(100L)
            .inState("P", null));
    engine.variableQueries = 0;

    assertThat(service.list(FINANCE))
        .extracting(PortalTask::context)
        .containsExactly("Nhiệm vụ NV-77: Rà soát giải ngân vốn đầu tư công");
    assertThat(engine.variableQueries).as("no task asked one by one").isZero();
  }

  @Test
  void anotherDepartmentsTaskCannotBeOpenedNorCompleted() {
    engine.add(task("1", "so-tai-chinh", null, "Kỳ họp 12"));

    assertThatThrownBy(() -> service.open(HOME_AFFAIRS, "1", false))
        .isInstanceOfSatisfying(
            PortalRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(403));
    assertThatThrownBy(() -> service.complete(HOME_AFFAIRS, "1", answer()))
        .isInstanceOfSatisfying(
            PortalRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(403));
    assertThat(engine.completed).isEmpty();
    assertThat(claims.find("1")).isEmpty();
  }

  @Test
  void openingTakesTheTaskAndAColleagueSeesWhoHasIt() {
    engine.add(task("1", "so-tai-chinh", null, "Kỳ họp 12"));

    PortalTaskService.OpenedTask mine = service.open(FINANCE, "1", false);
    PortalTaskService.OpenedTask theirs = service.open(FINANCE_COLLEAGUE, "1", false);

    assertThat(mine.mine()).isTrue();
    assertThat(mine.form().path("id").asText()).isEqualTo("report-section");
    assertThat(theirs.mine()).isFalse();
    assertThat(theirs.takenBy()).isEqualTo("Phan Thanh Nga (so-tai-chinh-1)");
    assertThat(service.list(FINANCE).get(0).mine()).isTrue();
    assertThat(service.list(FINANCE_COLLEAGUE).get(0).takenBy()).isEqualTo("Phan Thanh Nga");
    assertThatThrownBy(() -> service.complete(FINANCE_COLLEAGUE, "1", answer()))
        .hasMessageContaining("Việc này đang do Phan Thanh Nga xử lý");

    assertThat(service.open(FINANCE_COLLEAGUE, "1", true).mine()).isTrue();
  }

  /** Opening gives what the form reads, not another department's answer nor mail addresses. */
  @Test
  void openingGivesTheFormsVariablesAndNothingElseOfTheInstance() {
    EngineTask task = task("1", "so-tai-chinh", null, "Kỳ họp 12");
    task.variables()
        .put(
            "sectionResults",
            JsonNodeFactory.instance.arrayNode().add("Sở Nội vụ: kết quả chưa công bố"));
    task.variables()
        .put("followUpRecipients", JsonNodeFactory.instance.textNode("giamdoc@snv.example"));
    task.variables().put("cycleTitle", JsonNodeFactory.instance.textNode("Báo cáo năm 2026"));
    engine.add(task);

    PortalTaskService.OpenedTask opened = service.open(FINANCE, "1", false);

    assertThat(opened.variables())
        .containsKeys("sessionName", "assignment", "cycleTitle")
        .doesNotContainKeys("sectionResults", "followUpRecipients");
  }

  @Test
  void completingRecordsThePersonAndASecondCompletionSaysWhoDidIt() {
    engine.add(task("1", "so-tai-chinh", null, "Kỳ họp 12"));
    service.open(FINANCE, "1", false);

    service.complete(FINANCE, "1", answer());

    assertThat(engine.completed.get("1"))
        .containsEntry("results", "Thu ngân sách vượt dự toán.")
        .containsEntry(PortalTaskService.COMPLETED_BY, "so-tai-chinh-1")
        .containsEntry(PortalTaskService.COMPLETED_BY_NAME, "Phan Thanh Nga");
    assertThat(service.list(FINANCE)).isEmpty();
    assertThatThrownBy(() -> service.complete(FINANCE, "1", answer()))
        .isInstanceOfSatisfying(
            PortalRefusal.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(409);
              assertThat(refusal.getMessage())
                  .isEqualTo(
                      "Việc này đã được Phan Thanh Nga hoàn thành lúc 01/12/2026 09:00: không cần làm lại.");
            });
    assertThat(engine.completions).isEqualTo(1);
  }

  @Test
  void aTaskCompletedOutsideThePortalIsReportedNotCompletedAgain() {
    engine.add(task("1", "so-tai-chinh", null, "Kỳ họp 12"));
    engine.goneOnComplete = true;

    assertThatThrownBy(() -> service.complete(FINANCE, "1", answer()))
        .hasMessage("Việc này đã được hoàn thành hoặc không còn hiệu lực: không cần làm lại.");
  }

  @Test
  void aFormWithARequiredFieldEmptyCompletesNothing() {
    engine.add(task("1", "so-tai-chinh", null, "Kỳ họp 12"));
    Map<String, Object> incomplete = answer();
    incomplete.remove("results");

    assertThatThrownBy(() -> service.complete(FINANCE, "1", incomplete))
        .hasMessageContaining("«Kết quả thực hiện trong lĩnh vực» là bắt buộc");
    assertThat(engine.completed).isEmpty();
  }

  /** An outsider learns nothing from the answer: an unknown id reads like a foreign task. */
  @Test
  void anUnknownTaskIsAnsweredLikeAnotherDepartmentsTask() {
    engine.add(task("1", "so-noi-vu", null, "Kỳ họp 12"));
    PortalRefusal unknown =
        catchThrowableOfType(PortalRefusal.class, () -> service.open(FINANCE, "999", false));
    PortalRefusal foreign =
        catchThrowableOfType(PortalRefusal.class, () -> service.open(FINANCE, "1", false));
    assertThat(unknown.status()).isEqualTo(403).isEqualTo(foreign.status());
    assertThat(unknown.getMessage()).isEqualTo(foreign.getMessage());
  }

  /** The engine as the portal sees it, in memory; forms from forms/. */
  static final class FakeEngine implements TaskEngine {
    final Map<String, EngineTask> tasks = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> completed = new HashMap<>();
    final List<Set<String>> askedGroups = new ArrayList<>();
    final Set<String> variablesNotJoinedYet = new java.util.HashSet<>();
    int variableQueries;
    int completions;
    boolean goneOnComplete;

    void add(EngineTask task) {
      tasks.put(task.id(), task);
    }

    @Override
    public List<EngineTask> openTasks(
        Collection<String> candidateGroups, String assignee, Collection<String> names, int limit) {
      askedGroups.add(Set.copyOf(candidateGroups));
      return tasks.values().stream()
          .filter(EngineTask::open)
          .filter(
              t ->
                  t.candidateGroups().stream().anyMatch(candidateGroups::contains)
                      || assignee.equals(t.assignee()))
          .map(t -> variablesNotJoinedYet.contains(t.id()) ? withoutVariables(t) : t)
          .toList();
    }

    private static EngineTask withoutVariables(EngineTask t) {
      return new EngineTask(
          t.id(),
          t.name(),
          t.elementId(),
          t.processName(),
          t.processDefinitionKey(),
          t.processInstanceKey(),
          t.formId(),
          t.formVersion(),
          t.candidateGroups(),
          t.assignee(),
          t.created(),
          t.due(),
          t.open(),
          // Part of them joined: the department without the session, no line to show yet.
          Map.of("assignment", t.variables().get("assignment")));
    }

    @Override
    public Optional<EngineTask> task(String taskId) {
      return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public Map<String, JsonNode> variables(String taskId, java.util.Collection<String> names) {
      variableQueries++;
      Map<String, JsonNode> asked = new LinkedHashMap<>(tasks.get(taskId).variables());
      asked.keySet().retainAll(names);
      return asked;
    }

    @Override
    public String formSchema(EngineTask task) {
      try {
        return Files.readString(
            Path.of("../forms/" + task.formId() + ".form"), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public boolean assign(String taskId, String username) {
      return false;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      if (goneOnComplete || completed.containsKey(taskId)) {
        throw new TaskGoneException(taskId, null);
      }
      completions++;
      completed.put(taskId, variables);
      EngineTask t = tasks.get(taskId);
      tasks.put(
          taskId,
          new EngineTask(
              t.id(),
              t.name(),
              t.elementId(),
              t.processName(),
              t.processDefinitionKey(),
              t.processInstanceKey(),
              t.formId(),
              t.formVersion(),
              t.candidateGroups(),
              t.assignee(),
              t.created(),
              t.due(),
              false,
              t.variables()));
    }

    @Override
    public long start(String bpmnProcessId, Map<String, Object> variables) {
      throw new UnsupportedOperationException();
    }
  }

  /** Claims in memory, with the index's rules (first taker wins, take-over replaces). */
  static final class MemoryClaims implements TaskClaims {
    final Map<String, TaskClaim> claims = new HashMap<>();

    @Override
    public Optional<TaskClaim> find(String taskId) {
      return Optional.ofNullable(claims.get(taskId));
    }

    @Override
    public Map<String, TaskClaim> findAll(Collection<String> taskIds) {
      Map<String, TaskClaim> found = new HashMap<>();
      taskIds.forEach(id -> find(id).ifPresent(c -> found.put(id, c)));
      return found;
    }

    @Override
    public TaskClaim claim(String taskId, Person person, boolean takeOver) {
      TaskClaim current = claims.get(taskId);
      if (current != null && (current.completed() || !takeOver)) {
        return current;
      }
      TaskClaim mine =
          new TaskClaim(
              taskId,
              person.username(),
              person.fullName(),
              OffsetDateTime.now(CLOCK),
              null,
              null,
              null);
      claims.put(taskId, mine);
      return mine;
    }

    @Override
    public void completed(String taskId, Person person) {
      TaskClaim c = claims.get(taskId);
      OffsetDateTime now = OffsetDateTime.now(CLOCK);
      claims.put(
          taskId,
          new TaskClaim(
              taskId,
              c == null ? person.username() : c.username(),
              c == null ? person.fullName() : c.fullName(),
              c == null ? now : c.claimedAt(),
              person.username(),
              person.fullName(),
              now));
    }
  }
}
