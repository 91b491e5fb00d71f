package vn.gov.ubnd.workflow.portal.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_SECTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import vn.gov.ubnd.workflow.testing.InMemoryDirectiveStore;
import vn.gov.ubnd.workflow.testing.TestDirective;

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
  private static final Viewer OFFICE =
      viewer("van-phong-1", "Đỗ Minh Châu", AccountRole.OFFICE, "van-phong");
  private static final Viewer HOME_AFFAIRS =
      viewer("so-noi-vu-1", "Trần Thu Hà", AccountRole.DEPARTMENT, "so-noi-vu");

  private final FakeEngine engine = new FakeEngine();
  private final MemoryClaims claims = new MemoryClaims();
  private final InMemoryDirectiveStore register = new InMemoryDirectiveStore();
  private final TaskLines lines = new TaskLines(new WorkingDayCalendar(List.of()), CLOCK);
  private final PortalTaskService service =
      new PortalTaskService(engine, claims, lines, CLOCK, new ObjectMapper());
  private final PortalTaskList taskList =
      new PortalTaskList(engine, register, claims, lines, new ObjectMapper());

  /** The first page of the person's tasks, unfiltered. */
  private List<PortalTask> list(Viewer viewer) {
    return taskList.list(viewer, null, null, 0, PortalTaskList.DEFAULT_PAGE_SIZE).tasks();
  }

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

    List<PortalTask> list = list(FINANCE);

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
  void fiveThousandOpenTasksArePagedWithTheRightTotalAndOnlyThePageIsAskedWhatItIsAbout() {
    OffsetDateTime first = OffsetDateTime.parse("2026-06-01T17:00:00+07:00");
    for (int i = 0; i < 5_000; i++) {
      // Added latest deadline first: the list orders them, not the engine's answer.
      engine.add(task("t" + i, "so-tai-chinh", first.plusDays(4_999 - i), "Kỳ họp " + i));
    }
    engine.add(task("other", "so-noi-vu", first, "Kỳ họp của Sở Nội vụ"));
    claims.claim("t4999", FINANCE.person(), false);

    TaskPage third = taskList.list(FINANCE, null, null, 2, 50);

    assertThat(third.total()).isEqualTo(5_000);
    assertThat(third.open()).isEqualTo(5_000);
    assertThat(third.newCount()).isEqualTo(4_999);
    assertThat(third.tasks()).hasSize(50);
    assertThat(third.tasks().get(0).id()).isEqualTo("t" + (4_999 - 100));
    assertThat(third.tasks().get(49).id()).isEqualTo("t" + (4_999 - 149));
    assertThat(third.tasks().get(0).context()).isEqualTo("Sở Tài chính · Kỳ họp 4899");
    assertThat(engine.variableQueries).as("the page's tasks only").isEqualTo(50);
    assertThat(engine.variablesAskedWithTheList).as("the sweep asks no variables").isEmpty();
    TaskPage last = taskList.list(FINANCE, null, null, 99, 50);
    assertThat(last.tasks()).extracting(PortalTask::id).endsWith("t0");
    assertThat(taskList.list(FINANCE, null, null, 100, 50).tasks()).isEmpty();
  }

  @Test
  void theFiltersCountWhatTheyKeep() {
    engine.add(
        task("late", "so-tai-chinh", OffsetDateTime.parse("2026-11-30T17:00:00+07:00"), "Kỳ 1"));
    engine.add(
        task("soon", "so-tai-chinh", OffsetDateTime.parse("2026-12-02T17:00:00+07:00"), "Kỳ 2"));
    engine.add(
        task("later", "so-tai-chinh", OffsetDateTime.parse("2026-12-30T17:00:00+07:00"), "Kỳ 3"));
    claims.claim("later", FINANCE.person(), false);

    assertThat(taskList.list(FINANCE, null, "OVERDUE", 0, 50).tasks())
        .extracting(PortalTask::id)
        .containsExactly("late");
    assertThat(taskList.list(FINANCE, null, "DUE_SOON", 0, 50).total()).isEqualTo(1);
    assertThat(taskList.list(FINANCE, null, "mine", 0, 50).tasks())
        .extracting(PortalTask::id)
        .containsExactly("later");
    TaskPage fresh = taskList.list(FINANCE, "Chu trình báo cáo trình HĐND tỉnh", "new", 0, 50);
    assertThat(fresh.total()).isEqualTo(2);
    assertThat(fresh.open()).isEqualTo(3);
    assertThat(fresh.processes()).containsExactly("Chu trình báo cáo trình HĐND tỉnh");
    assertThat(taskList.list(FINANCE, "Quy trình khác", null, 0, 50).total()).isZero();
  }

  @Test
  void aStateOrAPageTheListDoesNotHaveIsRefusedInVietnamese() {
    assertThatThrownBy(() -> taskList.list(FINANCE, null, "late", 0, 50))
        .isInstanceOfSatisfying(
            PortalRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(400))
        .hasMessageStartingWith("«Trạng thái» lọc danh sách việc không có: chọn một trong new");
    assertThatThrownBy(() -> taskList.list(FINANCE, null, null, 0, 1_000))
        .hasMessageContaining("«số việc một trang» từ 1 đến 200");
    assertThatThrownBy(() -> taskList.list(FINANCE, null, null, -1, 50))
        .hasMessageContaining("«trang» từ 0 trở lên");
  }

  @Test
  void aDirectivesTaskTakesItsLineFromTheRegisterInOneRequest() {
    engine.add(
        task("7", "so-tai-chinh", OffsetDateTime.parse("2026-12-20T17:00:00+07:00"), "Kỳ họp 12"));
    register.create(
        TestDirective.of("NV-77")
            .title("Rà soát giải ngân vốn đầu tư công")
            .processInstanceKey(100L)
            .inState("P", null));
    engine.variableQueries = 0;

    assertThat(list(FINANCE))
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
    assertThat(list(FINANCE).get(0).mine()).isTrue();
    assertThat(list(FINANCE_COLLEAGUE).get(0).takenBy()).isEqualTo("Phan Thanh Nga");
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

  /** The office's review shows the answer copied when the review began, or nothing at all. */
  @Test
  void aFormIsNotShownBeforeTheVariableItsTaskCreatesForItHasArrived() {
    PortalTaskService impatient =
        new PortalTaskService(engine, claims, lines, CLOCK, new ObjectMapper(), 300);
    EngineTask review = reviewTask("9");
    engine.add(review);

    assertThatThrownBy(() -> impatient.open(OFFICE, "9", false))
        .isInstanceOfSatisfying(
            PortalRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(503))
        .hasMessageStartingWith(
            "Nội dung của việc này đang được cập nhật: mở lại việc sau ít giây");

    review
        .variables()
        .put(
            "sectionUnderReview",
            JsonNodeFactory.instance.objectNode().put("results", "Thu ngân sách 19.800 tỷ đồng."));
    assertThat(impatient.open(OFFICE, "9", false).variables().get("sectionUnderReview").toString())
        .contains("19.800 tỷ đồng");
  }

  private static EngineTask reviewTask(String id) {
    Map<String, JsonNode> variables = new HashMap<>();
    variables.put("sessionName", JsonNodeFactory.instance.textNode("Kỳ họp 12"));
    // The round's answer as the instance held it before the department answered again.
    variables.put(
        "response", JsonNodeFactory.instance.objectNode().put("results", "Số liệu vòng trước."));
    return new EngineTask(
        id,
        "Xem xét báo cáo của cơ quan",
        "Task_ReviewSection",
        "Chu trình báo cáo trình HĐND tỉnh",
        "1",
        100,
        "report-section-review",
        1L,
        List.of("van-phong"),
        null,
        OffsetDateTime.parse("2026-11-20T08:00:00+07:00"),
        null,
        true,
        variables);
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
    assertThat(list(FINANCE)).isEmpty();
    assertThatThrownBy(() -> service.complete(FINANCE, "1", answer()))
        .isInstanceOfSatisfying(
            PortalRefusal.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(409);
              assertThat(refusal.getMessage())
                  .isEqualTo(
                      "Việc này đã được Phan Thanh Nga hoàn thành lúc 09:00 01/12/2026: không cần làm lại.");
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
    final List<Collection<String>> variablesAskedWithTheList = new ArrayList<>();
    int variableQueries;
    int completions;
    boolean goneOnComplete;

    void add(EngineTask task) {
      tasks.put(task.id(), task);
    }

    @Override
    public List<EngineTask> openTasks(
        Collection<String> candidateGroups, String assignee, Collection<String> names) {
      askedGroups.add(Set.copyOf(candidateGroups));
      if (!names.isEmpty()) {
        variablesAskedWithTheList.add(names);
      }
      return tasks.values().stream()
          .filter(EngineTask::open)
          .filter(
              t ->
                  t.candidateGroups().stream().anyMatch(candidateGroups::contains)
                      || assignee.equals(t.assignee()))
          .map(t -> names.isEmpty() ? withoutVariables(t) : t)
          .toList();
    }

    private static EngineTask withoutVariables(EngineTask t) {
      return copy(t, t.open(), Map.of());
    }

    private static EngineTask copy(EngineTask t, boolean open, Map<String, JsonNode> variables) {
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
          open,
          variables);
    }

    @Override
    public Optional<EngineTask> task(String taskId) {
      return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public Map<String, JsonNode> variables(String taskId, Collection<String> names) {
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
      } catch (IOException e) {
        throw new UncheckedIOException(e);
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
      tasks.put(taskId, copy(t, false, t.variables()));
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
