package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The server work of a cold {@code retort check} on PostgreSQL, one phase at a time, each way it
 * could be done (bench/cold-check-profile.sh runs it): {@code CREATE DATABASE} with each strategy,
 * the replay of a revision's DDL in one transaction statement by statement or as JDBC batches, and
 * {@code DROP DATABASE}. Per phase and way: the wall time and the CPU time of the server process
 * that did the work (from {@code /proc/<pid>/stat}, so the server must run on this machine), which
 * load on the machine disturbs less than wall time. Ways alternate within a round.
 *
 * <pre>
 *   java -cp ... dev.retort.bench.ScratchPhases JDBC_URL_OF_A_DATABASE DDL_FILE [ROUNDS]
 * </pre>
 */
public final class ScratchPhases {
  private ScratchPhases() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    List<String> ddl = statements(Files.readString(Path.of(args[1])));
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String server = url.substring(0, url.lastIndexOf('/') + 1);
    Properties props = new Properties();
    props.setProperty("user", System.getProperty("user", "postgres"));
    System.out.printf(Locale.ROOT, "%d statements, %d rounds, load %s%n", ddl.size(), rounds, load());
    try (Connection admin = DriverManager.getConnection(url, props)) {
      for (int round = 1; round <= rounds; round++) {
        for (String strategy : List.of("WAL_LOG", "FILE_COPY")) {
          for (String replay : List.of("one by one", "batches", "savepoint+batches")) {
            String db = "scratch_phases_" + round;
            Sample create = timed(admin, () -> exec(admin, "CREATE DATABASE " + db + " TEMPLATE template0 STRATEGY "
                + strategy));
            Sample run;
            try (Connection c = DriverManager.getConnection(server + db, props)) {
              c.setAutoCommit(false);
              run = timed(c, () -> {
                try (Statement st = c.createStatement()) {
                  if (replay.endsWith("batches")) {
                    java.sql.Savepoint sp = replay.startsWith("savepoint") ? c.setSavepoint() : null;
                    for (String s : ddl) {
                      st.addBatch(s);
                    }
                    st.executeBatch();
                    if (sp != null) {
                      c.releaseSavepoint(sp);
                    }
                  } else {
                    for (String s : ddl) {
                      st.execute(s);
                    }
                  }
                }
                c.commit();
              });
            }
            Sample drop = timed(admin, () -> exec(admin, "DROP DATABASE " + db + " WITH (FORCE)"));
            System.out.printf(Locale.ROOT,
                "round %d  create %-9s %s | replay %-17s %s | drop %s | load %s%n",
                round, strategy, create, replay, run, drop, load());
          }
        }
      }
    }
  }

  interface Work {
    void run() throws SQLException;
  }

  record Sample(long wallMs, long serverCpuMs) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "wall %5d ms, server cpu %5d ms", wallMs, serverCpuMs);
    }
  }

  private static Sample timed(Connection c, Work work) throws Exception {
    int pid = backendPid(c);
    long cpu = cpuMs(pid);
    long t = System.nanoTime();
    work.run();
    long wall = (System.nanoTime() - t) / 1_000_000;
    return new Sample(wall, cpuMs(pid) - cpu);
  }

  private static int backendPid(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** utime + stime of a process, in ms (clock ticks of 10 ms). */
  private static long cpuMs(int pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  /** The file's statements: split on ';' at a line end (the benchmark's DDL has no other). */
  private static List<String> statements(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split(";\\s*\\n")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
