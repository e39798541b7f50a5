package dev.retort.autogen.source;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.List;

/**
 * The snapshot cache's file format: a schema snapshot as compact bytes, written and read field by
 * field (no reflection, few classes: a warm {@code check} reads one in a cold JVM). Every string
 * is stored once and then referred to by number; counts are variable-length integers; enums are
 * their ordinal (an entry is only read by the build that wrote it, see {@link SnapshotCache}).
 *
 * <p>{@link #decode(byte[])} throws {@link IllegalArgumentException} (or the model's own
 * exceptions) on bytes it did not write, never reads past them, and never allocates more than they
 * can hold.
 */
final class SnapshotBytes {
  private static final int MAGIC = 0x52545331; // "RTS1"

  private SnapshotBytes() {}

  /** The bytes of {@code snapshot}. */
  static byte[] encode(SchemaSnapshot snapshot) {
    ByteWriter out = new ByteWriter();
    out.fixedInt(MAGIC);
    out.count(snapshot.schemas().size());
    for (Schema schema : snapshot.schemas()) {
      writeSchema(out, schema);
    }
    return out.bytes();
  }

  /** The snapshot that {@link #encode} turned into {@code bytes}. */
  static SchemaSnapshot decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    if (in.fixedInt() != MAGIC) {
      throw new IllegalArgumentException("not a snapshot");
    }
    int schemas = in.count();
    List<Schema> list = new ArrayList<>(in.capacity(schemas));
    for (int i = 0; i < schemas; i++) {
      list.add(readSchema(in));
    }
    in.requireEnd();
    return new SchemaSnapshot(list);
  }

  private static void writeSchema(ByteWriter out, Schema schema) {
    out.string(schema.name());
    out.count(schema.tables().size());
    for (Table table : schema.tables()) {
      writeTable(out, table);
    }
    out.count(schema.views().size());
    for (View view : schema.views()) {
      out.string(view.name());
      out.string(view.definition());
      out.string(view.comment());
    }
    out.count(schema.sequences().size());
    for (Sequence s : schema.sequences()) {
      out.string(s.name());
      out.string(s.dataType());
      out.fixedLong(s.start());
      out.fixedLong(s.increment());
      out.fixedLong(s.minValue());
      out.fixedLong(s.maxValue());
      out.fixedLong(s.cache());
      out.flag(s.cycle());
      out.string(s.ownedBy());
    }
    out.count(schema.enumTypes().size());
    for (EnumType e : schema.enumTypes()) {
      out.string(e.name());
      out.strings(e.labels());
    }
  }

  private static Schema readSchema(ByteReader in) {
    String name = in.string();
    int tableCount = in.count();
    List<Table> tables = new ArrayList<>(in.capacity(tableCount));
    for (int i = 0; i < tableCount; i++) {
      tables.add(readTable(in));
    }
    int viewCount = in.count();
    List<View> views = new ArrayList<>(in.capacity(viewCount));
    for (int i = 0; i < viewCount; i++) {
      views.add(new View(in.string(), in.string(), in.string()));
    }
    int sequenceCount = in.count();
    List<Sequence> sequences = new ArrayList<>(in.capacity(sequenceCount));
    for (int i = 0; i < sequenceCount; i++) {
      sequences.add(new Sequence(in.string(), in.string(), in.fixedLong(), in.fixedLong(), in.fixedLong(),
          in.fixedLong(), in.fixedLong(), in.flag(), in.string()));
    }
    int enumCount = in.count();
    List<EnumType> enums = new ArrayList<>(in.capacity(enumCount));
    for (int i = 0; i < enumCount; i++) {
      enums.add(new EnumType(in.string(), in.strings()));
    }
    return new Schema(name, tables, views, sequences, enums);
  }

  private static void writeTable(ByteWriter out, Table table) {
    out.string(table.name());
    out.count(table.columns().size());
    for (Column c : table.columns()) {
      out.string(c.name());
      out.string(c.type().reported());
      out.string(c.type().normalized());
      out.flag(c.nullable());
      out.string(c.defaultExpression());
      out.count(c.identity().ordinal());
      out.flag(c.generated() != null);
      if (c.generated() != null) {
        out.string(c.generated().expression());
        out.flag(c.generated().stored());
      }
      out.string(c.comment());
    }
    out.flag(table.primaryKey() != null);
    if (table.primaryKey() != null) {
      out.string(table.primaryKey().name());
      out.strings(table.primaryKey().columns());
    }
    out.count(table.uniqueConstraints().size());
    for (UniqueConstraint u : table.uniqueConstraints()) {
      out.string(u.name());
      out.strings(u.columns());
      out.flag(u.deferrable());
      out.flag(u.initiallyDeferred());
    }
    out.count(table.indexes().size());
    for (Index index : table.indexes()) {
      writeIndex(out, index);
    }
    out.count(table.foreignKeys().size());
    for (ForeignKey f : table.foreignKeys()) {
      out.string(f.name());
      out.strings(f.columns());
      out.string(f.referencedSchema());
      out.string(f.referencedTable());
      out.strings(f.referencedColumns());
      out.count(f.onDelete().ordinal());
      out.count(f.onUpdate().ordinal());
      out.flag(f.deferrable());
      out.flag(f.initiallyDeferred());
    }
    out.count(table.checks().size());
    for (CheckConstraint check : table.checks()) {
      out.string(check.name());
      out.string(check.expression());
    }
    out.string(table.comment());
  }

  private static Table readTable(ByteReader in) {
    Table.Builder table = Table.builder(in.string());
    int columnCount = in.count();
    for (int i = 0; i < columnCount; i++) {
      table.column(readColumn(in));
    }
    if (in.flag()) {
      table.primaryKey(new PrimaryKey(in.string(), in.strings()));
    }
    int uniqueCount = in.count();
    for (int i = 0; i < uniqueCount; i++) {
      table.unique(new UniqueConstraint(in.string(), in.strings(), in.flag(), in.flag()));
    }
    int indexCount = in.count();
    for (int i = 0; i < indexCount; i++) {
      table.index(readIndex(in));
    }
    int foreignKeyCount = in.count();
    for (int i = 0; i < foreignKeyCount; i++) {
      table.foreignKey(new ForeignKey(in.string(), in.strings(), in.string(), in.string(), in.strings(),
          in.constant(ReferentialAction.values()), in.constant(ReferentialAction.values()), in.flag(), in.flag()));
    }
    int checkCount = in.count();
    for (int i = 0; i < checkCount; i++) {
      table.check(new CheckConstraint(in.string(), in.string()));
    }
    return table.comment(in.string()).build();
  }

  private static Column readColumn(ByteReader in) {
    String name = in.string();
    ColumnType type = new ColumnType(in.string(), in.string());
    boolean nullable = in.flag();
    String defaultExpression = in.string();
    Identity identity = in.constant(Identity.values());
    GeneratedColumn generated = in.flag() ? new GeneratedColumn(in.string(), in.flag()) : null;
    return new Column(name, type, nullable, defaultExpression, identity, generated, in.string());
  }

  private static void writeIndex(ByteWriter out, Index index) {
    out.string(index.name());
    out.flag(index.unique());
    out.count(index.columns().size());
    for (IndexColumn key : index.columns()) {
      out.string(key.column());
      out.string(key.expression());
      out.flag(key.descending());
    }
    out.string(index.predicate());
    out.string(index.method());
  }

  private static Index readIndex(ByteReader in) {
    String name = in.string();
    boolean unique = in.flag();
    int keyCount = in.count();
    List<IndexColumn> keys = new ArrayList<>(in.capacity(keyCount));
    for (int i = 0; i < keyCount; i++) {
      keys.add(new IndexColumn(in.string(), in.string(), in.flag()));
    }
    return new Index(name, unique, keys, in.string(), in.string());
  }
}
