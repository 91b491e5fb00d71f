package vn.gov.ubnd.workflow.portal;

import java.util.Set;
import org.springframework.security.core.Authentication;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.security.SignedInPerson;
import vn.gov.ubnd.workflow.security.TokenAuthorities;

/**
 * The signed-in person as the portal decides what they see: their realm roles and their groups (the
 * candidate groups of the tasks offered to them).
 */
public record Viewer(Person person, Set<AccountRole> roles, Set<String> groups) {

  public static Viewer of(Authentication authentication) {
    return new Viewer(
        SignedInPerson.of(authentication),
        TokenAuthorities.roles(authentication),
        TokenAuthorities.groups(authentication));
  }

  public String username() {
    return person.username();
  }

  public boolean has(AccountRole role) {
    return roles.contains(role);
  }
}
