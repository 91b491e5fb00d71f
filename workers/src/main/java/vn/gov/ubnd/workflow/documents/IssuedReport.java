package vn.gov.ubnd.workflow.documents;

import java.time.LocalDate;

/**
 * A signed report numbered and written in its final form, as the monthly report's and the council
 * answers' issuing return it.
 *
 * @param number in its series, e.g. 15/BC-UBND
 * @param issuedOn the day it took its number
 * @param file the final document
 * @param signerName who signed
 */
public record IssuedReport(
    DocumentNumber number, LocalDate issuedOn, StoredFile file, String signerName) {

  /**
   * As the process holds it: "15/BC-UBND", the ISO date, the file's name and address, the signer.
   */
  public record Variables(
      String documentNumber,
      String issuedOn,
      String finalDocumentName,
      String finalDocumentUrl,
      String signerName) {}

  public Variables variables() {
    return new Variables(
        number.formatted(), issuedOn.toString(), file.name(), file.url(), signerName);
  }
}
