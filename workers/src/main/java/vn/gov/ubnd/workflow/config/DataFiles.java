package vn.gov.ubnd.workflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Opens a data file from the configured folder, or else from the samples on the classpath. */
@Component
public class DataFiles {

  private final DataProperties properties;

  public DataFiles(DataProperties properties) {
    this.properties = properties;
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
      ClassPathResource sample = new ClassPathResource("data/" + name);
      return new DataFile(sample.getInputStream(), "classpath:data/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException("data file " + name + " cannot be read: " + e.getMessage(), e);
    }
  }
}
