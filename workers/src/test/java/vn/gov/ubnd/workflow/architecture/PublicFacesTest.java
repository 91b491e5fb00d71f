package vn.gov.ubnd.workflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each feature package shows other packages a few types, named in its {@code package-info.java};
 * the rest is package-private, so the compiler refuses a use from elsewhere. A type made public
 * without being named there fails here: widening a feature's face is a decision a reviewer sees.
 */
class PublicFacesTest {

  private static final Path SOURCES = Path.of("src/main/java/vn/gov/ubnd/workflow");
  private static final Pattern LINK = Pattern.compile("\\{@link\\s+(?:\\*\\s*)?(\\w+)}");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("vn.gov.ubnd.workflow");
  }

  @Test
  void everyFeaturePackageNamesItsPublicFace() throws IOException {
    List<String> without = new ArrayList<>();
    for (Path folder : featureFolders()) {
      if (!Files.exists(folder.resolve("package-info.java"))) {
        without.add(SOURCES.relativize(folder).toString());
      }
    }
    assertThat(without).as("feature packages without a package-info.java").isEmpty();
  }

  @Test
  void thePublicTypesAreExactlyThoseThePackageNames() throws IOException {
    List<String> differences = new ArrayList<>();
    for (Path folder : featureFolders()) {
      Path info = folder.resolve("package-info.java");
      if (!Files.exists(info)) {
        continue;
      }
      String packageName =
          "vn.gov.ubnd.workflow." + SOURCES.relativize(folder).toString().replace('/', '.');
      Set<String> named = named(Files.readString(info));
      Set<String> isPublic = publicTypes(packageName);
      if (!named.equals(isPublic)) {
        Set<String> unnamed = new TreeSet<>(isPublic);
        unnamed.removeAll(named);
        Set<String> notPublic = new TreeSet<>(named);
        notPublic.removeAll(isPublic);
        differences.add(
            packageName
                + ": public but not named "
                + unnamed
                + ", named but not public "
                + notPublic);
      }
    }
    assertThat(differences).isEmpty();
  }

  /** The types linked in the package's "Public face" paragraph. */
  static Set<String> named(String packageInfo) {
    int face = packageInfo.indexOf("Public face");
    Set<String> names = new TreeSet<>();
    if (face < 0) {
      return names;
    }
    Matcher link = LINK.matcher(packageInfo.substring(face));
    while (link.find()) {
      names.add(link.group(1));
    }
    return names;
  }

  private static Set<String> publicTypes(String packageName) {
    Set<String> names = new TreeSet<>();
    for (JavaClass type : classes) {
      if (type.getPackageName().equals(packageName)
          && type.isTopLevelClass()
          && type.getModifiers().contains(JavaModifier.PUBLIC)
          && !type.getSimpleName().equals("package-info")) {
        names.add(type.getSimpleName());
      }
    }
    return names;
  }

  private static List<Path> featureFolders() throws IOException {
    try (Stream<Path> all = Files.walk(SOURCES)) {
      return all.filter(Files::isDirectory)
          .filter(folder -> !folder.equals(SOURCES))
          .filter(PublicFacesTest::holdsJava)
          .sorted()
          .toList();
    }
  }

  private static boolean holdsJava(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theNamesAreReadFromThePublicFaceParagraphOnly() {
    assertThat(
            named(
                "/** Uses {@link Other}.\n *\n * <p>Public face: {@link Query}, {@link\n"
                    + " * SearchClient}. */"))
        .containsExactly("Query", "SearchClient");
  }
}
