package org.entente.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Heads of state and government with their tenures, from {@code leaders.tsv}: who held which
 * office of which state from when until when, so LEADS is read only while a leader is in office.
 */
public final class Leaders {

  /** One term in one office. {@code to} is null while in office. */
  public record Tenure(String state, String role, LocalDate from, LocalDate to) {
    boolean covers(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  /** A person with the English display name and every known form of the name. */
  public record Leader(String id, String name, List<String> names, List<Tenure> tenures) {}

  private final Map<String, Leader> byId;
  /** Folded forms that name two leaders or more ("George Bush": father and son), with their ids. */
  private final Map<String, List<String>> shared;
  /** Full names of two words or more by their last word, folded: the surnames a headline uses. */
  private final Map<String, List<String[]>> byLastWord;

  private Leaders(Map<String, Leader> byId) {
    this.byId = byId;
    Map<String, List<String>> ids = new HashMap<>();
    for (Leader l : byId.values()) {
      for (String n : l.names()) {
        List<String> forms = new ArrayList<>(RussianCases.of(n));
        forms.add(n);
        for (String f : forms) {
          List<String> at = ids.computeIfAbsent(Cues.fold(f), k -> new ArrayList<>());
          if (!at.contains(l.id())) at.add(l.id());
        }
      }
    }
    ids.values().removeIf(v -> v.size() < 2);
    this.shared = ids;
    Map<String, List<String[]>> last = new HashMap<>();
    for (Leader l : byId.values()) {
      for (String n : l.names()) {
        int sp = n.lastIndexOf(' ');
        if (sp > 0) last.computeIfAbsent(Cues.fold(n.substring(sp + 1)), k -> new ArrayList<>()).add(new String[] {l.id(), n});
      }
    }
    this.byLastWord = last;
  }

  /** The leaders, with the full name, whose full name ends in the folded word ("clinton": Bill Clinton, Hillary... if listed). */
  List<String[]> endingIn(String foldedWord) {
    return byLastWord.getOrDefault(foldedWord, List.of());
  }

  public static Leaders load() {
    Map<String, Leader> m = new LinkedHashMap<>();
    Map<String, List<String>> names = new HashMap<>();
    for (String line : Resources.lines("entente/dict/leaders.tsv")) {
      String[] c = line.split("\t", -1);
      if (c.length < 6) continue;
      String id = c[0].strip();
      Tenure t = new Tenure(c[1].strip(), c[2].strip(), date(c[3], false), date(c[4], true));
      List<String> forms = names.computeIfAbsent(id, k -> new ArrayList<>());
      for (String f : c[5].split("\\|")) if (!f.isBlank() && !forms.contains(f.strip())) forms.add(f.strip());
      Leader old = m.get(id);
      List<Tenure> ts = old == null ? new ArrayList<>() : new ArrayList<>(old.tenures());
      ts.add(t);
      m.put(id, new Leader(id, forms.get(0), forms, ts));
    }
    return new Leaders(handedOver(m));
  }

  /**
   * The table gives the day of a handover as the last day of the one leaving and the first of
   * the one coming: on that day the newcomer holds the office ("Meloni sworn in, Draghi
   * leaves"), so the one leaving ends the day before.
   */
  private static Map<String, Leader> handedOver(Map<String, Leader> m) {
    Map<String, List<Tenure>> starts = new HashMap<>();
    for (Leader l : m.values()) {
      for (Tenure t : l.tenures()) if (t.from() != null) starts.computeIfAbsent(t.state() + t.from(), k -> new ArrayList<>()).add(t);
    }
    Map<String, Leader> out = new LinkedHashMap<>();
    for (Leader l : m.values()) {
      List<Tenure> ts = new ArrayList<>();
      for (Tenure t : l.tenures()) {
        boolean succeeded = false;
        for (Tenure n : t.to() == null ? List.<Tenure>of() : starts.getOrDefault(t.state() + t.to(), List.of())) {
          succeeded |= !l.tenures().contains(n) && sameOffice(t.role(), n.role());
        }
        ts.add(succeeded ? new Tenure(t.state(), t.role(), t.from(), t.to().minusDays(1)) : t);
      }
      out.put(l.id(), new Leader(l.id(), l.name(), l.names(), ts));
    }
    return out;
  }

  private static boolean sameOffice(String a, String b) {
    return a.equals(b) || a.equals("both") || b.equals("both");
  }

  public Leader get(String id) {
    return byId.get(id);
  }

  public Iterable<Leader> all() {
    return byId.values();
  }

  /** The head of state of a state on that date (the one whose tenure began last, at a handover), or null. */
  public String headOfStateAt(String state, LocalDate date) {
    if (date == null) return null;
    String best = null;
    LocalDate since = null;
    for (Leader l : byId.values()) {
      for (Tenure t : l.tenures()) {
        if (!t.state().equals(state) || !t.covers(date) || !(t.role().equals("head_of_state") || t.role().equals("both"))) continue;
        if (best == null || t.from() != null && (since == null || t.from().isAfter(since))) {
          best = l.id();
          since = t.from();
        }
      }
    }
    return best;
  }

  /** The state the leader led on that date, or null when out of office then. */
  public String stateAt(String id, LocalDate date) {
    Leader l = byId.get(id);
    if (l == null || date == null) return null;
    for (Tenure t : l.tenures()) if (t.covers(date)) return t.state();
    return null;
  }

  /**
   * Of the leaders a shared name can mean, the one in office at the date, else the one whose
   * time in office lies nearest to it: "George Bush" in 1991 is the father. Null when the written
   * name is no shared one or the date is unknown.
   */
  public String namesake(String written, LocalDate date) {
    List<String> ids = date == null ? null : shared.get(Cues.fold(written));
    if (ids == null) return null;
    String best = null;
    long bestDays = Long.MAX_VALUE;
    for (String id : ids) {
      for (Tenure t : byId.get(id).tenures()) {
        long days = t.covers(date) ? 0
            : t.from() != null && date.isBefore(t.from()) ? t.from().toEpochDay() - date.toEpochDay()
            : t.to() == null ? 0 : date.toEpochDay() - t.to().toEpochDay();
        if (days < bestDays) {
          bestDays = days;
          best = id;
        }
      }
    }
    return best;
  }

  /**
   * Whether the date falls more than four months before the person's first day in any office the
   * table lists: a minister then, not yet a leader. A president-elect weeks from taking office is
   * named as the leader to be, though leading nothing yet.
   */
  public boolean notYetInOffice(String id, LocalDate date) {
    Leader l = byId.get(id);
    if (l == null || date == null || l.tenures().isEmpty()) return false;
    LocalDate soon = date.plusDays(ELECT_DAYS);
    for (Tenure t : l.tenures()) if (t.from() == null || !t.from().isAfter(soon)) return false;
    return true;
  }

  /** Whether every office the table lists for the person begins after the date: a president-elect or a minister then. */
  public boolean allOfficesAfter(String id, LocalDate date) {
    Leader l = byId.get(id);
    if (l == null || date == null || l.tenures().isEmpty()) return false;
    for (Tenure t : l.tenures()) if (t.from() == null || !t.from().isAfter(date)) return false;
    return true;
  }

  /** Whether every office the table lists for the person ended before the date: a former leader then. */
  public boolean allOfficesBefore(String id, LocalDate date) {
    Leader l = byId.get(id);
    if (l == null || date == null || l.tenures().isEmpty()) return false;
    for (Tenure t : l.tenures()) if (t.to() == null || !t.to().isBefore(date)) return false;
    return true;
  }

  /** Days from an election to the inauguration, at the most (November to January in the United States). */
  private static final int ELECT_DAYS = 120;

  /** Whether the person ever held an office that heads a state (not only a government). */
  public boolean wasHeadOfState(String id) {
    Leader l = byId.get(id);
    if (l == null) return false;
    for (Tenure t : l.tenures()) if (!t.role().equals("head_of_government")) return true;
    return false;
  }

  /** The state the person leads at the date, else the one the person is known for. */
  public String stateOrHome(String id, LocalDate date) {
    String st = stateAt(id, date);
    return st != null ? st : homeState(id);
  }

  /** The state of the leader's latest tenure: the one the person is known for. */
  private String homeState(String id) {
    Leader l = byId.get(id);
    if (l == null || l.tenures().isEmpty()) return null;
    Tenure best = l.tenures().get(0);
    for (Tenure t : l.tenures()) if (t.from() != null && (best.from() == null || t.from().isAfter(best.from()))) best = t;
    return best.state();
  }

  static LocalDate date(String s, boolean end) {
    String v = s.strip();
    if (v.isEmpty()) return null;
    try {
      if (v.length() == 4) return end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
      if (v.length() == 7) {
        YearMonth ym = YearMonth.parse(v);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(v.substring(0, 10));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
