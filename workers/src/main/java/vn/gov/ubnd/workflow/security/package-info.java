/**
 * Token and sign-in checks, the role of every endpoint, 401 and 403 answers in Vietnamese.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * SignedInPerson}, {@link TokenAuthorities}.
 */
package vn.gov.ubnd.workflow.security;
