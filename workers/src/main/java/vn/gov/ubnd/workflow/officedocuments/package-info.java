/**
 * The office's e-office register of documents issued and received: import, kinds after Decree 30,
 * counts for the reports and the dashboard.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * DocumentDirection}, {@link DocumentFlow}, {@link DocumentFlowText}, {@link DocumentFlows}, {@link
 * DocumentKinds}, {@link OfficeDocument}.
 */
package vn.gov.ubnd.workflow.officedocuments;
