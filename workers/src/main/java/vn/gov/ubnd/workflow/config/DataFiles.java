package vn.gov.ubnd.workflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Opens a data file from the configured folder, or else (on the local stack only) from the samples
 * on the classpath.
 */
@Component
public class DataFiles {

  private final DataProperties properties;

  /** The files a province provides; outside the local stack all must be in the data folder. */
  static final List<String> PROVINCE_FILES =
      List.of(
          "catalog.yaml",
          "report-templates.yaml",
          "document-kinds.yaml",
          "calendar/declared-days.yaml");

  public DataFiles(DataProperties properties) {
    this.properties = properties;
    if (!properties.samplesAllowed()) {
      List<String> missing = PROVINCE_FILES.stream().filter(name -> !inFolder(name)).toList();
      if (!missing.isEmpty()) {
        throw new SampleDataRefusedException(String.join(", ", missing), properties.folder());
      }
    }
  }

  private boolean inFolder(String name) {
    return properties.folder() != null
        && !properties.folder().isBlank()
        && Files.isRegularFile(Path.of(properties.folder()).resolve(name));
  }

  /** A data file with its origin, for messages that say which file is wrong. */
  public record DataFile(InputStream stream, String origin) {}

  public DataFile open(String name) {
    try {
      if (properties.folder() != null && !properties.folder().isBlank()) {
        Path file = Path.of(properties.folder()).resolve(name);
        if (Files.isRegularFile(file)) {
          return new DataFile(Files.newInputStream(file), file.toString());
        }
      }
      if (!properties.samplesAllowed()) {
        throw new SampleDataRefusedException(name, properties.folder());
      }
      ClassPathResource sample = new ClassPathResource("data/" + name);
      return new DataFile(sample.getInputStream(), "classpath:data/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException("data file " + name + " cannot be read: " + e.getMessage(), e);
    }
  }
}
