/**
 * The office's monthly direction report: period, figures, charts, draft, sign-off, number and mail.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * MonthlyReport}, {@link MonthlyReportDraftingWorker}, {@link MonthlyReportIssueWorker}, {@link
 * MonthlyReportMailWorker}, {@link MonthlyReportStore}.
 */
package vn.gov.ubnd.workflow.monthlyreport;
