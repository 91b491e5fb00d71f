package vn.gov.ubnd.workflow.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly statistics, counted by the index. */
@RestController
@RequestMapping("/api/directives")
class DirectiveStatisticsController {

  private final DirectiveStatisticsSource statistics;
  private final Clock clock;

  public DirectiveStatisticsController(DirectiveStatisticsSource statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/statistics")
  public ResponseEntity<?> statistics(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false, defaultValue = "50") String overdueLimit) {
    try {
      StatisticsRequest request =
          StatisticsRequest.parse(from, to, asOf, overdueLimit, LocalDate.now(clock));
      return ResponseEntity.ok(
          statistics.statistics(
              request.from(), request.to(), request.asOf(), request.overdueLimit()));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
  }
}
