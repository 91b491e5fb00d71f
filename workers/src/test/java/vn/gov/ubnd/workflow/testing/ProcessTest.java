package vn.gov.ubnd.workflow.testing;

import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.ubnd.workflow.notify.Notice;

/**
 * Base of the Zeebe Process Tests: the real models and the real workers on the in-memory engine,
 * with the index, the outbox and the clock replaced.
 */
@SpringBootTest(
    properties = {
      "camunda.client.zeebe.defaults.poll-interval=100ms",
      "ubnd.camunda.target=local",
      "ubnd.camunda.check-on-start=false",
      "ubnd.documents.folder=target/test-documents",
      "ubnd.imports.folder=target/test-imports",
      "ubnd.security.issuer-uri=http://127.0.0.1:1/realms/test",
      "ubnd.tasklist.url=http://127.0.0.1:1",
      "ubnd.data.samples-allowed=true",
      // Retry an outage at once: the in-memory engine's clock only moves when a test moves it.
      "ubnd.incidents.outage-backoff=0s"
    })
@InMemoryEngine
@Import(ProcessTestConfiguration.class)
public abstract class ProcessTest {

  protected static final Duration WAIT = Duration.ofSeconds(15);

  static {
    // The application refuses storage folders that do not exist.
    try {
      Files.createDirectories(Path.of("target/test-documents"));
      Files.createDirectories(Path.of("target/test-imports"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";

  /** The text of a .docx the workers stored, by its download URL (the name is its last part). */
  protected static String docxText(String url) throws IOException {
    String name = url.substring(url.lastIndexOf('/') + 1);
    try (XWPFDocument doc =
            new XWPFDocument(Files.newInputStream(Path.of("target/test-documents", name)));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }

  @Autowired protected ZeebeClient client;
  @Autowired protected ZeebeTestEngine engine;
  @Autowired protected InMemoryDirectiveStore store;
  @Autowired protected InMemorySourceDocuments sources;
  @Autowired protected RecordingNotifier notices;
  @Autowired protected MutableClock clock;

  /** The reports sent to the council go to a local endpoint (one context for every test). */
  @DynamicPropertySource
  static void localCouncil(DynamicPropertyRegistry registry) {
    registry.add("ubnd.report-cycle.council.http-endpoint", LocalCouncil::endpoint);
  }

  /** What this test's engine went through, for the process coverage report. */
  @AfterEach
  void recordProcessCoverage(TestInfo test) {
    ProcessCoverage.record(
        RecordStream.of(engine.getRecordStreamSource()),
        getClass().getSimpleName()
            + "."
            + test.getTestMethod().map(m -> m.getName()).orElse("")
            + test.getDisplayName().hashCode());
  }

  @BeforeEach
  void resetFakes() {
    store.clear();
    sources.clear();
    notices.clear();
    clock.reset();
  }

  /**
   * The instance's timers armed now (created, neither triggered nor cancelled), by element id, with
   * the moment each is due: what a test asserts instead of moving time on and sleeping to see that
   * nothing happens.
   */
  protected Map<String, Instant> armedTimers(ProcessInstanceEvent instance) {
    Map<Long, Record<TimerRecordValue>> armed = new LinkedHashMap<>();
    for (var timer : RecordStream.of(engine.getRecordStreamSource()).timerRecords()) {
      if (timer.getValue().getProcessInstanceKey() != instance.getProcessInstanceKey()) {
        continue;
      }
      if (timer.getIntent() == TimerIntent.CREATED) {
        armed.put(timer.getKey(), timer);
      } else {
        armed.remove(timer.getKey()); // triggered or cancelled
      }
    }
    Map<String, Instant> due = new TreeMap<>();
    armed
        .values()
        .forEach(
            timer ->
                due.put(
                    timer.getValue().getTargetElementId(),
                    Instant.ofEpochMilli(timer.getValue().getDueDate())));
    return due;
  }

  /** The engine's current time (real time plus the time the test moved it on). */
  protected Instant now() {
    return clock.instant();
  }

  protected LocalDate today() {
    return LocalDate.now(clock);
  }

  protected ProcessInstanceEvent start(String processId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables)
        .send()
        .join();
  }

  /**
   * Waits for a condition; in the test's own thread, where the engine's record stream (for
   * BpmnAssert) is visible.
   */
  protected static ConditionFactory waiting() {
    return await()
        .atMost(WAIT)
        .pollInSameThread()
        .pollInterval(Duration.ofMillis(50))
        .ignoreExceptions();
  }

  /**
   * Moves the engine's clock and ours together; due timers fire on the engine's next check. (The
   * engine is never idle while workers poll, so callers wait for what they expect instead.)
   */
  protected void advance(Duration duration) {
    engine.increaseTime(duration);
    clock.advance(duration);
  }

  /** Moves the engine's clock and ours on to a moment of Vietnam's time (never back). */
  protected void advanceTo(LocalDateTime vietnamTime) {
    Instant target = vietnamTime.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    Duration step = Duration.between(now(), target);
    if (!step.isNegative()) {
      advance(step);
    }
  }

  /** Waits until a notice of the kind was sent, and returns the first. */
  protected Notice awaitNotice(String kind) {
    AtomicReference<Notice> found = new AtomicReference<>();
    waiting()
        .until(
            () -> {
              notices.sent().stream()
                  .filter(n -> n.kind().equals(kind))
                  .findFirst()
                  .ifPresent(found::set);
              return found.get() != null;
            });
    return found.get();
  }

  /** Waits until the instance is waiting at the user task, and returns its job. */
  protected ActivatedJob awaitUserTask(ProcessInstanceEvent instance, String elementId) {
    AtomicReference<ActivatedJob> found = new AtomicReference<>();
    waiting()
        .until(
            () -> {
              List<ActivatedJob> jobs =
                  client
                      .newActivateJobsCommand()
                      .jobType(USER_TASK_JOB)
                      .maxJobsToActivate(50)
                      .timeout(Duration.ofMillis(200))
                      .requestTimeout(Duration.ofSeconds(1)) // a long poll could outlast the wait
                      .send()
                      .join()
                      .getJobs();
              jobs.stream()
                  .filter(j -> j.getProcessInstanceKey() == instance.getProcessInstanceKey())
                  .filter(j -> j.getElementId().equals(elementId))
                  .findFirst()
                  .ifPresent(found::set);
              return found.get() != null;
            });
    return found.get();
  }

  protected ActivatedJob completeUserTask(
      ProcessInstanceEvent instance, String elementId, Map<String, Object> variables) {
    ActivatedJob job = awaitUserTask(instance, elementId);
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    return job;
  }

  protected void awaitPassed(ProcessInstanceEvent instance, String... elementIds) {
    waiting()
        .untilAsserted(() -> BpmnAssert.assertThat(instance).hasPassedElementsInOrder(elementIds));
  }

  protected void awaitWaitingAt(ProcessInstanceEvent instance, String... elementIds) {
    waiting().untilAsserted(() -> BpmnAssert.assertThat(instance).isWaitingAtElements(elementIds));
  }

  protected void awaitCompleted(ProcessInstanceEvent instance) {
    waiting().untilAsserted(() -> BpmnAssert.assertThat(instance).isCompleted());
  }
}
