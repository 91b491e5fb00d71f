package vn.gov.ubnd.workflow.reportcycle;

/**
 * How one department's assignment ended: the multi-instance output the compiler reads.
 *
 * @param departmentCode catalog code
 * @param departmentName printed name
 * @param status accepted, or missing when the cut-off closed it ("không gửi báo cáo")
 * @param late the overdue notice went before the answer came
 * @param response the accepted answer, null when missing
 */
public record SectionResult(
    String departmentCode,
    String departmentName,
    SectionOutcome status,
    boolean late,
    SectionResponse response) {}
