package vn.gov.ubnd.workflow.camunda;

/** Camunda (Tasklist or the gateway) did not answer or refused the service account. */
public class EngineUnavailableException extends RuntimeException {

  public EngineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
