package dev.retort.script;

import dev.retort.error.Location;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.graph.ScriptOrigin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A revision header as written in a script, before ids are checked: the raw values and the line
 * of each field (0 when absent).
 *
 * @param path the script file
 * @param kind SQL or Java
 * @param id the revision id text
 * @param idLine line of the id
 * @param revises parent ids as written
 * @param revisesLine line of {@code Revises:}
 * @param dependsOn dependency ids or labels as written
 * @param dependsOnLine line of {@code Depends-On:}
 * @param branchLabels labels declared
 * @param branchLabelsLine line of {@code Branch-Labels:}
 * @param message the message, or empty
 * @param messageLine line of the message
 * @param createDate the create date text, or empty
 * @param transactional whether the revision runs in a transaction
 * @param checksum SHA-256 hex of the normalised file
 * @param replaces the ids a squash revision replaces ({@code Replaces:}), as written; empty otherwise
 * @param replacesLine line of {@code Replaces:}
 */
public record ScriptHeader(
    Path path,
    RevisionKind kind,
    String id,
    int idLine,
    List<String> revises,
    int revisesLine,
    List<String> dependsOn,
    int dependsOnLine,
    Set<String> branchLabels,
    int branchLabelsLine,
    String message,
    int messageLine,
    String createDate,
    boolean transactional,
    String checksum,
    List<String> replaces,
    int replacesLine) {

  /** A header without {@code Replaces:}. */
  public ScriptHeader(Path path, RevisionKind kind, String id, int idLine, List<String> revises, int revisesLine,
      List<String> dependsOn, int dependsOnLine, Set<String> branchLabels, int branchLabelsLine, String message,
      int messageLine, String createDate, boolean transactional, String checksum) {
    this(path, kind, id, idLine, revises, revisesLine, dependsOn, dependsOnLine, branchLabels, branchLabelsLine,
        message, messageLine, createDate, transactional, checksum, List.of(), 0);
  }

  public ScriptHeader {
    replaces = List.copyOf(replaces);
    revises = List.copyOf(revises);
    dependsOn = List.copyOf(dependsOn);
    branchLabels = Set.copyOf(branchLabels);
  }

  /** The problem of a message that is not one line of text (S011), if it is not. */
  public Optional<HeaderException> messageProblem() {
    String problem = MessageText.problemWith(message);
    return problem == null
        ? Optional.empty()
        : Optional.of(HeaderException.multiLineMessage(new Location(path, messageLine), problem));
  }

  /** The same header with its message written on one line ({@link MessageText#escaped}). */
  public ScriptHeader withOneLineMessage() {
    return new ScriptHeader(path, kind, id, idLine, revises, revisesLine, dependsOn, dependsOnLine, branchLabels,
        branchLabelsLine, MessageText.escaped(message), messageLine, createDate, transactional, checksum, replaces,
        replacesLine);
  }

  /**
   * The revision this header declares. Ids are checked here; a {@code Revises:} value that is not
   * an id at all is reported by {@link ScriptDirectory}, which can see the other files.
   */
  public Revision toRevision() {
    String idProblem = RevisionId.problemWith(id);
    if (idProblem != null) {
      throw HeaderException.illegalId(new Location(path, idLine), idProblem);
    }
    for (String label : branchLabels) {
      if (java.util.Set.of("head", "heads", "base", "current").contains(label)) {
        throw HeaderException.illegalId(
            new Location(path, branchLabelsLine),
            "branch label '" + label + "' is a target keyword, so " + label + "@head would be ambiguous");
      }
      String labelProblem = RevisionId.problemWith(label, "branch label");
      if (labelProblem != null) {
        throw HeaderException.illegalId(new Location(path, branchLabelsLine), labelProblem);
      }
    }
    Optional<HeaderException> messageProblem = messageProblem();
    if (messageProblem.isPresent()) {
      throw messageProblem.get();
    }
    if (dependsOn.contains(id)) {
      throw HeaderException.malformed(
          new Location(path, dependsOnLine),
          "revision " + id + " names itself in Depends-On",
          "remove " + id + " from its own Depends-On line");
    }
    List<RevisionId> parents = new ArrayList<>(revises.size());
    for (String parent : revises) {
      parents.add(RevisionId.of(parent));
    }
    List<RevisionId> replaced = new ArrayList<>(replaces.size());
    for (String old : replaces) {
      String problem = RevisionId.problemWith(old);
      if (problem != null) {
        throw HeaderException.illegalId(new Location(path, replacesLine), "Replaces: " + problem);
      }
      replaced.add(RevisionId.of(old));
    }
    return new Revision(
        RevisionId.of(id),
        parents,
        dependsOn,
        branchLabels,
        message,
        createDate,
        kind,
        checksum,
        transactional,
        new ScriptOrigin(path, idLine, revisesLine, dependsOnLine, branchLabelsLine),
        replaced);
  }
}
