package org.carepath.system;

import java.lang.reflect.Field;

/**
 * The one way carepath's guards read a field of an engine class that Camunda offers no getter for
 * (the business key of a start command, the task of a comment). Looked up once, at start-up: if a
 * new engine version renames the field, carepath refuses to start and names the guard to review,
 * rather than a guard silently letting everything through. Kept in one place so that a move to a
 * maintained fork of Camunda 7 changes one class (docs/adr/0002).
 */
public final class EngineInternals {

  private EngineInternals() {}

  public static Field field(Class<?> type, String name, String guard) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda changed " + type.getSimpleName() + ": review " + guard, e);
    }
  }

  public static Object read(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot inspect " + target.getClass().getSimpleName(), e);
    }
  }
}
