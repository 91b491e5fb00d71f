/**
 * Documents in the Decree 30/2020 format: the .docx writer, storage, the outgoing register and its
 * numbers.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * DocumentAccess}, {@link DocumentIndex}, {@link DocumentNumber}, {@link DocumentProperties},
 * {@link DocumentStorage}, {@link DocxReportWriter}, {@link IssuedReport}, {@link
 * OutgoingRegister}, {@link PlaceAndDate}, {@link RegisterEntry}, {@link RegisterStore}, {@link
 * ReportDocument}, {@link ReportPicture}, {@link ReportSection}, {@link ReportTable}, {@link
 * StoredFile}, {@link TextCells}.
 */
package vn.gov.ubnd.workflow.documents;
