package vn.gov.ubnd.workflow.failures;

/**
 * The data a step got cannot be used as it is: retrying changes nothing until someone corrects it.
 * Its message is Vietnamese, written where the problem is found, and names the variable or field
 * and what to write.
 */
public class InvalidProcessDataException extends RuntimeException {

  public InvalidProcessDataException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
