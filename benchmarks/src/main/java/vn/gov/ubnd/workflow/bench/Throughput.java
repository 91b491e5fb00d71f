package vn.gov.ubnd.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Directive throughput end to end, beside two ceilings measured the same way in the same run (the
 * method of camunda-community-hub/camunda-8-benchmark, written anew): instances started with the
 * same bound on requests in flight, the end taken from the engine's exported job records (the time
 * of the last completion of the process's last job before it waits), throughput = instances / (last
 * completion - first start).
 *
 * <ol>
 *   <li>the engine: a one-service-task process with a no-op worker;
 *   <li>this process shape: directive-tracking deployed under another id with every job type
 *       renamed, its jobs completed at once by no-op workers with the variables the real workers
 *       return;
 *   <li>ours: the directive list uploaded to the worker application's import, registered and its
 *       ladder planned by the real workers.
 * </ol>
 *
 * While the real import runs, a report cycle is started and the wait of its first job (created to
 * completed) is compared with the same wait on the idle stack.
 */
final class Throughput {

  private static final Duration END_WAIT = Duration.ofMinutes(30);
  private static final Pattern JOB_TYPE = Pattern.compile("zeebe:taskDefinition type=\"([^\"]+)\"");

  private final ZeebeClient zeebe;
  private final Path root;
  private final Results results;

  Throughput(ZeebeClient zeebe, Path root, Results results) {
    this.zeebe = zeebe;
    this.root = root;
    this.results = results;
  }

  void run(int directives) throws Exception {
    double engine = engineCeiling(directives);
    double shape = processShapeCeiling(directives);
    long idleWait = reportCycleJobWait(null);
    ImportRun ours = importThroughput(directives, false);
    // A year of a province's directives as its office imports them on the first day: a third
    // already past their deadline, so their reminders, overdue notices and escalations fire while
    // the rest is still being registered.
    ImportRun backlog = importThroughput(directives, true);
    results.add(
        "Realistic backlog imported end to end ("
            + directives
            + " rows over a year, a third past their deadline, until the follow-ups they set off"
            + " are sent; goal ≥ 0.7)",
        String.format("%.1f /s (%.0f s)", backlog.perSecond, directives / backlog.perSecond),
        String.format("%.1f /s: the clean import above, same run", ours.perSecond),
        backlog.perSecond / ours.perSecond);
    results.add(
        "Directives imported and registered end to end (" + directives + ", ladder planned)",
        String.format("%.1f /s (%.0f s)", ours.perSecond, directives / ours.perSecond),
        String.format("%.1f /s: same process, no-op workers", shape),
        ours.perSecond / shape);
    results.add(
        "Same process with no-op workers (ceiling of this process shape)",
        String.format("%.1f /s", shape),
        String.format("%.1f /s: one-task process, no-op worker", engine),
        shape / engine);
    results.add(
        "Import accepted (upload answered, " + directives + " rows read and counted)",
        String.format("%.1f s", ours.acceptSeconds),
        "—",
        Double.NaN);
    results.add(
        "Report-cycle job wait during the import (created to completed)",
        String.format("%.2f s", ours.reportCycleWait / 1000.0),
        String.format("%.2f s on the idle stack", idleWait / 1000.0),
        idleWait == 0 ? Double.NaN : (double) ours.reportCycleWait / idleWait);
  }

