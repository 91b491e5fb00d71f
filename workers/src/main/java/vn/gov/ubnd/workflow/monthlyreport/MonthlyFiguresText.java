package vn.gov.ubnd.workflow.monthlyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.gov.ubnd.workflow.directives.AgencyRanking;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The sentences the monthly report prints from its figures, worded as the office writes them (seed
 * 004): the period, the month's and the year's results, the work programme, the Government's tasks,
 * the overdue directives and the documents of the month. Pure.
 */
final class MonthlyFiguresText {

  private MonthlyFiguresText() {}

  /** "Công tác chỉ đạo điều hành tháng 4 năm 2022\ncủa UBND tỉnh, Chủ tịch UBND tỉnh". */
  public static String summary(YearMonth month) {
    return "Công tác chỉ đạo điều hành " + monthText(month) + "\ncủa UBND tỉnh, Chủ tịch UBND tỉnh";
  }

  public static String monthText(YearMonth month) {
    return "tháng " + month.getMonthValue() + " năm " + month.getYear();
  }

  public static String periodText(MonthlyFigures f) {
    return "từ ngày "
        + OfficeInput.vn(LocalDate.parse(f.from()))
        + " đến ngày "
        + OfficeInput.vn(LocalDate.parse(f.to()));
  }

  public static String yearPeriodText(MonthlyFigures f) {
    return "từ ngày "
        + OfficeInput.vn(LocalDate.parse(f.yearFrom()))
        + " đến ngày "
        + OfficeInput.vn(LocalDate.parse(f.to()));
  }

  public static String monthSentence(MonthlyFigures f) {
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

  public static String yearSentence(MonthlyFigures f) {
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
  public static String results(MonthlyFigures.Counts c) {
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

  public static String programmeText(MonthlyFigures f) {
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

  public static String centralText(MonthlyFigures f) {
    MonthlyFigures.Counts c = f.central();
    String head =
        "Thực hiện Quyết định số 42/2014/QĐ-TTg ngày 27/7/2014 của Thủ tướng Chính phủ về ban hành"
            + " quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ do Chính phủ, Thủ tướng"
            + " Chính phủ giao, qua theo dõi "
            + yearPeriodText(f)
            + ", UBND tỉnh tổng hợp có "
            + c.assigned()
            + " nhiệm vụ"
            + (f.centralSourceDocuments() == 0
                ? ""
                : " (trong " + f.centralSourceDocuments() + " văn bản)")
            + " Chính phủ, Thủ tướng Chính phủ giao tỉnh thực hiện";
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

  /** The ranking's sentence: its rule, the first and the last ranked agency. */
  public static String rankingText(MonthlyFigures f) {
    List<AgencyRanking.RankedAgency> ranked =
        f.ranking().stream().filter(r -> r.rank() != null).toList();
    if (ranked.isEmpty()) {
      return "Chưa có đơn vị chủ trì nào có nhiệm vụ để xếp hạng.";
    }
    AgencyRanking.RankedAgency first = ranked.get(0);
    AgencyRanking.RankedAgency last = ranked.get(ranked.size() - 1);
    return "Xếp hạng "
        + ranked.size()
        + " đơn vị chủ trì theo "
        + f.rankingRule()
        + " đối với nhiệm vụ được giao "
        + f.monthsOfYear()
        + " tháng đầu năm: dẫn đầu là "
        + first.figures().name()
        + " ("
        + first.onTimeRateText()
        + " đúng hạn)"
        + (ranked.size() == 1
            ? "."
            : "; cuối bảng là "
                + last.figures().name()
                + " ("
                + last.onTimeRateText()
                + " đúng hạn, "
                + two(last.figures().overdue())
                + " nhiệm vụ quá hạn).");
  }

  public static String overdueText(MonthlyFigures f) {
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

  public static String documentsText(MonthlyFigures f) {
    String flow = f.documentFlowText() == null ? "" : f.documentFlowText() + "\n";
    if (f.documentsTotal() == 0) {
      return flow + "Trong kỳ (" + periodText(f) + "), hệ thống theo dõi chưa cấp số báo cáo nào.";
    }
    StringBuilder text =
        new StringBuilder(flow)
            .append("Trong kỳ (")
            .append(periodText(f))
            .append("), hệ thống theo dõi đã lập và cấp số ")
            .append(f.documentsTotal())
            .append(" báo cáo:");
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

  /** Counts under ten take a leading zero, as the office writes them ("08/30"). */
  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
