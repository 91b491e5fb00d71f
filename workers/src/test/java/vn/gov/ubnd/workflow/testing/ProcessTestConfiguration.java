package vn.gov.ubnd.workflow.testing;

import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;

/** Replaces the index, the mail outbox and the clock for process tests. */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessTestConfiguration {

  @Bean
  @Primary
  InMemoryDirectiveStore inMemoryDirectiveStore() {
    return new InMemoryDirectiveStore();
  }

  @Bean
  @Primary
  InMemorySourceDocuments inMemorySourceDocuments() {
    return new InMemorySourceDocuments();
  }

  @Bean
  @Primary
  CalculatedDirectiveStatistics calculatedDirectiveStatistics(
      InMemoryDirectiveStore store, WorkingDayCalendar calendar) {
    return new CalculatedDirectiveStatistics(store, calendar);
  }

  @Bean
  @Primary
  CalculatedAgencyFigures calculatedAgencyFigures(
      InMemoryDirectiveStore store, WorkingDayCalendar calendar) {
    return new CalculatedAgencyFigures(store, calendar);
  }

  @Bean
  @Primary
  InMemoryImportStore inMemoryImportStore() {
    return new InMemoryImportStore();
  }

  @Bean
  @Primary
  InMemoryDeliveryRecords inMemoryDeliveryRecords() {
    return new InMemoryDeliveryRecords();
  }

  @Bean
  @Primary
  RecordingNotifier recordingNotifier() {
    return new RecordingNotifier();
  }

  @Bean
  @Primary
  InMemoryDocuments inMemoryDocuments() {
    return new InMemoryDocuments();
  }

  @Bean
  @Primary
  InMemoryMonthlyReports inMemoryMonthlyReports() {
    return new InMemoryMonthlyReports();
  }

  @Bean
  @Primary
  InMemorySessionItems inMemorySessionItems(InMemoryDirectiveStore store) {
    return new InMemorySessionItems(store);
  }

  @Bean
  @Primary
  InMemoryAnswerReports inMemoryAnswerReports() {
    return new InMemoryAnswerReports();
  }

  @Bean
  @Primary
  InMemoryOfficeDocuments inMemoryOfficeDocuments() {
    return new InMemoryOfficeDocuments();
  }

  @Bean
  @Primary
  InMemorySourceProgress inMemorySourceProgress(InMemoryDirectiveStore store) {
    return new InMemorySourceProgress(store);
  }

  @Bean
  @Primary
  MutableClock mutableClock() {
    return new MutableClock(ZoneId.of("Asia/Ho_Chi_Minh"));
  }
}
