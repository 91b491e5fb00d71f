package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveFilter;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsCalculator;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsSource;

/** The statistics of the in-memory store, by the calculator (the index's aggregations' oracle). */
public class CalculatedDirectiveStatistics implements DirectiveStatisticsSource {

  private final InMemoryDirectiveStore store;
  private final DirectiveStatisticsCalculator calculator;

  public CalculatedDirectiveStatistics(InMemoryDirectiveStore store, WorkingDayCalendar calendar) {
    this.store = store;
    this.calculator = new DirectiveStatisticsCalculator(calendar);
  }

  @Override
  public int sourceDocuments(LocalDate from, LocalDate to, LocalDate asOf, DirectiveFilter filter) {
    LocalDate last = to.isBefore(asOf) ? to : asOf;
    return (int)
        store.assignedBetween(from, last).stream()
            .filter(filter::test)
            .filter(Directive::givenByTheCommittee)
            .filter(d -> d.sourceDocument() != null && d.sourceDocument().number() != null)
            .map(d -> d.sourceDocument().number())
            .distinct()
            .count();
  }

  @Override
  public DirectiveStatistics statistics(
      LocalDate from, LocalDate to, LocalDate asOf, int overdueLimit, DirectiveFilter filter) {
    return calculator.compute(
        store.assignedBetween(from, to).stream().filter(filter::test).toList(),
        from,
        to,
        asOf,
        overdueLimit);
  }
}
