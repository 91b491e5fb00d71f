package vn.gov.ubnd.workflow.portal;

import java.util.List;

/**
 * What the portal refuses, with the HTTP status and the Vietnamese text the person reads; for a
 * form, one line per field.
 */
public class PortalRefusal extends RuntimeException {

  private final int status;
  private final List<FieldProblem> problems;

  public PortalRefusal(int status, String message) {
    this(status, message, List.of());
  }

  public PortalRefusal(int status, String message, List<FieldProblem> problems) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  public int status() {
    return status;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** A field of a form and what is wrong with it. */
  public record FieldProblem(String field, String label, String message) {}

  public static PortalRefusal notFound(String what) {
    return new PortalRefusal(404, what);
  }

  public static PortalRefusal forbidden(String what) {
    return new PortalRefusal(403, what);
  }

  public static PortalRefusal conflict(String what) {
    return new PortalRefusal(409, what);
  }
}
