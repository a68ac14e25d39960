package org.entente.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Reads articles from files and directories (recursively, in name order) in the contract's
 * formats: JSONL/NDJSON, JSON (one object or an array), TXT (first non-empty line is the title)
 * and HTML. Streams: a large JSONL file is never held whole. Each bad record or file goes to the
 * problem sink with its file and line, and reading goes on.
 */
public final class ArticleReader {

  /** Files larger than this are not read whole (.json, .txt, .html); JSONL streams at any size. */
  static final long MAX_WHOLE_FILE = 256L << 20;
  /** A JSONL line longer than this is skipped without being held. */
  static final int MAX_LINE = 64 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Consumer<Article> articles;
  private final Consumer<InputProblem> problems;

  public ArticleReader(Consumer<Article> articles, Consumer<InputProblem> problems) {
    this.articles = articles;
    this.problems = problems;
  }

  /** The readable files under the paths, in a stable order; missing paths are problems. */
  public List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(f -> format(f) != null).sorted().forEach(out::add);
        } catch (IOException e) {
          problems.accept(new InputProblem(p.toString(), 0, "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        if (format(p) == null) problems.accept(new InputProblem(p.toString(), 0, "unknown format (want .jsonl, .ndjson, .json, .txt, .html or .htm)"));
        else out.add(p);
      } else {
        problems.accept(new InputProblem(p.toString(), 0, "no such file or directory"));
      }
    }
    return out;
  }

  static String format(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return "jsonl";
    if (n.endsWith(".json")) return "json";
    if (n.endsWith(".txt")) return "txt";
    if (n.endsWith(".html") || n.endsWith(".htm")) return "html";
    return null;
  }

  public void read(Path f) {
    String name = f.toString();
    try {
      switch (format(f)) {
        case "jsonl" -> readJsonl(f, name);
        case "json" -> readJson(f, name);
        case "txt" -> readTxt(f, name);
        case "html" -> readHtml(f, name);
        default -> problems.accept(new InputProblem(name, 0, "unknown format"));
      }
    } catch (IOException e) {
      problems.accept(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
    }
  }

  private void readJsonl(Path f, String name) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      long n = 0;
      boolean tooLong = false;
      int c;
      boolean any = false;
      while (true) {
        c = in.read();
        if (c == '\n' || c == -1) {
          if (c == -1 && line.size() == 0 && !tooLong) break;
          n++;
          if (tooLong) {
            problems.accept(new InputProblem(name, n, "line longer than " + (MAX_LINE >> 20) + " MB, skipped"));
          } else {
            any |= jsonlLine(line.toByteArray(), name, n);
          }
          line.reset();
          tooLong = false;
          if (c == -1) break;
        } else if (!tooLong) {
          if (line.size() >= MAX_LINE) {
            tooLong = true;
            line.reset();
          } else {
            line.write(c);
          }
        }
      }
      if (n == 0 && !any) problems.accept(new InputProblem(name, 0, "empty file"));
    }
  }

  private boolean jsonlLine(byte[] b, String name, long n) {
    int len = b.length;
    if (len > 0 && b[len - 1] == '\r') len--;
    boolean blank = true;
    for (int i = 0; i < len && blank; i++) blank = Character.isWhitespace(b[i]);
    if (blank) return false;
    try {
      TextDecoder.Decoded d = TextDecoder.decode(b, len);
      if (d.warning() != null) problems.accept(new InputProblem(name, n, d.warning()));
      JsonNode node;
      try {
        node = JSON.readTree(d.text());
      } catch (JsonProcessingException e) {
        throw new RecordParser.BadRecord("malformed JSON: " + e.getOriginalMessage());
      }
      articles.accept(RecordParser.parse(node, name + ":" + n));
      return true;
    } catch (RecordParser.BadRecord e) {
      problems.accept(new InputProblem(name, n, e.getMessage()));
      return false;
    }
  }

  private byte[] whole(Path f, String name) throws IOException {
    long size = Files.size(f);
    if (size > MAX_WHOLE_FILE) {
      problems.accept(new InputProblem(name, 0, "file larger than " + (MAX_WHOLE_FILE >> 20) + " MB; split it or use JSONL"));
      return null;
    }
    byte[] b = Files.readAllBytes(f);
    if (b.length == 0) {
      problems.accept(new InputProblem(name, 0, "empty file"));
      return null;
    }
    return b;
  }

  private void readJson(Path f, String name) throws IOException {
    byte[] b = whole(f, name);
    if (b == null) return;
    String text;
    try {
      TextDecoder.Decoded d = TextDecoder.decode(b, b.length);
      if (d.warning() != null) problems.accept(new InputProblem(name, 0, d.warning()));
      text = d.text();
    } catch (RecordParser.BadRecord e) {
      problems.accept(new InputProblem(name, 0, e.getMessage()));
      return;
    }
    JsonFactory factory = JSON.getFactory();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.accept(new InputProblem(name, 0, "no JSON value"));
        return;
      }
      if (t == JsonToken.START_OBJECT) {
        one(p, name);
      } else if (t == JsonToken.START_ARRAY) {
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) throw new JsonProcessingException("unexpected end of input: the array is not closed", p.currentLocation()) {};
          one(p, name);
        }
      } else {
        problems.accept(new InputProblem(name, 1, "expected a JSON object or array"));
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.accept(new InputProblem(name, line, "malformed JSON: " + e.getOriginalMessage()));
    }
  }

  private void one(JsonParser p, String name) throws IOException {
    long line = p.currentTokenLocation().getLineNr();
    JsonNode node = JSON.readTree(p);
    try {
      articles.accept(RecordParser.parse(node, name + ":" + line));
    } catch (RecordParser.BadRecord e) {
      problems.accept(new InputProblem(name, line, e.getMessage()));
    }
  }

  private void readTxt(Path f, String name) throws IOException {
    byte[] b = whole(f, name);
    if (b == null) return;
    try {
      TextDecoder.Decoded d = TextDecoder.decode(b, b.length);
      if (d.warning() != null) problems.accept(new InputProblem(name, 0, d.warning()));
      String s = d.text().replace("\r\n", "\n");
      String trimmed = s.stripLeading();
      int nl = trimmed.indexOf('\n');
      String title = nl < 0 ? trimmed.strip() : trimmed.substring(0, nl).strip();
      String body = nl < 0 ? "" : trimmed.substring(nl + 1).strip();
      if (body.isEmpty()) {
        body = title; // a one-line file: its line is both title and text
      }
      articles.accept(RecordParser.of(null, title, body, null, null, null, null, name));
    } catch (RecordParser.BadRecord e) {
      problems.accept(new InputProblem(name, 0, e.getMessage()));
    }
  }

  private void readHtml(Path f, String name) throws IOException {
    byte[] b = whole(f, name);
    if (b == null) return;
    try {
      TextDecoder.Decoded d = TextDecoder.decode(b, b.length);
      HtmlText.Page page = HtmlText.extract(Jsoup.parse(d.text()));
      articles.accept(RecordParser.of(null, page.title(), page.text(), page.published(), page.url(), null, page.lang(), name));
    } catch (RecordParser.BadRecord e) {
      problems.accept(new InputProblem(name, 0, e.getMessage()));
    }
  }
}
