package dev.retort.dialect.postgres;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlWriter;
import dev.retort.dialect.Identifiers;
import dev.retort.dialect.UnrenderableOperationException;
import dev.retort.migration.Sequence;
import dev.retort.ops.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's SQL for the schema objects besides tables: sequences, enum types and comments.
 * Values go in as literals of the compiler that owns this.
 */
final class PgObjects {
  private static final Set<String> SEQUENCE_TYPES = Set.of("smallint", "integer", "bigint");

  private final DdlWriter literals;

  PgObjects(DdlWriter literals) {
    this.literals = literals;
  }

  /** {@code CREATE SEQUENCE name} and the options the spec sets. */
  String createSequence(Sequence s) {
    return "CREATE SEQUENCE " + Identifiers.table(s.name()) + options(s);
  }

  /** {@code ALTER SEQUENCE}, or nothing when the spec sets no option. */
  List<CompiledStatement> alterSequence(Sequence s) {
    String options = options(s);
    return options.isEmpty() ? List.of() : List.of(CompiledStatement.of("ALTER SEQUENCE " + Identifiers.table(s.name()) + options));
  }

  private static String options(Sequence s) {
    StringBuilder sql = new StringBuilder();
    if (s.dataType() != null) {
      String type = s.dataType().strip().toLowerCase(Locale.ROOT);
      if (!SEQUENCE_TYPES.contains(type)) {
        throw new UnrenderableOperationException("sequence " + s.name(), "type '" + s.dataType() + "' is not a sequence type",
            "use smallint, integer or bigint");
      }
      sql.append(" AS ").append(type);
    }
    append(sql, " INCREMENT BY ", s.increment());
    append(sql, " MINVALUE ", s.minValue());
    append(sql, " MAXVALUE ", s.maxValue());
    append(sql, " START WITH ", s.start());
    append(sql, " CACHE ", s.cache());
    if (s.cycles() != null) {
      sql.append(s.cycles() ? " CYCLE" : " NO CYCLE");
    }
    if (s.ownedBy() != null) {
      sql.append(" OWNED BY ").append(s.ownedBy().isEmpty() ? "NONE" : ownerColumn(s.ownedBy()));
    }
    return sql.toString();
  }

  private static void append(StringBuilder sql, String keyword, Long value) {
    if (value != null) {
      sql.append(keyword).append(value);
    }
  }

  /** {@code table.column} or {@code schema.table.column}, each part checked. */
  private static String ownerColumn(String owner) {
    String[] parts = owner.split("\\.", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new UnrenderableOperationException("sequence owner " + owner, "it is not table.column or schema.table.column",
          "ownedBy(\"orders\", \"id\")");
    }
    for (String part : parts) {
      Identifiers.name("sequence owner", part);
    }
    return owner;
  }

  String createEnumType(Op.CreateEnumType op) {
    List<String> values = new ArrayList<>();
    op.values().forEach(v -> values.add(literals.literal(v)));
    return "CREATE TYPE " + Identifiers.table(op.name()) + " AS ENUM (" + String.join(", ", values) + ")";
  }

  String addEnumValue(Op.AddEnumValue op) {
    String place = op.before() != null ? " BEFORE " + literals.literal(op.before())
        : op.after() != null ? " AFTER " + literals.literal(op.after()) : "";
    return "ALTER TYPE " + Identifiers.table(op.type()) + " ADD VALUE " + literals.literal(op.value()) + place;
  }

  String dropEnumType(Op.DropEnumType op) {
    return "DROP TYPE " + (op.ifExists() ? "IF EXISTS " : "") + Identifiers.table(op.name());
  }

  String setComment(Op.SetComment op) {
    String target = switch (op.on()) {
      case TABLE -> "TABLE " + Identifiers.table(op.object());
      case VIEW -> "VIEW " + Identifiers.table(op.object());
      case COLUMN -> "COLUMN " + Identifiers.table(op.object()) + "." + Identifiers.name("column", op.column());
    };
    return "COMMENT ON " + target + " IS " + literals.literal(op.comment());
  }
}
