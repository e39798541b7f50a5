package dev.retort.jpa;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.CommandAcceptanceException;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * The create script of a {@link HibernateModel}, written by Hibernate's own schema management tool
 * (what {@code jakarta.persistence.schema-generation.scripts.action=create} runs) to a script
 * target that keeps each statement, in order, instead of a file.
 */
final class CreateScript {
  private CreateScript() {}

  /** The statements that create the model's tables, sequences and constraints. */
  static List<String> of(HibernateModel model) {
    Map<String, Object> settings = new HashMap<>(model.registry().requireService(ConfigurationService.class).getSettings());
    List<String> statements = new ArrayList<>();
    model.registry().requireService(SchemaManagementTool.class).getSchemaCreator(settings).doCreation(
        model.metadata(), new Options(settings), ContributableMatcher.ALL, FromMetadata.INSTANCE, new ToList(statements));
    return statements.stream().map(CreateScript::withoutDelimiter).filter(s -> !s.isEmpty()).toList();
  }

  /** Hibernate ends each command with its delimiter (';'); Retort's statements have none. */
  private static String withoutDelimiter(String command) {
    String statement = command.strip();
    while (statement.endsWith(";")) {
      statement = statement.substring(0, statement.length() - 1).stripTrailing();
    }
    return statement;
  }

  /** Create from the mapping, without namespaces (Retort compares one schema); stop at the first failure. */
  private record Options(Map<String, Object> settings) implements ExecutionOptions, ExceptionHandler {
    @Override
    public Map<String, Object> getConfigurationValues() {
      return settings;
    }

    @Override
    public boolean shouldManageNamespaces() {
      return false;
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return this;
    }

    @Override
    public void handleException(CommandAcceptanceException exception) {
      throw exception;
    }
  }

  /** The mapping is the only source. */
  private enum FromMetadata implements SourceDescriptor {
    INSTANCE;

    @Override
    public SourceType getSourceType() {
      return SourceType.METADATA;
    }

    @Override
    public ScriptSourceInput getScriptSourceInput() {
      return null;
    }
  }

  /** A script target that appends each command to a list. */
  private record ToList(List<String> statements) implements TargetDescriptor, ScriptTargetOutput {
    @Override
    public EnumSet<TargetType> getTargetTypes() {
      return EnumSet.of(TargetType.SCRIPT);
    }

    @Override
    public ScriptTargetOutput getScriptTargetOutput() {
      return this;
    }

    @Override
    public void prepare() {}

    @Override
    public void accept(String command) {
      statements.add(command);
    }

    @Override
    public void release() {}
  }
}
