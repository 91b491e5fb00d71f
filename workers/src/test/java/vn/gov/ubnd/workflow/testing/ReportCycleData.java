package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report cycle's data as the office and the departments enter it, for the process tests and the
 * real-stack tests alike: the opening form's variables and a department's answer.
 */
public final class ReportCycleData {

  private ReportCycleData() {}

  /** An annual cycle for the session, the departments answering by the deadline. */
  public static Map<String, Object> annualCycle(
      int year,
      String sessionName,
      LocalDate sessionOpening,
      List<String> departments,
      LocalDate responseDeadline) {
    return Map.of(
        "reportKind",
        "ANNUAL",
        "year",
        year,
        "sessionName",
        sessionName,
        "sessionOpeningDate",
        sessionOpening.toString(),
        "departments",
        departments,
        "responseDeadline",
        responseDeadline.toString());
  }

  /**
   * A department's answer with its results, one indicator above plan (budget revenue 21,500 against
   * 20,000, higher is better), its shortcomings and next tasks, approved by its head.
   */
  public static Map<String, Object> sectionAnswer(String results) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("results", results);
    answer.put(
        "indicators",
        List.of(
            Map.of(
                "name", "Tổng thu ngân sách",
                "unit", "tỷ đồng",
                "plan", 20000,
                "actual", 21500,
                "direction", "HIGHER_IS_BETTER")));
    answer.put("shortcomings", "Giải ngân vốn đầu tư công còn chậm.");
    answer.put("nextTasks", "Đẩy nhanh giải ngân, cải thiện môi trường đầu tư.");
    answer.put("contactPerson", "Nguyễn Thị Lan, 0251 3822 000");
    answer.put("headApproved", true);
    return answer;
  }
}
