/**
 * Voters' petitions and questioning commitments: their fields, kinds, answer categories and the
 * Standing Committee's lists.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * AnswerCategory}, {@link CouncilItem}, {@link CouncilItemInput}, {@link CouncilItemKind}, {@link
 * CouncilItemReader}, {@link CouncilProperties}, {@link RoundTiming}.
 */
package vn.gov.ubnd.workflow.council;
