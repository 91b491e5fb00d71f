/**
 * Notices and deliveries: the outbox index, optional e-mail, the submission to the Council.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * CouncilSubmitter}, {@link DeliveryRecords}, {@link Notice}, {@link Notifier}, {@link
 * NotifyProperties}, {@link OutboxNotifier}, {@link Recipient}, {@link Submission}.
 */
package vn.gov.ubnd.workflow.notify;
