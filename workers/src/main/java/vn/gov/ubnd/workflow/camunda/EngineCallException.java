package vn.gov.ubnd.workflow.camunda;

/**
 * The gateway refused a command or could not be reached, classified the same on every Camunda line
 * so that callers decide without the client's own exception types.
 */
public class EngineCallException extends RuntimeException {

  /** What the caller can do about it. */
  public enum Kind {
    /** The process, job or task does not exist (any more). */
    NOT_FOUND,
    /** Back-pressure, gateway or broker out of reach, timeout: waiting and sending again helps. */
    BUSY,
    /** Refused for a reason waiting does not mend. */
    REFUSED
  }

  private final Kind kind;
  private final String code;

  public EngineCallException(Kind kind, String code, Throwable cause) {
    super("Camunda answered " + code + " (" + kind + ")", cause);
    this.kind = kind;
    this.code = code;
  }

  public Kind kind() {
    return kind;
  }

  /** The gateway's status code (gRPC or HTTP), for logs and messages to the administrator. */
  public String code() {
    return code;
  }
}
