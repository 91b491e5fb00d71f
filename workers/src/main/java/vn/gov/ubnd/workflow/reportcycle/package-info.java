/**
 * The report cycle to the Council: templates per kind, sections assigned and reviewed, the figures
 * the system holds, the compiled .docx, sign-off, number and submission.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link ChairSigner},
 * {@link CouncilSubmissionWorker}, {@link DraftSection}, {@link IndicatorRule}, {@link
 * ReportCompilationWorker}, {@link ReportCompiler}, {@link ReportCycleOpeningWorker}, {@link
 * ReportCycleProperties}, {@link ReportFigures}, {@link ReportFollowUpWorker}, {@link
 * ReportIssueWorker}, {@link ReportKind}, {@link ReportTemplate}, {@link ReportTemplates}, {@link
 * ReportingPeriod}, {@link SectionOutcome}, {@link SectionResponse}, {@link SectionResult}, {@link
 * SectionReviewWorker}, {@link TemplateSection}.
 */
package vn.gov.ubnd.workflow.reportcycle;
