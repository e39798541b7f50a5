package dev.retort.error;

/**
 * Stable error codes, {@code RT-<area><nnn>}: G graph, S script, P plan, V validate/store, D dialect,
 * L lock, C config, B build tools (the Maven plugin), T verify, F fleets. Each code has a page in {@code docs/errors.md}; never renumber one.
 */
public enum ErrorCode {
  /** Two script files declare the same revision id. */
  G001("duplicate revision id"),
  /** A target that needs one head met several. */
  G002("several heads"),
  /** The parent / depends-on edges form a cycle. */
  G003("cycle in revision graph"),
  /** A target names no revision, label or keyword. */
  G004("unknown revision"),
  /** A revision prefix matches more than one revision. */
  G005("ambiguous revision prefix"),
  /** A relative move would have to choose between branches. */
  G006("ambiguous relative move"),
  /** Two revisions declare the same branch label, or a label equals a revision id. */
  G007("duplicate branch label"),
  /** A relative move runs past a base or a head. */
  G008("relative move out of range"),
  /** A target is malformed (syntax). */
  G009("malformed target"),
  /** A target needs the database's current state, which this command does not read. */
  G010("target needs the database"),
  /** A revision names itself or the same parent twice. */
  G011("bad parent list"),
  /** A range's lower end is not an ancestor of its upper end. */
  G012("range ends not related"),
  /** A squash revision's {@code Replaces:} is not a linear chain of revisions, or overlaps another squash. */
  G020("invalid squash"),
  /** A downgrade target that is not applied. */
  P001("not a downgrade target"),
  /** A downgrade target applied only because another revision depends on it. */
  P002("dependency-only downgrade target"),
  /** A target inside a squashed range, on a database that applied the range as its squash. */
  P010("target inside a squashed range"),
  /** A version row names a revision that no script declares. */
  V001("applied revision has no script"),
  /** The version column is narrower than an id the run must write, and auto-widening is off. */
  V002("version column too narrow"),
  /** The version table holds a value that is not a revision id. */
  V003("bad version row"),
  /** A statement of a revision failed. */
  V004("statement failed"),
  /** A revision cannot run in this direction or mode. */
  V005("revision cannot run"),
  /** A Java revision's upgrade or downgrade threw. */
  V006("Java revision failed"),
  /** Code run by a migration (a Java revision) called System.exit during the run. */
  V007("revision ended the process"),
  /** A transactional revision holds a statement the database refuses inside a transaction (CONCURRENTLY). */
  V008("CONCURRENTLY in a transactional revision"),
  /** An application refuses to start: an applied revision's file was edited or deleted (validate-on-migrate). */
  V009("applied revision edited or missing"),
  /** A statement of a repeatable revision failed. */
  V010("repeatable revision failed"),
  /** {@code accept} named a revision that is not applied, or whose file did not change since it was applied. */
  V020("revision cannot be accepted"),
  /** The version table holds a row that a rename cannot map: no revision file has it and it is not a renamed id. */
  V021("version row unknown to the rename"),
  /** A callback (a SQL file or a Java handler) failed during upgrade or downgrade. */
  V030("callback failed"),
  /** A revision that ran outside one transaction was started and never completed; runs refuse until it is resolved. */
  V040("unresolved revision"),
  /** {@code resolve} named a revision that has no started, unresolved record. */
  V041("nothing to resolve"),
  /** {@code resolve --applied} cannot move the version table: it is not where the unfinished step left it. */
  V042("version table moved since the step started"),
  /** The database URL names no supported database. */
  D001("unsupported database URL"),
  /** The database cannot be reached. */
  D002("database unreachable"),
  /** A table, column, index or constraint name Retort will not put into SQL. */
  D003("illegal identifier"),
  /** An operation that cannot be compiled against the schema as it is. */
  D004("operation cannot be compiled"),
  /** The version column would be wider than the database can index as the version table's primary key (MySQL). */
  D005("version column beyond the key limit"),
  /** The migration lock was not acquired in time. */
  L001("lock timeout"),
  /** The run was stopped while it waited for the lock. */
  L002("stopped while waiting for the lock"),
  /** A lease lock was taken over by another run because its holder fell silent for longer than the lease. */
  L003("migration lock lost"),
  /** A file could not be read. */
  S001("unreadable script file"),
  /** A revision header is malformed or incomplete. */
  S002("malformed revision header"),
  /** A revision id has illegal characters or length. */
  S003("illegal revision id"),
  /** {@code Revises:} names no revision. */
  S004("unknown parent revision"),
  /** {@code Depends-On:} names no revision or label. */
  S005("unknown dependency"),
  /** The script directory does not exist. */
  S006("script directory not found"),
  /** A SQL revision's sections are missing or out of order. */
  S007("malformed revision body"),
  /** A Java revision has compile errors. */
  S008("Java revision does not compile"),
  /** A Java revision must be compiled, and the running Java has no compiler (a JRE, not a JDK). */
  S009("no Java compiler"),
  /** A compiled Java revision has no usable class: none matches the id, or it is not a Migration. */
  S010("Java revision class unusable"),
  /** A revision message holds a line break or another control character. */
  S011("revision message is not one line"),
  /** A Java revision's source on the class path, without the compiled class that would run it. */
  S012("Java revision source without its class"),
  /** A SQL file uses a {@code ${name}} placeholder that has no value. */
  S013("placeholder has no value"),
  /** A file in a callbacks folder whose name is no callback event. */
  S020("unknown callback file"),
  /** An Alembic revision's header value is computed at run time (a call, a name, an f-string). */
  S030("Alembic revision header computed at run time"),
  /** An Alembic revision's header cannot be read: Python syntax Retort does not read, or no {@code revision}. */
  S031("Alembic revision header unreadable"),
  /** A run would execute an Alembic revision's Python body. */
  S032("Alembic revision cannot run in Retort"),
  /** {@code retort import-alembic} cannot write the Retort project: not an Alembic project, a folder in use, no dialect. */
  S040("cannot import the Alembic project"),
  /** A run would execute a revision marked {@code Incomplete:} (its body is still Python in a comment). */
  S041("revision marked incomplete"),
  /** A new revision or project cannot be written (bad input, existing files, several heads). */
  A001("cannot author revision"),
  /** {@code lint --since} cannot ask git which files were added. */
  A002("cannot list added files"),
  /** {@code lint --since} names both a revision and a git ref, or neither. */
  A003("ambiguous or unknown lint --since"),
  /** The lint baseline file cannot be read, parsed or written. */
  A004("bad lint baseline file"),
  /** An application refuses to start: lint found errors in the revisions (fail-on-lint-errors). */
  A005("lint errors at start-up"),
  /** {@code rename-revision} or {@code rewrite-ids} cannot rename: an unknown or taken id, no revision selected, a file it cannot write. */
  A006("cannot rename revision"),
  /** An id mapping file ({@code rewrite-ids --mapping-out} / {@code --apply-mapping}) cannot be read, parsed or written. */
  A007("bad id mapping file"),
  /** Writing the renamed files failed; every file was put back and the database left unchanged. */
  A008("renamed files not written"),
  /** {@code retort squash} cannot squash the range, or cannot prune while a database still needs the old revisions. */
  A010("cannot squash"),
  /** An output file ({@code graph -o}) cannot be written: its folder is missing or not writable. */
  A011("cannot write output file"),
  /** The configuration file is unreadable or not valid TOML. */
  C001("bad configuration file"),
  /** A configuration value has the wrong type or an unknown key. */
  C002("bad configuration value"),
  /** The Maven plugin cannot use a {@code settings.xml} server: not there, not decryptable, or credentials twice. */
  B001("settings.xml server unusable"),
  /** A Maven goal is missing a parameter it needs (the target of downgrade, the message of revision). */
  B002("goal parameter missing"),
  /** A desired-schema file ({@code schema.sql} or a file of a schema folder) fails to apply. */
  M001("schema file fails to apply"),
  /** {@code check --url}: the live database is not at head, so its schema cannot be compared. */
  M002("database not at head"),
  /** A schema source ({@code --from}, {@code --to}, {@code schema}) that names nothing Retort can read. */
  M003("unknown schema source"),
  /** A command that compares with the desired schema, and none is configured. */
  M004("no desired schema"),
  /** No scratch database could be had: {@code dev_url} unreachable, no server to create one on, embedded start failed. */
  M005("scratch database unavailable"),
  /** {@code dev_url} names a database that holds tables: a scratch database must be empty. */
  M006("scratch database not empty"),
  /** The migrations fail to replay on the scratch database. */
  M007("migrations fail to replay"),
  /** Rename hints that do not fit the schemas ({@code renamed-from} an unknown table or column). */
  M008("bad rename hint"),
  /** JPA entities named by {@code schema = "jpa:<package>"} cannot be turned into a schema. */
  M010("entities do not load"),
  /** {@code schema = "jpa:..."} without a class path to find the entities on. */
  M011("no class path for entities"),
  /** {@code schema = "jpa:..."} and Retort's JPA support (retort-jpa, Hibernate ORM) is not installed. */
  M012("JPA support not installed"),
  /** An autogenerated operation that the chosen revision format cannot express. */
  M015("operation cannot be written"),
  /** {@code verify --url} names a database that holds data (tables or version rows). */
  T001("verify database holds data"),
  /** An option of {@code verify} is unusable: a seed file cannot be read, a revision named is not one revision. */
  T002("bad verify option"),
  /** {@code verify --junit FILE} cannot write its file. */
  T003("verify report cannot be written"),
  /** The {@code [fleet]} table (or a {@code --fleet} file) has a value of the wrong type, an unknown key or a missing one. */
  F001("bad fleet configuration"),
  /** A fleet value names an environment variable ({@code ${NAME}}) that is not set. */
  F002("fleet variable not set"),
  /** Two fleet targets have the same name. */
  F003("duplicate fleet target"),
  /** A fleet target has a {@code schema} and its database has no schemas (SQLite). */
  F004("schema not supported by the database"),
  /** A fleet command and no {@code [fleet]} table in the configuration or the {@code --fleet} file. */
  F005("no fleet configured"),
  /** {@code --shard}, {@code --only} or {@code --tag} select nothing, or are malformed. */
  F006("bad fleet selection"),
  /** The {@code names_query} of a {@code [[fleet.generate]]} entry fails. */
  F007("fleet names query failed"),
  /** {@code fleet check --drift}: a target's live schema differs from what its applied revisions produce. */
  F008("fleet target schema drift"),
  /** A fleet report file ({@code --report FILE}) cannot be written: an unknown extension, or the file system refused. */
  F101("fleet report cannot be written"),
  /** A fleet report file cannot be read back: missing, not JSON, or JSON that is not a fleet report. */
  F102("fleet report cannot be read"),
  /** Fleet reports that cannot be merged: none given, or of different commands or revision targets. */
  F103("fleet reports cannot be merged");

  private final String title;

  ErrorCode(String title) {
    this.title = title;
  }

  /** A short title for listings and docs. */
  public String title() {
    return title;
  }

  /** The code as users see it, e.g. {@code RT-G002}. */
  public String display() {
    return "RT-" + name();
  }
}
