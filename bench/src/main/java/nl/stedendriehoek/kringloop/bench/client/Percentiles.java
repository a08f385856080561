package nl.stedendriehoek.kringloop.bench.client;

import java.util.List;
import java.util.Locale;

/** p50/p95/p99 of samples in milliseconds, as a Markdown cell text. */
record Percentiles(int samples, double p50, double p95, double p99) {

  static Percentiles of(List<Double> millis) {
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
  }

  private static double at(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  String row(String what) {
    return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", what, samples, p50, p95, p99);
  }

  static String header() {
    return "| what | samples | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---:|---:|---:|---:|\n";
  }
}
