/**
 * Start forms: the processes a person may start, and starting them.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * StartFormService}, {@link StartableProcess}.
 */
package vn.gov.ubnd.workflow.portal.start;
