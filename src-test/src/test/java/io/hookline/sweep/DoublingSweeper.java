package io.hookline.sweep;

import io.hookline.Provider;
import io.hookline.callback.JobReturn;
import io.hookline.sweep.Sweeper.Search;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A sweeper that learns from results, for tests: it proposes {@code n=x} and {@code n=x+1}, is told their values (a
 * job returns its {@code n}), and proposes again from twice the largest, until that passes {@code limit}. From 1 with
 * the limit 20: {@code n=1,2}, then {@code n=4,5}, then {@code n=10,11}, then nothing. It keeps what it was told.
 */
public final class DoublingSweeper implements Sweeper {

  private final int limit;
  private final List<List<Integer>> told = Collections.synchronizedList(new ArrayList<>());

  /** A sweeper that stops once twice the largest value passes {@code limit}. */
  public DoublingSweeper(int limit) {
    this.limit = limit;
  }

  /**
   * Makes the doubling sweeper choosable as {@code sweeper=doubling sweeper.limit=N}, as a sweeper from outside
   * Hookline is: registered in this test tree's {@code META-INF/services}.
   */
  public static final class Provider implements Sweeper.Provider {

    @Override
    public String name() {
      return "doubling";
    }

    @Override
    public String description() {
      return "n=x,x+1, then from twice the largest value told (a test's)";
    }

    @Override
    public Map<String, String> options() {
      return Map.of("limit", "the largest start (default 20)");
    }

    @Override
    public Sweeper create(Provider.Options options) {
      return new DoublingSweeper(options.count("limit", 20, 1));
    }
  }

  /** Returns the job numbers of each batch it was told, in the order told. */
  public List<List<Integer>> told() {
    return told;
  }

  @Override
  public Search search(List<String> arguments) {
    return new Search() {
      private int next = 1;

      @Override
      public List<List<String>> next() {
        if (next > limit) {
          return List.of();
        }
        List<List<String>> batch = new ArrayList<>();
        for (int n = next; n <= next + 1; n++) {
          List<String> overrides = new ArrayList<>(arguments.stream().filter(a -> !a.startsWith("n=")).toList());
          overrides.add("n=" + n);
          batch.add(overrides);
        }
        return batch;
      }

      @Override
      public void tell(List<JobReturn> returns) {
        told.add(returns.stream().map(JobReturn::number).toList());
        next = 2 * returns.stream().mapToInt(result -> result.valueAs(Integer.class).orElse(0)).max().orElse(0);
      }
    };
  }
}
