package dev.retort.graph.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Routes the parent edges of a {@link GraphView} through lanes, as {@code git log --graph} does:
 * lane {@code i} is text column {@code 2i}. A revision's line has {@code *} (or {@code @} when
 * applied) in its lane and {@code |} in the lanes passing by. The lines between move each lane by
 * at most one column: {@code /} one to the left, {@code \} one to the right, {@code X} two lanes
 * changing places. Lanes that lead to the same revision join just above it; a merge opens one new
 * lane per extra parent just below it; when a lane is freed (by a base or a join), the lanes right
 * of it move one column left, so the width stays at the number of lines open at once.
 */
public final class LaneRouter {
  /** The lanes between two lines: what revision each leads to, null for a free lane. */
  private final List<String> lanes = new ArrayList<>();
  private final List<LaneRow> rows = new ArrayList<>();
  /** The lane of the base drawn on the line just above, if that was one: a new line must not start right below it. */
  private int endedAbove = -1;

  private LaneRouter() {}

  /** The lines of the picture, top to bottom. */
  public static List<LaneRow> route(GraphView view) {
    LaneRouter router = new LaneRouter();
    view.revisions().forEach(router::add);
    return List.copyOf(router.rows);
  }

  private void add(DrawnRevision revision) {
    String id = revision.id();
    int column = lanes.indexOf(id);
    if (column < 0) {
      column = freeLane();
      while (lanes.size() <= column) {
        lanes.add(null);
      }
      lanes.set(column, id);
    } else {
      join(id, column);
    }
    rows.add(new LaneRow(nodeLine(column, revision.applied() ? '@' : '*'), java.util.Optional.of(revision)));
    List<String> parents = revision.parents();
    lanes.set(column, parents.isEmpty() ? null : parents.get(0));
    endedAbove = parents.isEmpty() ? column : -1;
    for (int i = parents.size() - 1; i >= 1; i--) {
      split(column, parents.get(i));
    }
    trim();
    closeGaps();
  }

  /** Moves the lanes right of a free lane one column left, a line at a time, until no free lane is left between. */
  private void closeGaps() {
    int gap = lanes.indexOf(null);
    while (gap >= 0) {
      List<LaneMove> moves = new ArrayList<>();
      for (int j = 0; j < lanes.size(); j++) {
        if (lanes.get(j) != null) {
          moves.add(new LaneMove(j, j > gap ? j - 1 : j));
        }
      }
      apply(moves);
      endedAbove = -1;
      gap = lanes.indexOf(null);
    }
  }

  /** The first free lane, except one that a base just above ends in (it would look joined to it). */
  private int freeLane() {
    for (int j = 0; j < lanes.size(); j++) {
      if (lanes.get(j) == null && j != endedAbove) {
        return j;
      }
    }
    return lanes.size() == endedAbove ? lanes.size() + 1 : lanes.size();
  }

  /** Moves every other lane leading to {@code id} into lane {@code column}, one column per line. */
  private void join(String id, int column) {
    while (lanes.lastIndexOf(id) != column) {
      List<LaneMove> moves = new ArrayList<>();
      boolean[] taken = new boolean[lanes.size()];
      for (int j = column + 1; j < lanes.size(); j++) {
        if (id.equals(lanes.get(j)) && !taken[j] && !taken[j - 1]) {
          taken[j] = true;
          taken[j - 1] = true;
          moves.add(new LaneMove(j, j - 1));
          String left = lanes.get(j - 1);
          if (left != null && !left.equals(id)) {
            moves.add(new LaneMove(j - 1, j)); // they change places
          }
        }
      }
      for (int j = 0; j < lanes.size(); j++) {
        if (lanes.get(j) != null && !taken[j]) {
          moves.add(new LaneMove(j, j));
        } else if (lanes.get(j) != null && taken[j] && id.equals(lanes.get(j)) && movesFrom(moves, j) == 0) {
          moves.add(new LaneMove(j, j)); // a lane to `id` that another one joins
        }
      }
      apply(moves);
    }
  }

  private static int movesFrom(List<LaneMove> moves, int lane) {
    return (int) moves.stream().filter(m -> m.from() == lane).count();
  }

  /** Opens a lane for {@code parent} right of {@code column}, pushing lanes right up to the first free one. */
  private void split(int column, String parent) {
    int free = column + 1;
    while (free < lanes.size() && lanes.get(free) != null) {
      free++;
    }
    List<LaneMove> moves = new ArrayList<>();
    for (int j = 0; j < lanes.size(); j++) {
      if (lanes.get(j) != null) {
        moves.add(new LaneMove(j, j > column && j < free ? j + 1 : j));
      }
    }
    moves.add(new LaneMove(column, column + 1));
    List<String> after = new ArrayList<>(lanes);
    if (free == after.size()) {
      after.add(null);
    }
    for (int j = free; j > column + 1; j--) {
      after.set(j, after.get(j - 1));
    }
    after.set(column + 1, parent);
    rows.add(new LaneRow(connectorLine(moves), java.util.Optional.empty()));
    lanes.clear();
    lanes.addAll(after);
  }

  /** Draws one connecting line and moves the lanes as it says. */
  private void apply(List<LaneMove> moves) {
    List<String> after = new ArrayList<>();
    for (int j = 0; j < lanes.size(); j++) {
      after.add(null);
    }
    for (LaneMove move : moves) {
      String target = lanes.get(move.from());
      String there = after.get(move.to());
      if (there != null && !there.equals(target)) {
        throw new IllegalStateException("lanes " + move + " collide");
      }
      after.set(move.to(), target);
    }
    rows.add(new LaneRow(connectorLine(moves), java.util.Optional.empty()));
    lanes.clear();
    lanes.addAll(after);
    trim();
  }

  private String nodeLine(int column, char glyph) {
    char[] line = blank(lanes.size());
    for (int j = 0; j < lanes.size(); j++) {
      if (j == column) {
        line[2 * j] = glyph;
      } else if (lanes.get(j) != null) {
        line[2 * j] = '|';
      }
    }
    return new String(line).stripTrailing();
  }

  private String connectorLine(List<LaneMove> moves) {
    int width = moves.stream().mapToInt(m -> Math.max(m.from(), m.to())).max().orElse(0) + 1;
    char[] line = blank(width);
    for (LaneMove move : moves) {
      int at = move.from() + move.to();
      char glyph = move.to() == move.from() ? '|' : move.to() < move.from() ? '/' : '\\';
      line[at] = line[at] == ' ' || line[at] == glyph ? glyph : 'X';
    }
    return new String(line).stripTrailing();
  }

  private static char[] blank(int laneCount) {
    char[] line = new char[Math.max(0, 2 * laneCount - 1)];
    java.util.Arrays.fill(line, ' ');
    return line;
  }

  private void trim() {
    while (!lanes.isEmpty() && lanes.get(lanes.size() - 1) == null) {
      lanes.remove(lanes.size() - 1);
    }
  }

  /** One line's move of one lane: from a lane above to a lane below, at most one apart. */
  private record LaneMove(int from, int to) {
    LaneMove {
      if (Math.abs(from - to) > 1) {
        throw new IllegalArgumentException(Objects.toString(from) + "->" + to);
      }
    }
  }
}
