package vn.gov.ubnd.workflow.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.gov.ubnd.workflow.accounts.AccountRole;

/**
 * A Keycloak token as the application authorises it: the realm roles (realm_access.roles) become
 * ROLE_office, ROLE_department, ...; the groups (the Tasklist candidate groups) GROUP_so-tai-chinh;
 * the person is named by the username.
 */
public final class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

  public static final String GROUP_PREFIX = "GROUP_";

  /** The realm roles an authenticated person holds (none for null). */
  public static Set<AccountRole> roles(Authentication authentication) {
    Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
    if (authentication == null) {
      return roles;
    }
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      for (AccountRole role : AccountRole.values()) {
        if (authority.getAuthority().equals("ROLE_" + role.roleName())) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  /** The groups (candidate groups) an authenticated person belongs to. */
  public static Set<String> groups(Authentication authentication) {
    Set<String> groups = new TreeSet<>();
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      if (authority.getAuthority().startsWith(GROUP_PREFIX)) {
        groups.add(authority.getAuthority().substring(GROUP_PREFIX.length()));
      }
    }
    return groups;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    Object realmAccess = jwt.getClaims().get("realm_access");
    if (realmAccess instanceof Map<?, ?> access
        && access.get("roles") instanceof Collection<?> roles) {
      for (Object role : roles) {
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
      }
    }
    List<String> groups = jwt.getClaimAsStringList("groups");
    if (groups != null) {
      for (String group : groups) {
        authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + group.replaceFirst("^/", "")));
      }
    }
    String username = jwt.getClaimAsString("preferred_username");
    return new JwtAuthenticationToken(
        jwt, authorities, username == null ? jwt.getSubject() : username);
  }
}
