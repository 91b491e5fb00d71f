package vn.gov.ubnd.workflow.testing;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.ubnd.workflow.monthlyreport.MonthlyReport;
import vn.gov.ubnd.workflow.monthlyreport.MonthlyReportStore;

/** The monthly reports of process and unit tests, in memory. */
public class InMemoryMonthlyReports implements MonthlyReportStore {

  private final Map<Long, MonthlyReport> reports = new ConcurrentHashMap<>();

  @Override
  public Optional<MonthlyReport> find(long processInstanceKey) {
    return Optional.ofNullable(reports.get(processInstanceKey));
  }

  @Override
  public void save(MonthlyReport report) {
    reports.put(report.processInstanceKey(), report);
  }

  @Override
  public Optional<MonthlyReport> lastIssuedBefore(String month) {
    return reports.values().stream()
        .filter(r -> r.documentNumber() != null && r.month().compareTo(month) < 0)
        .max(Comparator.comparing(MonthlyReport::month).thenComparing(MonthlyReport::issuedOn));
  }

  public void clear() {
    reports.clear();
  }
}
