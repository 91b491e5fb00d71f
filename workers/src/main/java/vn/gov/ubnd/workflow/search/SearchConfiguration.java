package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search client, unless a test brings its own store. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  SearchClient searchClient(SearchProperties properties, ObjectMapper json) {
    return new SearchClient(properties, json);
  }
}
