package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;

/**
 * What the office looks for in the register: words, and any of the filters; null means "any".
 *
 * @param words number, title or content, with or without diacritics
 * @param agency catalog code of the lead agency
 * @param leader catalog code of the leader in charge
 * @param state where the directive stood at the end of {@code asOf}
 * @param asOf the day the state is taken at
 * @param deadlineFrom deadline on or after
 * @param deadlineTo deadline on or before
 * @param assignedFrom assigned on or after
 * @param assignedTo assigned on or before
 * @param sourceNumber number of the document that gave the directive
 * @param sourceKind kind of the document that gave it
 * @param workProgrammeOnly only tasks of the work programme
 * @param centralGovernmentOnly only tasks the Government or the Prime Minister gave
 * @param order how the list is sorted
 */
public record RegisterCriteria(
    String words,
    String agency,
    String leader,
    RegisterState state,
    LocalDate asOf,
    LocalDate deadlineFrom,
    LocalDate deadlineTo,
    LocalDate assignedFrom,
    LocalDate assignedTo,
    String sourceNumber,
    SourceKind sourceKind,
    boolean workProgrammeOnly,
    boolean centralGovernmentOnly,
    RegisterOrder order) {

  /**
   * Every directive as it stood at the end of asOf, in the given order; narrowed by the withers.
   */
  public static RegisterCriteria everything(LocalDate asOf, RegisterOrder order) {
    return new RegisterCriteria(
        null, null, null, null, asOf, null, null, null, null, null, null, false, false, order);
  }

  /** The same criteria with these words. */
  public RegisterCriteria withWords(String words) {
    return narrowedTo(words, agency, state);
  }

  /** The same criteria for one lead agency and one state. */
  public RegisterCriteria withAgencyIn(String agency, RegisterState state) {
    return narrowedTo(words, agency, state);
  }

  private RegisterCriteria narrowedTo(String words, String agency, RegisterState state) {
    return new RegisterCriteria(
        words,
        agency,
        leader,
        state,
        asOf,
        deadlineFrom,
        deadlineTo,
        assignedFrom,
        assignedTo,
        sourceNumber,
        sourceKind,
        workProgrammeOnly,
        centralGovernmentOnly,
        order);
  }

  /** The register's orders; each ends with the number, so that pages never skip or repeat. */
  public enum RegisterOrder {
    DEADLINE("Thời hạn, gần nhất trước"),
    ASSIGNED_NEWEST("Ngày giao, mới nhất trước"),
    NUMBER("Số hiệu"),
    RELEVANCE("Phù hợp nhất với từ tìm");

    private final String label;

    RegisterOrder(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
