/**
 * Start-up: Camunda targets and the connection check, data files, storage folders, the clock, and
 * the failure analysers that explain a refused start in words.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * CamundaConnectionFailureAnalyzer}, {@link DataFiles}, {@link MissingProfileFailureAnalyzer},
 * {@link ReferenceDataConfiguration}, {@link SampleDataFailureAnalyzer}, {@link
 * StorageFolderException}, {@link StorageFolderFailureAnalyzer}.
 */
package vn.gov.ubnd.workflow.config;
