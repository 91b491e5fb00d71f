/**
 * Job failures worded as Vietnamese incident messages, and the retry policy.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * IncidentMessages}, {@link IncidentProperties}, {@link JobFailurePolicy}.
 */
package vn.gov.ubnd.workflow.incidents;
