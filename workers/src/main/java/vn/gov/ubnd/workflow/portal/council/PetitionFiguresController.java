package vn.gov.ubnd.workflow.portal.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CouncilField;
import vn.gov.ubnd.workflow.councilreport.IndexedPetitionFigures;
import vn.gov.ubnd.workflow.councilreport.PetitionFigures;
import vn.gov.ubnd.workflow.councilreport.PetitionOutcome;
import vn.gov.ubnd.workflow.councilreport.PetitionReports;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;

/**
 * A session's voters' petitions counted for the office's follow-up: by outcome, by Council field,
 * by lead agency; a department sees the petitions it leads or coordinates only.
 */
@RestController
@RequestMapping("/api/portal/council")
class PetitionFiguresController {

  private static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final IndexedPetitionFigures figures;
  private final PetitionReports reports;
  private final Catalog catalog;
  private final Clock clock;

  PetitionFiguresController(
      IndexedPetitionFigures figures, PetitionReports reports, Catalog catalog, Clock clock) {
    this.figures = figures;
    this.reports = reports;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The draft answer report of the session, for the office and the leaders who sign it. */
  @GetMapping("/petitions/report.docx")
  public ResponseEntity<byte[]> report(
      @RequestParam(required = false) String session, Authentication user) {
    DashboardScope scope = DashboardScope.of(Viewer.of(user), catalog);
    if (scope.leadAgency() != null) {
      throw PortalRefusal.forbidden(
          "Dự thảo báo cáo kết quả giải quyết kiến nghị cử tri do Văn phòng UBND tỉnh lập: cơ quan"
              + " xem kết quả của mình ở màn hình Kiến nghị cử tri.");
    }
    String chosen = required(session);
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(
            "Content-Disposition",
            ContentDisposition.attachment()
                .filename("du-thao-bao-cao-kien-nghi-cu-tri.docx")
                .build()
                .toString())
        .body(reports.draft(chosen));
  }

  private static String required(String session) {
    if (session == null || session.isBlank()) {
      throw new PortalRefusal(
          400, "Chọn «Kỳ họp» để xem kết quả giải quyết kiến nghị cử tri của kỳ họp đó.");
    }
    return session.strip();
  }

  /** One line of counts: a field, an agency, or all. */
  public record Line(String code, String name, int count, Map<PetitionOutcome, Integer> outcomes) {}

  /**
   * What the screen shows.
   *
   * @param outcomes the outcomes' labels, in the columns' order
   * @param scope whose petitions, in words
   */
  public record Figures(
      String session,
      String scope,
      Map<PetitionOutcome, String> outcomes,
      Line total,
      List<Line> byField,
      List<Line> byAgency,
      int carriedOver) {}

  @GetMapping("/sessions")
  public List<String> sessions(Authentication user) {
    DashboardScope.of(Viewer.of(user), catalog); // refuses an account of no body
    return figures.sessions();
  }

  @GetMapping("/petitions")
  public Figures petitions(@RequestParam(required = false) String session, Authentication user) {
    DashboardScope scope = DashboardScope.of(Viewer.of(user), catalog);
    String chosen = required(session);
    PetitionFigures counted = figures.figures(chosen, LocalDate.now(clock), scope.leadAgency());
    Map<PetitionOutcome, String> labels = new LinkedHashMap<>();
    for (PetitionOutcome outcome : PetitionOutcome.values()) {
      labels.put(outcome, outcome.label());
    }
    return new Figures(
        chosen,
        scope.leadAgency() == null
            ? "Toàn tỉnh"
            : "Kiến nghị do " + scope.agencyName() + " chủ trì hoặc phối hợp",
        labels,
        new Line(null, "Tổng số", counted.count(), counted.total()),
        lines(
            counted.byField(),
            code -> catalog.councilField(code).map(CouncilField::name).orElse(code)),
        lines(counted.byAgency(), code -> catalog.department(code).map(d -> d.name()).orElse(code)),
        counted.carriedOver());
  }

  private static List<Line> lines(
      Map<String, Map<PetitionOutcome, Integer>> groups, Function<String, String> name) {
    List<Line> lines = new ArrayList<>();
    groups.forEach(
        (code, outcomes) ->
            lines.add(
                new Line(
                    code,
                    name.apply(code),
                    outcomes.values().stream().mapToInt(Integer::intValue).sum(),
                    outcomes)));
    return lines;
  }
}
