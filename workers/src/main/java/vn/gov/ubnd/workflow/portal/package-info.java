/**
 * The staff portal's shell: the person signed in, the pages, refusals as Vietnamese answers.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * PortalProperties}, {@link PortalRefusal}, {@link Viewer}.
 */
package vn.gov.ubnd.workflow.portal;
