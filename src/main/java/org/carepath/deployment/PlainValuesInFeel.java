package org.carepath.deployment;

import camundajar.impl.scala.Function1;
import camundajar.impl.scala.Option;
import camundajar.impl.scala.collection.immutable.List;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.valuemapper.CustomValueMapper;

/**
 * Decisions see plain values only. Camunda's FEEL engine hands a decision any other object as a
 * context whose public methods FEEL may call: a review turned a date from {@code dateTime()} (or bytes
 * any caller may store) into {@code getClass().forName(...)} and ran a command on the server from a
 * decision table. Here text, numbers, booleans, dates and times, lists and maps reach FEEL as before;
 * any other object becomes an error value, whose methods nobody can call.
 */
final class PlainValuesInFeel implements CustomValueMapper {

  /** The DMN engine's FEEL, with {@link PlainValuesInFeel} ahead of Camunda's own value mappers. */
  static FeelEngineFactory engineFactory() {
    return PlainValuesEngine::new;
  }

  @Override
  public Option<Val> toVal(Object value, Function1<Object, Val> inner) {
    if (value == null || value instanceof Val || value instanceof String || value instanceof Number
        || value instanceof Boolean || value instanceof Character || value instanceof Date || value instanceof Temporal
        || value instanceof TemporalAmount || value instanceof Collection || value instanceof Map || value instanceof Enum) {
      return Option.apply(null);
    }
    return Option.apply(ValError.apply("values of type " + value.getClass().getSimpleName() + " are not available to decisions"));
  }

  @Override
  public Option<Object> unpackVal(Val value, Function1<Val, Object> inner) {
    return Option.apply(null);
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public void org$camunda$feel$valuemapper$CustomValueMapper$_setter_$priority_$eq(int priority) {
    // the priority is fixed: first of all mappers
  }

  private static final class PlainValuesEngine extends ScalaFeelEngine implements FeelEngine {

    PlainValuesEngine() {
      super(java.util.List.of());
    }

    @Override
    protected List<CustomValueMapper> getValueMappers() {
      return super.getValueMappers().$colon$colon(new PlainValuesInFeel());
    }
  }
}
