/**
 * The portal's dashboard: statistics, rankings, source documents, documents by month, within what
 * the person may see.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * DashboardScope}.
 */
package vn.gov.ubnd.workflow.portal.dashboard;
