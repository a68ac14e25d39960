package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  @TempDir Path dir;
  final List<Article> articles = new ArrayList<>();
  final List<InputProblem> problems = new ArrayList<>();

  private void readAll() {
    ArticleReader r = new ArticleReader(articles::add, problems::add);
    for (Path f : r.files(List.of(dir))) r.read(f);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void badJsonlRecordsAreReportedByLineAndTheRestIsKept() throws IOException {
    write("a.jsonl", """
        {"id": "1", "text": "France and Germany met."}
        {"id": "2", "text": "unterminated
        {"id": "3", "title": "no text"}
        {"id": "4", "text": "   "}
        {"id": "5", "text": "Iran and Iraq met.", "published": "yesterday"}
        {"id": "6", "text": "Japan and Korea met.", "published": "2024-05-01T10:00:00Z"}
        """);
    readAll();
    assertThat(articles).extracting(Article::id).containsExactly("1", "6");
    assertThat(problems.get(0).toString()).startsWith(dir.resolve("a.jsonl") + ":2: malformed JSON: Unexpected end-of-input");
    assertThat(problems.subList(1, problems.size())).extracting(InputProblem::toString).containsExactly(
        dir.resolve("a.jsonl") + ":3: no \"text\" field",
        dir.resolve("a.jsonl") + ":4: empty text",
        dir.resolve("a.jsonl") + ":5: \"published\" is not an ISO-8601 date: \"yesterday\"");
    assertThat(articles.get(1).published()).hasToString("2024-05-01");
  }

  @Test
  void aTruncatedJsonArrayKeepsTheObjectsBeforeTheBreak() throws IOException {
    write("t.json", "[{\"id\": \"ok\", \"text\": \"Chile and Peru met.\"},\n {\"id\": \"t1\", \"text\": \"Japan and");
    readAll();
    assertThat(articles).extracting(Article::id).containsExactly("ok");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).endsWith("t.json");
      assertThat(p.line()).isEqualTo(2);
    });
  }

  @Test
  void binaryFilesAreRefusedAndLatin1IsReadWithAWarning() throws IOException {
    byte[] bin = new byte[512];
    for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i * 37);
    Files.write(dir.resolve("bin.txt"), bin);
    Files.write(dir.resolve("latin.txt"), "Sanctions\n\nLa Corée du Nord".getBytes(StandardCharsets.ISO_8859_1));
    readAll();
    assertThat(articles).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("La Corée du Nord"));
    assertThat(problems).extracting(InputProblem::toString).anyMatch(s -> s.contains("bin.txt") && s.contains("binary"));
    assertThat(problems).extracting(InputProblem::toString).anyMatch(s -> s.contains("latin.txt") && s.contains("Windows-1252"));
  }

  @Test
  void txtTakesItsFirstLineAsTitleAndHtmlItsMainText() throws IOException {
    write("a.txt", "\n\nThe title\nThe body.\nMore body.");
    write("p.html", "<html lang=\"en\"><head><title>EU sanctions Belarus</title></head><body><nav>menu</nav>"
        + "<article><p>The EU imposed sanctions on Belarus.</p><p>Second.</p></article><footer>(c)</footer></body></html>");
    readAll();
    assertThat(articles).extracting(Article::title).containsExactly("The title", "EU sanctions Belarus");
    assertThat(articles.get(0).text()).isEqualTo("The body.\nMore body.");
    assertThat(articles.get(1).text()).isEqualTo("The EU imposed sanctions on Belarus.\nSecond.");
    assertThat(articles.get(1).lang()).isEqualTo("en");
  }

  @Test
  void idsDerivedFromContentAreStable() throws IOException {
    write("x.jsonl", "{\"text\": \"Same text\"}\n{\"text\": \"Same text\"}\n{\"text\": \"Other\"}\n");
    readAll();
    assertThat(articles.get(0).id()).isEqualTo(articles.get(1).id()).isNotEqualTo(articles.get(2).id());
  }

  @Test
  void emptyFilesAndUnknownPathsAreReported() throws IOException {
    write("empty.jsonl", "");
    ArticleReader r = new ArticleReader(articles::add, problems::add);
    List<Path> files = r.files(List.of(dir, dir.resolve("missing.jsonl")));
    for (Path f : files) r.read(f);
    assertThat(problems).extracting(InputProblem::reason).contains("empty file", "no such file or directory");
  }
}
