package org.entente.evaluate;

import java.util.Locale;

/** True positives, false positives and false negatives, and the precision, recall and F1 they give. */
public final class Tally {

  long tp;
  long fp;
  long fn;

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public long support() {
    return tp + fn;
  }

  void add(Tally o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(), tp, fp, fn);
  }
}
