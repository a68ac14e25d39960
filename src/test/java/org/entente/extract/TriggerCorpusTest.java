package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language's corpus of sentences with the alliance, membership and sanction relations they
 * assert ("-" for none: the traps). Every line must yield exactly its relations, as Duckling runs
 * its positive and negative corpora. Lines the extractor cannot read yet are kept in the file
 * under "# known miss:" so they stay visible without failing the build.
 */
class TriggerCorpusTest {

  private static final Set<String> TYPES = Set.of(Relation.ALLIED_WITH, Relation.MEMBER_OF, Relation.SANCTIONS);

  static Stream<Arguments> lines() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Language l : Language.values()) {
      Path f = Path.of("src/test/resources/corpus", l.code() + ".tsv");
      int n = 0;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t", 2);
        out.add(Arguments.of(l.code() + ":" + n, l, c[0].strip(), c[1].strip()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("lines")
  void sentenceYieldsExactlyItsRelations(String where, Language lang, String expected, String sentence) {
    Set<String> want = new TreeSet<>();
    if (!expected.equals("-")) for (String e : expected.split("\\s+")) want.add(e.contains(":ended") ? e : e + ":active");
    Set<String> got = new TreeSet<>();
    for (Relation r : Read.EXTRACTOR.extract("c", null, sentence, lang, LocalDate.of(2024, 6, 20)).relations()) {
      if (TYPES.contains(r.type())) got.add(r.source() + ":" + r.type() + ":" + r.target() + ":" + r.status());
    }
    assertThat(got).as(where).isEqualTo(want);
  }
}
