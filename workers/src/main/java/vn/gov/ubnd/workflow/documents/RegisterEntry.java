package vn.gov.ubnd.workflow.documents;

import java.time.LocalDate;

/**
 * One line of the outgoing register (sổ đăng ký văn bản đi).
 *
 * @param series the numbering series ("BC-UBND")
 * @param year the register's year
 * @param sequence the number within the year
 * @param requestKey who asked for it: the same key always gets the same number back
 * @param issuedOn the date of the document
 * @param summary what the document is
 */
public record RegisterEntry(
    String series, int year, int sequence, String requestKey, LocalDate issuedOn, String summary) {}
