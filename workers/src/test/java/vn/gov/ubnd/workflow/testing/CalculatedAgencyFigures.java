package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.util.List;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.directives.AgencyFigures;
import vn.gov.ubnd.workflow.directives.AgencyFiguresSource;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsCalculator;

/** The ranking's figures of the in-memory store, counted in Java (the index's oracle). */
public class CalculatedAgencyFigures implements AgencyFiguresSource {

  private final InMemoryDirectiveStore store;
  private final WorkingDayCalendar calendar;

  public CalculatedAgencyFigures(InMemoryDirectiveStore store, WorkingDayCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public List<AgencyFigures> figures(LocalDate from, LocalDate to, LocalDate asOf) {
    return DirectiveStatisticsCalculator.agencyFigures(
        store.assignedBetween(from, to), from, to, asOf, calendar);
  }
}
