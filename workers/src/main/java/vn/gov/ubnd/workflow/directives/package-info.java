/**
 * Directive tracking: the directive and its events, validation, follow-up and the escalation
 * ladder, the register, statistics and ranking (counted by the index).
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * AgencyFigures}, {@link AgencyFiguresSource}, {@link AgencyRanking}, {@link Contribution}, {@link
 * Directive}, {@link DirectiveClosingWorker}, {@link DirectiveContributionWorker}, {@link
 * DirectiveEvent}, {@link DirectiveExtensionWorker}, {@link DirectiveFilter}, {@link
 * DirectiveInput}, {@link DirectiveProgressWorker}, {@link DirectiveQueries}, {@link
 * DirectiveRegistrationWorker}, {@link DirectiveStatistics}, {@link DirectiveStatisticsSource},
 * {@link DirectiveStore}, {@link DirectiveValidationException}, {@link DirectiveValidator}, {@link
 * FollowUp}, {@link FollowUpPlanner}, {@link FollowUpWorker}, {@link IndexedAgencyRanking}, {@link
 * IndexedDirectiveStatistics}, {@link IndexedDirectiveStore}, {@link IndexedSourceDocumentStore},
 * {@link IndexedSourceProgress}, {@link PetitionCarryOverWorker}, {@link RankingKey}, {@link
 * RankingProperties}, {@link RegisterCriteria}, {@link RegisterSearch}, {@link RegisterState},
 * {@link RegisteredSource}, {@link Shares}, {@link SourceDocument}, {@link SourceDocumentStore},
 * {@link SourceKind}, {@link SourceProgress}, {@link SourceProgressSource}, {@link
 * StatisticsRequest}.
 */
package vn.gov.ubnd.workflow.directives;
