package org.carepath.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one operation from {@code threads} clients for a while (after a warm-up that is not counted)
 * and tells its rate and latencies. An operation that fails is counted as an error, never as a result.
 */
final class Load {

  /** What one run measured: operations per second over the measured time, latencies in milliseconds. */
  record Result(String what, int threads, long operations, long errors, double perSecond, double p50, double p95,
      double p99) {}

  /** One call; returns false when the answer was not the expected one. */
  interface Operation {
    boolean call() throws Exception;
  }

  private Load() {}

  static Result run(String what, int threads, int warmupSeconds, int seconds, Operation operation) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong errors = new AtomicLong();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    long measureFrom = start + warmupSeconds * 1_000_000_000L;
    long until = measureFrom + seconds * 1_000_000_000L;
    List<Future<?>> clients = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      clients.add(pool.submit(() -> {
        List<Long> own = new ArrayList<>();
        long mine = 0;
        while (System.nanoTime() < until) {
          long before = System.nanoTime();
          boolean ok;
          try {
            ok = operation.call();
          } catch (Exception e) {
            ok = false;
          }
          long after = System.nanoTime();
          if (before >= measureFrom) {
            if (ok) {
              own.add(after - before);
            } else {
              mine++;
            }
          }
        }
        latencies.addAll(own);
        errors.addAndGet(mine);
        return null;
      }));
    }
    for (Future<?> client : clients) {
      client.get();
    }
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Result(what, threads, sorted.size(), errors.get(), sorted.size() / (double) seconds,
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
  }

  /**
   * Runs {@code operation} from one client, after {@code warmup} uncounted calls, {@code times} times or
   * until {@code budgetSeconds} have passed (at least three calls).
   */
  static Result repeat(String what, int warmup, int times, int budgetSeconds, Operation operation) throws Exception {
    for (int i = 0; i < warmup; i++) {
      operation.call();
    }
    List<Long> sorted = new ArrayList<>();
    long errors = 0;
    long start = System.nanoTime();
    long deadline = start + budgetSeconds * 1_000_000_000L;
    for (int i = 0; i < times && (i < 3 || System.nanoTime() < deadline); i++) {
      long before = System.nanoTime();
      if (operation.call()) {
        sorted.add(System.nanoTime() - before);
      } else {
        errors++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Collections.sort(sorted);
    return new Result(what, 1, sorted.size(), errors, sorted.size() / seconds, percentile(sorted, 50),
        percentile(sorted, 95), percentile(sorted, 99));
  }

  private static double percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
  }
}
