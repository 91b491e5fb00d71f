package vn.gov.ubnd.workflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.ubnd.workflow.calendar.DeclaredDaysFile;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;

/** The province's data, read once at start: a broken file stops the start with its name. */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

  @Bean
  Catalog catalog(DataFiles files) {
    return read(files, "catalog.yaml", CatalogFile::read);
  }

  @Bean
  WorkingDayCalendar workingDayCalendar(DataFiles files) {
    return new WorkingDayCalendar(
        read(files, "calendar/declared-days.yaml", DeclaredDaysFile::read));
  }

  /** A data file read by its reader; a feature package reads its own files through this. */
  public static <T> T read(
      DataFiles files, String name, BiFunction<InputStream, String, T> reader) {
    DataFiles.DataFile file = files.open(name);
    try (InputStream in = file.stream()) {
      return reader.apply(in, file.origin());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
