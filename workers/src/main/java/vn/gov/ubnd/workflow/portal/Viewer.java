package vn.gov.ubnd.workflow.portal;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
    Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
    Set<String> groups = new TreeSet<>();
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      String name = authority.getAuthority();
      if (name.startsWith(TokenAuthorities.GROUP_PREFIX)) {
        groups.add(name.substring(TokenAuthorities.GROUP_PREFIX.length()));
      }
      for (AccountRole role : AccountRole.values()) {
        if (name.equals("ROLE_" + role.roleName())) {
          roles.add(role);
        }
      }
    }
    return new Viewer(SignedInPerson.of(authentication), roles, groups);
  }

  public String username() {
    return person.username();
  }

  public boolean has(AccountRole role) {
    return roles.contains(role);
  }
}
