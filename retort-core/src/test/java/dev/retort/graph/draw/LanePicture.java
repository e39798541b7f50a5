package dev.retort.graph.draw;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A test's own reading of the text lane picture, written from the rules the picture follows and
 * not from {@link LaneRouter}: lanes sit in even columns, {@code |} continues a lane, {@code /}
 * and {@code \} in odd columns move it one lane left or right, {@code X} is both. It follows the
 * lines down from each revision's {@code *} (or {@code @}) to the revisions they reach, and fails
 * on a line that starts or ends nowhere, or a character in the wrong column.
 *
 * @param ids the revision ids, top to bottom
 * @param parents the revisions each revision's lines reach
 * @param glyphs the node character of each revision ({@code *} or {@code @})
 * @param texts what follows the id on each revision's line
 * @param width the widest lane part of any line, in lanes
 */
public record LanePicture(
    List<String> ids, Map<String, Set<String>> parents, Map<String, Character> glyphs, Map<String, String> texts,
    int width) {

  private record Piece(int top, int bottom, boolean node, String id) {}

  /** Reads the picture. */
  public static LanePicture parse(String text) {
    List<List<Piece>> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Map<String, Character> glyphs = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    int width = 0;
    List<String> lines = List.of(text.split("\n", -1));
    if (!text.isEmpty() && !text.endsWith("\n")) {
      throw new AssertionError("the picture does not end in a line break");
    }
    for (String line : lines.subList(0, lines.size() - 1)) {
      List<Piece> pieces = new ArrayList<>();
      boolean connector = line.chars().allMatch(c -> " |/\\X".indexOf(c) >= 0);
      int end = 0;
      if (connector) {
        end = line.length();
      } else {
        while (end < line.length() && " |*@".indexOf(line.charAt(end)) >= 0) {
          end++;
        }
      }
      String id = null;
      for (int x = 0; x < end; x++) {
        char c = line.charAt(x);
        if (c == ' ') {
          continue;
        }
        boolean even = x % 2 == 0;
        if ((c == '|' || c == '*' || c == '@') != even) {
          throw new AssertionError("'" + c + "' in column " + x + " of: " + line);
        }
        switch (c) {
          case '|' -> pieces.add(new Piece(x, x, false, null));
          case '/' -> pieces.add(new Piece(x + 1, x - 1, false, null));
          case '\\' -> pieces.add(new Piece(x - 1, x + 1, false, null));
          case 'X' -> {
            pieces.add(new Piece(x + 1, x - 1, false, null));
            pieces.add(new Piece(x - 1, x + 1, false, null));
          }
          default -> {
            if (id != null) {
              throw new AssertionError("two revisions on one line: " + line);
            }
            int from = end;
            int to = from;
            while (to < line.length() && (Character.isLetterOrDigit(line.charAt(to)) || "_.".indexOf(line.charAt(to)) >= 0)) {
              to++;
            }
            id = line.substring(from, to);
            if (id.isEmpty()) {
              throw new AssertionError("no id after the lanes: " + line);
            }
            ids.add(id);
            glyphs.put(id, c);
            texts.put(id, line.substring(to));
            pieces.add(new Piece(x, x, true, id));
          }
        }
        if (pieces.stream().anyMatch(p -> p.top() < 0 || p.bottom() < 0)) {
          throw new AssertionError("a line leaves the picture on the left: " + line);
        }
      }
      if (!connector && id == null) {
        throw new AssertionError("neither a revision's line nor a connecting line: '" + line + "'");
      }
      width = Math.max(width, (end + 1) / 2);
      rows.add(pieces);
    }
    checkEveryLineStartsSomewhere(rows);
    return new LanePicture(List.copyOf(ids), follow(rows), glyphs, texts, width);
  }

  private static void checkEveryLineStartsSomewhere(List<List<Piece>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      for (Piece piece : rows.get(r)) {
        if (piece.node()) {
          continue;
        }
        boolean fed = r > 0 && rows.get(r - 1).stream().anyMatch(above -> above.bottom() == piece.top());
        if (!fed) {
          throw new AssertionError("a line starts from nothing on line " + (r + 1));
        }
      }
    }
  }

  private static Map<String, Set<String>> follow(List<List<Piece>> rows) {
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      for (Piece start : rows.get(r)) {
        if (!start.node()) {
          continue;
        }
        Set<String> reached = new TreeSet<>();
        Set<Long> seen = new HashSet<>();
        Deque<int[]> todo = new ArrayDeque<>();
        boolean hasLine = r + 1 < rows.size() && below(rows.get(r + 1), start.bottom()).size() > 0;
        if (hasLine) {
          todo.push(new int[] {r, start.bottom()});
        }
        while (!todo.isEmpty()) {
          int[] at = todo.pop();
          if (at[0] + 1 >= rows.size()) {
            throw new AssertionError("a line from " + start.id() + " runs off the bottom");
          }
          List<Piece> next = below(rows.get(at[0] + 1), at[1]);
          if (next.isEmpty()) {
            throw new AssertionError("a line from " + start.id() + " ends nowhere below line " + (at[0] + 1));
          }
          for (Piece piece : next) {
            if (piece.node()) {
              reached.add(piece.id());
            } else if (seen.add(((long) (at[0] + 1) << 32) | piece.bottom())) {
              todo.push(new int[] {at[0] + 1, piece.bottom()});
            }
          }
        }
        parents.put(start.id(), reached);
      }
    }
    return parents;
  }

  private static List<Piece> below(List<Piece> row, int column) {
    return row.stream().filter(p -> p.top() == column).toList();
  }
}
