package org.entente.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.entente.extract.Leaders;

/**
 * Writes synthetic news articles about the {@link World}'s history in the six languages, each with
 * the relations it asserts as ground truth in the development set's {@code expected} form
 * (docs/ANNOTATION.md), so that {@code entente score} reads a generated corpus as it reads the
 * annotated one. Article {@code i} depends only on the seed and {@code i}: the same seed gives the
 * same corpus, and articles can be made in parallel.
 */
public final class CorpusGenerator {

  private static final String[] LANGS = {"en", "fr", "de", "es", "it", "ru"};
  private static final double[] LANG_SHARE = {0.35, 0.55, 0.67, 0.79, 0.87, 1.0};

  private final Phrasebook book;
  private final World world;
  private final Leaders leaders;
  private final List<String> leaderIds;
  private final long seed;

  public CorpusGenerator(long seed) {
    this(Phrasebook.load(), seed);
  }

  CorpusGenerator(Phrasebook book, long seed) {
    this.book = book;
    this.seed = seed;
    this.world = new World(book, seed);
    this.leaders = Leaders.load();
    this.leaderIds = book.ids("leader").stream().filter(id -> leaders.get(id) != null).toList();
  }

  /** Article number {@code i} as a JSON-ready map: id, lang, published, source, title, text, expected. */
  public Map<String, Object> article(long i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    String lang = LANGS[pick(LANG_SHARE, r.nextDouble())];
    LocalDate date = World.FIRST.plusDays(r.nextInt(World.DAYS));
    Draft d = new Draft(lang, date, r);
    int wanted = 1 + r.nextInt(3);
    Set<World.Fact> used = new LinkedHashSet<>();
    for (int tries = 0; used.size() < wanted && tries < 40; tries++) {
      World.Fact f = world.facts.get(r.nextInt(world.facts.size()));
      String status = f.statusAt(date);
      if (status == null || used.contains(f)) continue;
      if (d.report(f, status)) used.add(f);
    }
    if (r.nextDouble() < 0.3) d.leads(leaderIds, leaders);
    if (r.nextDouble() < 0.35) d.trap(world);
    int target = 1200 + r.nextInt(800);
    for (int k = 0; d.length() < target && k < 60; k++) d.filler(world);
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", String.format(java.util.Locale.ROOT, "gen-%d-%08d", seed, i));
    a.put("lang", lang);
    a.put("published", date.toString());
    a.put("source", lang + "-wire-" + (1 + r.nextInt(3)));
    a.put("title", d.headline(world));
    a.put("text", d.text());
    a.put("expected", d.expected());
    return a;
  }

  private static int pick(double[] cumulative, double x) {
    int k = 0;
    while (k < cumulative.length - 1 && x >= cumulative[k]) k++;
    return k;
  }

  /** One article being written: its sentences and what they assert. */
  private final class Draft {
    final String lang;
    final LocalDate date;
    final SplittableRandom r;
    final List<String> sentences = new ArrayList<>();
    final Set<String> states = new LinkedHashSet<>();
    final Set<String> orgs = new LinkedHashSet<>();
    final Set<String> people = new LinkedHashSet<>();
    final List<Map<String, Object>> treaties = new ArrayList<>();
    final List<Map<String, Object>> relations = new ArrayList<>();
    final Set<String> pairs = new LinkedHashSet<>(); // entity pairs already related, kept out of traps
    final Set<Template> usedFillers = new java.util.HashSet<>();
    int length;

    Draft(String lang, LocalDate date, SplittableRandom r) {
      this.lang = lang;
      this.date = date;
      this.r = r;
    }

    boolean report(World.Fact f, String status) {
      String kind = switch (f.type()) {
        case "SANCTIONS" -> status.equals("active") ? "sanction" : "lift";
        case "ALLIED_WITH" -> status.equals("active") ? "ally" : null;
        case "MEMBER_OF" -> status.equals("active") ? "join" : "leave";
        default -> "treaty";
      };
      if (kind == null) return false;
      Template t = one(kind);
      if (t == null) return false;
      Map<String, String[]> slots = new LinkedHashMap<>();
      slots.put("A", entity(f.source()));
      slots.put(f.type().equals("MEMBER_OF") ? "O" : "B", entity(f.target()));
      String treatyName = null;
      if (kind.equals("treaty")) {
        List<Template> names = book.templates(lang, "treatyname");
        if (names.isEmpty()) return false;
        treatyName = names.get(Math.floorMod(f.treaty().hashCode(), names.size())).toString();
      }
      LocalDate when = kind.equals("treaty") ? f.starts().get(0) : date;
      add(t, slots, treatyName, when);
      pairs.add(f.source() + "|" + f.target());
      pairs.add(f.target() + "|" + f.source());
      if (kind.equals("treaty")) {
        String key = "T" + (treaties.size() + 1);
        Map<String, Object> tr = new LinkedHashMap<>();
        tr.put("key", key);
        tr.put("name", treatyName);
        tr.put("parties", List.of(f.source(), f.target()));
        tr.put("signed", when.toString());
        treaties.add(tr);
        relations.add(relation("PARTY_TO", f.source(), key, "active"));
        relations.add(relation("PARTY_TO", f.target(), key, "active"));
        relations.add(relation("SIGNED", f.source(), key, "active")); // every treaty template says the states signed it
        relations.add(relation("SIGNED", f.target(), key, "active"));
      } else {
        relations.add(relation(f.type(), f.source(), f.target(), status));
      }
      return true;
    }

