package vn.gov.ubnd.workflow.directives;

import java.util.List;

/** The directive as given cannot be registered; each problem is a sentence for the office. */
public class DirectiveValidationException extends RuntimeException {

  private final List<String> problems;

  public DirectiveValidationException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
