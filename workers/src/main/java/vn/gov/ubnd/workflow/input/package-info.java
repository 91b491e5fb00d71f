/**
 * How typed values are read and their mistakes worded, the same in every form, the API and an
 * imported row; dates as the office writes them.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link OfficeInput}.
 */
package vn.gov.ubnd.workflow.input;
