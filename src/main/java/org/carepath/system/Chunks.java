package org.carepath.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A long list in pieces, for queries with an {@code IN (...)} of their items (databases cap the list's length). */
public final class Chunks {

  /** Short enough for every database carepath runs on, long enough that a report makes few queries. */
  public static final int IN_LIST = 500;

  private Chunks() {}

  public static <T> List<List<T>> of(Collection<T> items) {
    List<T> all = List.copyOf(items);
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIST) {
      chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
    }
    return chunks;
  }
}
