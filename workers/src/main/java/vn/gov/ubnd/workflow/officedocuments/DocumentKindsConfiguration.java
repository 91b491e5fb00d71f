package vn.gov.ubnd.workflow.officedocuments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.ubnd.workflow.config.DataFiles;
import vn.gov.ubnd.workflow.config.ReferenceDataConfiguration;

/** The table of document kinds, read from the province's data once at start. */
@Configuration(proxyBeanMethods = false)
class DocumentKindsConfiguration {

  @Bean
  DocumentKinds documentKinds(DataFiles files) {
    return ReferenceDataConfiguration.read(files, "document-kinds.yaml", DocumentKinds::read);
  }
}
