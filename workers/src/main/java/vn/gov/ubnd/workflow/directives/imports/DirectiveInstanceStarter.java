package vn.gov.ubnd.workflow.directives.imports;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.camunda.EngineCallException;
import vn.gov.ubnd.workflow.camunda.EngineGateway;
import vn.gov.ubnd.workflow.directives.DirectiveInput;

/**
 * Starts directive-tracking instances for an import, at most {@code maxInFlight} at a time. When
 * the engine pushes back (RESOURCE_EXHAUSTED) or is briefly out of reach, the start waits and is
 * sent again, with a growing pause: back-pressure slows an import down, it never fails a row.
 */
@Component
class DirectiveInstanceStarter {

  static final String PROCESS_ID = "directive-tracking";

  private static final Logger LOG = LoggerFactory.getLogger(DirectiveInstanceStarter.class);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

  private final EngineGateway engine;

  /** As many threads as starts in flight: every import shares the same bound. */
  private final ExecutorService starts;

  public DirectiveInstanceStarter(EngineGateway engine, ImportProperties properties) {
    this.engine = engine;
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            properties.maxInFlight(),
            properties.maxInFlight(),
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name("import-start-", 0).daemon().factory());
    pool.allowCoreThreadTimeOut(true);
    this.starts = pool;
  }

  /** Runs a start on one of the {@code maxInFlight} threads. */
  <T> Future<T> submit(Callable<T> start) {
    return starts.submit(start);
  }

  @PreDestroy
  void stop() {
    starts.shutdownNow();
  }

  /**
   * Starts one instance and answers its key; waits while the engine pushes back. Call it through
   * {@link #submit}, which bounds the starts in flight.
   *
   * @throws InstanceNotStartedException when the engine refuses the start for good
   */
  public long start(DirectiveInput input, Person importedBy) throws InterruptedException {
    Duration pause = FIRST_PAUSE;
    while (true) {
      try {
        return engine.startInstance(PROCESS_ID, variables(input, importedBy));
      } catch (EngineCallException e) {
        if (e.kind() != EngineCallException.Kind.BUSY) {
          throw new InstanceNotStartedException(e);
        }
        LOG.debug("engine pushed back ({}), starting {} again in {}", e.code(), input, pause);
      }
      Thread.sleep(pause.toMillis());
      pause =
          pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
              ? LONGEST_PAUSE
              : pause.multipliedBy(2);
    }
  }

  /** The start variables of the directive-tracking contract. */
  static Map<String, Object> variables(DirectiveInput in, Person importedBy) {
    Map<String, Object> vars = new HashMap<>();
    if (importedBy != null) {
      // Who put the list in: the registration records them on the directive's history.
      vars.put(
          "registeredBy",
          Map.of(
              "username",
              importedBy.username(),
              "fullName",
              importedBy.fullName() == null ? "" : importedBy.fullName()));
    }
    vars.put("directiveId", in.directiveId().trim());
    vars.put("title", in.title());
    vars.put("content", in.content());
    Map<String, Object> source = new HashMap<>();
    if (in.sourceDocument() != null) {
      source.put("number", in.sourceDocument().number());
      source.put("date", in.sourceDocument().date());
      source.put("issuer", in.sourceDocument().issuer());
      source.put("kind", in.sourceDocument().kind());
      source.put("title", in.sourceDocument().title());
    }
    vars.put("sourceDocument", source);
    vars.put("leadAgency", in.leadAgency());
    vars.put("coordinatingAgencies", in.coordinatingAgencies());
    vars.put("leaderInCharge", in.leaderInCharge());
    vars.put("assignedOn", in.assignedOn());
    vars.put("deadline", in.deadline());
    vars.put("deadlineWorkingDays", in.deadlineWorkingDays());
    vars.put("workProgrammeItem", Boolean.TRUE.equals(in.workProgrammeItem()));
    vars.put("centralGovernmentTask", Boolean.TRUE.equals(in.centralGovernmentTask()));
    if (in.councilItem() != null && !in.councilItem().isEmpty()) {
      vars.put("councilItem", in.councilItem());
    }
    return vars;
  }

  /** The engine refused a start for a reason waiting cannot mend. */
  public static class InstanceNotStartedException extends RuntimeException {
    private final EngineCallException refusal;

    InstanceNotStartedException(EngineCallException refusal) {
      super("the engine refused the start: " + refusal.code(), refusal);
      this.refusal = refusal;
    }

    /** For the row's verdict. */
    String vietnameseMessage() {
      return refusal.kind() == EngineCallException.Kind.NOT_FOUND
          ? "Quy trình theo dõi nhiệm vụ chưa được triển khai trên Camunda: báo quản trị hệ thống,"
              + " rồi gửi lại tệp (các dòng đã nhập không bị nhập lại)."
          : "Camunda từ chối khởi tạo quy trình cho dòng này (mã "
              + refusal.code()
              + "): báo quản trị hệ thống, rồi gửi lại tệp (các dòng đã nhập không bị nhập lại).";
    }
  }
}
