package org.segmentum.engine;

import java.util.List;
import java.util.Set;
import org.segmentum.query.Cmp;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/**
 * A condition on an id-like key of a record ({@code id}, {@code activity_id}, {@code location_id},
 * {@code app_id}): in the set, or not in it when negated. A missing key never matches.
 */
record KeyCondition(Set<Long> keys, boolean negated) {
  static final KeyCondition ANY = new KeyCondition(Set.of(), true);

  boolean test(long key) {
    return key != LongColumn.MISSING && keys.contains(key) != negated;
  }

  static KeyCondition of(ParamTest test) {
    return switch (test) {
      case Test.Compare compare -> new KeyCondition(Set.of(Literals.whole(compare.value())), compare.op() == Cmp.NE);
      case ParamTest.In in -> new KeyCondition(Literals.wholes(in.values()), in.negated());
      case Test.Between between -> throw new EngineException("BETWEEN on an id parameter");
    };
  }

  /** Values of a {@code =}, {@code !=}, IN or NOT IN parameter, for text-valued keys. */
  static List<Value> values(ParamTest test) {
    return switch (test) {
      case Test.Compare compare -> List.of(compare.value());
      case ParamTest.In in -> in.values();
      case Test.Between between -> throw new EngineException("BETWEEN on a value-set parameter");
    };
  }

  /** Whether a {@code =}/IN parameter is negated ({@code !=}/NOT IN). */
  static boolean negated(ParamTest test) {
    return switch (test) {
      case Test.Compare compare -> compare.op() == Cmp.NE;
      case ParamTest.In in -> in.negated();
      case Test.Between between -> false;
    };
  }
}
