package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules share while reading one article: its language and reference date, the
 * entities named so far, the relations found, and the treaty and organization last spoken of
 * (for "the agreement was ratified..." or "the alliance groups..." in a later sentence).
 */
final class ArticleContext {

  final Language lang;
  final LocalDate reference;
  final Gazetteer gazetteer;
  final String text;
  final Map<String, Entity> entities = new LinkedHashMap<>();
  final Map<String, Relation> relations = new LinkedHashMap<>();
  Entity lastTreaty;
  /** Ids of the treaties read from a declaration word ("joint declaration", "memorandum"), not a treaty or agreement. */
  final java.util.Set<String> declarations = new java.util.HashSet<>();
  /** Memberships ({@link #membership}) the article says are suspended, and those whose suspension it says was lifted. */
  final java.util.Set<String> suspended = new java.util.HashSet<>();
  /** Organizations the article says were dissolved: their memberships have ended ({@link Dissolutions}). */
  final java.util.Set<String> dissolved = new java.util.HashSet<>();
  final java.util.Set<String> reinstated = new java.util.HashSet<>();

  /** The key of a state's membership of an organization in {@link #suspended} and {@link #reinstated}: "GAB:ECCAS". */
  static String membership(String state, String organization) {
    return state + ":" + organization;
  }
  /** The index of the sentence that last spoke of {@link #lastTreaty}. */
  int lastTreatySentence = -1;
  /** The sentence that said a pact binds its parties to defend each other before naming them, or -1. */
  int defencePactSentence = -1;
  /** Named treaties of the dictionary, by key, with the first sentence naming each. */
  final Map<String, SentenceView> namedTreaties = new LinkedHashMap<>();
  /** The words of named treaties' names, each with the key of the one treaty holding it ("" when two do): {@link NamedTreatyWords}. */
  final Map<String, String> treatyNameWords = new java.util.HashMap<>();
  /** Treaties signed by the members of an organization ("les dix pays de l'Asean"), by treaty id: their parties wait for the article's end. */
  final Map<String, BlocSignings.Signing> blocSignings = new LinkedHashMap<>();
  /** The date of a signing whose treaty's parties went unnamed, until a later sentence names its signers. */
  DateMention unnamedSigning;
  /** Whether a signing whose parties went unnamed waits for a later sentence (its date may be unknown: "firmaron hoy"). */
  boolean unnamedSigned;
  String lastOrganization;
  /** The organizations named so far, in the order of the text: what a reference word may stand for. */
  private final List<Mention> organizationsNamed = new ArrayList<>();
  /** How often each organization was named so far: the one named most is what the article is about. */
  final Map<String, Integer> organizationCounts = new LinkedHashMap<>();
  List<String> lastPair = new ArrayList<>();
  /** The state a sentence last had as its subject: what "the country", "le pays", "il Paese" refer to. */
  String topic;
  /** What a pronoun opening the next sentence stands for: the topic, unless an organization was spoken of since. */
  String pronounReferent;
  /** The states of the last list of two or more states: what "both" or "the two countries" refer to. */
  List<String> lastGroup = new ArrayList<>();
  /** The last list of each size: "both" means the last pair, "the three" the last three. */
  final Map<Integer, List<String>> lastGroupOfSize = new java.util.HashMap<>();
  /** The state the last sentence about sanctions had under them: what "the sanctions remain in force" are on. */
  String lastSanctioned;
  /** Who imposed the last sanctions read: whom "These sanctions target X" speaks of. */
  String lastSanctioner;
  /** The last list of leaders of different states: who "the two leaders" or "i due" are when a group word signs. */
  List<String> lastLeaders = List.of();
  /** Leaders the table lacks, found from a title phrase ("le président X"), and the states the phrase named. */
  final Map<String, String> titledLeaders = new HashMap<>();

