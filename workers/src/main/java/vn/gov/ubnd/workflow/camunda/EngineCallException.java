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

  /**
   * A gRPC status, by its name (both lines' clients speak gRPC). ABORTED: the gateway lost its
   * broker mid-request (a broker killed, a leader changing); a start sent again may create a second
   * instance, which the registration turns away as a duplicate of the directive.
   */
  public static EngineCallException ofGrpcStatus(String status, Throwable cause) {
    Kind kind =
        switch (status) {
          case "NOT_FOUND" -> Kind.NOT_FOUND;
          case "RESOURCE_EXHAUSTED", "UNAVAILABLE", "DEADLINE_EXCEEDED", "ABORTED" -> Kind.BUSY;
          default -> Kind.REFUSED;
        };
    return new EngineCallException(kind, status, cause);
  }

  /** An HTTP status of the REST API (8.8). */
  public static EngineCallException ofHttpStatus(int status, Throwable cause) {
    Kind kind =
        switch (status) {
          case 404 -> Kind.NOT_FOUND;
          case 429, 502, 503, 504 -> Kind.BUSY;
          default -> Kind.REFUSED;
        };
    return new EngineCallException(kind, "HTTP " + status, cause);
  }

  /** No answer at all: the connection failed. */
  public static EngineCallException noConnection(Throwable cause) {
    return new EngineCallException(Kind.BUSY, "UNAVAILABLE", cause);
  }

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
