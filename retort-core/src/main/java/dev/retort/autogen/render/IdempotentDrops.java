package dev.retort.autogen.render;

import dev.retort.ops.Op;

/**
 * The {@code IF EXISTS} form of a drop (table, column, index, constraint, view, sequence), as lint rule RT201 asks:
 * a revision re-run after a partial failure then skips what it already dropped. Other operations
 * are returned as they are.
 */
final class IdempotentDrops {
  private IdempotentDrops() {}

  static Op of(Op op) {
    if (op instanceof Op.DropTable d) {
      return new Op.DropTable(d.table(), true);
    }
    if (op instanceof Op.DropColumn d) {
      return new Op.DropColumn(d.table(), d.column(), true);
    }
    if (op instanceof Op.DropIndex d) {
      return new Op.DropIndex(d.table(), d.index(), true);
    }
    if (op instanceof Op.DropConstraint d) {
      return new Op.DropConstraint(d.table(), d.constraint(), true);
    }
    if (op instanceof Op.DropView d) {
      return new Op.DropView(d.name(), true);
    }
    if (op instanceof Op.DropSequence d) {
      return new Op.DropSequence(d.name(), true);
    }
    return op;
  }
}
