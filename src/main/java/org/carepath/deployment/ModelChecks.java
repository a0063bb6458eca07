package org.carepath.deployment;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The checks every deployment passes ({@link SafeDeployer}), offered before deploying: for the dry run
 * of a manager's change ({@code POST /api/models/check}), which answers the same as the deployment would.
 */
@Component
public class ModelChecks {

  private final ModelSafetyCheck safety;

  ModelChecks(ApplicationContext context) {
    ModelBeans beans = new ModelBeans(context);
    this.safety = new ModelSafetyCheck(beans::exposes, beans::exposesMethod);
  }

  /** What in the file could run code or is not a well-formed carepath model: one entry per element and rule. */
  public List<ModelSafetyCheck.Violation> violations(String resourceName, byte[] content) {
    return safety.check(resourceName, content);
  }

  /** What in a BPMN file only an administrator may deploy, against the deployed versions (by process key). */
  public List<String> administratorOnly(byte[] bpmn, Map<String, byte[]> deployedBefore) {
    return SafeDeployer.administratorOnly(bpmn, deployedBefore);
  }

  public static boolean isBpmn(String resourceName) {
    return SafeDeployer.isBpmn(resourceName);
  }
}
