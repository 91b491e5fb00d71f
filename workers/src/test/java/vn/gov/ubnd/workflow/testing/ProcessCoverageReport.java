package vn.gov.ubnd.workflow.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The process coverage of the process tests: for every model in processes/, which flow nodes and
 * sequence flows the tests went through, printed by the build after the tests (command 2) and kept
 * in target/process-coverage/report.txt. With {@code --enforce}, anything not gone through fails
 * the build: a path no test takes is a path nobody has seen work.
 */
public final class ProcessCoverageReport {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Set<String> NOT_FLOW_NODES =
      Set.of(
          "sequenceFlow",
          "documentation",
          "extensionElements",
          "incoming",
          "outgoing",
          "conditionExpression",
          "timerEventDefinition",
          "errorEventDefinition",
          "messageEventDefinition",
          "signalEventDefinition",
          "terminateEventDefinition",
          "multiInstanceLoopCharacteristics",
          "standardLoopCharacteristics",
          "laneSet",
          "textAnnotation",
          "association",
          "dataObjectReference",
          "dataStoreReference",
          "dataObject",
          "property",
          "timeCycle",
          "timeDate",
          "timeDuration",
          "completionCondition",
          "ioSpecification");

  private ProcessCoverageReport() {}

  /** A model's elements by kind. */
  record Model(String processId, Set<String> flowNodes, Set<String> flows) {}

  public static void main(String[] args) throws Exception {
    boolean enforce = List.of(args).contains("--enforce");
    Path models = Path.of(option(args, "--models=", "../processes"));
    Path folder = Path.of(option(args, "--coverage=", ProcessCoverage.FOLDER.toString()));
    Set<String> covered = new HashSet<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file :
            files.filter(f -> !f.getFileName().toString().equals("report.txt")).toList()) {
          covered.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int nodes = 0;
    int nodesCovered = 0;
    int flows = 0;
    int flowsCovered = 0;
    try (Stream<Path> files = Files.list(models)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        Model model = read(file);
        List<String> missedNodes =
            model.flowNodes().stream()
                .filter(id -> !covered.contains(model.processId() + " " + id))
                .sorted()
                .toList();
        List<String> missedFlows =
            model.flows().stream()
                .filter(id -> !covered.contains(model.processId() + " " + id))
                .sorted()
                .toList();
        nodes += model.flowNodes().size();
        flows += model.flows().size();
        nodesCovered += model.flowNodes().size() - missedNodes.size();
        flowsCovered += model.flows().size() - missedFlows.size();
        lines.add(
            String.format(
                "%-28s flow nodes %3d/%-3d  sequence flows %3d/%-3d",
                model.processId(),
                model.flowNodes().size() - missedNodes.size(),
                model.flowNodes().size(),
                model.flows().size() - missedFlows.size(),
                model.flows().size()));
        missedNodes.forEach(id -> missing.add(model.processId() + ": flow node " + id));
        missedFlows.forEach(id -> missing.add(model.processId() + ": sequence flow " + id));
      }
    }
    lines.add(
        String.format(
            "%-28s flow nodes %3d/%-3d  sequence flows %3d/%-3d",
            "all models", nodesCovered, nodes, flowsCovered, flows));
    missing.forEach(m -> lines.add("  not gone through: " + m));
    Files.createDirectories(folder);
    Files.write(folder.resolve("report.txt"), lines, StandardCharsets.UTF_8);
    System.out.println(
        "Process coverage of the process tests ("
            + Path.of("").toAbsolutePath().relativize(folder.toAbsolutePath().resolve("report.txt"))
            + "):");
    lines.forEach(l -> System.out.println("  " + l));
    if (enforce && !missing.isEmpty()) {
      throw new IllegalStateException(
          missing.size() + " flow nodes or sequence flows no process test goes through");
    }
  }

  private static String option(String[] args, String name, String absent) {
    for (String arg : args) {
      if (arg.startsWith(name)) {
        return arg.substring(name.length());
      }
    }
    return absent;
  }

  /** Flow nodes (anything in a process or sub-process but flows and definitions) and flows. */
  static Model read(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element process =
          (Element)
              factory
                  .newDocumentBuilder()
                  .parse(file.toFile())
                  .getElementsByTagNameNS(BPMN, "process")
                  .item(0);
      Set<String> flowNodes = new HashSet<>();
      Set<String> flows = new HashSet<>();
      collect(process, flowNodes, flows);
      return new Model(process.getAttribute("id"), flowNodes, flows);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + " is not a BPMN model", e);
    }
  }

  private static void collect(Element container, Set<String> flowNodes, Set<String> flows) {
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !BPMN.equals(e.getNamespaceURI())) {
        continue;
      }
      String kind = e.getLocalName();
      if (kind.equals("sequenceFlow")) {
        flows.add(e.getAttribute("id"));
      } else if (!NOT_FLOW_NODES.contains(kind) && !e.getAttribute("id").isEmpty()) {
        flowNodes.add(e.getAttribute("id"));
        if (kind.equals("subProcess")) {
          collect(e, flowNodes, flows);
        }
      }
    }
  }
}
