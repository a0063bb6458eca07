package org.carepath.casepage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.carepath.adultcontact.AdultContactRepository;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseHandoffRepository;
import org.carepath.caseview.CaseQueries;
import org.carepath.caseview.CaseView;
import org.carepath.familyfile.FamilyFileRepository;
import org.carepath.referral.ReferralRepository;
import org.carepath.system.EngineAsSystem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything one case holds, for its page: who the child or adult is and who is around them, the
 * decisions with their rules, the Family File, the plan and its agreed versions, the letters and
 * their status, the open tasks (linked into Tasklist), handoffs and the whole case file. Read with the
 * case's sector and team rules ({@link CaseQueries#accessible}): 404 for anyone else.
 */
@Service
class CasePages {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  private final CaseQueries queries;
  private final ReferralRepository referrals;
  private final FamilyFileRepository familyFiles;
  private final AdultContactRepository contacts;
  private final CarePlans plans;
  private final CaseHandoffRepository handoffs;
  private final TaskService tasks;
  private final EngineAsSystem engine;
  private final String engineName;

  CasePages(CaseQueries queries, ReferralRepository referrals, FamilyFileRepository familyFiles,
      AdultContactRepository contacts, CarePlans plans, CaseHandoffRepository handoffs, TaskService tasks,
      EngineAsSystem engine, @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    this.queries = queries;
    this.referrals = referrals;
    this.familyFiles = familyFiles;
    this.contacts = contacts;
    this.plans = plans;
    this.handoffs = handoffs;
    this.tasks = tasks;
    this.engine = engine;
    this.engineName = engineName;
  }

  /** An open task as the page lists it, with its address in Tasklist. */
  public record OpenTask(String name, String assignee, String due, String link) {}

  /** A line of the case file: letters by their subject and recipients, never their HTML. */
  public record FileEntry(String when, String kind, String title, String body, String author) {}

  /** A letter and what became of it. */
  public record LetterLine(String subject, String recipients, String status, String sent) {}

  /** A change of who holds the case. */
  public record Handoff(String when, String from, String to, String reason, String by) {}

  @Transactional(readOnly = true)
  Map<String, Object> of(String reference) {
    CaseView view = queries.view(reference); // 404 outside the caller's sectors and teams
    CareCase careCase = queries.accessible(reference);
    Map<String, Object> model = new HashMap<>();
    model.put("view", view);
    model.put("adult", careCase.isAdult());
    if (careCase.isAdult()) {
      model.put("contact", contacts.findByCareCase(careCase).orElse(null));
    } else {
      model.put("referral", referrals.findByCareCase(careCase).orElse(null));
      model.put("familyFile", familyFiles.findByCareCase(careCase).orElse(null));
    }
    model.put("plan", plans.current(reference).orElse(null));
    model.put("versions", plans.versions(reference));
    model.put("decisions", view.record().stream().filter(e -> "DECISION".equals(e.kind())).map(CasePages::entry).toList());
    model.put("timeline", view.record().stream().map(CasePages::entry).toList());
    model.put("letters", view.notifications().stream().map(n -> new LetterLine(n.subject(), String.join(", ", n.recipients()),
        n.status(), n.sentAt() == null ? null : when(n.sentAt()))).toList());
    model.put("handoffs", handoffs.findByCareCaseOrderByHandedAtAscIdAsc(careCase).stream()
        .map(h -> new Handoff(when(h.getHandedAt()), h.getFromHolder(), h.getToHolder(), h.getReason(), h.getHandedBy()))
        .toList());
    model.put("tasks", openTasks(reference));
    return model;
  }

  private List<OpenTask> openTasks(String reference) {
    return engine.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference).orderByTaskCreateTime().asc()
        .list().stream().map(t -> new OpenTask(t.getName(), t.getAssignee(),
            t.getDueDate() == null ? null : when(t.getDueDate().toInstant()),
            "/camunda/app/tasklist/" + engineName + "/#/?task=" + t.getId())).toList());
  }

  private static FileEntry entry(CaseView.RecordView e) {
    String body = e.body();
    if ("LETTER".equals(e.kind()) && body != null) {
      body = body.lines().findFirst().orElse(""); // "To: ...": the letter itself is in the letters' list
    }
    return new FileEntry(when(e.createdAt()), e.kind().charAt(0) + e.kind().substring(1).toLowerCase(Locale.ROOT),
        e.title(), body, e.author());
  }

  private static String when(Instant instant) {
    return WHEN.format(instant.atZone(UK));
  }
}
