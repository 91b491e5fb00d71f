package vn.gov.ubnd.workflow.reportcycle;

import java.time.LocalDate;

/**
 * A source of figures the system holds, written as the sentences a council report prints for its
 * period. Other features provide one (the council follow-up, the office's register); the report
 * cycle asks each source its template uses.
 */
public interface ReportFigures {

  /** The template source this text fills. */
  TemplateSection.Source source();

  /**
   * The text for the period as things stand on {@code asOf}.
   *
   * @param detailsInFootnotes put the document-by-document details in footnotes ({@code ^[…]})
   */
  String text(ReportingPeriod period, LocalDate asOf, boolean detailsInFootnotes);
}
