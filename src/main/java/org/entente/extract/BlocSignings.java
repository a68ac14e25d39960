package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Treaties signed by the members of an organization as a body: "La Chine et les dix pays de
 * l'Asean ont signé un accord-cadre", "signed by Zhu Rongji and the leaders of ASEAN". The
 * members are often listed later in the article ("L'Asean regroupe Brunei, le Cambodge..."), so
 * each state the article makes a member of that organization becomes a party (and a signer) when
 * the article ends. {@link TreatyRule} records the signings and calls {@link #finish}.
 */
final class BlocSignings {

  /** A signing by the members of {@code organization}, read in {@code sentence}. */
  record Signing(String organization, SentenceView sentence, Cues.Hit act, boolean signed) {}

  private BlocSignings() {}

  /**
   * The organization whose member countries or leaders act: the subject before the verb ("les dix
   * pays de l'Asean ont signé", "the ASEAN countries signed") or the agent after its "by"; null when none.
   */
  static String bloc(SentenceView s, Cues.Hit act) {
    Cues.Hit by = null;
    for (Cues.Hit b : s.cues("by")) if (by == null && b.from() >= act.to() && b.from() - act.to() <= 3) by = b;
    for (Cues.Hit c : s.cues) {
      if (!c.category().equals("countryword") && !c.category().equals("leaders") && !c.category().equals("member")) continue;
      boolean subject = c.to() <= act.from() && act.from() - c.to() <= 20;
      boolean agent = by != null && c.from() >= by.to() && c.from() - by.to() <= 15;
      if (!subject && !agent || c.from() > s.from && s.covered(c.from() - 1, "indefinite")) continue;   // not "avec un pays de la CEI"
      for (Mention m : s.mentions) {
        if (!m.isOrganization()) continue;
        boolean after = m.from() >= c.to() && m.from() - c.to() <= 3 && s.covered(c.to(), "from", "thedef", "det");   // "les pays de l'Asean"
        boolean before = m.to() == c.from() || m.to() == c.from() - 1 && s.covered(m.to(), "member");              // "the ASEAN countries"
        if ((after || before) && (!subject || m.to() <= act.from())) return m.id();
      }
    }
    return null;
  }

  /**
   * The organization a treaty word belongs to: named right before it ("a new GCC Economic
   * Agreement") or after it and "of" ("el Acuerdo Económico del CCG"), a word or two between; null when none.
   */
  static String owner(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (!m.isOrganization()) continue;
      boolean before = m.to() <= h.from() && h.from() - m.to() <= 1 && !s.commaBetween(m.to() - 1, h.from())
          && (m.to() == h.from() || !s.covered(m.to(), "sign", "ratify", "conclude", "join", "leave"));   // an adjective between, not the verb: "Восемь стран СНГ подписали договор"
      boolean after = m.from() >= h.to() && m.from() - h.to() <= 2 && s.covered(m.from() - 1, "from", "of") && !s.commaBetween(h.to() - 1, m.from());
      if (before || after) return m.id();
    }
    return null;
  }

  /** Makes each state the article made a member of a signing organization a party, and a signer, of its treaty. */
  static void finish(ArticleContext ctx) {
    for (var e : ctx.blocSignings.entrySet()) {
      Entity t = ctx.entities.get(Entity.TREATY + ":" + e.getKey());
      if (t == null) continue;
      Signing g = e.getValue();
      List<String> parties = new ArrayList<>(t.parties());
      for (Relation r : List.copyOf(ctx.relations.values())) {
        if (!r.type().equals(Relation.MEMBER_OF) || !r.target().equals(g.organization()) || !r.status().equals(Relation.ACTIVE)) continue;
        SentenceView s = g.sentence();
        ctx.relate(s, Relation.PARTY_TO, r.source(), t.id(), Relation.ACTIVE, null, "treaty-party", s.words(g.act().from(), g.act().to()));
        if (g.signed()) {
          ctx.relate(s, Relation.SIGNED, r.source(), t.id(), Relation.ACTIVE, s.dateNear(g.act().from()), "treaty-signer",
              s.words(g.act().from(), g.act().to()));
        }
        if (!parties.contains(r.source())) parties.add(r.source());
      }
      java.util.Collections.sort(parties);
      ctx.put(new Entity(Entity.TREATY, t.id(), t.name(), null, List.copyOf(parties), t.signed(), t.ratified(), t.inForce()));
    }
  }
}