  /** The states whose leaders have signed the treaty so far. */
  java.util.Set<String> leaderStatesSigning(String treaty) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Relation r : relations.values()) {
      if (!r.type().equals(Relation.SIGNED) || !r.target().equals(treaty)) continue;
      String st = leaderState(r.source());
      if (st != null) out.add(st);
    }
    return out;
  }

  /** The state a leader leads at the article's date: from the table, or from the title phrase that named an unknown one. */
  String leaderState(String id) {
    String st = gazetteer.leaders().stateAt(id, reference);
    return st != null ? st : titledLeaders.get(id);
  }

  /**
   * "Verteidigungsminister Pistorius und sein litauischer Kollege unterzeichneten": with a
   * counterpart in the sentence and one state named, the pair just named when it holds that state,
   * else nothing.
   */
  List<String> counterpartPair(SentenceView s, java.util.Collection<String> named) {
    List<String> pair = pairNamedLast();
    return named.size() == 1 && s.has("counterpart") && pair.containsAll(named) ? pair : List.of();
  }

  /** The last two states named together ("Russland und Estland"), or an empty list. */
  List<String> pairNamedLast() {
    return lastGroupOfSize.getOrDefault(2, List.of());
  }

  /** What a group word of the sentence refers to: the last pair for "both", the last three for "the three" ..., else the last list. */
  List<String> group(SentenceView s) {
    int n = groupSize(s);
    if (n == 0) return s.has("group") ? lastGroup : List.of();
    Cues.Hit word = s.cues(Cues.GROUPS[n - 2]).get(0);
    List<String> own = namedBefore(s, word);
    if (own.size() == n) return own;
    List<String> withLeaders = withLeadersStates(s, word, own);   // "Bush ... ante el Congreso filipino el tratado que ambos países firmaron"
    if (own.size() == n - 1 && withLeaders.size() == n) return withLeaders;
    // "In dem Pakt ... jede Aggression gegen eines der beiden Länder": the parties of the pact spoken of
    boolean ofTheTreaty = s.cues("treaty").stream().anyMatch(t -> t.to() <= word.from());
    if (ofTheTreaty && lastTreaty != null && lastTreaty.parties().size() == n) return lastTreaty.parties();
    return lastGroupOfSize.getOrDefault(n, List.of());
  }

  /** The number the sentence's first group word counts ("both" 2, "the three" 3 ...), or 0 when it has none. */
  private static int groupSize(SentenceView s) {
    for (int n = 2; n < Cues.GROUPS.length + 2; n++) if (s.has(Cues.GROUPS[n - 2])) return n;
    return 0;
  }

  /**
   * "Los beliceños aprobaron ... el reclamo de Guatemala, con lo que los dos países completan": a
   * group word whose states the sentence itself named before it makes them the pair (or three...)
   * a later group word means.
   */
  void rememberOwnGroup(SentenceView s) {
    int n = groupSize(s);
    if (n == 0) return;
    List<String> own = namedBefore(s, s.cues(Cues.GROUPS[n - 2]).get(0));
    if (own.size() == n) lastGroupOfSize.put(n, List.copyOf(own));
  }

  /**
   * The states the sentence names before a group word, no place of a dateline or venue among them:
   * "Francia ... está obligada a defender ... Yibuti en virtud del tratado que ambos países firmaron".
   */
  private static List<String> namedBefore(SentenceView s, Cues.Hit group) {
    List<String> out = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (m.isState() && m.to() <= group.from() && !s.inDateline(m) && !Venues.isVenue(s, m) && !out.contains(m.id())) out.add(m.id());
    }
    return out;
  }

  /** The states named before a group word with those of the sitting leaders named before it. */
  private List<String> withLeadersStates(SentenceView s, Cues.Hit group, List<String> states) {
    List<String> out = new ArrayList<>(states);
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER) || m.to() > group.from() || s.near(m.from(), 3, 0, "former")) continue;
      String st = leaderState(m.id());
      if (st != null && !out.contains(st)) out.add(st);
    }
    return out;
  }

  ArticleContext(Language lang, LocalDate reference, Gazetteer gazetteer, String text) {
    this.lang = lang;
    this.reference = reference;
    this.gazetteer = gazetteer;
    this.text = text;
  }

  /** The organization the article has named most often so far (the first named on a tie: the lead names the subject), or null. */
  String mainOrganization() {
    String best = null;
    int most = 0;
    for (var e : organizationCounts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /**
   * The organization a sentence's reference word ("la Commissione", "the Union") stands for: the
   * last one named whose name holds the word, else the last organization spoken of.
   */
  String referredOrganization(SentenceView s) {
    for (Cues.Hit c : s.cues("orgref")) {
      String word = s.tokens.get(c.from()).surface().toLowerCase(java.util.Locale.ROOT);
      String stem = word.substring(0, Math.min(word.length(), 6));
      for (int i = organizationsNamed.size() - 1; i >= 0; i--) {
        Mention m = organizationsNamed.get(i);
        if (m.surface().toLowerCase(java.util.Locale.ROOT).contains(stem)) return m.id();
      }
      break;
    }
    return lastOrganization;
  }

  /** "союз России и Белоруссии", "the union of Russia and Belarus": a word for an organization that states own names another one. */
  boolean ofAState(SentenceView s, Cues.Hit c) {
    int i = c.to();
    while (i < s.to && i - c.to() < 2 && s.covered(i, "from", "of", "det")) i++;
    // a state right after is the genitive only in Russian: "forman parte del nuevo bloque Argentina, Colombia" names members
    if (i == c.to() && lang != Language.RU) return false;
    for (Mention m : s.mentions) {
      if (m.isState() && m.from() == i && !m.isAdjectival() && !s.markBetween(c.to() - 1, i, ",;:()-–—")) return true;   // not "del bloque: Argentina"
    }
    return false;
  }

  /**
   * The alliance a word for one ("das Bündnis", "l'Alliance") stands for, when the word stands
   * within four words of {@code near}, no comma between: the article's main organization when it
   * is an alliance (alliances.txt), else the last alliance named, whatever organization was named
   * after it; null when there is no such word or the article named no alliance.
   */
  String referredAlliance(SentenceView s, Cues.Hit near) {
    for (Cues.Hit c : s.cues("orgref")) {
      if (!s.covered(c.from(), "ally")) continue;
      if (Math.max(c.from() - near.to(), near.from() - c.to()) > 4 || s.commaBetween(Math.min(c.from(), near.from()), Math.max(c.from(), near.from()))) continue;
      String main = mainOrganization();
      if (main != null && gazetteer.isAlliance(main)) return main;
      for (int i = organizationsNamed.size() - 1; i >= 0; i--) {
        if (gazetteer.isAlliance(organizationsNamed.get(i).id())) return organizationsNamed.get(i).id();
      }
      return null;
    }
    return null;
  }

  void entity(Mention m) {
    if (m.isOrganization()) {
      organizationCounts.merge(m.id(), 1, Integer::sum);
      organizationsNamed.add(m);
    }
    entities.computeIfAbsent(m.kind() + ":" + m.id(), k -> {
      String name = gazetteer.name(m.kind(), m.id());
      if (m.kind().equals(Entity.LEADER)) {
        String st = gazetteer.leaders().stateOrHome(m.id(), reference);
        return new Entity(Entity.LEADER, m.id(), name, st, null, null, null, null);
      }
      return Entity.of(m.kind(), m.id(), name);
    });
  }

  void put(Entity e) {
    entities.put(e.kind() + ":" + e.id(), e);
  }

  /**
   * Adds a relation; of two with the same edge in one article the later-dated one wins, and of two
   * read from one sentence with different statuses, the ended one.
   */
  void relate(SentenceView s, String type, String source, String target, String status, DateMention date,
              String rule, String words) {
    if (source.equals(target)) return;
    if (type.equals(Relation.ALLIED_WITH) && source.compareTo(target) > 0) {
      String t = source;
      source = target;
      target = t;
    }
    Relation r = new Relation(type, source, target, status, date == null ? null : date.iso(),
        s.sentence.text(), s.sentence.start() < 0 ? null : s.sentence.start(),
        s.sentence.start() < 0 ? null : s.sentence.end(), rule, words);
    Relation old = relations.get(r.key());
    // one sentence read both ways ("dejó de ser miembro"): the ending is the more specific reading
    boolean sameSentence = old != null && old.evidence().equals(r.evidence());
    if (sameSentence && !old.status().equals(r.status())) {
      // ... unless the two readings are dated apart: "volvió hoy a ser miembro de la OPEP, que había abandonado en 1994"
      boolean datedApart = r.date() != null && old.date() != null && !r.date().equals(old.date());
      if (datedApart ? r.date().compareTo(old.date()) > 0 : r.status().equals(Relation.ENDED)) relations.put(r.key(), r);
      return;
    }
    if (old == null || (r.date() != null && (old.date() == null || r.date().compareTo(old.date()) > 0))) {
      relations.put(r.key(), r);
    }
  }
}
