package vn.gov.ubnd.workflow.monthlyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.ubnd.workflow.catalog.Province;
import vn.gov.ubnd.workflow.directives.AgencyRanking;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.ReportPicture;
import vn.gov.ubnd.workflow.documents.ReportSection;
import vn.gov.ubnd.workflow.documents.ReportTable;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Writes the monthly report in the structure of the office's report (Cao Bằng, 876/BC-VP, April
 * 2022): the month's direction (the office's narrative), the Government's tasks, the work programme
 * and the directives of the month and the year to date with their charts, the overdue list by
 * agency, and the documents of the month. Pure: the figures, texts and signer come in.
 */
final class MonthlyReportComposer {

  /**
   * What the office writes in the review form.
   *
   * @param direction the month's direction, section 1
   * @param fieldResults results by field, under it
   */
  public record Narrative(String direction, String fieldResults) {}

  /**
   * Who signs: the chief, or a deputy for the chief ("KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG").
   */
  public record Signer(List<String> lines, String name) {}

  private final Province province;
  private final List<String> recipients;

  public MonthlyReportComposer(Province province, List<String> recipients) {
    this.province = province;
    this.recipients = List.copyOf(recipients);
  }

  /** "Công tác chỉ đạo điều hành tháng 4 năm 2022\ncủa UBND tỉnh, Chủ tịch UBND tỉnh". */
  public ReportDocument compose(
      MonthlyFigures figures,
      Narrative narrative,
      Signer signer,
      String number,
      String placeAndDate,
      boolean draft) {
    YearMonth month = YearMonth.parse(figures.month());
    List<ReportSection> sections = new ArrayList<>();
    sections.add(
        new ReportSection(
            "1",
            "Công tác chỉ đạo điều hành "
                + MonthlyFiguresText.monthText(month)
                + " của UBND tỉnh, Chủ tịch UBND tỉnh",
            join(
                narrative.direction(),
                narrative.fieldResults(),
                MonthlyFiguresText.documentsText(figures)),
            List.of()));
    sections.add(
        new ReportSection(
            "2",
            "Triển khai các nhiệm vụ, chỉ đạo của Chính phủ, Thủ tướng Chính phủ và các bộ ngành"
                + " trung ương",
            MonthlyFiguresText.centralText(figures),
            List.of()));
    sections.add(
        new ReportSection(
            "3",
            "Về kết quả thực hiện Chương trình công tác, nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh"
                + " giao tháng "
                + month.getMonthValue()
                + ", "
                + figures.monthsOfYear()
                + " tháng đầu năm "
                + month.getYear(),
            "3.1. " + MonthlyFiguresText.programmeText(figures),
            List.of(
                new ReportSection(
                    "3.2",
                    "Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao:",
                    "- "
                        + MonthlyFiguresText.monthSentence(figures)
                        + "\n- "
                        + MonthlyFiguresText.yearSentence(figures),
                    List.of(),
                    List.of(),
                    charts(figures)),
                new ReportSection(
                    "3.3",
                    "Nhiệm vụ quá hạn theo đơn vị chủ trì:",
                    MonthlyFiguresText.overdueText(figures),
                    List.of(),
                    figures.overdue().isEmpty() ? List.of() : List.of(overdueTable(figures)),
                    List.of()),
                new ReportSection(
                    "3.4",
                    "Xếp hạng đơn vị chủ trì:",
                    MonthlyFiguresText.rankingText(figures),
                    List.of(),
                    figures.ranking().isEmpty() ? List.of() : List.of(rankingTable(figures)),
                    List.of()))));
    return new ReportDocument(
        province.issuingBodyShort().toUpperCase(Locale.forLanguageTag("vi")),
        "VĂN PHÒNG",
        number,
        placeAndDate,
        MonthlyFiguresText.summary(month),
        "",
        sections,
        "Trên đây là báo cáo công tác chỉ đạo điều hành "
            + MonthlyFiguresText.monthText(month)
            + " của UBND tỉnh, Chủ tịch UBND tỉnh. Văn phòng xin báo cáo các đồng chí Lãnh đạo"
            + " UBND tỉnh, các đồng chí Ủy viên UBND tỉnh./.",
        recipients,
        new ReportDocument.SignatureBlock(signer.lines(), signer.name()),
        draft);
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part.strip());
      }
    }
    return String.join("\n", present);
  }

  private static ReportTable overdueTable(MonthlyFigures f) {
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (MonthlyFigures.OverdueRow r : f.overdue()) {
      rows.add(
          List.of(
              Integer.toString(n++),
              r.agency(),
              r.directiveId() + " – " + r.title(),
              OfficeInput.vn(LocalDate.parse(r.deadline())),
              Integer.toString(r.workingDaysOverdue()),
              Integer.toString(r.escalationLevel())));
    }
    return new ReportTable(
        List.of("TT", "Đơn vị chủ trì", "Nhiệm vụ", "Thời hạn", "Số ngày quá hạn", "Bậc đôn đốc"),
        rows,
        List.of(6, 22, 40, 12, 10, 10));
  }

  private static ReportTable rankingTable(MonthlyFigures f) {
    List<List<String>> rows = new ArrayList<>();
    for (AgencyRanking.RankedAgency r : f.ranking()) {
      rows.add(
          List.of(
              r.rank() == null ? "–" : Integer.toString(r.rank()),
              r.figures().name(),
              Integer.toString(r.figures().base()),
              Integer.toString(r.figures().completedOnTime()),
              Integer.toString(r.figures().completedLate()),
              Integer.toString(r.figures().overdue()),
              r.onTimeRateText(),
              r.averageWorkingDaysOverdueText()));
    }
    return new ReportTable(
        List.of(
            "Hạng",
            "Đơn vị chủ trì",
            "Giao",
            "Đúng hạn",
            "Hoàn thành quá hạn",
            "Quá hạn",
            "Tỷ lệ đúng hạn",
            "Ngày quá hạn bình quân"),
        rows,
        List.of(7, 29, 9, 10, 12, 9, 12, 12));
  }

  /** Charts span the text width of an A4 page with Decree 30's margins (210 − 30 − 15 mm). */
  private static final int CHART_WIDTH_MM = 160;

  private static List<ReportPicture> charts(MonthlyFigures f) {
    List<ReportPicture> pictures = new ArrayList<>();
    if (!f.agencies().isEmpty()) {
      MonthlyCharts.Chart chart = MonthlyCharts.statusByAgency(f);
      pictures.add(
          new ReportPicture(
              chart.png(),
              CHART_WIDTH_MM,
              chart.heightAt(CHART_WIDTH_MM),
              "Biểu đồ 1. Tình hình thực hiện nhiệm vụ giao "
                  + f.monthsOfYear()
                  + " tháng đầu năm theo đơn vị chủ trì"));
    }
    if (!f.trend().isEmpty()) {
      MonthlyCharts.Chart chart = MonthlyCharts.trend(f);
      pictures.add(
          new ReportPicture(
              chart.png(),
              CHART_WIDTH_MM,
              chart.heightAt(CHART_WIDTH_MM),
              "Biểu đồ " + (pictures.size() + 1) + ". Nhiệm vụ được giao và kết quả từng tháng"));
    }
    return pictures;
  }
}
