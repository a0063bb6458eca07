package org.carepath.subjectaccess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.carepath.careplan.CarePlanVersion;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.circulation.CarePlanCirculation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access export (design 4d): one ZIP with everything carepath holds about a case, from its own
 * tables ({@link CaseTables}) and the engine's history ({@link CaseHistory}), as {@code record.json} for
 * machines, {@code record.pdf} for people, and each agreed care plan as the PDF its readers received
 * ({@code plans/care-plan-vN.pdf}).
 */
@Service
class SubjectAccessExport {

  /** The parts printed one line per row: long lists of short, uniform rows. */
  static final java.util.Set<String> GRIDS = java.util.Set.of("audit_event", "steps", "tasks", "variables", "processes");

  /** Each part of the record as a reader names it, in the order the PDF shows them. */
  static final Map<String, String> TITLES = titles();

  private final CaseTables tables;
  private final CaseHistory history;
  private final CarePlans plans;
  private final CarePlanCirculation circulation;
  private final SubjectAccessPdf pdf;
  private final Clock clock;
  private final ObjectMapper json;

  SubjectAccessExport(CaseTables tables, CaseHistory history, CarePlans plans, CarePlanCirculation circulation,
      SubjectAccessPdf pdf, ObjectMapper json, Clock clock) {
    this.tables = tables;
    this.history = history;
    this.plans = plans;
    this.circulation = circulation;
    this.pdf = pdf;
    this.clock = clock;
    this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
  }

  @Transactional(readOnly = true)
  byte[] zip(CareCase careCase, String madeBy) {
    String madeAt = clock.instant().toString();
    Map<String, List<Map<String, Object>>> ours = tables.of(careCase.getId(), careCase.getReference());
    Map<String, List<Map<String, Object>>> engine = history.of(careCase.getReference());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("reference", careCase.getReference());
    record.put("madeAt", madeAt);
    record.put("madeBy", madeBy);
    record.put("carepath", ours);
    record.put("engine", engine);
    List<SubjectAccessPdf.Section> sections = new ArrayList<>();
    TITLES.forEach((part, title) -> sections.add(new SubjectAccessPdf.Section(title,
        ours.getOrDefault(part, engine.getOrDefault(part, List.of())), GRIDS.contains(part))));
    var zip = new ByteArrayOutputStream();
    try (var out = new ZipOutputStream(zip)) {
      put(out, "record.json", json.writeValueAsBytes(record));
      put(out, "record.pdf", pdf.render(careCase.getReference(), madeAt, madeBy, sections));
      for (CarePlanVersion version : plans.versions(careCase.getReference())) {
        circulation.pdfOf(careCase, version.version()).ifPresent(document -> put(out,
            "plans/care-plan-" + careCase.getReference() + "-v" + version.version() + ".pdf", document));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip.toByteArray();
  }

  private static void put(ZipOutputStream out, String name, byte[] content) {
    try {
      out.putNextEntry(new ZipEntry(name));
      out.write(content);
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> titles() {
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("care_case", "The case");
    titles.put("referral", "The referral");
    titles.put("adult_contact", "The contact");
    titles.put("family_file", "The Family File");
    titles.put("adult_eligibility", "Eligibility and budget");
    titles.put("signposting", "Signposting");
    titles.put("signposting_service", "Services signposted to");
    titles.put("care_plan", "Care plan versions");
    titles.put("care_plan_need", "Care plan needs");
    titles.put("care_plan_agency", "Care plan agencies");
    titles.put("care_plan_action", "Care plan actions");
    titles.put("agency_consent", "Consents to share");
    titles.put("action_follow_up", "Follow-up of overdue actions");
    titles.put("case_handoff", "Changes of worker");
    titles.put("case_record_entry", "The case file");
    titles.put("notification", "Letters and mails");
    titles.put("feedback_request", "Feedback");
    titles.put("person_link", "Links to the person's own record");
    titles.put("legal_hold", "Legal hold");
    titles.put("processes", "Processes the case went through");
    titles.put("steps", "Steps done");
    titles.put("tasks", "Tasks, who did them and when");
    titles.put("decisions", "Decisions, with what they were based on");
    titles.put("comments", "Comments");
    titles.put("variables", "Process data (the last value of each)");
    titles.put("audit_event", "Who read or changed the record (audit trail)");
    return titles;
  }
}
