package vn.gov.ubnd.workflow.portal;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.portal.start.StartFormService;

/** Who is signed in and what the portal offers them. */
@RestController
@RequestMapping("/api/portal")
@EnableConfigurationProperties(PortalProperties.class)
class PortalController {

  private final StartFormService starts;
  private final PortalProperties properties;

  public PortalController(StartFormService starts, PortalProperties properties) {
    this.starts = starts;
    this.properties = properties;
  }

  /**
   * The signed-in person.
   *
   * @param roles their roles in words
   * @param mayStart processes they may start (ids)
   * @param mayImport may upload a directive list
   * @param operateUrl Operate's address, for managers only
   * @param csrfToken the token every change sends back (header X-XSRF-TOKEN)
   */
  public record Me(
      String username,
      String fullName,
      List<String> roles,
      List<String> groups,
      List<String> mayStart,
      boolean mayImport,
      String operateUrl,
      String csrfToken) {}

  @GetMapping("/me")
  public Me me(Authentication user, CsrfToken csrf) {
    Viewer viewer = Viewer.of(user);
    return new Me(
        viewer.username(),
        viewer.person().fullName(),
        viewer.roles().stream().map(AccountRole::label).toList(),
        List.copyOf(viewer.groups()),
        starts.startable(viewer).stream().map(p -> p.bpmnProcessId()).toList(),
        viewer.has(AccountRole.OFFICE),
        viewer.has(AccountRole.MANAGER) ? properties.operateUrl() : null,
        csrf.getToken());
  }
}
