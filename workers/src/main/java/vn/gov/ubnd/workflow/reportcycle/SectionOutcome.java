package vn.gov.ubnd.workflow.reportcycle;

/** How a department's part of the cycle ended. */
public enum SectionOutcome {
  /** The office accepted its answer. */
  ACCEPTED,
  /** The cut-off closed it without an answer ("không gửi báo cáo"). */
  MISSING
}
