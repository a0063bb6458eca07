package org.carepath.deployment;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment refused by {@link ModelSafetyCheck}: the message names every element and its rule. */
public class UnsafeModelException extends BadUserRequestException {

  private final transient List<ModelSafetyCheck.Violation> violations;

  UnsafeModelException(List<ModelSafetyCheck.Violation> violations) {
    super("This deployment is refused, nothing was deployed. A model may describe work but never run code on the server: "
        + violations.stream().map(Object::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<ModelSafetyCheck.Violation> violations() {
    return violations;
  }
}
