/**
 * Files attached to contributions and source documents: kinds checked by extension and first bytes,
 * size limits, storage and their records.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link Attachment},
 * {@link AttachmentKind}, {@link AttachmentRefusedException}, {@link AttachmentStore}, {@link
 * FileLink}, {@link Upload}.
 */
package vn.gov.ubnd.workflow.attachments;
