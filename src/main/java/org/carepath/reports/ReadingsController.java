package org.carepath.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.casefile.CaseRecordRepository;
import org.carepath.casefile.Pathway;
import org.carepath.feedback.FeedbackMeasures;
import org.carepath.identity.CurrentStaff;
import org.carepath.system.Chunks;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What service leads read beside the figures, in people's own words: the feedback comments
 * ({@code GET /api/reports/feedback/comments}) and the team learning reviews of the first five cases
 * ({@code GET /api/reports/learning-reviews}). Free text, so not an aggregate: service leads and
 * administrators only, without case references; every read is in the audit trail like any API request.
 */
@RestController
class ReadingsController {

  /** The comments of a scope and period. */
  record Comments(String pathway, LocalDate from, LocalDate to, String sector, String team, List<FeedbackMeasures.Comment> comments) {}

  /** One learning review: the sector, the day it was held, who filed it, and what the team learned. */
  record LearningReview(String sector, LocalDate heldOn, String filedBy, String notes) {}

  private final FeedbackMeasures feedback;
  private final CareCaseRepository cases;
  private final CaseRecordRepository caseFiles;
  private final CurrentStaff staff;
  private final Clock clock;

  ReadingsController(FeedbackMeasures feedback, CareCaseRepository cases, CaseRecordRepository caseFiles, CurrentStaff staff,
      Clock clock) {
    this.feedback = feedback;
    this.cases = cases;
    this.caseFiles = caseFiles;
    this.staff = staff;
    this.clock = clock;
  }

  @GetMapping("/api/reports/feedback/comments")
  @Transactional(readOnly = true)
  Comments comments(@RequestParam(required = false) String pathway, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String sector,
      @RequestParam(required = false) String team) {
    staff.requireReports("These readings are");
    FlowQuery query = FlowQuery.of(pathway, from, to, sector, team, clock);
    FlowReports.Scope scope = query.scope();
    Instant start = FlowReports.startOf(query.from());
    Instant end = FlowReports.endOf(query.to());
    List<CareCase> ofScope = cases.findByPathway(scope.pathway()).stream().filter(scope).toList();
    return new Comments(scope.pathway().name(), query.from(), query.to(), scope.sector() == null ? null : scope.sector().name(),
        scope.team(), feedback.comments(ofScope, start, end));
  }

  @GetMapping("/api/reports/learning-reviews")
  @Transactional(readOnly = true)
  List<LearningReview> learningReviews(@RequestParam(required = false) String sector) {
    staff.requireReports("These readings are");
    FlowReports.Scope scope = FlowQuery.of(Pathway.CHILDREN.name(), null, null, sector, null, clock).scope();
    List<CareCase> ofScope = cases.findByPathway(Pathway.CHILDREN).stream().filter(scope).toList();
    return Chunks.of(ofScope).stream()
        .flatMap(chunk -> caseFiles.findByCareCaseInAndKindAndTitleOrderByCreatedAtAscIdAsc(chunk, CaseRecordEntry.Kind.NOTE,
            CaseRecordEntry.LEARNING_REVIEW).stream())
        .map(entry -> new LearningReview(entry.getCareCase().getSector().name(),
            LocalDate.ofInstant(entry.getCreatedAt(), FlowReports.UK), entry.getAuthor(), entry.getBody()))
        .sorted(java.util.Comparator.comparing(LearningReview::heldOn)).toList();
  }
}
