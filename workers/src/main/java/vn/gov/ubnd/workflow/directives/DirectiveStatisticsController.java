package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;

/** The monthly statistics, always from the index. */
@RestController
@RequestMapping("/api/directives")
public class DirectiveStatisticsController {

  private final DirectiveStore store;
  private final DirectiveService directives;
  private final DirectiveStatisticsCalculator calculator;

  public DirectiveStatisticsController(
      DirectiveStore store, DirectiveService directives, WorkingDayCalendar calendar) {
    this.store = store;
    this.directives = directives;
    this.calculator = new DirectiveStatisticsCalculator(calendar);
  }

  @GetMapping("/statistics")
  public DirectiveStatistics statistics(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    if (to.isBefore(from)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "'to' (" + to + ") is before 'from' (" + from + ")");
    }
    LocalDate day = asOf == null ? directives.today() : asOf;
    return calculator.compute(store.assignedBetween(from, to), from, to, day);
  }
}
