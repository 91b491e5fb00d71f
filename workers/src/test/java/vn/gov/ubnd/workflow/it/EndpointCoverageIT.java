package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;

/**
 * Every path and method the worker application serves is called over HTTP by some real-stack test
 * of this run with a real person's or client's credentials: the application's mappings (read from
 * its controllers) against the stack's access log (method, path, status). A call answered 401 does
 * not count. Runs after the other real-stack tests.
 */
@Order(Integer.MAX_VALUE)
class EndpointCoverageIT extends RealStackTest {

  /** Served by Spring Boot itself rather than a controller of ours. */
  private static final List<String> ACTUATOR =
      List.of("GET /actuator/health", "GET /actuator/prometheus", "GET /actuator/info");

  @Test
  void everyEndpointIsCalledByATest() throws Exception {
    List<String> calls = new ArrayList<>();
    try (Stream<Path> logs = Files.list(LocalStack.home().resolve("logs"))) {
      for (Path log :
          logs.filter(f -> f.getFileName().toString().startsWith("workers-access")).toList()) {
        calls.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
      }
    }
    assertThat(calls).as("the stack's access log").isNotEmpty();
    TreeSet<String> uncalled = new TreeSet<>();
    for (String endpoint : endpoints()) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      Pattern path =
          Pattern.compile(
              endpoint
                  .substring(endpoint.indexOf(' ') + 1)
                  .replace(".", "\\.")
                  .replaceAll("\\{[^}]+}", "[^/]+"));
      boolean called =
          calls.stream()
              .map(line -> line.split(" "))
              .anyMatch(
                  c ->
                      c.length == 3
                          && c[0].equals(method)
                          && path.matcher(c[1]).matches()
                          && !c[2].equals("401"));
      if (!called) {
        uncalled.add(endpoint);
      }
    }
    assertThat(uncalled).as("endpoints no real-stack test calls with credentials").isEmpty();
  }

  /** "GET /api/portal/me", … from the controllers' mappings. */
  static List<String> endpoints() throws IOException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
    List<String> endpoints = new ArrayList<>(ACTUATOR);
    for (var candidate : scanner.findCandidateComponents("vn.gov.ubnd.workflow")) {
      Class<?> type;
      try {
        type = Class.forName(candidate.getBeanClassName());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
      String[] prefixes = base == null || base.path().length == 0 ? new String[] {""} : base.path();
      for (Method handler : type.getDeclaredMethods()) {
        RequestMapping mapping =
            AnnotatedElementUtils.findMergedAnnotation(handler, RequestMapping.class);
        if (mapping == null) {
          continue;
        }
        String[] paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
        RequestMethod[] methods =
            mapping.method().length == 0
                ? new RequestMethod[] {RequestMethod.GET}
                : mapping.method();
        for (String prefix : prefixes) {
          for (String path : paths) {
            for (RequestMethod method : methods) {
              endpoints.add(method.name() + " " + prefix + path);
            }
          }
        }
      }
    }
    return endpoints;
  }
}