    void leads(List<String> ids, Leaders dict) {
      for (int tries = 0; tries < 10 && !ids.isEmpty(); tries++) {
        String id = ids.get(r.nextInt(ids.size()));
        String state = dict.stateAt(id, date);
        Template t = one("leads");
        if (state == null || t == null || !book.has("leader", id, lang)) continue;
        add(t, Map.of("L", new String[] {"leader", id}), null, date);
        people.add(id);
        states.add(state);
        relations.add(relation("LEADS", id, state, "active"));
        return;
      }
    }

    void trap(World w) {
      String kind = new String[] {"deny", "threat", "apply"}[r.nextInt(3)];
      Template t = one(kind);
      if (t == null) return;
      String a = w.state(r);
      String b = kind.equals("apply") ? randomOrg() : w.state(r);
      if (b == null || a.equals(b) || pairs.contains(a + "|" + b)) return;
      add(t, Map.of("A", entity(a), kind.equals("apply") ? "O" : "B", entity(b)), null, date);
    }

    void filler(World w) {
      Template t = one("filler");
      if (t == null || !usedFillers.add(t)) return; // a wire story does not say the same thing twice
      String a = w.state(r);
      String b = w.state(r);
      for (int k = 0; b.equals(a) && k < 10; k++) b = w.state(r);
      add(t, Map.of("A", entity(a), "B", entity(b)), null, date);
    }

    String headline(World w) {
      Template t = one("headline");
      if (t == null) return null;
      List<String> ends = new ArrayList<>(states);
      String a = ends.isEmpty() ? w.state(r) : ends.get(0);
      String b = ends.size() > 1 ? ends.get(1) : w.state(r);
      for (int k = 0; a.equals(b) && k < 10; k++) b = w.state(r);
      String title = fill(t, Map.of("A", entity(a), "B", entity(b)), null, date);
      if (t.uses("A")) states.add(a);
      if (t.uses("B")) states.add(b);
      return title;
    }

    private String randomOrg() {
      List<String> o = book.ids("org");
      return o.isEmpty() ? null : o.get(r.nextInt(o.size()));
    }

    private Template one(String kind) {
      List<Template> ts = book.templates(lang, kind);
      return ts.isEmpty() ? null : ts.get(r.nextInt(ts.size()));
    }

    private String[] entity(String id) {
      return book.has("org", id, "en") ? new String[] {"org", id} : new String[] {"state", id};
    }

    private void add(Template t, Map<String, String[]> slots, String treaty, LocalDate when) {
      String s = fill(t, slots, treaty, when);
      for (var e : slots.entrySet()) {
        if (!t.uses(e.getKey())) continue;
        String[] ent = e.getValue();
        (switch (ent[0]) {
          case "org" -> orgs;
          case "leader" -> people;
          default -> states;
        }).add(ent[1]);
      }
      sentences.add(s);
      length += s.length() + 1;
    }

    private String fill(Template t, Map<String, String[]> slots, String treaty, LocalDate when) {
      return t.fill((name, c) -> switch (name) {
        case "DATE" -> date(when);
        case "YEAR" -> Integer.toString(when.getYear());
        case "N" -> Integer.toString(2 + r.nextInt(30));
        case "T" -> treaty;
        default -> {
          String[] ent = slots.get(name);
          yield ent == null ? null : book.form(ent[0], ent[1], lang, c);
        }
      });
    }

    private String date(LocalDate d) {
      List<Template> f = book.templates(lang, "date");
      if (f.isEmpty()) return d.toString();
      String s = f.get(0).fill((name, c) -> switch (name) {
        case "D" -> Integer.toString(d.getDayOfMonth());
        case "Y" -> Integer.toString(d.getYear());
        case "MONTH" -> book.form("month", Integer.toString(d.getMonthValue()), lang, c);
        default -> null;
      });
      return Character.isLetter(s.charAt(0)) && !lang.equals("en") && !lang.equals("de")
          ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    int length() {
      return length;
    }

    /** The sentences in paragraphs of two or three, the first report leading. */
    String text() {
      List<String> body = new ArrayList<>(sentences);
      String lead = body.isEmpty() ? null : body.remove(0);
      for (int k = body.size() - 1; k > 0; k--) {
        int j = r.nextInt(k + 1);
        String x = body.get(k);
        body.set(k, body.get(j));
        body.set(j, x);
      }
      if (lead != null) body.add(0, lead);
      StringBuilder b = new StringBuilder(length + 16);
      int inParagraph = 0;
      int size = 2 + r.nextInt(2);
      for (String s : body) {
        if (inParagraph == size) {
          b.append('\n');
          inParagraph = 0;
          size = 2 + r.nextInt(2);
        } else if (!b.isEmpty()) {
          b.append(' ');
        }
        b.append(s);
        inParagraph++;
      }
      return b.toString();
    }

    Map<String, Object> expected() {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("states", new ArrayList<>(states));
      e.put("organizations", new ArrayList<>(orgs));
      e.put("leaders", new ArrayList<>(people));
      e.put("treaties", treaties);
      e.put("relations", relations);
      return e;
    }
  }

  private static Map<String, Object> relation(String type, String source, String target, String status) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("source", source);
    m.put("target", target);
    m.put("status", status);
    return m;
  }
}
