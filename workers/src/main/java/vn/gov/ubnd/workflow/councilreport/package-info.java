/**
 * The council answer report: its workers, the petitions' and commitments' figures (indexed and in
 * Java), the reports' text and .docx.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * AnswerReport}, {@link AnswerReportDeadlineWorker}, {@link AnswerReportDraftingWorker}, {@link
 * AnswerReportIssueWorker}, {@link AnswerReportPlanningWorker}, {@link AnswerReportStore}, {@link
 * AnswerReportSubmissionWorker}, {@link CouncilFollowUpFigures}, {@link IndexedCouncilFollowUp},
 * {@link IndexedPetitionFigures}, {@link PetitionFigures}, {@link PetitionOutcome}, {@link
 * PetitionReports}, {@link SessionItems}.
 */
package vn.gov.ubnd.workflow.councilreport;
