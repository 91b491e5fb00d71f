/**
 * The project's own failure types: invalid process data, a dependency unavailable; each carries its
 * Vietnamese text.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * DependencyUnavailableException}, {@link InvalidProcessDataException}.
 */
package vn.gov.ubnd.workflow.failures;
