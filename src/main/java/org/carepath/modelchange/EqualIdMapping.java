package org.carepath.modelchange;

/**
 * Whether a running instance's step has a place in the new version, by the rules of Camunda's
 * migration by equal ids ({@code MigrationPlanBuilder.mapEqualActivities()}): a step of the same id and
 * the same kind, in a sub-process that maps too.
 */
final class EqualIdMapping {

  private EqualIdMapping() {}

  /** Why {@code id} of {@code from} cannot move to {@code to}, or null when it can. */
  static String whyNot(ProcessShape from, ProcessShape to, String id) {
    ProcessShape.Step old = from.steps().get(id);
    if (old == null) {
      return null; // not a step of the model (the process itself)
    }
    ProcessShape.Step next = to.steps().get(id);
    if (next == null) {
      return old.label() + " is not in the new version";
    }
    if (!old.kind().equals(next.kind())) {
      return old.label() + " changes from " + old.kind() + " to " + next.kind();
    }
    if (!old.scope().equals(next.scope())) {
      return old.label() + " moves from " + scope(from, old.scope()) + " to " + scope(to, next.scope());
    }
    if (!ProcessShape.PROCESS_SCOPE.equals(old.scope())) {
      String parent = whyNot(from, to, old.scope());
      if (parent != null) {
        return old.label() + " is inside a sub-process that cannot move: " + parent;
      }
    }
    return null;
  }

  private static String scope(ProcessShape shape, String scope) {
    ProcessShape.Step step = shape.steps().get(scope);
    return step == null ? scope : step.label();
  }
}
