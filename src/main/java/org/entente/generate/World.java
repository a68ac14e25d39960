package org.entente.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The history the generated news reports on, drawn once from the seed: alliances, sanctions and
 * memberships that start on a date and may end (sanctions lifted, then sometimes reimposed), and
 * treaties signed by two states. States are weighted by a power law so that a few, like the first
 * ones of names.tsv, are mentioned in a large share of the articles, as in real news.
 */
final class World {

  static final LocalDate FIRST = LocalDate.of(2005, 1, 1);
  static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;

  /** One relation's history: active from each start until the matching end, if any. */
  record Fact(String type, String source, String target, List<LocalDate> starts, List<LocalDate> ends, String treaty) {

    /** "active", "ended" (within a year after an end), or null when the fact is not news at that date. */
    String statusAt(LocalDate d) {
      for (int i = starts.size() - 1; i >= 0; i--) {
        if (starts.get(i).isAfter(d)) continue;
        if (i < ends.size()) {
          LocalDate e = ends.get(i);
          if (e.isAfter(d)) return "active";
          return d.isBefore(e.plusDays(365)) ? "ended" : null;
        }
        return "active";
      }
      return null;
    }
  }

  final List<String> states;
  final double[] cumulative; // state weights, cumulated
  final List<Fact> facts = new ArrayList<>();

  World(Phrasebook book, long seed) {
    states = orderedStates(book);
    cumulative = new double[states.size()];
    double sum = 0;
    for (int i = 0; i < states.size(); i++) cumulative[i] = sum += 1 / Math.pow(i + 1, 1.1);
    SplittableRandom r = new SplittableRandom(seed);
    List<String> orgs = new ArrayList<>(book.ids("org"));
    List<String> sanctioners = new ArrayList<>(List.of("EU", "UN", "G7"));
    sanctioners.retainAll(orgs);
    Set<String> seen = new HashSet<>();
    int n = states.size();
    for (int k = 0; k < n * 6; k++) {
      String a = state(r);
      String b = state(r);
      if (a.equals(b)) continue;
      double kind = r.nextDouble();
      if (kind < 0.45) {
        String src = r.nextDouble() < 0.25 && !sanctioners.isEmpty() ? sanctioners.get(r.nextInt(sanctioners.size())) : a;
        if (src.equals(b) || !seen.add("S" + src + b)) continue;
        facts.add(history("SANCTIONS", src, b, r, 0.35, null));
      } else if (kind < 0.65) {
        String lo = a.compareTo(b) < 0 ? a : b;
        String hi = a.compareTo(b) < 0 ? b : a;
        if (!seen.add("A" + lo + hi)) continue;
        facts.add(history("ALLIED_WITH", lo, hi, r, 0.15, null));
      } else if (kind < 0.85) {
        if (orgs.isEmpty()) continue;
        String o = orgs.get(r.nextInt(orgs.size()));
        if (o.equals("UN") || !seen.add("M" + a + o)) continue;
        facts.add(history("MEMBER_OF", a, o, r, 0.1, null));
      } else {
        String lo = a.compareTo(b) < 0 ? a : b;
        String hi = a.compareTo(b) < 0 ? b : a;
        facts.add(history("PARTY_TO", lo, hi, r, 0, "t" + k));
      }
    }
  }

  private static Fact history(String type, String s, String t, SplittableRandom r, double endChance, String treaty) {
    List<LocalDate> starts = new ArrayList<>();
    List<LocalDate> ends = new ArrayList<>();
    int day = r.nextInt(DAYS - 400);
    starts.add(FIRST.plusDays(day));
    while (r.nextDouble() < endChance && day < DAYS - 800) {
      day += 200 + r.nextInt(Math.max(1, (DAYS - day - 400) / 2));
      ends.add(FIRST.plusDays(day));
      if (r.nextDouble() >= 0.4 || day >= DAYS - 800) break; // lifted for good, most of the time
      day += 300 + r.nextInt(400);
      starts.add(FIRST.plusDays(day));
    }
    return new Fact(type, s, t, List.copyOf(starts), List.copyOf(ends), treaty);
  }

  /** A state drawn by weight. */
  String state(SplittableRandom r) {
    double x = r.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return states.get(lo);
  }

  /** The states in names.tsv order of first appearance would be nicer, but ids() is sorted: put the big newsmakers first. */
  private static List<String> orderedStates(Phrasebook book) {
    List<String> all = book.ids("state");
    List<String> first = List.of("RUS", "USA", "CHN", "UKR", "IRN", "PRK", "FRA", "DEU", "GBR", "ISR", "TUR", "IND");
    List<String> out = new ArrayList<>();
    for (String s : first) if (all.contains(s)) out.add(s);
    for (String s : all) if (!out.contains(s)) out.add(s);
    if (out.size() < 3) throw new IllegalStateException("names.tsv: at least three states are needed to generate news");
    return out;
  }
}
