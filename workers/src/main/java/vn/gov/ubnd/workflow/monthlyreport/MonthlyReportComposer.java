package vn.gov.ubnd.workflow.monthlyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.gov.ubnd.workflow.catalog.Province;
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
public final class MonthlyReportComposer {

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
  public static String summary(YearMonth month) {
    return "Công tác chỉ đạo điều hành " + monthText(month) + "\ncủa UBND tỉnh, Chủ tịch UBND tỉnh";
  }

  public static String monthText(YearMonth month) {
    return "tháng " + month.getMonthValue() + " năm " + month.getYear();
  }

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
            "Công tác chỉ đạo điều hành " + monthText(month) + " của UBND tỉnh, Chủ tịch UBND tỉnh",
            join(narrative.direction(), narrative.fieldResults(), documentsText(figures)),
            List.of()));
    sections.add(
        new ReportSection(
            "2",
            "Triển khai các nhiệm vụ, chỉ đạo của Chính phủ, Thủ tướng Chính phủ và các bộ ngành"
                + " trung ương",
            centralText(figures),
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
            "3.1. " + programmeText(figures),
            List.of(
                new ReportSection(
                    "3.2",
                    "Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao:",
                    "- " + monthSentence(figures) + "\n- " + yearSentence(figures),
                    List.of(),
                    List.of(),
                    charts(figures)),
                new ReportSection(
                    "3.3",
                    "Nhiệm vụ quá hạn theo đơn vị chủ trì:",
                    overdueText(figures),
                    List.of(),
                    figures.overdue().isEmpty() ? List.of() : List.of(overdueTable(figures)),
                    List.of()))));
    return new ReportDocument(
        province.issuingBodyShort().toUpperCase(java.util.Locale.forLanguageTag("vi")),
        "VĂN PHÒNG",
        number,
        placeAndDate,
        summary(month),
        "",
        sections,
        "Trên đây là báo cáo công tác chỉ đạo điều hành "
            + monthText(month)
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

  static String periodText(MonthlyFigures f) {
    return "từ ngày "
        + OfficeInput.vn(LocalDate.parse(f.from()))
        + " đến ngày "
        + OfficeInput.vn(LocalDate.parse(f.to()));
  }

  static String yearPeriodText(MonthlyFigures f) {
    return "từ ngày "
        + OfficeInput.vn(LocalDate.parse(f.yearFrom()))
        + " đến ngày "
        + OfficeInput.vn(LocalDate.parse(f.to()));
  }

  static String monthSentence(MonthlyFigures f) {
    YearMonth month = YearMonth.parse(f.month());
    return "Trong "
        + monthText(month)
        + " ("
        + periodText(f)
        + "), UBND tỉnh, Chủ tịch UBND tỉnh đã giao "
        + assigned(f.monthCounts())
        + " cho các cơ quan, đơn vị, địa phương. Kết quả thực hiện cụ thể như sau: "
        + results(f.monthCounts());
  }

  static String yearSentence(MonthlyFigures f) {
    YearMonth month = YearMonth.parse(f.month());
    return "Trong "
        + f.monthsOfYear()
        + " tháng đầu năm "
        + month.getYear()
        + " ("
        + yearPeriodText(f)
        + "), UBND tỉnh, Chủ tịch UBND tỉnh đã giao "
        + assigned(f.yearCounts())
        + ", trong đó "
        + results(f.yearCounts());
  }

  private static String assigned(MonthlyFigures.Counts c) {
    return c.assigned()
        + " nhiệm vụ"
        + (c.withdrawn() == 0
            ? ""
            : " (có " + c.withdrawn() + " nhiệm vụ thôi thực hiện, không tính trong kết quả)");
  }

  /** "có 571 nhiệm vụ đã hoàn thành (đạt 62,6%); 90 … (chiếm 9,9%); 251 … (chiếm 27,5%)." */
  static String results(MonthlyFigures.Counts c) {
    if (c.base() == 0) {
      return "chưa có nhiệm vụ nào cần thực hiện.";
    }
    return "có "
        + c.done()
        + " nhiệm vụ đã hoàn thành (đạt "
        + c.donePercent()
        + "); "
        + c.inProgress()
        + " nhiệm vụ đang thực hiện (chiếm "
        + c.inProgressPercent()
        + "); "
        + c.overdue()
        + " nhiệm vụ quá hạn (chiếm "
        + c.overduePercent()
        + ").";
  }

  static String programmeText(MonthlyFigures f) {
    YearMonth month = YearMonth.parse(f.month());
    MonthlyFigures.Counts p = f.programme();
    String head =
        "Chương trình công tác tháng "
            + month.getMonthValue()
            + "/"
            + month.getYear()
            + " có tổng số "
            + p.assigned()
            + " nhiệm vụ.";
    if (p.assigned() == 0) {
      return head;
    }
    return head
        + (p.withdrawn() == 0
            ? ""
            : " Trong đó có: " + two(p.withdrawn()) + " nhiệm vụ thôi không thực hiện.")
        + " Đến nay, có "
        + two(p.done())
        + "/"
        + p.base()
        + " nhiệm vụ đã hoàn thành, có "
        + two(p.inProgress())
        + "/"
        + p.base()
        + " nhiệm vụ đang thực hiện"
        + (p.overdue() == 0 ? "" : ", " + two(p.overdue()) + "/" + p.base() + " nhiệm vụ quá hạn")
        + ".";
  }

  static String centralText(MonthlyFigures f) {
    MonthlyFigures.Counts c = f.central();
    String head =
        "Thực hiện Quyết định số 42/2014/QĐ-TTg ngày 27/7/2014 của Thủ tướng Chính phủ về ban hành"
            + " quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ do Chính phủ, Thủ tướng"
            + " Chính phủ giao, qua theo dõi "
            + yearPeriodText(f)
            + ", UBND tỉnh tổng hợp có "
            + c.assigned()
            + " nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao tỉnh thực hiện";
    if (c.base() == 0) {
      return head
          + (c.withdrawn() == 0 ? "." : " (" + c.withdrawn() + " nhiệm vụ thôi thực hiện).");
    }
    return head
        + (c.withdrawn() == 0 ? "" : " (" + c.withdrawn() + " nhiệm vụ thôi thực hiện)")
        + ", trong đó có "
        + two(c.done())
        + "/"
        + c.base()
        + " nhiệm vụ đã hoàn thành ("
        + two(c.doneOnTime())
        + " nhiệm vụ đúng hạn), có "
        + two(c.inProgress())
        + " nhiệm vụ thực hiện trong tiến độ được giao"
        + (c.overdue() == 0 ? "" : ", " + two(c.overdue()) + " nhiệm vụ quá hạn")
        + ".";
  }

  static String overdueText(MonthlyFigures f) {
    if (f.overdueTotal() == 0) {
      return "Đến ngày "
          + OfficeInput.vn(LocalDate.parse(f.asOf()))
          + ", không có nhiệm vụ nào quá hạn.";
    }
    return "Đến ngày "
        + OfficeInput.vn(LocalDate.parse(f.asOf()))
        + ", có "
        + f.overdueTotal()
        + " nhiệm vụ quá hạn chưa hoàn thành"
        + (f.overdue().size() < f.overdueTotal()
            ? "; bảng dưới đây nêu " + f.overdue().size() + " nhiệm vụ quá hạn lâu nhất"
            : "")
        + " (số ngày quá hạn tính theo ngày làm việc; bậc đôn đốc: 1 nhắc đơn vị, 2 báo cáo lãnh"
        + " đạo phụ trách, 3 báo cáo Chủ tịch UBND tỉnh).";
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

  static String documentsText(MonthlyFigures f) {
    if (f.documentsTotal() == 0) {
      return "Trong kỳ (" + periodText(f) + "), sổ văn bản đi của hệ thống chưa ghi văn bản nào.";
    }
    StringBuilder text =
        new StringBuilder("Trong kỳ (")
            .append(periodText(f))
            .append("), sổ văn bản đi của hệ thống ghi ")
            .append(f.documentsTotal())
            .append(" văn bản:");
    for (MonthlyFigures.IssuedDocument d : f.documents()) {
      text.append("\n- Số ")
          .append(d.number())
          .append(" ngày ")
          .append(OfficeInput.vn(LocalDate.parse(d.issuedOn())))
          .append(": ")
          .append(d.summary().replace('\n', ' '))
          .append(';');
    }
    if (f.documents().size() < f.documentsTotal()) {
      text.append("\n- và ")
          .append(f.documentsTotal() - f.documents().size())
          .append(" văn bản khác.");
    }
    return text.toString();
  }

  private static List<ReportPicture> charts(MonthlyFigures f) {
    List<ReportPicture> pictures = new ArrayList<>();
    if (!f.agencies().isEmpty()) {
      int rows = f.agencies().size();
      pictures.add(
          new ReportPicture(
              MonthlyCharts.statusByAgency(f),
              160,
              Math.max(50, 160 * Math.max(500, 220 + 70 * rows) / 1600),
              "Biểu đồ 1. Tình hình thực hiện nhiệm vụ giao "
                  + f.monthsOfYear()
                  + " tháng đầu năm theo đơn vị chủ trì"));
    }
    if (!f.trend().isEmpty()) {
      pictures.add(
          new ReportPicture(
              MonthlyCharts.trend(f),
              160,
              80,
              "Biểu đồ " + (pictures.size() + 1) + ". Nhiệm vụ được giao và kết quả từng tháng"));
    }
    return pictures;
  }

  /** Counts under ten take a leading zero, as the office writes them ("08/30"). */
  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
