package vn.gov.ubnd.workflow.bench;

import io.camunda.zeebe.client.ZeebeClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmarks, against the running local stack (benchmarks/run starts it): each figure printed
 * beside a reference measured in the same run, the table also written to
 * benchmarks/target/results.md.
 *
 * <p>Options: {@code --directives N} (10000), {@code --statistics 10000,100000,1000000}, {@code
 * --only throughput,statistics,docx,cold-start}.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    int directives = 10_000;
    List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
    Set<String> only =
        new LinkedHashSet<>(List.of("docx", "statistics", "export", "throughput", "cold-start"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--directives" -> directives = Integer.parseInt(args[++i]);
        case "--statistics" ->
            sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
        case "--only" -> only = new LinkedHashSet<>(List.of(args[++i].split(",")));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    Results results = new Results();
    System.out.printf("%-70s %-22s %-45s %s%n", "figure", "measured", "reference", "ratio");
    if (only.contains("docx")) {
      new DocxBench(results).run();
    }
    if (only.contains("statistics")) {
      new StatisticsBench(results).run(sizes);
    }
    if (only.contains("export")) {
      new ExportBench(results).run();
    }
    if (only.contains("throughput")) {
      try (ZeebeClient zeebe =
          ZeebeClient.newClientBuilder()
              .grpcAddress(URI.create(Stack.ZEEBE_GRPC))
              .usePlaintext()
              .build()) {
        new Throughput(zeebe, root, results).run(directives);
      }
    }
    if (only.contains("cold-start")) {
      new ColdStart(root, results).run();
    }
    String machine =
        Runtime.getRuntime().availableProcessors()
            + " cores, "
            + (Files.readAllLines(Path.of("/proc/meminfo"))
                .get(0)
                .replaceAll("\\D+", "")
                .transform(kb -> Long.parseLong(kb) / 1024 / 1024))
            + " GiB, "
            + System.getProperty("os.name")
            + ", Java "
            + System.getProperty("java.version")
            + " (bench JVM heap "
            + Runtime.getRuntime().maxMemory() / 1024 / 1024
            + " MB)";
    Path out = root.resolve("benchmarks/target/results.md");
    results.write(out, machine);
    System.out.println("\n" + results.markdown(machine));
    System.out.println("Written to " + out);
  }
}
