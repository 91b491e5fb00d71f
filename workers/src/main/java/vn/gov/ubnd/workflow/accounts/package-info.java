/**
 * The Keycloak realm kept in line with the catalog (groups, roles, people), and the person a token
 * or a session names.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link AccountRole},
 * {@link Person}, {@link RealmDefinition}, {@link RealmSync}.
 */
package vn.gov.ubnd.workflow.accounts;
