package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the release archives hold: the same files in the tar.gz and the zip, the launchers, the
 * jar and every library its manifest names, and the repository's docs, licence and README.
 */
class ArchiveContentsIT {
  static final Path REPOSITORY = Path.of(System.getProperty("retort.repository", "..")).toAbsolutePath().normalize();

  @TempDir static Path unpacked;
  static ReleaseArchives archives;
  static Path home;

  @BeforeAll
  static void untar() {
    archives = ReleaseArchives.ofThisBuild();
    home = archives.untar(unpacked);
  }

  @Test
  void tarGzAndZip_holdTheSameFiles_withTheSameExecutableBits() throws IOException {
    Map<String, Boolean> fromTar = files(unpacked);
    Map<String, Boolean> fromZip;
    URI zip = URI.create("jar:" + archives.zip().toUri());
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
      fromZip = files(fs.getPath("/"));
    }
    assertThat(fromTar).as("files of the tar.gz (path: executable)").isNotEmpty();
    assertThat(fromZip).as("files of the zip (path: executable)").isEqualTo(fromTar);
  }

  @Test
  void layout_launchersJarLicenceReadmeAndDocs_underOneFolder() throws IOException {
    String top = archives.folder() + "/";
    Map<String, Boolean> files = files(unpacked);
    assertThat(files.keySet()).allMatch(p -> p.startsWith(top), "under " + top);
    assertThat(files).containsEntry(top + "bin/retort", true)
        .containsEntry(top + "bin/retort.cmd", false)
        .containsEntry(top + "retort.jar", false)
        .containsEntry(top + "LICENSE", false)
        .containsEntry(top + "README.md", false)
        .containsEntry(top + "docs/install.md", false)
        // the classes the build trained bin/retort's class-data archive on (retort-cli/src/build/train-cds.sh)
        .containsEntry(top + "retort.jsa.classes", false);
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
    assertThat(home.resolve("LICENSE")).hasSameBinaryContentAs(REPOSITORY.resolve("LICENSE"));
    assertThat(home.resolve("README.md")).hasSameBinaryContentAs(REPOSITORY.resolve("README.md"));
    Map<String, Boolean> docs = files(REPOSITORY.resolve("docs"));
    assertThat(files(home.resolve("docs")).keySet()).as("docs/ of the archive").isEqualTo(docs.keySet());
    for (String doc : docs.keySet()) {
      assertThat(home.resolve("docs").resolve(doc)).hasSameBinaryContentAs(REPOSITORY.resolve("docs").resolve(doc));
    }
  }

  @Test
  void retortJar_mainClassAndClassPath_nameExactlyTheJarsOfLib() throws IOException {
    Manifest manifest;
    try (JarFile jar = new JarFile(home.resolve("retort.jar").toFile())) {
      manifest = jar.getManifest();
    }
    assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("dev.retort.cli.RetortCli");
    String classPath = manifest.getMainAttributes().getValue("Class-Path");
    assertThat(classPath).as("Class-Path of retort.jar").isNotBlank();
    Set<String> listed = Arrays.stream(classPath.trim().split(" +")).collect(Collectors.toCollection(TreeSet::new));
    Set<String> shipped = files(home.resolve("lib")).keySet().stream().map(name -> "lib/" + name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(shipped).as("lib/ of the archive").isEqualTo(listed);
    assertThat(shipped).anyMatch(p -> p.startsWith("lib/retort-core-"))
        .anyMatch(p -> p.startsWith("lib/sqlite-jdbc-"))
        .anyMatch(p -> p.startsWith("lib/postgresql-"))
        .anyMatch(p -> p.startsWith("lib/mysql-connector-j-"))
        .anyMatch(p -> p.startsWith("lib/mariadb-java-client-"))
        .anyMatch(p -> p.startsWith("lib/h2-"))
        .noneMatch(p -> p.startsWith("lib/protobuf-java-"))
        .noneMatch(p -> p.startsWith("lib/retort-testkit-"));
  }

  @Test
  void launchers_lineEndingsOfTheirPlatform_andTheBuildFilledIn() throws IOException {
    String sh = Files.readString(home.resolve("bin/retort"), StandardCharsets.UTF_8);
    assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r");
    assertThat(sh).as("placeholders the build fills in").doesNotContain("@retort.build@", "@project.version@")
        .contains("retort-" + archives.version() + ".tar.gz");
    byte[] cmd;
    try (InputStream in = Files.newInputStream(home.resolve("bin/retort.cmd"))) {
      cmd = in.readAllBytes();
    }
    String text = new String(cmd, StandardCharsets.US_ASCII);
    assertThat(text).startsWith("@echo off\r\n");
    assertThat(text.replace("\r\n", "")).as("every line of retort.cmd ends with CR LF").doesNotContain("\n", "\r");
  }

  /** Regular files under {@code root}, by relative path with / separators, mapped to: is it executable. */
  private static Map<String, Boolean> files(Path root) throws IOException {
    Map<String, Boolean> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        files.put(relative, Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE));
      }
    }
    return files;
  }
}
