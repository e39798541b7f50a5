package dev.retort.graph.draw;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The tests' own readers of the DOT, Mermaid and SVG pictures: what revisions and which edges
 * (as {@code from -> to} or {@code from ..> to} for a dependency) each one holds.
 */
public final class PictureReaders {
  private static final Pattern DOT_NODE = Pattern.compile("^  \"([^\"]+)\" \\[label=.*\\];$");
  private static final Pattern DOT_EDGE = Pattern.compile("^  \"([^\"]+)\" -> \"([^\"]+)\"( \\[style=dashed[^]]*\\])?;$");
  private static final Pattern MERMAID_NODE = Pattern.compile("^  (r\\d+)\\[\"([^ <\"]+).*\"\\]$");
  private static final Pattern MERMAID_EDGE = Pattern.compile("^  (r\\d+) (-->|-\\. depends on \\.->) (r\\d+)$");

  private PictureReaders() {}

  /**
   * What a picture holds.
   *
   * @param revisions the revision ids, in the order found
   * @param edges {@code from -> to} for parent edges, {@code from ..> to} for dependencies
   * @param edgeElements how many edge elements or lines there are (duplicates count)
   */
  public record Contents(List<String> revisions, Set<String> edges, int edgeElements) {}

  /** Reads the node and edge lines of a DOT picture; fails on a line it does not understand. */
  public static Contents dot(String text) {
    List<String> lines = List.of(text.split("\n"));
    if (!lines.get(0).equals("digraph revisions {") || !lines.get(lines.size() - 1).equals("}")) {
      throw new AssertionError("not one digraph:\n" + text);
    }
    List<String> nodes = new ArrayList<>();
    Set<String> edges = new LinkedHashSet<>();
    int count = 0;
    for (String line : lines.subList(1, lines.size() - 1)) {
      Matcher node = DOT_NODE.matcher(line);
      Matcher edge = DOT_EDGE.matcher(line);
      if (edge.matches()) {
        edges.add(edge.group(1) + (edge.group(3) == null ? " -> " : " ..> ") + edge.group(2));
        count++;
      } else if (node.matches()) {
        nodes.add(node.group(1));
      } else if (!line.startsWith("  rankdir=") && !line.startsWith("  node [")) {
        throw new AssertionError("unexpected DOT line: " + line);
      }
    }
    return new Contents(nodes, edges, count);
  }

  /** Reads the node and edge lines of a Mermaid flowchart. */
  public static Contents mermaid(String text) {
    List<String> lines = List.of(text.split("\n"));
    if (!lines.get(0).equals("flowchart BT")) {
      throw new AssertionError("not a bottom-to-top flowchart:\n" + text);
    }
    Map<String, String> idOf = new HashMap<>();
    List<String> nodes = new ArrayList<>();
    List<String[]> rawEdges = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      Matcher node = MERMAID_NODE.matcher(line);
      Matcher edge = MERMAID_EDGE.matcher(line);
      if (node.matches()) {
        idOf.put(node.group(1), node.group(2));
        nodes.add(node.group(2));
      } else if (edge.matches()) {
        rawEdges.add(new String[] {edge.group(1), edge.group(2).equals("-->") ? " -> " : " ..> ", edge.group(3)});
      } else if (!line.startsWith("  classDef ") && !line.startsWith("  class ")) {
        throw new AssertionError("unexpected Mermaid line: " + line);
      }
    }
    Set<String> edges = new LinkedHashSet<>();
    for (String[] e : rawEdges) {
      if (!idOf.containsKey(e[0]) || !idOf.containsKey(e[2])) {
        throw new AssertionError("edge to an undeclared node: " + String.join("", e));
      }
      edges.add(idOf.get(e[0]) + e[1] + idOf.get(e[2]));
    }
    return new Contents(nodes, edges, rawEdges.size());
  }

  /** Parses the SVG with the JDK's XML parser (so it must be well-formed) and reads its revision groups and edge paths. */
  public static Contents svg(String text) {
    Document doc = parseXml(text);
    Element root = doc.getDocumentElement();
    if (!root.getTagName().equals("svg") || !"http://www.w3.org/2000/svg".equals(root.getNamespaceURI())) {
      throw new AssertionError("the root is not an SVG element");
    }
    List<String> nodes = new ArrayList<>();
    NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains("revision")) {
        nodes.add(g.getAttribute("data-id"));
      }
    }
    Set<String> edges = new LinkedHashSet<>();
    int count = 0;
    NodeList paths = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      List<String> classes = List.of(path.getAttribute("class").split(" "));
      if (classes.contains("edge")) {
        edges.add(path.getAttribute("data-from") + (classes.contains("dependency") ? " ..> " : " -> ")
            + path.getAttribute("data-to"));
        count++;
      }
    }
    return new Contents(nodes, edges, count);
  }

  /** The SVG as a DOM document; an assertion error when it is not well-formed XML. */
  public static Document parseXml(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }
}
