package org.carepath.security;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.IdentityService;
import org.carepath.identity.CurrentStaff;

/**
 * Case work is never deleted by a person. Administrators hold every grant, so Camunda would let one
 * delete a case's process instances (running, in history, one by one or in a batch) while the case in
 * carepath's tables still reads OPEN, with no closing letter, outcome or line on the case file. A case
 * ends through its pathway; history leaves through its retention (history cleanup). Nobody else holds
 * a grant to delete instances, so their attempts keep the engine's own 403.
 */
class NoCaseDeletion extends CommandInterceptor {

  private static final Set<Class<?>> DELETIONS = Set.of(DeleteProcessInstanceCmd.class, DeleteProcessInstancesCmd.class,
      DeleteProcessInstanceBatchCmd.class, DeleteHistoricProcessInstancesCmd.class, DeleteHistoricProcessInstancesBatchCmd.class);

  private final IdentityService identity;

  NoCaseDeletion(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null && DELETIONS.contains(command.getClass())) {
      if (CurrentStaff.isAdministrator(identity.getCurrentAuthentication())) {
        throw new BadUserRequestException("Process instances of cases are not deleted: a case ends through its "
            + "pathway (outcome, closing letter, case file), and its history through the retention period");
      }
    }
    return next.execute(command);
  }
}
