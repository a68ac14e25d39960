package org.entente.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data files of the extractor: built-in ones from the classpath, then, for each
 * directory in ENTENTE_DICT (path-separated), a file of the same relative name merged over them.
 * Blank lines and lines starting with # are left out.
 */
public final class Resources {

  private Resources() {}

  /** The lines of a built-in data file followed by those of the user's files of the same name. */
  public static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
    if (in != null) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        r.lines().forEach(l -> keep(out, l));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path dir : userDirs()) {
      Path f = dir.resolve(name.startsWith("entente/dict/") ? name.substring("entente/dict/".length()) : name);
      if (Files.isRegularFile(f)) {
        try {
          Files.readAllLines(f, StandardCharsets.UTF_8).forEach(l -> keep(out, l));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read dictionary file " + f, e);
        }
      }
    }
    return out;
  }

  private static void keep(List<String> out, String line) {
    String t = line.strip();
    if (!t.isEmpty() && !t.startsWith("#")) out.add(line.charAt(0) == '\uFEFF' ? line.substring(1) : line);
  }

  private static List<Path> userDirs() {
    String env = System.getProperty("entente.dict", System.getenv("ENTENTE_DICT"));
    List<Path> dirs = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      for (String p : env.split(java.io.File.pathSeparator)) if (!p.isBlank()) dirs.add(Path.of(p));
    }
    return dirs;
  }
}
