package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;

/** Where the statistics come from: the index's aggregations in the application. */
public interface DirectiveStatisticsSource {

  /**
   * How the directives assigned from {@code from} to {@code to} stand at the end of {@code asOf}.
   *
   * @param overdueLimit how many of the oldest overdue directives to list (the count is exact)
   */
  default DirectiveStatistics statistics(
      LocalDate from, LocalDate to, LocalDate asOf, int overdueLimit) {
    return statistics(from, to, asOf, overdueLimit, DirectiveFilter.ALL);
  }

  /**
   * How many distinct source documents (by number) the directives assigned in the period come from,
   * among those the filter lets through: the monthly report's "… nhiệm vụ (trong N văn bản)".
   */
  int sourceDocuments(LocalDate from, LocalDate to, LocalDate asOf, DirectiveFilter filter);

  /** The same for the directives the filter lets through (one agency's, the work programme's…). */
  DirectiveStatistics statistics(
      LocalDate from, LocalDate to, LocalDate asOf, int overdueLimit, DirectiveFilter filter);
}
