/**
 * The portal's register screens: search, a directive's and a source document's page, contributions,
 * attachments.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): none.
 */
package vn.gov.ubnd.workflow.portal.register;
