package vn.gov.ubnd.workflow.portal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.ubnd.workflow.directives.StatisticsRequest;
import vn.gov.ubnd.workflow.portal.Viewer;

/** The dashboard's numbers and its Excel export. */
@RestController
@RequestMapping("/api/portal/dashboard")
class DashboardController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DashboardService dashboards;
  private final Clock clock;

  public DashboardController(DashboardService dashboards, Clock clock) {
    this.dashboards = dashboards;
    this.clock = clock;
  }

  @GetMapping
  public ResponseEntity<?> dashboard(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false, defaultValue = "50") String overdueLimit,
      Authentication user) {
    try {
      return ResponseEntity.ok(
          dashboards.dashboard(Viewer.of(user), request(from, to, asOf, overdueLimit)));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
  }

  @GetMapping("/export.xlsx")
  public ResponseEntity<?> export(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String asOf,
      Authentication user) {
    StatisticsRequest request;
    try {
      request = request(from, to, asOf, "500");
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
    byte[] workbook = DashboardWorkbook.of(dashboards.dashboard(Viewer.of(user), request));
    String name = "thong-ke-nhiem-vu-" + request.from() + "-" + request.to() + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(workbook);
  }

  private StatisticsRequest request(String from, String to, String asOf, String limit) {
    return StatisticsRequest.parse(from, to, asOf, limit, LocalDate.now(clock));
  }
}
