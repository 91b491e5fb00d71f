package vn.gov.ubnd.workflow.monthlyreport;

import java.util.Optional;

/** Where monthly reports are kept: the search index in the application. */
public interface MonthlyReportStore {

  Optional<MonthlyReport> find(long processInstanceKey);

  void save(MonthlyReport report);

  /** The latest issued report of a month before {@code month} ("2026-04"), if any. */
  Optional<MonthlyReport> lastIssuedBefore(String month);
}
