package org.entente.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * Floors under the extractor's scores on the development set, so a change that makes it read
 * worse fails the build. Raise them when the extractor improves; never lower them to pass.
 */
class DevSetScoreTest {

  private static final Extractor EXTRACTOR = new Extractor();
  private static final Path DEVSET = Path.of("src/test/resources/devset");

  @Test
  void tunedPartStaysAboveItsFloor() throws Exception {
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("tune"), DEVSET.resolve("seeds.jsonl"), DEVSET.resolve("tune2"),
        DEVSET.resolve("tune3"), DEVSET.resolve("tune4"), DEVSET.resolve("tune5")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.92);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.95);
    assertThat(s.mentions().get("states").f1()).as("state mentions " + s.mentions().get("states")).isGreaterThanOrEqualTo(0.985);
    assertThat(s.mentions().get("leaders").f1()).as("leader mentions").isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void latestTunedSetsStayAboveTheirFloor() throws Exception {
    // tune6 and tune7: 72 wire articles in the six languages, first scored unseen at 0.689 and 0.746
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("tune6"), DEVSET.resolve("tune7")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.80);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void newestTunedSetsStayAboveTheirFloor() throws Exception {
    // tune8, tune9 and tune10: 90 wire articles, first scored unseen at 0.664, 0.760 and 0.822
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("tune8"), DEVSET.resolve("tune9"), DEVSET.resolve("tune10")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.875);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void setsTunedLastStayAboveTheirFloor() throws Exception {
    // tune11 and tune12: 66 wire articles, first scored unseen at 0.676 and 0.680
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("tune11"), DEVSET.resolve("tune12")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.79);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.89);
  }

  @Test
  void tune13StaysAboveItsFloor() throws Exception {
    // tune13: 36 wire articles, first scored unseen at 0.681
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("tune13")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.81);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void tune14StaysAboveItsFloor() throws Exception {
    // tune14: 36 wire articles, first scored unseen at 0.718
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("tune14")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.80);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.88);
  }

  @Test
  void tune16And17StayAboveTheirFloor() throws Exception {
    // tune16 and tune17: 72 articles, first scored unseen at 0.807 and 0.806
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("tune16"), DEVSET.resolve("tune17")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void tune15StaysAboveItsFloor() throws Exception {
    // tune15: 36 wire articles, first scored unseen at 0.754
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("tune15")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void heldOutPartStaysAboveItsFloor() throws Exception {
    Scorer s = new Scorer(EXTRACTOR).score(List.of(DEVSET.resolve("heldout")));
    assertThat(s.relations().f1()).as("relations micro-F1 " + s.relations()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.relations().precision()).as("relations precision").isGreaterThanOrEqualTo(0.90);
    assertThat(s.mentions().get("states").f1()).as("state mentions").isGreaterThanOrEqualTo(0.98);
    assertThat(s.mentions().get("leaders").f1()).as("leader mentions").isGreaterThanOrEqualTo(0.97);
    assertThat(s.mentions().get("organizations").f1()).as("organization mentions").isGreaterThanOrEqualTo(0.97);
  }
}
