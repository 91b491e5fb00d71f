package vn.gov.ubnd.workflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.RequestOptions;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.accounts.RealmSync;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.BrowserTest;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.PortalUi;
import vn.gov.ubnd.workflow.it.support.Totp;

/**
 * Keycloak's pages as a vice-chair meets them, with the browser set to English: sign-in with a
 * wrong then the right password, the one-time-password enrolment the realm asks of the role, the
 * portal, a password change refused then accepted, Keycloak's sign-out confirmation, a sign-in with
 * the code, and the portal's sign-out. Every page is in Vietnamese, with no language box and no
 * English word; the screenshots are the guide's.
 */
class SignInBrowserIT extends BrowserTest {

  /**
   * English of Keycloak's pages (not "do", a Vietnamese word too); app names (Google Authenticator
   * ...) are taken out first.
   */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(sign|username|password|email|forgot|remember|log ?in|log ?out|invalid|submit"
              + "|cancel|back|scan|unable|device|one-time|mobile|update|confirm|new|please"
              + "|required|restart|english|you|your|the|figure|barcode|warning|code)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final String APPS = "FreeOTP|Google Authenticator|Microsoft Authenticator";

  private static String userId;
  private static String username;
  private static String password;

  /** A vice-chair of our own, holding the role the sign-in asks a one-time password of. */
  @BeforeAll
  static void aViceChairWhoMustUseAOneTimePassword() throws Exception {
    username = "pct-otp-" + Long.toString(System.nanoTime(), 36);
    password = "Mat-khau-1-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> created =
        createPerson(username, "Hòa", "Trịnh Văn", Accounts.VICE_CHAIR, password);
    assertThat(created.statusCode()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    userId = location.substring(location.lastIndexOf('/') + 1);
    JsonNode role =
        JSON.readTree(
            Accounts.admin(
                    "GET",
                    "/admin/realms/"
                        + Accounts.REALM
                        + "/roles/"
                        + RealmSync.ONE_TIME_PASSWORD_ROLE,
                    null)
                .body());
    assertThat(
            Accounts.admin(
                    "POST",
                    "/admin/realms/" + Accounts.REALM + "/users/" + userId + "/role-mappings/realm",
                    List.of(role))
                .statusCode())
        .isEqualTo(204);
    openBrowser("sign-in", "en-US");
  }

  @AfterAll
  static void removeThePerson() throws Exception {
    if (userId != null) {
      Accounts.admin("DELETE", "/admin/realms/" + Accounts.REALM + "/users/" + userId, null);
    }
  }

  @Test
  void everySignInPageIsVietnameseWhateverTheBrowsersLanguage() {
    Page page = browser.page();
    page.context().clearCookies();
    page.navigate(PortalUi.PORTAL);

    // The sign-in page: the issuing body in full, the office's words, one language only.
    assertThat(page.locator("#kc-header-wrapper")).hasText("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI");
    assertThat(page.locator("#kc-page-title")).containsText("Đăng nhập hệ thống");
    assertThat(page.locator("label[for=username]")).hasText("Tên đăng nhập");
    assertThat(page.locator("label[for=password]")).hasText("Mật khẩu");
    assertThat(page.locator("#kc-login")).hasText("Đăng nhập");
    assertThat(page.locator("#kc-locale, [aria-label*=language i]")).hasCount(0);
    vietnameseOnly("dang-nhap");

    // A wrong password.
    signIn(username, "sai-mat-khau");
    assertThat(page.locator("#input-error, .pf-v5-c-alert, .kc-feedback-text").first())
        .containsText("Tên đăng nhập hoặc mật khẩu không đúng.");
    vietnameseOnly("sai-mat-khau");

    // The right one: the realm asks a vice-chair to set up a one-time password.
    signIn(username, password);
    assertThat(page.locator("#kc-page-title"))
        .containsText("Thiết lập ứng dụng xác thực trên điện thoại");
    assertThat(page.locator("#kc-totp-settings")).containsText("Mở ứng dụng và quét mã QR");
    vietnameseOnly("thiet-lap-otp");
    page.locator("#mode-manual").click();
    Totp phone = new Totp(page.locator("#kc-totp-secret-key").innerText());
    vietnameseOnly("thiet-lap-otp-nhap-khoa");

    page.locator("#totp").fill("000000".equals(phone.code(0)) ? "111111" : "000000");
    page.locator("#userLabel").fill("Điện thoại công vụ");
    page.locator("#saveTOTPBtn").click();
    assertThat(page.locator("#input-error-otp-code")).containsText("Mã xác thực không đúng.");
    vietnameseOnly("ma-otp-sai");
    page.locator("#totp").fill(phone.code(0));
    page.locator("#userLabel").fill("Điện thoại công vụ");
    page.locator("#saveTOTPBtn").click();
    assertThat(page.locator("#menu")).isVisible();
    assertThat(page.locator("#who")).containsText("Trịnh Văn Hòa");
    // The portal's address without its slash leads to the same page.
    page.navigate(LocalStack.WORKERS + "/portal");
    assertThat(page.locator("#menu")).isVisible();

    // A password change from the portal: the policy explained, then the new password taken.
    page.locator("#change-password").click();
    assertThat(page.locator("#kc-page-title")).containsText("Đổi mật khẩu");
    vietnameseOnly("doi-mat-khau");
    page.locator("#password-new").fill("matkhaudai2026");
    page.locator("#password-confirm").fill("matkhaudai2026");
    page.locator("#kc-submit").click();
    assertThat(page.locator("body"))
        .containsText("Mật khẩu không hợp lệ: cần ít nhất 1 ký tự đặc biệt");
    vietnameseOnly("mat-khau-khong-dat");
    String changed = "Mat-khau-moi-2-" + Long.toString(System.nanoTime(), 36);
    page.locator("#password-new").fill(changed);
    page.locator("#password-confirm").fill(changed);
    page.locator("#kc-submit").click();
    assertThat(page.locator("#menu")).isVisible();

    // Keycloak's own sign-out, as a link without the portal would reach it: asked, then done.
    page.navigate(
        Accounts.KEYCLOAK + "/realms/" + Accounts.REALM + "/protocol/openid-connect/logout");
    assertThat(page.locator("body")).containsText("Anh/chị có muốn đăng xuất?");
    vietnameseOnly("xac-nhan-dang-xuat");
    page.locator("#kc-logout").click();
    assertThat(page.locator("body")).containsText("Anh/chị đã đăng xuất");
    vietnameseOnly("da-dang-xuat");

    // Signing in again: the new password, then the code of the phone's next step (a code is good
    // once, and the enrolment used this step's).
    page.navigate(PortalUi.PORTAL);
    signIn(username, changed);
    assertThat(page.locator("label[for=otp]")).hasText("Mã xác thực một lần");
    vietnameseOnly("nhap-ma-otp");
    page.locator("#otp").fill(phone.code(1));
    page.locator("#kc-login").click();
    assertThat(page.locator("#menu")).isVisible();

    // The portal's sign-out ends the Keycloak session too: the next visit asks for the password.
    page.locator("#logout button").click();
    assertThat(page.locator("#username")).isVisible();
    vietnameseOnly("sau-dang-xuat");
  }

  /**
   * The portal follows Keycloak, not the sign-in it once saw: a person moved to another group works
   * for that group, and a person disabled loses the session, both within the access token's
   * lifetime. Here the portal client's tokens live 30 s (the realm's are 5 minutes), so every
   * request refreshes.
   */
  @Test
  void aPersonMovedOrDisabledInKeycloakIsFollowedWithinATokensLifetime() throws Exception {
    String portalClient =
        JSON.readTree(
                Accounts.admin(
                        "GET",
                        "/admin/realms/" + Accounts.REALM + "/clients?clientId=ubnd-portal",
                        null)
                    .body())
            .get(0)
            .path("id")
            .asText();
    String clientPath = "/admin/realms/" + Accounts.REALM + "/clients/" + portalClient;
    String clerk = "stc-tam-" + Long.toString(System.nanoTime(), 36);
    String secret = "Mat-khau-3-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> created = createPerson(clerk, "Lan", "Đinh Thị", Accounts.FINANCE, secret);
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    String userPath = "/admin/realms/" + Accounts.REALM + "/users/" + id;
    try {
      assertThat(lifespan(clientPath, "30")).isEqualTo(204);
      Page page = browser.page();
      page.context().clearCookies();
      page.navigate(PortalUi.PORTAL);
      signIn(clerk, secret);
      assertThat(page.locator("#menu")).isVisible();
      assertThat(me().path("groups").toString()).contains(Accounts.FINANCE);

      // CSRF is skipped for a bearer token only: the session cookie with a Basic header and no
      // CSRF token is refused as a forged request.
      APIResponse forged =
          page.context()
              .request()
              .post(
                  LocalStack.WORKERS + "/api/portal/tasks/1/open",
                  RequestOptions.create()
                      .setHeader("Accept", "application/json")
                      .setHeader("Authorization", "Basic dGVzdDp0ZXN0")
                      .setData("{}"));
      assertThat(forged.status()).isEqualTo(403);
      assertThat(forged.text()).contains("mã chống giả mạo");

      // Moved from finance to home affairs: the next request works for home affairs.
      Accounts.admin("DELETE", userPath + "/groups/" + groupId(Accounts.FINANCE), null);
      Accounts.admin("PUT", userPath + "/groups/" + groupId(Accounts.HOME_AFFAIRS), null);
      JsonNode moved = me();
      assertThat(moved.path("groups").toString())
          .contains(Accounts.HOME_AFFAIRS)
          .doesNotContain(Accounts.FINANCE);

      // Disabled: the session ends; the portal answers 401 and the page asks for a sign-in.
      Accounts.admin("PUT", userPath, Map.of("enabled", false));
      assertThat(
              page.context()
                  .request()
                  .get(
                      LocalStack.WORKERS + "/api/portal/me",
                      RequestOptions.create().setHeader("Accept", "application/json"))
                  .status())
          .isEqualTo(401);
      try {
        page.navigate(PortalUi.PORTAL);
      } catch (PlaywrightException e) {
        // The page, loading, may already send itself to the sign-in page (its session is gone),
        // which aborts the navigation asked for here (CI, 3 December): only that is expected.
        if (!e.getMessage().contains("ERR_ABORTED")) {
          throw e;
        }
      }
      assertThat(page.locator("#username")).isVisible();
    } finally {
      lifespan(clientPath, "");
      Accounts.admin("DELETE", userPath, null);
    }
  }

  /**
   * Sets the portal client's token lifetime ("" for the realm's), sending the whole client as read:
   * Keycloak resets what a partial update leaves out (front-channel logout came back on).
   */
  private static int lifespan(String clientPath, String seconds) throws Exception {
    ObjectNode client = (ObjectNode) JSON.readTree(Accounts.admin("GET", clientPath, null).body());
    client.with("attributes").put("access.token.lifespan", seconds);
    return Accounts.admin("PUT", clientPath, client).statusCode();
  }

  /** A person of the realm in the group, with a password of their own; answers Keycloak's reply. */
  private static HttpResponse<String> createPerson(
      String username, String firstName, String lastName, String group, String password)
      throws Exception {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("username", username);
    person.put("firstName", firstName);
    person.put("lastName", lastName);
    person.put("email", username + "@ubnd.example");
    person.put("emailVerified", true);
    person.put("enabled", true);
    person.put("groups", List.of("/" + group));
    person.put(
        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
    return Accounts.admin("POST", "/admin/realms/" + Accounts.REALM + "/users", person);
  }

  private static JsonNode me() throws Exception {
    APIResponse answer =
        browser
            .page()
            .context()
            .request()
            .get(
                LocalStack.WORKERS + "/api/portal/me",
                RequestOptions.create().setHeader("Accept", "application/json"));
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return JSON.readTree(answer.text());
  }

  private static String groupId(String name) throws Exception {
    return JSON.readTree(
            Accounts.admin(
                    "GET",
                    "/admin/realms/" + Accounts.REALM + "/groups?exact=true&search=" + name,
                    null)
                .body())
        .get(0)
        .path("id")
        .asText();
  }

  private static void signIn(String user, String secret) {
    Page page = browser.page();
    page.locator("#username").fill(user);
    page.locator("#password").fill(secret);
    page.locator("#kc-login").click();
  }

  /** No English word on the page, read aloud or shown, and a screenshot of it. */
  private static void vietnameseOnly(String screen) {
    Page page = browser.page();
    // The theme's script names the QR code in Vietnamese once the page has loaded.
    page.waitForLoadState();
    String text =
        page.title()
            + "\n"
            + page.locator("body").innerText()
            + "\n"
            + page.evaluate(
                "() => [...document.querySelectorAll('[aria-label],[placeholder],[title],[alt],"
                    + "input[type=submit]')].map(e => [e.getAttribute('aria-label'),"
                    + " e.getAttribute('placeholder'), e.getAttribute('title'),"
                    + " e.getAttribute('alt'), e.type === 'submit' ? e.value : null]"
                    + ".filter(Boolean).join(' ')).join('\\n')");
    Matcher english = ENGLISH.matcher(text.replaceAll(APPS, ""));
    if (english.find()) {
      throw new AssertionError(
          "English \"" + english.group() + "\" on Keycloak's page " + screen + ":\n" + text);
    }
    browser.screenshot(screen);
  }
}
