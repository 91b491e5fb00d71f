package vn.gov.ubnd.workflow.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.ubnd.workflow.councilreport.AnswerReport;
import vn.gov.ubnd.workflow.councilreport.AnswerReportStore;

/** The answer reports of process tests, in memory. */
public class InMemoryAnswerReports implements AnswerReportStore {

  private final Map<Long, AnswerReport> reports = new ConcurrentHashMap<>();

  @Override
  public Optional<AnswerReport> find(long processInstanceKey) {
    return Optional.ofNullable(reports.get(processInstanceKey));
  }

  @Override
  public void save(AnswerReport report) {
    reports.put(report.processInstanceKey(), report);
  }
}
