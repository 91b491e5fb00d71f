package vn.gov.ubnd.workflow.directives.imports;

/**
 * A directive id taken by one row of one import: the first row of any upload to name the id starts
 * it, every later one (the same file again, an overlapping list, a repeated row) is told where it
 * was taken.
 *
 * @param directiveId the id claimed
 * @param importId the import whose row claimed it
 * @param row that row
 */
public record ImportClaim(String directiveId, String importId, int row) {

  boolean heldBy(String importId, int row) {
    return this.importId.equals(importId) && this.row == row;
  }
}
