package vn.gov.ubnd.workflow.reportcycle;

import static vn.gov.ubnd.workflow.input.OfficeInput.blank;
import static vn.gov.ubnd.workflow.input.OfficeInput.thousands;
import static vn.gov.ubnd.workflow.input.OfficeInput.tooLong;

import java.util.ArrayList;
import java.util.List;

/**
 * What a department's answer must hold before it goes into the report. The form asks for the same;
 * these rules also stop an answer sent through the API around the form: every problem at once,
 * naming the field (and the indicator's row) and what to write.
 */
final class SectionAnswerRules {

  static final int MAX_TEXT = 20_000;
  static final int MAX_SHORT = 300;
  static final int MAX_UNIT = 50;
  static final int MAX_INDICATORS = 100;

  /** Larger than any budget a province reports, in any unit; beyond it a typo or an attack. */
  static final double MAX_VALUE = 1e15;

  private SectionAnswerRules() {}

  public static List<String> problems(SectionResponse answer) {
    List<String> problems = new ArrayList<>();
    if (blank(answer.results())) {
      problems.add("Thiếu kết quả thực hiện: ghi kết quả chủ yếu của cơ quan trong kỳ.");
    }
    tooLong(answer.results(), "Kết quả thực hiện", MAX_TEXT, problems);
    tooLong(answer.shortcomings(), "Tồn tại, hạn chế", MAX_TEXT, problems);
    tooLong(answer.nextTasks(), "Nhiệm vụ, giải pháp kỳ tới", MAX_TEXT, problems);
    tooLong(answer.contactPerson(), "Người liên hệ", MAX_SHORT, problems);
    List<SectionResponse.Indicator> indicators = answer.indicators();
    if (indicators.size() > MAX_INDICATORS) {
      problems.add(
          "Bảng chỉ tiêu có "
              + thousands(indicators.size())
              + " dòng, quá giới hạn "
              + MAX_INDICATORS
              + " dòng: chỉ giữ các chỉ tiêu chủ yếu, phần còn lại để trong phụ lục.");
    } else {
      for (int i = 0; i < indicators.size(); i++) {
        indicator(i + 1, indicators.get(i), problems);
      }
    }
    if (!Boolean.TRUE.equals(answer.headApproved())) {
      problems.add(
          "Chưa xác nhận người đứng đầu cơ quan đã duyệt báo cáo: đánh dấu ô xác nhận sau khi"
              + " lãnh đạo cơ quan duyệt.");
    }
    return problems;
  }

  private static void indicator(int row, SectionResponse.Indicator i, List<String> problems) {
    String where = "Chỉ tiêu dòng " + row;
    if (i == null || blank(i.name())) {
      problems.add(where + ": thiếu tên chỉ tiêu.");
      return;
    }
    tooLong(i.name(), where + ": tên chỉ tiêu", MAX_SHORT, problems);
    tooLong(i.unit(), where + ": đơn vị tính", MAX_UNIT, problems);
    value(where, "kế hoạch", i.plan(), problems);
    value(where, "thực hiện", i.actual(), problems);
    if (i.plan() != null && IndicatorDirection.parse(i.direction()).isEmpty()) {
      problems.add(
          where
              + (blank(i.direction()) ? ": chưa chọn" : ": không rõ")
              + " chiều đánh giá: chọn \"Càng cao càng tốt\" (như thu ngân sách) hoặc \"Càng thấp"
              + " càng tốt\" (như số vụ tai nạn giao thông).");
    }
    Double tolerance = i.tolerancePercent();
    if (tolerance != null
        && (tolerance.isNaN() || tolerance < 0 || tolerance >= MAX_TOLERANCE_PERCENT)) {
      problems.add(
          where
              + ": dung sai phải từ 0 đến dưới "
              + MAX_TOLERANCE_PERCENT
              + " điểm phần trăm; để trống để theo mức chung.");
    }
  }

  /** A band this wide would call almost anything met. */
  static final int MAX_TOLERANCE_PERCENT = 50;

  private static void value(String where, String label, Double value, List<String> problems) {
    if (value == null) {
      return; // an indicator may have no plan (or no result yet)
    }
    if (value.isNaN() || value.isInfinite() || Math.abs(value) > MAX_VALUE) {
      problems.add(where + ": số " + label + " không hợp lệ, ghi một số bình thường.");
    } else if (value < 0) {
      problems.add(where + ": số " + label + " không được âm.");
    }
  }
}
