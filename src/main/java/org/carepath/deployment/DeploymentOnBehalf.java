package org.carepath.deployment;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A deployment carepath makes for a person ({@code POST /api/models/deploy}: as carepath, since process
 * managers hold no grant to deploy to the engine): {@link SafeDeployer} applies that person's limits
 * inside the deployment's own transaction, so a change an administrator deployed meanwhile is never
 * silently undone by a change checked against the version before it.
 */
public final class DeploymentOnBehalf {

  private static final ThreadLocal<Authentication> CALLER = new ThreadLocal<>();

  private DeploymentOnBehalf() {}

  public static <T> T of(Authentication caller, Supplier<T> deployment) {
    Authentication before = CALLER.get();
    CALLER.set(caller);
    try {
      return deployment.get();
    } finally {
      if (before == null) {
        CALLER.remove();
      } else {
        CALLER.set(before);
      }
    }
  }

  /** The person a deployment on this thread is made for, or null. */
  static Authentication caller() {
    return CALLER.get();
  }
}
