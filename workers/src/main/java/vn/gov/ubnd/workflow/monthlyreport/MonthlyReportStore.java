package vn.gov.ubnd.workflow.monthlyreport;

import java.util.Optional;

/** Where monthly reports are kept: the search index in the application. */
public interface MonthlyReportStore {

  Optional<MonthlyReport> find(long processInstanceKey);

  /** The report of an instance whose draft step has run. */
  default MonthlyReport require(long processInstanceKey) {
    return find(processInstanceKey)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the monthly report of instance "
                        + processInstanceKey
                        + " has no figures in the index (its draft step did not run)"));
  }

  void save(MonthlyReport report);

  /** The latest issued report of a month before {@code month} ("2026-04"), if any. */
  Optional<MonthlyReport> lastIssuedBefore(String month);
}
