/**
 * The province's departments, leaders, office and Council fields, read from catalog.yaml.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link Catalog},
 * {@link CatalogFile}, {@link CouncilField}, {@link Department}, {@link Leader}, {@link Office},
 * {@link Province}, {@link SignIn}.
 */
package vn.gov.ubnd.workflow.catalog;
