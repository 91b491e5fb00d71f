package vn.gov.ubnd.workflow.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A Keycloak token as the application authorises it: the realm roles (realm_access.roles) become
 * ROLE_office, ROLE_department, ...; the groups (the Tasklist candidate groups) GROUP_so-tai-chinh;
 * the person is named by the username.
 */
public final class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

  public static final String GROUP_PREFIX = "GROUP_";

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
