package org.carepath.iap;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks "Book IAP appointment" before it completes (bean {@code checkIapAppointmentListener}): a day
 * from today to a year ahead, one of the form's times and a place. Filing it is the next step of the
 * model, "File IAP appointment".
 */
@Component("checkIapAppointmentListener")
class CheckIapAppointmentListener implements TaskListener {

  private final Clock clock;

  CheckIapAppointmentListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    IapAppointment.from(task, LocalDate.now(clock.withZone(IapAppointment.UK)));
  }
}
