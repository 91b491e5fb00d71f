package vn.gov.ubnd.workflow.reportcycle;

import java.util.List;

/** The cycle as opened cannot start; each problem is a sentence for the office. */
class CycleValidationException extends RuntimeException {

  private final List<String> problems;

  public CycleValidationException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
