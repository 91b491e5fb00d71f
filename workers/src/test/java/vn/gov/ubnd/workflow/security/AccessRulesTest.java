package vn.gov.ubnd.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.documents.DocumentAccess;

/** The pure rules under the endpoints: token to authorities, who reads which document. */
class AccessRulesTest {

  @Test
  void aTokensRealmRolesAndGroupsBecomeAuthorities() {
    Jwt jwt =
        new Jwt(
            "t",
            Instant.now(),
            Instant.now().plusSeconds(60),
            Map.of("alg", "RS256"),
            Map.of(
                "sub",
                "1",
                "preferred_username",
                "so-tai-chinh-1",
                "realm_access",
                Map.of("roles", List.of("department", "offline_access")),
                "groups",
                List.of("so-tai-chinh")));
    var authentication = new TokenAuthorities().convert(jwt);
    assertThat(authentication.getName()).isEqualTo("so-tai-chinh-1");
    assertThat(authentication.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder("ROLE_department", "ROLE_offline_access", "GROUP_so-tai-chinh");
  }

  @Test
  void aDraftIsForTheOfficeAndLeadersAndAnIssuedReportForEveryRole() {
    String draft = "bao-cao-2251799813685251" + DocumentAccess.DRAFT_MARK + "2.docx";
    String issued = "bao-cao-2026-03-bc-ubnd.docx";
    assertThat(DocumentAccess.mayRead(draft, EnumSet.of(AccountRole.DEPARTMENT))).isFalse();
    assertThat(DocumentAccess.mayRead(draft, EnumSet.of(AccountRole.OFFICE))).isTrue();
    assertThat(DocumentAccess.mayRead(draft, EnumSet.of(AccountRole.LEADER))).isTrue();
    assertThat(DocumentAccess.mayRead(draft, EnumSet.of(AccountRole.MANAGER))).isTrue();
    assertThat(DocumentAccess.mayRead(issued, EnumSet.of(AccountRole.DEPARTMENT))).isTrue();
    assertThat(DocumentAccess.mayRead(issued, EnumSet.noneOf(AccountRole.class))).isFalse();
  }

  @Test
  void theCouncilStandInsTokenMustMatchExactly() {
    assertThat(SecurityConfiguration.sharedTokenMatches("abc123", "Bearer abc123")).isTrue();
    assertThat(SecurityConfiguration.sharedTokenMatches("abc123", "Bearer abc1234")).isFalse();
    assertThat(SecurityConfiguration.sharedTokenMatches("abc123", null)).isFalse();
    assertThat(SecurityConfiguration.sharedTokenMatches("", "Bearer ")).isFalse();
    assertThat(SecurityConfiguration.sharedTokenMatches(null, "Bearer null")).isFalse();
  }

  @Test
  void aTokenThatCannotBeCheckedIsAnOutageNotTheCallersFault() throws Exception {
    var response = new MockHttpServletResponse();
    JsonSecurityErrors.tokenFailures()
        .onAuthenticationFailure(
            new MockHttpServletRequest(),
            response,
            new AuthenticationServiceException("Couldn't retrieve remote JWK set"));
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("máy chủ tài khoản (Keycloak) không trả lời")
        .doesNotContain("JWK");
    var bad = new MockHttpServletResponse();
    var request = new MockHttpServletRequest();
    request.addHeader("Authorization", "Bearer x");
    JsonSecurityErrors.tokenFailures()
        .onAuthenticationFailure(request, bad, new InvalidBearerTokenException("expired"));
    assertThat(bad.getStatus()).isEqualTo(401);
    assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("hết hạn");
  }
}
