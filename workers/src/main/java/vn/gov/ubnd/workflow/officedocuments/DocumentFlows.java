package vn.gov.ubnd.workflow.officedocuments;

import java.time.LocalDate;

/** The office's documents of a period counted: the index in production. */
public interface DocumentFlows {

  /** The documents of the days from {@code from} to {@code to}, both included. */
  DocumentFlow flow(LocalDate from, LocalDate to);
}
