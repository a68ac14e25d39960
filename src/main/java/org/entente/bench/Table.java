package org.entente.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's result table: one row per measurement, its figure, the target and a note. */
public final class Table {

  private record Row(String what, String figure, String target, String note) {}

  private final List<Row> rows = new ArrayList<>();

  public void add(String what, String figure, String target, String note) {
    rows.add(new Row(what, figure, target == null ? "" : target, note == null ? "" : note));
  }

  public void print(PrintWriter out) {
    int w0 = 10;
    int w1 = 6;
    int w2 = 6;
    for (Row r : rows) {
      w0 = Math.max(w0, r.what().length());
      w1 = Math.max(w1, r.figure().length());
      w2 = Math.max(w2, r.target().length());
    }
    String fmt = "| %-" + w0 + "s | %-" + w1 + "s | %-" + w2 + "s | %s%n";
    out.printf(Locale.ROOT, fmt, "measurement", "figure", "target", "note");
    out.printf(Locale.ROOT, "|%s|%s|%s|---%n", "-".repeat(w0 + 2), "-".repeat(w1 + 2), "-".repeat(w2 + 2));
    for (Row r : rows) out.printf(Locale.ROOT, fmt, r.what(), r.figure(), r.target(), r.note());
    out.flush();
  }
}
