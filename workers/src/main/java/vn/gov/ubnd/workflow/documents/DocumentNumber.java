package vn.gov.ubnd.workflow.documents;

/**
 * A number from the outgoing register: "05/BC-UBND".
 *
 * @param year the register's year (the sequence restarts each 1 January)
 * @param sequence the number within the year
 * @param symbol the document's symbol ("BC-UBND")
 */
public record DocumentNumber(int year, int sequence, String symbol) {

  /** At least two digits: 5 prints as 05. */
  public String formatted() {
    return String.format("%02d/%s", sequence, symbol);
  }

  /** The issued file's name: "bao-cao-2026-05-BC-UBND.docx" for the prefix "bao-cao". */
  public String fileName(String prefix) {
    return String.format("%s-%d-%02d-%s.docx", prefix, year, sequence, symbol);
  }
}
