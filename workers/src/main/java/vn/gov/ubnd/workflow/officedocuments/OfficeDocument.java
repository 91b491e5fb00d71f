package vn.gov.ubnd.workflow.officedocuments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * One document of the office's register, as imported from the e-office system's export.
 *
 * @param direction issued or received
 * @param number its number and symbol ("125/QĐ-UBND"; a received one, the sender's)
 * @param kind the code of its kind ({@link DocumentKinds})
 * @param documentDate the date it bears
 * @param receivedOn the day a received document was entered (counted by it); null for issued ones
 * @param countedOn the day it counts in a period: issued on its date, received on its entry
 * @param signer who signed it
 * @param issuer who sent it (received documents)
 * @param summary its trích yếu
 * @param importedAt when it was imported
 * @param importedBy who imported it (user name)
 */
public record OfficeDocument(
    DocumentDirection direction,
    String number,
    String kind,
    LocalDate documentDate,
    LocalDate receivedOn,
    LocalDate countedOn,
    String signer,
    String issuer,
    String summary,
    OffsetDateTime importedAt,
    String importedBy) {

  /**
   * The same document in any export: its book, number, date and, received, its sender. Overlapping
   * monthly exports therefore add each document once.
   */
  public String id() {
    String key =
        direction.name()
            + "|"
            + OfficeInput.folded(number).replaceAll("\\s+", "")
            + "|"
            + documentDate
            + "|"
            + (issuer == null ? "" : OfficeInput.folded(issuer).replaceAll("\\s+", " "));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return direction.name().toLowerCase(Locale.ROOT)
          + "-"
          + HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
