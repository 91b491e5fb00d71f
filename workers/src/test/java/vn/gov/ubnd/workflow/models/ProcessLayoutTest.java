package vn.gov.ubnd.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagrams read as the office expects: left to right, the happy path on one horizontal line
 * from the start to an end of the process, no sequence flows crossing each other.
 */
class ProcessLayoutTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

  record Box(double x, double y, double w, double h) {
    double cx() {
      return x + w / 2;
    }

    double cy() {
      return y + h / 2;
    }
  }

  record Point(double x, double y) {}

  record Flow(String id, String source, String target, List<Point> points) {}

  static Stream<Path> models() throws Exception {
    return Files.list(Path.of("../processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void noTwoSequenceFlowsCross(Path model) throws Exception {
    List<Flow> flows = flows(parse(model));
    List<String> crossings = new ArrayList<>();
    for (int i = 0; i < flows.size(); i++) {
      for (int j = i + 1; j < flows.size(); j++) {
        if (cross(flows.get(i).points(), flows.get(j).points())) {
          crossings.add(flows.get(i).id() + " × " + flows.get(j).id());
        }
      }
    }
    assertThat(crossings).as(model + ": flows that cross").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void flowsGoRightExceptReturnsToAJoin(Path model) throws Exception {
    Document doc = parse(model);
    Map<String, Box> shapes = shapes(doc);
    List<Flow> flows = flows(doc);
    Map<String, Integer> incoming = new HashMap<>();
    for (Flow f : flows) {
      incoming.merge(f.target(), 1, Integer::sum);
    }
    List<String> backwards = new ArrayList<>();
    for (Flow f : flows) {
      Box source = shapes.get(f.source());
      Box target = shapes.get(f.target());
      boolean goesLeft = target.cx() < source.cx() - 1;
      // A return (a loop back for correction) must end where paths join, so the model shows it.
      if (goesLeft && incoming.getOrDefault(f.target(), 0) < 2) {
        backwards.add(f.id());
      }
    }
    assertThat(backwards).as(model + ": flows going left to a place that is no join").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void theHappyPathRunsOnOneLineFromTheStartToAnEnd(Path model) throws Exception {
    Document doc = parse(model);
    Map<String, Box> shapes = shapes(doc);
    Element process = (Element) doc.getElementsByTagNameNS(BPMN, "process").item(0);
    String start = null;
    Set<String> ends = new HashSet<>();
    Map<String, List<Flow>> outgoing = new HashMap<>();
    for (Element child : children(process)) {
      String id = child.getAttribute("id");
      if (child.getLocalName().equals("startEvent") && start == null) {
        start = id;
      } else if (child.getLocalName().equals("endEvent")) {
        ends.add(id);
      }
    }
    for (Flow f : flows(doc)) {
      outgoing.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
    }
    assertThat(start).as(model + " has a start event").isNotNull();
    double line = shapes.get(start).cy();
    // Walk from the start along flows drawn flat on the start's line.
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
    boolean reachedEnd = false;
    while (!queue.isEmpty()) {
      String node = queue.poll();
      if (!seen.add(node)) {
        continue;
      }
      if (ends.contains(node)) {
        reachedEnd = true;
      }
      for (Flow f : outgoing.getOrDefault(node, List.of())) {
        Box target = shapes.get(f.target());
        boolean flat = f.points().stream().allMatch(p -> Math.abs(p.y() - line) < 1);
        boolean onLine = target.y() <= line && line <= target.y() + target.h();
        if (flat && onLine) {
          queue.add(f.target());
        }
      }
    }
    assertThat(reachedEnd)
        .as(
            model
                + ": a straight line at y="
                + line
                + " from the start reaches an end event"
                + " (reached: "
                + seen
                + ")")
        .isTrue();
  }

  private static Document parse(Path model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(model.toFile());
  }

  private static List<Element> children(Element parent) {
    List<Element> all = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        all.add(e);
      }
    }
    return all;
  }

  private static Map<String, Box> shapes(Document doc) {
    Map<String, Box> shapes = new HashMap<>();
    NodeList list = doc.getElementsByTagNameNS(BPMNDI, "BPMNShape");
    for (int i = 0; i < list.getLength(); i++) {
      Element shape = (Element) list.item(i);
      Element bounds = (Element) shape.getElementsByTagNameNS(DC, "Bounds").item(0);
      shapes.put(
          shape.getAttribute("bpmnElement"),
          new Box(
              Double.parseDouble(bounds.getAttribute("x")),
              Double.parseDouble(bounds.getAttribute("y")),
              Double.parseDouble(bounds.getAttribute("width")),
              Double.parseDouble(bounds.getAttribute("height"))));
    }
    return shapes;
  }

  private static List<Flow> flows(Document doc) {
    Map<String, List<Point>> edges = new HashMap<>();
    NodeList list = doc.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
    for (int i = 0; i < list.getLength(); i++) {
      Element edge = (Element) list.item(i);
      List<Point> points = new ArrayList<>();
      NodeList waypoints = edge.getElementsByTagNameNS(DI, "waypoint");
      for (int k = 0; k < waypoints.getLength(); k++) {
        Element w = (Element) waypoints.item(k);
        points.add(
            new Point(
                Double.parseDouble(w.getAttribute("x")), Double.parseDouble(w.getAttribute("y"))));
      }
      edges.put(edge.getAttribute("bpmnElement"), points);
    }
    List<Flow> flows = new ArrayList<>();
    NodeList sequenceFlows = doc.getElementsByTagNameNS(BPMN, "sequenceFlow");
    for (int i = 0; i < sequenceFlows.getLength(); i++) {
      Element f = (Element) sequenceFlows.item(i);
      String id = f.getAttribute("id");
      assertThat(edges).as("flow " + id + " is drawn").containsKey(id);
      flows.add(
          new Flow(id, f.getAttribute("sourceRef"), f.getAttribute("targetRef"), edges.get(id)));
    }
    return flows;
  }

  /** Whether two polylines cross: some segments meet at a point inside both. */
  static boolean cross(List<Point> a, List<Point> b) {
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        if (properIntersection(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean properIntersection(Point p1, Point p2, Point q1, Point q2) {
    double d1 = orientation(q1, q2, p1);
    double d2 = orientation(q1, q2, p2);
    double d3 = orientation(p1, p2, q1);
    double d4 = orientation(p1, p2, q2);
    // Strictly on opposite sides both ways: touching ends (flows joining a node) do not count.
    return d1 * d2 < 0 && d3 * d4 < 0;
  }

  private static double orientation(Point a, Point b, Point c) {
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
  }
}
