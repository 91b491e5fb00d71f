package vn.gov.ubnd.workflow.directives.imports;

/** A file the office sent cannot be imported at all; the message says why and what to do. */
public class ImportRefusedException extends RuntimeException {

  public ImportRefusedException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
