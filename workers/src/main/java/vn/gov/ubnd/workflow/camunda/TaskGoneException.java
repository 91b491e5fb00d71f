package vn.gov.ubnd.workflow.camunda;

/** The task is no longer open in the engine: completed by someone else, or cancelled. */
public class TaskGoneException extends RuntimeException {

  public TaskGoneException(String taskId, Throwable cause) {
    super("Việc " + taskId + " không còn mở: đã được hoàn thành hoặc đã bị hủy.", cause);
  }
}
