package vn.gov.ubnd.workflow.it.support;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright, as a Vietnamese office user sees the stack:
 * browser language vi-VN, time zone of Vietnam. Playwright never downloads a browser here. Every
 * screenshot is a full page, numbered in the order taken, under target/screenshots/{name}/.
 */
public final class BrowserSession implements AutoCloseable {

  /** Without the background-networking flags Chromium floods the closed network with requests. */
  private static final List<String> CHROMIUM_FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private final Playwright playwright;
  private final Browser browser;
  private final BrowserContext context;
  private final Page page;
  private final Path screenshots;
  private int taken;

  public BrowserSession(String name) {
    this(name, "vi-VN");
  }

  /** As above, with another browser language (the portal must not depend on it). */
  public BrowserSession(String name, String locale) {
    Path chromium = Path.of(System.getProperty("browser.executable", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      throw new IllegalStateException(
          chromium
              + " is missing: the browser tests need Debian's Chromium"
              + " (apt-get install chromium; .ci/run installs it)");
    }
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_FLAGS));
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale(locale)
                .setTimezoneId("Asia/Ho_Chi_Minh")
                // Tall enough that Tasklist's start-form dialog shows whole on the screenshots.
                .setViewportSize(1400, 2000)
                .setAcceptDownloads(true));
    context.setDefaultTimeout(30_000);
    // Operate and Tasklist refresh their lists every few seconds: assertions wait that long.
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    page = context.newPage();
    screenshots =
        Path.of(System.getProperty("screenshots.dir", "target/screenshots")).resolve(name);
    try {
      Files.createDirectories(screenshots);
      // Only this run's screens: numbers restart at 01.
      try (var old = Files.list(screenshots)) {
        for (Path file : old.filter(f -> f.toString().endsWith(".png")).toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Page page() {
    return page;
  }

  /** Saves a full-page screenshot named after the screen it shows; returns its path. */
  public Path screenshot(String screen) {
    Path file = screenshots.resolve(String.format("%02d-%s.png", ++taken, screen));
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  /**
   * Fetches what a link points to with the browser's own session, as a click on it would: the
   * form's links open a new tab whose download Chromium closes at once, out of Playwright's reach.
   */
  public APIResponse follow(Locator link) {
    return context.request().get(link.getAttribute("href"));
  }

  /** A file a link downloaded: its suggested name and its bytes. */
  public record Downloaded(String fileName, byte[] content) {}

  /**
   * Follows a document link as a person does: the worker application sends the browser to
   * Keycloak's sign-in page, the person signs in, and the browser comes back to the file, which
   * downloads. Later links reuse the session.
   */
  public Downloaded followSigningIn(Locator link, String username, String password) {
    String href = link.getAttribute("href");
    Page tab = context.newPage();
    try {
      Download download =
          tab.waitForDownload(
              () -> {
                try {
                  tab.navigate(href);
                } catch (PlaywrightException e) {
                  // The navigation ends in a download, not a page: expected once signed in.
                }
                Locator user = tab.locator("#username");
                if (user.isVisible()) {
                  user.fill(username);
                  tab.locator("#password").fill(password);
                  tab.locator("#kc-login").click();
                }
              });
      return new Downloaded(download.suggestedFilename(), Files.readAllBytes(download.path()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      tab.close();
    }
  }

  /** Logs in to the single application's login page (shared by Tasklist and Operate). */
  public void login(String app, String username, String password) {
    page.navigate(LocalStack.CAMUNDA + "/" + app);
    // Signed out, the app sends the browser to its login form; signed in, it draws its navigation
    // with a "Processes" link. Wait for one of the two before deciding.
    Locator usernameField = page.locator("input[name=\"username\"]");
    Locator signedIn =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Processes"));
    usernameField.or(signedIn).first().waitFor();
    if (!usernameField.isVisible()) {
      return; // Tasklist and Operate share one session.
    }
    usernameField.fill(username);
    page.locator("input[name=\"password\"]").fill(password);
    page.locator("button[type=\"submit\"]").click();
    page.waitForURL(url -> !url.contains("login"));
  }

  /** True when the page shows the login form: the session is gone. */
  public boolean atLogin() {
    return page.url().contains("login") || page.locator("input[name=\"username\"]").isVisible();
  }

  @Override
  public void close() {
    context.close();
    browser.close();
    playwright.close();
  }
}
