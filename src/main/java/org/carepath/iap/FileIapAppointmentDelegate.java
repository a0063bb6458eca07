package org.carepath.iap;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.tasklist.MarkdownText;
import org.springframework.stereotype.Component;

/**
 * "File IAP appointment" (bean {@code fileIapAppointmentDelegate}): puts the booked appointment on the
 * case file and gives the service's "Attend IAP appointment" its due time ({@code appointmentAt}) and
 * the words its form shows ({@code appointmentWhen}). Both are local to the one service's assessment.
 */
@Component("fileIapAppointmentDelegate")
class FileIapAppointmentDelegate implements JavaDelegate {

  static final String APPOINTMENT_AT = "appointmentAt";
  static final String APPOINTMENT_WHEN = "appointmentWhen";

  private final CareCaseRepository cases;
  private final CaseRecord record;
  private final Clock clock;

  FileIapAppointmentDelegate(CareCaseRepository cases, CaseRecord record, Clock clock) {
    this.cases = cases;
    this.record = record;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // checked when the task completed; read again here with yesterday allowed, should a retry run after midnight
    IapAppointment appointment = IapAppointment.from(execution, LocalDate.now(clock.withZone(IapAppointment.UK)).minusDays(1));
    String service = String.valueOf(execution.getVariable("iapService"));
    String worker = (String) execution.getVariable("allocatedWorker");
    record.add(cases.getByReference(execution.getProcessBusinessKey()), CaseRecordEntry.Kind.NOTE,
        "IAP appointment booked, " + service + ": " + appointment.readable(), null, worker == null ? "carepath" : worker);
    execution.setVariableLocal(APPOINTMENT_AT, appointment.at());
    // the form shows it as Markdown: the typed place is escaped, so it can never become a link
    execution.setVariableLocal(APPOINTMENT_WHEN, MarkdownText.escape(appointment.readable()));
  }
}
