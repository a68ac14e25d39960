package org.entente.bench;

import java.util.Arrays;

/** Timings of repeated operations, in nanoseconds, with the percentiles a benchmark table shows. */
public final class Latencies {

  private long[] values = new long[64];
  private int size;

  public void add(long nanos) {
    if (size == values.length) values = Arrays.copyOf(values, size * 2);
    values[size++] = nanos;
  }

  public int count() {
    return size;
  }

  /** The p-th percentile (0-100) in milliseconds, nearest rank. */
  public double percentileMillis(double p) {
    if (size == 0) return Double.NaN;
    long[] s = Arrays.copyOf(values, size);
    Arrays.sort(s);
    int rank = (int) Math.ceil(p / 100 * size) - 1;
    return s[Math.max(0, Math.min(size - 1, rank))] / 1e6;
  }

  /** The median of some values (seconds, rates...). */
  public static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
