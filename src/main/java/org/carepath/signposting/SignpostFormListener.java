package org.carepath.signposting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.adultcontact.ContactIntake;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.directory.AgeGroup;
import org.carepath.directory.LocalService;
import org.carepath.directory.LocalServices;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * The signposting form in Tasklist. On create it suggests up to {@value #SLOTS} live services of the
 * directory for the person's postcode district, those for the need named at triage first, each in a
 * slot of the form with a box to tick. On complete the ticked services are chosen (as {@code PUT
 * /api/cases/{reference}/signposting} would); without a tick, services chosen through the API stand;
 * with neither, the task is refused.
 */
@Component
class SignpostFormListener implements TaskListener {

  static final int SLOTS = 8;
  static final String NEED = "signpostNeed";

  private final LocalServices directory;
  private final Signpostings signpostings;
  private final ContactIntake contacts;
  private final CareCaseRepository cases;
  private final CurrentStaff staff;

  SignpostFormListener(LocalServices directory, Signpostings signpostings, ContactIntake contacts,
      CareCaseRepository cases, CurrentStaff staff) {
    this.directory = directory;
    this.signpostings = signpostings;
    this.contacts = contacts;
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      suggest(task);
    } else {
      choose(task);
    }
  }

  private void suggest(DelegateTask task) {
    var careCase = cases.getByReference(task.getExecution().getProcessBusinessKey());
    String postcode = contacts.contactOf(careCase).getPostcode();
    Object need = task.getVariable(NEED);
    Map<Long, LocalService> suggested = new LinkedHashMap<>();
    List<LocalService> local = directory.forPerson(postcode, AgeGroup.ADULTS);
    for (LocalService service : local) {
      if (need != null && service.details().needs().contains(need.toString())) {
        suggested.putIfAbsent(service.id(), service);
      }
    }
    local.forEach(s -> suggested.putIfAbsent(s.id(), s));
    List<LocalService> slots = suggested.values().stream().limit(SLOTS).toList();
    for (int slot = 1; slot <= SLOTS; slot++) {
      LocalService service = slot <= slots.size() ? slots.get(slot - 1) : null;
      task.setVariableLocal("suggestion" + slot, service == null ? null : describe(service));
      task.setVariableLocal("suggestion" + slot + "Id", service == null ? null : service.id());
    }
  }

  private void choose(DelegateTask task) {
    List<Long> ticked = new ArrayList<>();
    for (int slot = 1; slot <= SLOTS; slot++) {
      if (Boolean.TRUE.equals(task.getVariable("send" + slot)) && task.getVariableLocal("suggestion" + slot + "Id") != null) {
        ticked.add(((Number) task.getVariableLocal("suggestion" + slot + "Id")).longValue());
      }
      task.removeVariable("send" + slot);
    }
    var careCase = cases.getByReference(task.getExecution().getProcessBusinessKey());
    Object note = task.getVariable("signpostNote");
    task.removeVariable("signpostNote");
    if (!ticked.isEmpty()) {
      try {
        signpostings.choose(careCase, ticked, note == null ? null : note.toString(), staff.userId());
      } catch (org.carepath.api.InvalidFieldsException refused) {
        // a ticked service was retired since the form was made, or the note is not plain text
        throw new BadUserRequestException(refused.getMessage());
      }
    } else if (signpostings.of(careCase).isEmpty()) {
      throw new BadUserRequestException("send1: tick at least one service to send to the person");
    }
  }

  private static String describe(LocalService service) {
    var d = service.details();
    StringBuilder text = new StringBuilder(d.name()).append(" (").append(String.join(", ", d.needs())).append(")");
    if (d.phone() != null) {
      text.append("\nPhone ").append(d.phone());
    }
    if (d.accessCriteria() != null) {
      text.append("\nWho: ").append(d.accessCriteria());
    }
    if (d.redFlags() != null) {
      text.append("\nRed flags: ").append(d.redFlags());
    }
    return text.toString();
  }
}
