package vn.gov.ubnd.workflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class of the application grows past about 250 lines only with its reason written in it (a
 * "Size:" paragraph of its documentation); otherwise it is split by responsibility.
 */
class ClassSizeTest {

  private static final int LINES = 250;

  @Test
  void aLongClassSaysWhyItIsOne() throws Exception {
    List<String> unexplained;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      unexplained =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> lines(f).size() > LINES)
              .filter(f -> lines(f).stream().noneMatch(l -> l.startsWith(" * <p>Size: ")))
              .map(f -> f + " (" + lines(f).size() + " lines)")
              .toList();
    }
    assertThat(unexplained).as("classes over %d lines without a stated reason", LINES).isEmpty();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
