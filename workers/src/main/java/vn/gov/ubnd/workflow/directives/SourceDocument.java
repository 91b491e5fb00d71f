package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;

/**
 * The document that gave the directive ("789/UBND-TH" of 5/4/2022, issued by the committee).
 *
 * @param number number and symbol
 * @param date date of issue
 * @param issuer who issued it
 */
public record SourceDocument(String number, LocalDate date, String issuer) {}
