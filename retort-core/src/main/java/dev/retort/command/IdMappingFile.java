package dev.retort.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retort.graph.RevisionId;
import dev.retort.run.DatabaseIdRewrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The id mapping file {@code rewrite-ids} writes and {@code rewrite-ids --apply-mapping} reads.
 * A name ending in {@code .tsv} is tab-separated text, one {@code old<TAB>new} line per renamed
 * revision ({@code #} comment lines and an {@code old<TAB>new} title line allowed); any other name is
 * JSON: {@code {"version": 1, "renames": [{"old": "...", "new": "..."}, ...]}}. Renames are listed
 * in topological order of the revisions, bases first.
 */
final class IdMappingFile {
  /** The default file name, in the project's folder. */
  static final String DEFAULT_NAME = "retort-id-mapping.json";

  private static final int VERSION = 1;
  private static final String APPLY = "pass the file rewrite-ids wrote (--mapping-out, default " + DEFAULT_NAME + ")";

  private final Path file;

  IdMappingFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  private boolean tsv() {
    return file.getFileName().toString().endsWith(".tsv");
  }

  /** The file's bytes for {@code renames}. */
  byte[] render(List<DatabaseIdRewrite.Rename> renames) {
    if (tsv()) {
      StringBuilder out = new StringBuilder("# retort rewrite-ids: old id, tab, new id\nold\tnew\n");
      renames.forEach(r -> out.append(r.oldId()).append('\t').append(r.newId()).append('\n'));
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("version", VERSION);
    ArrayNode list = root.putArray("renames");
    renames.forEach(r -> list.addObject().put("old", r.oldId()).put("new", r.newId()));
    try {
      return (json.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  /** The renames the file lists; every id checked, none renamed twice. */
  List<DatabaseIdRewrite.Rename> read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw IdRewriteException.badMapping(file, "does not exist", APPLY);
    } catch (IOException e) {
      throw IdRewriteException.badMapping(file, "cannot be read: " + e.getMessage(), "check the file's permissions");
    }
    List<DatabaseIdRewrite.Rename> renames = tsv() ? fromTsv(text) : fromJson(text);
    Set<String> olds = new HashSet<>();
    Set<String> news = new HashSet<>();
    for (DatabaseIdRewrite.Rename rename : renames) {
      for (String id : List.of(rename.oldId(), rename.newId())) {
        String problem = RevisionId.problemWith(id);
        if (problem != null) {
          throw IdRewriteException.badMapping(file, "holds an entry that is not a revision id: " + problem, APPLY);
        }
      }
      if (!olds.add(rename.oldId()) || !news.add(rename.newId())) {
        throw IdRewriteException.badMapping(file, "maps " + rename.oldId() + " or " + rename.newId() + " twice", APPLY);
      }
    }
    if (renames.isEmpty()) {
      throw IdRewriteException.badMapping(file, "lists no renames", APPLY);
    }
    return renames;
  }

  private List<DatabaseIdRewrite.Rename> fromTsv(String text) {
    List<DatabaseIdRewrite.Rename> renames = new ArrayList<>();
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      String row = line.strip();
      if (row.isEmpty() || row.startsWith("#") || row.equals("old\tnew")) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      if (cells.length != 2) {
        throw IdRewriteException.badMapping(file, "line " + lineNo + " is not 'old<TAB>new': '" + row + "'", APPLY);
      }
      renames.add(new DatabaseIdRewrite.Rename(cells[0].strip(), cells[1].strip()));
    }
    return renames;
  }

  private List<DatabaseIdRewrite.Rename> fromJson(String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw IdRewriteException.badMapping(file, "is not valid JSON (line " + e.getLocation().getLineNr() + ")", APPLY);
    }
    if (root == null || root.path("version").asInt() != VERSION || !root.path("renames").isArray()) {
      throw IdRewriteException.badMapping(file, "is not a version " + VERSION + " id mapping (an object with"
          + " \"version\": 1 and a \"renames\" array)", APPLY);
    }
    List<DatabaseIdRewrite.Rename> renames = new ArrayList<>();
    for (JsonNode entry : root.path("renames")) {
      if (!entry.path("old").isTextual() || !entry.path("new").isTextual()) {
        throw IdRewriteException.badMapping(file, "has a rename without \"old\" and \"new\" strings: " + entry, APPLY);
      }
      renames.add(new DatabaseIdRewrite.Rename(entry.path("old").asText(), entry.path("new").asText()));
    }
    return renames;
  }
}
