/**
 * How jobs are run: a thread per job held, a capacity per job type so that no backlog holds up
 * another.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * JobExecutionProperties}, {@link JobHandlerExecutor}.
 */
package vn.gov.ubnd.workflow.jobs;
