package vn.gov.ubnd.workflow.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link and picture in the README, the guides under docs/ and the runbook reaches a
 * file of the repository, and a link to a heading (#…) reaches a heading of that file, as GitHub
 * names its anchors. A moved or renamed guide breaks the build, not the reader's click.
 */
class DocumentationLinksTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$");

  private static List<Path> documents() throws IOException {
    List<Path> all = new ArrayList<>();
    all.add(ROOT.resolve("README.md"));
    all.add(ROOT.resolve("deploy/README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(all::add);
    }
    return all;
  }

  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
  static String anchor(String heading) {
    return heading
        .replaceAll("`", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
        .replace(' ', '-');
  }

  private static Set<String> anchors(Path file) throws IOException {
    Set<String> anchors = new HashSet<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      Matcher m = HEADING.matcher(line);
      if (!fenced && m.matches()) {
        anchors.add(anchor(m.group(1)));
      }
    }
    return anchors;
  }

  @Test
  void everyLinkReachesItsFileAndHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path document : documents()) {
      String text = Files.readString(document);
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^(https?:|mailto:).*")) {
          continue;
        }
        checked++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String heading = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        String where = ROOT.relativize(document) + ": " + target;
        if (!Files.exists(resolved)) {
          broken.add(where + " (no such file)");
        } else if (heading != null
            && resolved.toString().endsWith(".md")
            && !anchors(resolved).contains(URLDecoder.decode(heading, "UTF-8"))) {
          broken.add(where + " (no such heading)");
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(broken).isEmpty();
  }

  @Test
  void theReadmeStaysAPageAndItsTwoCommandsStayInIt() throws IOException {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    assertThat(readme.size()).isLessThanOrEqualTo(200);
    assertThat(String.join("\n", readme))
        .contains("`deploy/local/stack start`")
        .contains("`mvn verify`");
  }

  @Test
  void anchorsAreNamedAsGitHubNamesThem() {
    assertThat(anchor("The local cluster")).isEqualTo("the-local-cluster");
    assertThat(anchor("Báo cáo quý")).isEqualTo("báo-cáo-quý");
    assertThat(anchor("`report-cycle` — Chu trình")).isEqualTo("report-cycle--chu-trình");
  }
}
