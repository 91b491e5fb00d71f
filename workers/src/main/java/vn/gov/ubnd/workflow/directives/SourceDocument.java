package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;

/**
 * The document that gave the directive ("789/UBND-TH" of 5/4/2022, issued by the committee), as
 * registered once in the office's register of source documents.
 *
 * @param number number and symbol
 * @param date date of issue
 * @param issuer who issued it
 * @param kind what kind of document it is
 * @param title its summary (trích yếu)
 */
public record SourceDocument(
    String number, LocalDate date, String issuer, SourceKind kind, String title) {

  public SourceDocument(String number, LocalDate date, String issuer) {
    this(number, date, issuer, SourceKind.of(number, issuer), null);
  }

  /** This document with the blanks filled from the registered one. */
  SourceDocument filledFrom(SourceDocument registered) {
    return new SourceDocument(
        registered.number(),
        date != null ? date : registered.date(),
        issuer != null ? issuer : registered.issuer(),
        registered.kind(),
        title != null ? title : registered.title());
  }
}
