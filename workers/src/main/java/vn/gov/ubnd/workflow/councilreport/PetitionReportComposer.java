package vn.gov.ubnd.workflow.councilreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CouncilField;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.Shares;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.ReportSection;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The draft of the committee's report on answering voters' petitions of a session (Báo cáo kết quả
 * giải quyết, trả lời ý kiến, kiến nghị của cử tri), in the layout of the council report: the
 * counts by result with their shares, by Council field and by lead agency, the petitions carried
 * over with their roadmaps, and an appendix of every petition with its answer. A draft: no number,
 * no date, the signature left to the leader the office proposes.
 */
final class PetitionReportComposer {

  private static final List<PetitionOutcome> ANSWERED =
      List.of(
          PetitionOutcome.RESOLVED,
          PetitionOutcome.IN_PROGRESS,
          PetitionOutcome.EXPLAINED,
          PetitionOutcome.NOT_RESOLVABLE);

  private final Catalog catalog;

  public PetitionReportComposer(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The report's draft.
   *
   * @param petitions every petition of the session, in the order the appendix lists them
   * @param assessment the office's general assessment, printed as its own part when written
   */
  public ReportDocument draft(
      String session, PetitionFigures figures, List<Directive> petitions, String assessment) {
    List<ReportSection> sections = new ArrayList<>();
    sections.add(
        new ReportSection(
            "I",
            "KẾT QUẢ CHUNG",
            resultSentence(figures),
            List.of(),
            List.of(PetitionReportTables.outcomeTable(figures)),
            List.of()));
    sections.add(
        new ReportSection(
            "II",
            "KẾT QUẢ THEO LĨNH VỰC",
            "",
            List.of(),
            List.of(
                PetitionReportTables.groupTable("Lĩnh vực", figures.byField(), this::fieldName)),
            List.of()));
    sections.add(
        new ReportSection(
            "III",
            "KẾT QUẢ THEO CƠ QUAN CHỦ TRÌ",
            "",
            List.of(),
            List.of(
                PetitionReportTables.groupTable(
                    "Cơ quan chủ trì", figures.byAgency(), this::agencyName)),
            List.of()));
    sections.add(
        new ReportSection(
            "IV", "CÁC KIẾN NGHỊ ĐANG GIẢI QUYẾT", carriedText(petitions), List.of()));
    if (assessment != null && !assessment.isBlank()) {
      sections.add(new ReportSection("V", "ĐÁNH GIÁ CHUNG", assessment.strip(), List.of()));
    }
    sections.add(
        new ReportSection(
            "",
            "PHỤ LỤC: DANH MỤC KIẾN NGHỊ VÀ KẾT QUẢ TRẢ LỜI",
            "",
            List.of(),
            List.of(PetitionReportTables.appendix(petitions)),
            List.of()));
    return CouncilReportKind.PETITIONS.draft(
        catalog.province(),
        session,
        openingSentence(session, figures),
        sections,
        "Trên đây là báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau "
            + session
            + " của Ủy ban nhân dân tỉnh./.");
  }

  /** "Trước và sau Kỳ họp …, Thường trực HĐND tỉnh đã chuyển 120 ý kiến, kiến nghị … (…)." */
  String openingSentence(String session, PetitionFigures figures) {
    return "Trước và sau "
        + session
        + ", Thường trực HĐND tỉnh đã chuyển "
        + OfficeInput.thousands(figures.count())
        + " ý kiến, kiến nghị của cử tri đến UBND tỉnh"
        + fieldsInBrackets(figures)
        + ". UBND tỉnh đã giao các cơ quan chủ trì giải quyết, trả lời; kết quả như sau:";
  }

  private String fieldsInBrackets(PetitionFigures figures) {
    String fields =
        figures.byField().entrySet().stream()
            .map(
                e ->
                    "lĩnh vực "
                        + fieldName(e.getKey()).toLowerCase(Locale.forLanguageTag("vi"))
                        + " "
                        + OfficeInput.thousands(sum(e.getValue())))
            .collect(Collectors.joining("; "));
    return fields.isEmpty() ? "" : " (" + fields + ")";
  }

  /** The answered petitions' shares, then those still unanswered. */
  String resultSentence(PetitionFigures figures) {
    Map<PetitionOutcome, Integer> t = figures.total();
    int base = figures.count() - t.get(PetitionOutcome.WITHDRAWN);
    int unanswered = t.get(PetitionOutcome.UNANSWERED) + t.get(PetitionOutcome.UNANSWERED_OVERDUE);
    // Shares of the whole base, the unanswered included, so that they add up to 100,0%.
    int[] counts = new int[ANSWERED.size() + 1];
    for (int i = 0; i < ANSWERED.size(); i++) {
      counts[i] = t.get(ANSWERED.get(i));
    }
    counts[ANSWERED.size()] = unanswered;
    List<DirectiveStatistics.Share> shares = Shares.of(base, counts);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ANSWERED.size(); i++) {
      parts.add(
          ANSWERED.get(i).label().toLowerCase(Locale.forLanguageTag("vi"))
              + " "
              + OfficeInput.thousands(shares.get(i).count())
              + " kiến nghị ("
              + shares.get(i).percentText()
              + ")");
    }
    return "Trong "
        + OfficeInput.thousands(base)
        + " kiến nghị phải giải quyết: "
        + String.join("; ", parts)
        + "; chưa trả lời "
        + OfficeInput.thousands(unanswered)
        + " kiến nghị ("
        + shares.get(ANSWERED.size()).percentText()
        + ")"
        + (t.get(PetitionOutcome.UNANSWERED_OVERDUE) > 0
            ? ", trong đó "
                + OfficeInput.thousands(t.get(PetitionOutcome.UNANSWERED_OVERDUE))
                + " kiến nghị đã quá hạn trả lời"
            : "")
        + "."
        + (figures.carriedOver() > 0
            ? " Có "
                + OfficeInput.thousands(figures.carriedOver())
                + " kiến nghị đã chuyển kỳ, được theo dõi theo lộ trình."
            : "");
  }

  private static String carriedText(List<Directive> petitions) {
    List<String> lines = new ArrayList<>();
    for (Directive p : petitions) {
      var item = p.councilItem();
      if (item.answerCategory() == AnswerCategory.IN_PROGRESS
          && p.status() == Directive.Status.IN_PROGRESS) {
        lines.add(
            "- "
                + p.title()
                + " ("
                + p.leadAgencyName()
                + "): "
                + item.roadmap()
                + (item.roadmapDate() == null
                    ? ""
                    : ", thời hạn " + OfficeInput.vn(item.roadmapDate()))
                + (item.carryOvers() > 1 ? "; đã chuyển " + item.carryOvers() + " kỳ" : "")
                + ".");
      }
    }
    return lines.isEmpty()
        ? "Không có kiến nghị đang giải quyết theo lộ trình."
        : String.join("\n", lines);
  }

  private String fieldName(String code) {
    return catalog.councilField(code).map(CouncilField::name).orElse(code);
  }

  private String agencyName(String code) {
    return catalog.department(code).map(d -> d.name()).orElse(code);
  }

  private static int sum(Map<PetitionOutcome, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
