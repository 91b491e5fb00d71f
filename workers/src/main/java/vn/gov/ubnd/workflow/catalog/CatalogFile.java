package vn.gov.ubnd.workflow.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the catalog from its YAML data file. */
public final class CatalogFile {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private CatalogFile() {}

  private record Content(
      Province province,
      Office office,
      List<Leader> leaders,
      List<Department> departments,
      SignIn signIn,
      List<CouncilField> councilFields) {}

  public static Catalog read(InputStream in, String origin) {
    try {
      Content content = YAML.readValue(in, Content.class);
      if (content.province() == null || content.office() == null) {
        throw new IllegalArgumentException(origin + ": province and office are required");
      }
      return new Catalog(
          content.province(),
          content.office(),
          content.departments() == null ? List.of() : content.departments(),
          content.leaders() == null ? List.of() : content.leaders(),
          content.signIn() == null ? SignIn.DEFAULT : content.signIn(),
          content.councilFields() == null ? List.of() : content.councilFields());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the catalog " + origin + ": " + e.getMessage(), e);
    }
  }
}
