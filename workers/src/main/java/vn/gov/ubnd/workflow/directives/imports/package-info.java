/**
 * Bulk import of directive lists: streamed reading of CSV and .xlsx, claims, the background runner,
 * verdicts and the verdict workbook.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * DirectiveImport}, {@link DirectiveImports}, {@link ImportClaim}, {@link ImportProperties}, {@link
 * ImportRefusedException}, {@link ImportStore}, {@link RowVerdict}, {@link TableReader}.
 */
package vn.gov.ubnd.workflow.directives.imports;
