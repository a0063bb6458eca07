package org.carepath.careplan;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a case's agreed care plan history ({@code GET .../care-plan/versions}). */
public record CarePlanVersion(
    int version,
    LocalDate planDate,
    String leadAgency,
    String caseManager,
    LocalDate reviewDate,
    String agreedBy,
    Instant agreedAt) {}
