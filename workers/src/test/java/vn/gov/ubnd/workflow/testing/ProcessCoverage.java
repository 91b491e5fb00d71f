package vn.gov.ubnd.workflow.testing;

import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes down what a process test's engine went through: every flow node activated and every
 * sequence flow taken, as "process-id element-id" lines, one file per test. {@link
 * ProcessCoverageReport} holds them against the models after the tests.
 */
public final class ProcessCoverage {

  /** Where the lines go; the report reads the same folder. */
  /** The build's folder for it (surefire passes it: each Camunda line builds in its own). */
  public static final Path FOLDER =
      Path.of(System.getProperty("process.coverage.dir", "target/process-coverage"));

  /** The first test of a run clears what earlier runs left, so none of it counts now. */
  private static final AtomicBoolean CLEARED = new AtomicBoolean();

  private ProcessCoverage() {}

  private static void clearOnce() throws IOException {
    if (CLEARED.compareAndSet(false, true) && Files.isDirectory(FOLDER)) {
      try (var files = Files.list(FOLDER)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  public static void record(RecordStream records, String testName) {
    TreeSet<String> passed = new TreeSet<>();
    for (var r : records.processInstanceRecords()) {
      if (r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
          || r.getIntent() == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN) {
        passed.add(r.getValue().getBpmnProcessId() + " " + r.getValue().getElementId());
      }
    }
    try {
      clearOnce();
      Files.createDirectories(FOLDER);
      Files.write(
          FOLDER.resolve(testName.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt"),
          passed,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
