package dev.retort.dialect.postgres;

/**
 * The catalog queries of {@link PostgresReflector}: one per object kind, each across every table
 * of the schemas given as its one parameter ({@code text[]}), so their number does not grow with
 * the schema. Partitions are read through their parent only.
 */
final class PgCatalog {
  private PgCatalog() {}

  private static final String TABLE = "c.relkind IN ('r', 'p') AND NOT c.relispartition";
  private static final String IN_SCHEMAS = " AND n.nspname = ANY (?::text[])";
  private static final String FROM_CLASS = " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace";
  private static final String DESCRIPTION = " LEFT JOIN pg_description d ON d.objoid = c.oid"
      + " AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0";

  static final String SCHEMAS = "SELECT nspname FROM pg_namespace"
      + " WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%' ORDER BY nspname";

  static final String TABLES = "SELECT n.nspname, c.relname, d.description" + FROM_CLASS + DESCRIPTION
      + " WHERE " + TABLE + IN_SCHEMAS;

  static final String COLUMNS = "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
      + " a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated, d.description"
      + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
      + " LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass"
      + " AND d.objsubid = a.attnum"
      + " WHERE " + TABLE + " AND a.attnum > 0 AND NOT a.attisdropped" + IN_SCHEMAS
      + " ORDER BY n.nspname, c.relname, a.attnum";

  private static final String KEY_NAMES = "ARRAY(SELECT a.attname::text FROM unnest(k.%1$s) WITH ORDINALITY u(num, ord)"
      + " JOIN pg_attribute a ON a.attrelid = k.%2$s AND a.attnum = u.num ORDER BY u.ord)";

  static final String CONSTRAINTS = "SELECT n.nspname, c.relname, k.conname, k.contype, "
      + String.format(KEY_NAMES, "conkey", "conrelid") + ", fn.nspname, fc.relname, "
      + String.format(KEY_NAMES, "confkey", "confrelid") + ", k.confdeltype, k.confupdtype, k.condeferrable,"
      + " k.condeferred, pg_get_expr(k.conbin, k.conrelid, true)"
      + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " LEFT JOIN pg_class fc ON fc.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
      + " WHERE k.contype IN ('p', 'u', 'f', 'c') AND " + TABLE + IN_SCHEMAS;

  private static final String PER_KEY = "ARRAY(SELECT %s FROM generate_series(1, x.indnkeyatts) g(k)"
      + " LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[g.k - 1] AND x.indkey[g.k - 1] <> 0"
      + " ORDER BY g.k)";

  /**
   * Indexes other than those behind primary key, unique and exclusion constraints. A key's text
   * ({@code pg_get_indexdef}) is read for expression keys only, the ones that have no column: it
   * opens the index's relation cache entry, which a fresh session builds for every index it names.
   */
  static final String INDEXES = "SELECT n.nspname, c.relname, i.relname, x.indisunique, am.amname,"
      + " pg_get_expr(x.indpred, x.indrelid, true), "
      + String.format(PER_KEY, "a.attname::text") + ", "
      + String.format(PER_KEY, "CASE WHEN x.indkey[g.k - 1] = 0 THEN pg_get_indexdef(x.indexrelid, g.k, true) END") + ", "
      + String.format(PER_KEY, "(x.indoption[g.k - 1] & 1) = 1")
      + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam"
      + " JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " WHERE " + TABLE + IN_SCHEMAS
      + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid"
      + " AND k.contype IN ('p', 'u', 'x'))";

  static final String VIEWS = "SELECT n.nspname, c.relname, pg_get_viewdef(c.oid, true), d.description"
      + FROM_CLASS + DESCRIPTION + " WHERE c.relkind = 'v'" + IN_SCHEMAS;

  /** Sequences not behind an identity column, with the {@code table.column} that owns them. */
  static final String SEQUENCES = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart,"
      + " s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, oc.relname, oa.attname"
      + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " LEFT JOIN pg_depend o ON o.classid = 'pg_catalog.pg_class'::regclass AND o.objid = c.oid"
      + " AND o.refclassid = 'pg_catalog.pg_class'::regclass AND o.deptype IN ('a', 'i')"
      + " LEFT JOIN pg_class oc ON oc.oid = o.refobjid"
      + " LEFT JOIN pg_attribute oa ON oa.attrelid = o.refobjid AND oa.attnum = o.refobjsubid"
      + " WHERE (o.deptype IS NULL OR o.deptype = 'a')" + IN_SCHEMAS;

  static final String ENUMS = "SELECT n.nspname, t.typname,"
      + " ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)"
      + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e'" + IN_SCHEMAS;
}