  private double engineCeiling(int count) throws Exception {
    String processId = "bench-one-task";
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId)
            .name("[benchmark] một tác vụ")
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType("bench-noop"))
            .endEvent()
            .done();
    zeebe.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
    try (JobWorker worker =
        zeebe
            .newWorker()
            .jobType("bench-noop")
            .handler((client, job) -> client.newCompleteCommand(job).send())
            .maxJobsActive(64)
            .pollInterval(Duration.ofMillis(10))
            .open()) {
      long start = System.currentTimeMillis();
      Starter.start(zeebe, processId, count, n -> Map.of());
      return perSecond(awaitCompleted("bench-noop", processId, start, count), start, count);
    }
  }

  private double processShapeCeiling(int count) throws Exception {
    String processId = "bench-directive-tracking";
    String xml =
        Files.readString(root.resolve("processes/directive-tracking.bpmn"), StandardCharsets.UTF_8);
    Set<String> types = new LinkedHashSet<>();
    Matcher m = JOB_TYPE.matcher(xml);
    while (m.find()) {
      types.add(m.group(1));
    }
    String renamed =
        JOB_TYPE
            .matcher(xml)
            .replaceAll("zeebe:taskDefinition type=\"bench-$1\"")
            .replace("id=\"directive-tracking\"", "id=\"" + processId + "\"")
            .replace(
                "name=\"Theo dõi nhiệm vụ UBND tỉnh giao\"",
                "name=\"[benchmark] Theo dõi nhiệm vụ\"");
    zeebe
        .newDeployResourceCommand()
        .addResourceStringUtf8(renamed, processId + ".bpmn")
        .send()
        .join();
    List<JobWorker> workers = new ArrayList<>();
    for (String type : types) {
      Map<String, Object> output = NoOpOutputs.of(type);
      workers.add(
          zeebe
              .newWorker()
              .jobType("bench-" + type)
              .handler((client, job) -> client.newCompleteCommand(job).variables(output).send())
              .maxJobsActive(64)
              .pollInterval(Duration.ofMillis(10))
              .open());
    }
    List<Long> keys;
    double perSecond;
    try {
      long start = System.currentTimeMillis();
      String run = Long.toString(start, 36);
      keys =
          Starter.start(
              zeebe, processId, count, n -> Map.of("directiveId", "BENCH-NOOP-" + run + "-" + n));
      perSecond =
          perSecond(awaitCompleted("bench-planFollowUps", processId, start, count), start, count);
    } finally {
      workers.forEach(JobWorker::close);
    }
    Starter.cancel(zeebe, keys);
    return perSecond;
  }

  record ImportRun(double perSecond, double acceptSeconds, long reportCycleWait) {}

  private ImportRun importThroughput(int count, boolean backlog) throws Exception {
    String run = "BENCH-" + Long.toString(System.currentTimeMillis(), 36);
    LocalDate today = LocalDate.now();
    StringBuilder csv =
        new StringBuilder(
            "Số hiệu;Trích yếu;Đơn vị chủ trì;Lãnh đạo phụ trách;Ngày giao;Thời hạn\n");
    String[] agencies = {"STC", "SXD", "SYT", "SNV", "STP", "SNNMT"};
    for (int i = 0; i < count; i++) {
      // Clean: given today, due in a year. Backlog: given over the past year; every third row
      // (spread through the file) is past its deadline by one week to nine months.
      LocalDate assigned = today;
      LocalDate deadline = today.plusYears(1);
      if (backlog && i % 3 == 0) {
        assigned = today.minusDays(100 + 265L * i / count);
        deadline = assigned.plusDays(92);
      } else if (backlog) {
        assigned = today.minusDays(90L * i / count);
        deadline = today.plusDays(30 + i % 300);
      }
      csv.append(run)
          .append('-')
          .append(i)
          .append(";Nhiệm vụ đo hiệu năng số ")
          .append(i)
          .append(';')
          .append(agencies[i % agencies.length])
          .append(";PCT-KT;")
          .append(assigned)
          .append(';')
          .append(deadline)
          .append('\n');
    }
    long start = System.currentTimeMillis();
    JsonNode accepted =
        Stack.upload(
            Stack.WORKERS + "/api/directives/imports",
            "bench.csv",
            csv.toString().getBytes(StandardCharsets.UTF_8));
    double acceptSeconds = (System.currentTimeMillis() - start) / 1000.0;
    String importId = accepted.path("importId").asText();
    // Let the backlog build, then ask for a report-cycle step.
    Thread.sleep(10_000);
    long wait = reportCycleJobWait(run);
    long last = awaitCompleted("planFollowUps", "directive-tracking", start, count);
    // End to end includes the reminders, overdue notices and escalations the import set off: the
    // last one sent once no more have come for a while (none at all for the clean import).
    last = Math.max(last, lastWhenQuiet("sendFollowUpNotice", "directive-tracking", start));
    double perSecond = perSecond(last, start, count);
    List<Long> keys = new ArrayList<>();
    for (int from = 2; ; from += 1000) {
      JsonNode rows =
          Stack.get(
                  Stack.WORKERS
                      + "/api/directives/imports/"
                      + importId
                      + "/rows?size=1000&fromRow="
                      + from)
              .path("rows");
      rows.forEach(r -> keys.add(r.path("processInstanceKey").asLong()));
      if (rows.size() < 1000) {
        break;
      }
    }
    Starter.cancel(zeebe, keys);
    for (String index :
        List.of("ubnd-directives", "ubnd-directive-events", "ubnd-directive-import-claims")) {
      String field = index.endsWith("events") ? "eventId" : "directiveId";
      Stack.post(
          Stack.OPENSEARCH + "/" + index + "/_delete_by_query?conflicts=proceed",
          "{\"query\":{\"prefix\":{\"" + field + "\":\"" + run + "-\"}}}");
    }
    return new ImportRun(perSecond, acceptSeconds, wait);
  }

  /** Starts a report cycle and answers how long its first job waited; cancels the cycle. */
  private long reportCycleJobWait(String run) throws Exception {
    long key =
        Starter.startOne(
            zeebe,
            "report-cycle",
            Map.of(
                "reportKind", "ANNUAL",
                "year", LocalDate.now().getYear(),
                "sessionName", "Kỳ họp đo hiệu năng " + (run == null ? "idle" : run),
                "sessionOpeningDate", LocalDate.now().plusMonths(3).toString(),
                "departments", List.of("STC", "SXD", "SYT"),
                "responseDeadline", LocalDate.now().plusMonths(1).toString()));
    long deadline = System.currentTimeMillis() + END_WAIT.toMillis();
    long[] times;
    do {
      Thread.sleep(500);
      times = Stack.jobTimes("validateReportCycle", key);
    } while ((times[0] == 0 || times[1] == 0) && System.currentTimeMillis() < deadline);
    Starter.cancel(zeebe, List.of(key));
    return times[1] - times[0];
  }

  private static long awaitCompleted(String jobType, String processId, long since, int count)
      throws Exception {
    long deadline = System.currentTimeMillis() + END_WAIT.toMillis();
    while (System.currentTimeMillis() < deadline) {
      Stack.JobsDone done = Stack.jobsCompleted(jobType, processId, since);
      if (done.count() >= count) {
        return done.lastMillis();
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException(
        count + " " + jobType + " jobs of " + processId + " not completed within " + END_WAIT);
  }

  /** The last completion of the job type since the start, once none has come for 20 s. */
  private static long lastWhenQuiet(String jobType, String processId, long since) throws Exception {
    long deadline = System.currentTimeMillis() + END_WAIT.toMillis();
    Stack.JobsDone seen = Stack.jobsCompleted(jobType, processId, since);
    long quietSince = System.currentTimeMillis();
    while (System.currentTimeMillis() < deadline) {
      Thread.sleep(2_000);
      Stack.JobsDone now = Stack.jobsCompleted(jobType, processId, since);
      if (now.count() != seen.count()) {
        seen = now;
        quietSince = System.currentTimeMillis();
      } else if (System.currentTimeMillis() - quietSince >= 20_000) {
        return seen.lastMillis();
      }
    }
    throw new IllegalStateException(jobType + " jobs still completing after " + END_WAIT);
  }

  private static double perSecond(long lastMillis, long startMillis, int count) {
    return count / ((lastMillis - startMillis) / 1000.0);
  }
}
