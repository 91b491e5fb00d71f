package vn.gov.ubnd.workflow.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README command one on an empty data folder: the stack in use is stopped, a new one started in a
 * folder of its own and timed component by component (as `stack start` reports), its resident
 * memory read, then it is stopped and the stack in use started again. OpenSearch's own start is the
 * reference.
 */
final class ColdStart {

  private static final Pattern HEALTHY = Pattern.compile("(\\w+) is healthy after (\\d+)s");
  private static final Pattern RESIDENT =
      Pattern.compile("^(\\w+)\\s+healthy.*?(\\d+) MB resident");
  private static final Pattern TOTAL = Pattern.compile("^total\\s+(\\d+) MB resident");

  private final Path root;
  private final Results results;

  ColdStart(Path root, Results results) {
    this.root = root;
    this.results = results;
  }

  void run() throws Exception {
    String home = System.getenv().getOrDefault("STACK_HOME", "");
    stack("stop", home, null);
    Path fresh = Files.createTempDirectory("ubnd-cold-start");
    Map<String, Integer> healthy = new LinkedHashMap<>();
    Map<String, Integer> resident = new LinkedHashMap<>();
    long start = System.nanoTime();
    try {
      stack(
          "start",
          fresh.toString(),
          (line) -> {
            Matcher h = HEALTHY.matcher(line);
            if (h.find()) {
              healthy.put(h.group(1), Integer.parseInt(h.group(2)));
            }
            Matcher r = RESIDENT.matcher(line);
            if (r.find()) {
              resident.put(r.group(1), Integer.parseInt(r.group(2)));
            }
            Matcher t = TOTAL.matcher(line);
            if (t.find()) {
              resident.put("total", Integer.parseInt(t.group(1)));
            }
          });
      double total = (System.nanoTime() - start) / 1e9;
      int openSearch = healthy.getOrDefault("opensearch", 0);
      results.add(
          "Stack cold start, empty data folder (command returns, forms imported)",
          String.format("%.0f s", total),
          String.format("%d s: OpenSearch healthy", openSearch),
          total / Math.max(openSearch, 1));
      for (String component : new String[] {"camunda", "workers"}) {
        results.add(
            "  " + component + " healthy after (from the script's start)",
            healthy.getOrDefault(component, 0) + " s",
            openSearch + " s: OpenSearch",
            (double) healthy.getOrDefault(component, 0) / Math.max(openSearch, 1));
      }
      results.add(
          "Resident memory after start (OpenSearch / Camunda / workers)",
          String.format(
              "%d MB (%d / %d / %d)",
              resident.getOrDefault("total", 0),
              resident.getOrDefault("opensearch", 0),
              resident.getOrDefault("camunda", 0),
              resident.getOrDefault("workers", 0)),
          resident.getOrDefault("opensearch", 0) + " MB: OpenSearch",
          (double) resident.getOrDefault("total", 0)
              / Math.max(resident.getOrDefault("opensearch", 0), 1));
    } finally {
      stack("stop", fresh.toString(), null);
      stack("start", home, null);
    }
  }

  private void stack(String command, String home, Consumer<String> lines) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", root.resolve("deploy/local/stack").toString(), command)
            .redirectErrorStream(true);
    if (!home.isEmpty()) {
      builder.environment().put("STACK_HOME", home);
    } else {
      builder.environment().remove("STACK_HOME");
    }
    Process process = builder.start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        System.out.println("  stack: " + line);
        if (lines != null) {
          lines.accept(line);
        }
      }
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("deploy/local/stack " + command + " failed");
    }
  }
}
