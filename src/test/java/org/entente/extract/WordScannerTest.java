package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class WordScannerTest {

  @Test
  void cutsTheDevelopmentSetAsTheTokenizerDoes() throws IOException {
    List<String> texts = texts();
    int scanned = 0;
    for (String t : texts) {
      List<String> words = scanned(t);
      if (words == null) continue;
      scanned++;
      assertThat(words).as(t).isEqualTo(tokenized(t));
    }
    // the scanner is only worth having if it reads nearly all news in the six languages
    assertThat(scanned).isGreaterThan(texts.size() * 9 / 10);
  }

  @Test
  void cutsRandomTextOfTrickyCharactersAsTheTokenizerDoes() throws IOException {
    String alphabet = "ab Éя19.,;:'’‘·-\"\n(ª€«—…";
    Random random = new Random(29);
    for (int n = 0; n < 20_000; n++) {
      char[] c = new char[1 + random.nextInt(14)];
      for (int i = 0; i < c.length; i++) c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      String t = new String(c);
      assertThat(scanned(t)).as("[%s]", t).isEqualTo(tokenized(t));
    }
  }

  @Test
  void knownRulesOfWordBreaking() {
    assertThat(scanned("the U.S. and l'Otan, 1,000.5 km; G20 a.1 3,a dell’Ue")).containsExactly(
        "the", "U.S", "and", "l'Otan", "1,000.5", "km", "G20", "a", "1", "3", "a", "dell’Ue");
  }

  @Test
  void leavesOtherScriptsAndMarksToTheTokenizer() {
    assertThat(WordScanner.words("Пекин 北京".toCharArray())).isNull();
    assertThat(WordScanner.words("soft\u00adhyphen".toCharArray())).isNull();
    assertThat(WordScanner.words("snake_case".toCharArray())).isNull();
    assertThat(WordScanner.words("x".repeat(300).toCharArray())).isNull();
  }

  private static List<String> scanned(String text) {
    char[] chars = text.toCharArray();
    int[] w = WordScanner.words(chars);
    if (w == null) return null;
    List<String> out = new ArrayList<>();
    for (int i = 1; i < w[0]; i += 3) {
      // the hash it gives is the one the word table computes, or no word would be found again
      assertThat(w[i + 2]).isEqualTo(WordTable.hash(chars, w[i], w[i + 1] - w[i]));
      out.add(text.substring(w[i], w[i + 1]));
    }
    return out;
  }

  private static List<String> tokenized(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (StandardTokenizer ts = new StandardTokenizer()) {
      ts.setReader(new StringReader(text));
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(text.substring(off.startOffset(), off.endOffset()));
      ts.end();
    }
    return out;
  }

  /** The titles and texts of the development set and the sentences of the corpora. */
  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String dir : List.of("src/test/resources/devset", "src/test/resources/corpus")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
          for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            if (p.toString().endsWith(".jsonl")) {
              JsonNode a = json.readTree(line);
              out.add(a.path("title").asText());
              out.add(a.path("text").asText());
            } else {
              out.add(line.substring(line.indexOf('\t') + 1));
            }
          }
        }
      }
    }
    return out;
  }
}
