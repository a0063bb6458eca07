package org.carepath.tasklist;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.carepath.system.EveryUserTask;
import org.springframework.stereotype.Component;

/**
 * Gives every user task a name staff can read in a list: the step of the model, the child and the
 * case reference, e.g. {@code "Screen referral: Ffion Jones (ISC-N-2026-00001)"} or {@code "Triage
 * contact: Edith Armstrong (ADL-2026-00001)"}. The diagrams keep
 * the short step names; the task gets the long one when it is created. The name is the
 * display variable {@code childName} or, for adults, {@code personName}; the reference is the business key of the instance.
 */
@Component
public class ReadableTaskNames extends AbstractProcessEnginePlugin {

  static final String CHILD_NAME = "childName";
  static final String PERSON_NAME = "personName";
  /** The element variables of carepath's multi-instance steps (the IAP's services, the specialisms). */
  static final java.util.List<String> ITEMS = java.util.List.of("iapService", "specialism");
  /** The engine stores at most 255 characters of a task name; a long name is shortened, never the reference. */
  static final int LONGEST_CHILD_NAME = 120;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, ReadableTaskNames::name);
  }

  static void name(DelegateTask task) {
    Object name = task.hasVariable(CHILD_NAME) ? task.getVariable(CHILD_NAME) : task.getVariable(PERSON_NAME);
    task.setName(readable(withItem(task.getName(), task), name, task.getExecution().getProcessBusinessKey()));
  }

  /**
   * A step done once per item (one IAP appointment per service, one specialist assessment per
   * specialism) names its item, so two such tasks of a case never carry the same title:
   * "Attend IAP appointment (Speech and language therapy)".
   */
  static String withItem(String step, DelegateTask task) {
    for (String item : ITEMS) {
      if (itemOf(task, item) instanceof String text && !text.isBlank() && step != null) {
        return step + " (" + text.strip() + ")";
      }
    }
    return step;
  }

  /**
   * The item of the one instance the task belongs to: a variable of the task or of an execution
   * between it and the process instance (a step inside a per-item sub-process sits a level or two
   * below the item's execution), never one of the whole process.
   */
  private static Object itemOf(DelegateTask task, String item) {
    if (task.hasVariableLocal(item)) {
      return task.getVariableLocal(item);
    }
    DelegateExecution execution = task.getExecution();
    while (execution instanceof ExecutionEntity scope && !scope.isProcessInstanceExecution()) {
      if (scope.hasVariableLocal(item)) {
        return scope.getVariableLocal(item);
      }
      execution = scope.getParent();
    }
    return null;
  }

  static String readable(String step, Object childName, String reference) {
    StringBuilder name = new StringBuilder(step == null ? "Task" : step);
    boolean hasChild = childName instanceof String child && !child.isBlank();
    boolean hasReference = reference != null && !reference.isBlank();
    if (hasChild || hasReference) {
      name.append(':');
      if (hasChild) {
        String child = ((String) childName).strip();
        name.append(' ').append(child.length() > LONGEST_CHILD_NAME
            ? child.substring(0, LONGEST_CHILD_NAME - 1) + "…" : child);
      }
      if (hasReference) {
        name.append(hasChild ? " (" + reference + ")" : " " + reference);
      }
    }
    return name.toString();
  }
}
