package vn.gov.ubnd.workflow.reportcycle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.ubnd.workflow.config.DataFiles;
import vn.gov.ubnd.workflow.config.ReferenceDataConfiguration;

/** The report templates, read from the province's data once at start (config knows no feature). */
@Configuration(proxyBeanMethods = false)
class ReportTemplatesConfiguration {

  @Bean
  ReportTemplates reportTemplates(DataFiles files) {
    return ReferenceDataConfiguration.read(files, "report-templates.yaml", ReportTemplates::read);
  }
}
