/**
 * Camunda Forms as the portal shows them (schemas from the deployed forms).
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link FormSchema}.
 */
package vn.gov.ubnd.workflow.portal.forms;
