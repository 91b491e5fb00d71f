package vn.gov.ubnd.workflow.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the declared days off and make-up working days from their YAML data file. */
public final class DeclaredDaysFile {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

  private DeclaredDaysFile() {}

  public static List<DeclaredDay> read(InputStream in, String origin) {
    try {
      List<DeclaredDay> days = YAML.readValue(in, new TypeReference<List<DeclaredDay>>() {});
      return days == null ? List.of() : days;
    } catch (ValueInstantiationException e) {
      throw new IllegalArgumentException(
          origin + ": " + e.getCause().getMessage() + " (" + e.getLocation() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
    }
  }
}
