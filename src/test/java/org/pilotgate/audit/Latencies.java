package org.pilotgate.audit;

import java.util.List;
import java.util.function.Predicate;

/** How long a request took over many runs: p50, p95 and the slowest, in milliseconds, and how many failed. */
record Latencies(int runs, double p50, double p95, double max, int failed) {

  /** One timed run. */
  record Run<T>(T input, double millis, boolean ok) {}

  /**
   * Runs {@code request} for each input after warming up on the first {@code warmUp}; a run that
   * answers false counts as failed and is timed all the same.
   */
  static <T> List<Run<T>> time(List<T> inputs, int warmUp, Predicate<T> request) {
    inputs.subList(0, warmUp).forEach(request::test);
    return inputs.subList(warmUp, inputs.size()).stream().map(input -> {
      long started = System.nanoTime();
      boolean ok = request.test(input);
      return new Run<>(input, (System.nanoTime() - started) / 1e6, ok);
    }).toList();
  }

  static Latencies of(List<? extends Run<?>> runs) {
    double[] millis = runs.stream().mapToDouble(Run::millis).sorted().toArray();
    int failed = (int) runs.stream().filter(run -> !run.ok()).count();
    return new Latencies(millis.length, percentile(millis, 0.50), percentile(millis, 0.95), millis[millis.length - 1],
        failed);
  }

  private static double percentile(double[] sorted, double share) {
    return sorted[(int) Math.ceil(sorted.length * share) - 1];
  }

  @Override
  public String toString() {
    return "p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs%s)".formatted(p50, p95, max, runs,
        failed == 0 ? "" : ", " + failed + " failed");
  }
}
