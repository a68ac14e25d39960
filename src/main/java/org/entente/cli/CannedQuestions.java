package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The canned Cypher questions of {@code queries/}: each file's first comment line says what it
 * answers, then its parameters as {@code $name: what}. Found beside the launcher (entente.home),
 * else in the working directory.
 */
final class CannedQuestions {

  /** One question file: its name (file name without .cypher), what it answers, its parameters. */
  record Question(String name, Path file, String answers, List<String> params, String paramText) {}

  private static final Pattern PARAM = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

  private CannedQuestions() {}

  static Path dir() {
    Path home = Path.of(System.getProperty("entente.home", ".")).resolve("queries");
    return Files.isDirectory(home) ? home : Path.of("queries");
  }

  static List<Question> all() {
    Path dir = dir();
    if (!Files.isDirectory(dir)) return List.of();
    List<Question> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".cypher")).sorted().toList()) out.add(read(f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The question of that name, or null. */
  static Question named(String name) {
    Path f = dir().resolve(name.endsWith(".cypher") ? name : name + ".cypher");
    return Files.isRegularFile(f) ? read(f) : null;
  }

  static Question read(Path f) {
    String text;
    try {
      text = Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(f + ": cannot read: " + e.getMessage());
    }
    String first = text.lines().findFirst().orElse("").strip();
    String header = first.startsWith("//") ? first.substring(2).strip() : "";
    int dollar = header.indexOf('$');
    String answers = (dollar < 0 ? header : header.substring(0, dollar)).strip();
    String paramText = dollar < 0 ? "" : header.substring(dollar).strip();
    List<String> params = new ArrayList<>();
    Matcher m = PARAM.matcher(text);
    while (m.find()) if (!params.contains(m.group(1))) params.add(m.group(1));
    String name = f.getFileName().toString().replaceFirst("\\.cypher$", "");
    return new Question(name, f, answers, params, paramText);
  }
}
