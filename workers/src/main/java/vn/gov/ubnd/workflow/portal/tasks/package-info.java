/**
 * A person's tasks: the list from Tasklist without a cap, claims, a task's form and its completion.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): none.
 */
package vn.gov.ubnd.workflow.portal.tasks;
