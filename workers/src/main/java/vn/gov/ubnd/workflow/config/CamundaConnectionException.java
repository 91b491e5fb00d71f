package vn.gov.ubnd.workflow.config;

/** The Camunda target is misconfigured or unreachable: the application cannot work. */
class CamundaConnectionException extends RuntimeException {

  private final String action;

  public CamundaConnectionException(String problem, String action, Throwable cause) {
    super(problem, cause);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
