package vn.gov.ubnd.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph as the project keeps it: the pure packages know nothing of Camunda or Spring's
 * web layer, only the adapter package knows a Camunda line's task API, and no two feature packages
 * depend on each other in a circle.
 */
class ModularityTest {

  private static final String BASE = "vn.gov.ubnd.workflow";

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            // Main classes only, from target/classes or, on the 8.8 build,
            // target/camunda-8.8/classes
            // (ArchUnit's own test filter knows only target/test-classes).
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages(BASE);
  }

  @Test
  void calendarCatalogAndDocumentsKnowNothingOfCamunda() {
    noClasses()
        .that()
        .resideInAnyPackage(BASE + ".calendar..", BASE + ".catalog..", BASE + ".documents..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.camunda..")
        .check(classes);
  }

  @Test
  void calendarAndCatalogArePlainJava() {
    noClasses()
        .that()
        .resideInAnyPackage(BASE + ".calendar..", BASE + ".catalog..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", BASE + ".search..", BASE + ".portal..")
        .check(classes);
  }

  @Test
  void onlyTheAdapterTalksToTasklistAndThePortalKnowsNoCamundaClient() {
    noClasses()
        .that()
        .resideInAnyPackage(BASE + ".portal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.camunda..")
        .check(classes);
  }

  /**
   * A worker or a feature's service reports bad process data with the project's own type, which
   * carries its Vietnamese text; a JDK exception there would read as a programming fault.
   */
  /**
   * One code base for 8.6 and 8.8: outside the line's adapter, the code uses only what both lines'
   * SDKs ship (the worker annotations, the BPMN error and {@code ActivatedJob} as job-handler
   * parameter, which the 8.8 SDK still resolves), never a client, its commands or its properties.
   */
  @Test
  void onlyTheLineAdapterKnowsTheCamundaClient() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".camunda.line..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "a Camunda client, its commands, job handling or properties",
                (JavaClass type) ->
                    (type.getPackageName().startsWith("io.camunda.client")
                            || type.getPackageName().startsWith("io.camunda.zeebe.client")
                            || type.getPackageName().startsWith("io.camunda.zeebe.spring.client")
                            || type.getPackageName().startsWith("io.camunda.spring"))
                        && !type.getPackageName()
                            .equals("io.camunda.zeebe.spring.client.annotation")
                        && !type.getName()
                            .equals("io.camunda.zeebe.client.api.response.ActivatedJob")))
        .check(classes);
  }

  @Test
  void workersAndServicesFailWithTheProjectsOwnTypes() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Worker")
        .or()
        .haveSimpleNameEndingWith("Service")
        .should()
        .callConstructor(IllegalArgumentException.class, String.class)
        .orShould()
        .callConstructor(IllegalArgumentException.class)
        .check(classes);
  }

  /** The monthly report's rules, like the other features' documents, know no Camunda. */
  @Test
  void theMonthlyReportsRulesKnowNothingOfCamunda() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".monthlyreport..")
        .and()
        .haveSimpleNameNotEndingWith("Worker")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.camunda..")
        .check(classes);
  }

  /** The index's REST client is the search package's alone: features speak its vocabulary. */
  @Test
  void onlyTheSearchPackageKnowsTheIndexClient() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".search..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.elasticsearch..", "org.opensearch..")
        .check(classes);
  }

  /**
   * A feature that reads or writes an index says what it wants with {@code Query}, {@code
   * Aggregation} and {@code SearchRequest}, and reads {@code Aggregated} groups: it never builds
   * the request's JSON nor decodes the answer's buckets itself.
   */
  @Test
  void featuresUsingTheIndexBuildNoRequestJson() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".search..")
        .and(
            DescribedPredicate.describe(
                "use the search client",
                (JavaClass type) ->
                    type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(
                            d ->
                                d.getTargetClass()
                                    .getName()
                                    .equals(BASE + ".search.SearchClient"))))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.fasterxml.jackson.databind.node.ObjectNode")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.fasterxml.jackson.databind.node.ArrayNode")
        .check(classes);
  }

  /**
   * Arrows point down only: the portal on the reports, the reports on the features, the features on
   * the platform (accounts, security, configuration, documents, files, notices, incidents and the
   * line's adapter), and everything on the foundation (search, input, failures, calendar, catalog,
   * Camunda's interfaces, jobs), which points nowhere.
   */
  @Test
  void theLayersOnlyPointDown() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Portal")
        .definedBy(BASE + ".portal..")
        .layer("Reports")
        .definedBy(BASE + ".reportcycle..", BASE + ".councilreport..", BASE + ".monthlyreport..")
        .layer("Features")
        .definedBy(BASE + ".directives..", BASE + ".council..", BASE + ".officedocuments..")
        .layer("Platform")
        .definedBy(
            BASE + ".accounts..",
            BASE + ".security..",
            BASE + ".config..",
            BASE + ".documents..",
            BASE + ".attachments..",
            BASE + ".notify..",
            BASE + ".incidents..",
            BASE + ".camunda.line..")
        .layer("Foundation")
        .definedBy(
            BASE + ".search..",
            BASE + ".input..",
            BASE + ".failures..",
            BASE + ".calendar..",
            BASE + ".catalog..",
            BASE + ".camunda",
            BASE + ".jobs..")
        .whereLayer("Portal")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Reports")
        .mayOnlyBeAccessedByLayers("Portal")
        .whereLayer("Features")
        .mayOnlyBeAccessedByLayers("Reports", "Portal")
        .whereLayer("Platform")
        .mayOnlyBeAccessedByLayers("Features", "Reports", "Portal")
        .whereLayer("Foundation")
        .mayOnlyBeAccessedByLayers("Platform", "Features", "Reports", "Portal")
        .check(classes);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  /** A worker binds its variables as one record, with at most three loose ones beside it. */
  @Test
  void noWorkerTakesMoreThanThreeLooseVariables() {
    List<String> tooMany = new ArrayList<>();
    for (JavaClass type : classes) {
      for (JavaMethod method : type.getMethods()) {
        if (!method.isAnnotatedWith(JobWorker.class)) {
          continue;
        }
        long loose =
            method.getParameters().stream().filter(p -> p.isAnnotatedWith(Variable.class)).count();
        if (loose > 3) {
          tooMany.add(type.getSimpleName() + "." + method.getName() + ": " + loose);
        }
      }
    }
    Assertions.assertThat(tooMany).isEmpty();
  }
}
