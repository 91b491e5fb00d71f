package vn.gov.ubnd.workflow.reportcycle;

import java.util.List;

/**
 * What one department is asked to send, and by when.
 *
 * @param departmentCode catalog code
 * @param departmentName printed name
 * @param candidateGroup the department's Tasklist group
 * @param sections the sections its results go into
 * @param sectionTitles the same, as one line for its form
 * @param dueDate ISO date
 * @param dueDateText the same, as the office writes it
 * @param dueAt the task's due date-time
 * @param remindAt when the reminder goes
 * @param overdueAt when the overdue notice goes
 * @param cutOffAt when a silent department's assignment is closed
 */
record SectionAssignment(
    String departmentCode,
    String departmentName,
    String candidateGroup,
    List<SectionRef> sections,
    String sectionTitles,
    String dueDate,
    String dueDateText,
    String dueAt,
    String remindAt,
    String overdueAt,
    String cutOffAt) {

  /** A section a department writes: key and printed heading. */
  public record SectionRef(String key, String heading) {}
}
