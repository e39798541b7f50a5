package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.source.EntitySchemaExport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The export prints nothing itself: Hibernate's messages go through JBoss Logging to
 * java.util.logging (no other logging backend is on Retort's class path), which the CLI drops
 * without -v and shows with it.
 */
class QuietTest {
  @Test
  void ddl_printsNothingAndHibernateLogsThroughJavaUtilLogging() {
    Logger hibernate = Logger.getLogger("org.hibernate");
    Records records = new Records();
    hibernate.addHandler(records);
    hibernate.setUseParentHandlers(false);
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Shop.export("dev.retort.jpa.shop", "postgresql");
    } finally {
      System.setOut(out);
      hibernate.removeHandler(records);
      hibernate.setUseParentHandlers(true);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(records.messages).anySatisfy(m -> assertThat(m).contains("HHH"));
  }

  @Test
  void serviceLoader_findsTheHibernateExport() {
    assertThat(ServiceLoader.load(EntitySchemaExport.class).stream().map(p -> p.type().getName()))
        .containsExactly(HibernateEntitySchemaExport.class.getName());
  }

  /** Keeps the messages of the records it is given. */
  private static final class Records extends Handler {
    final List<String> messages = new ArrayList<>();

    Records() {
      setLevel(Level.ALL);
    }

    @Override
    public synchronized void publish(LogRecord record) {
      messages.add(record.getLoggerName() + ": " + record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
