package org.carepath.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;

/** A service as the API shows it, red flags included: staff read them before they refer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LocalServiceView(
    Long id,
    String name,
    Provider provider,
    String description,
    Set<String> areas,
    Set<String> needs,
    Set<AgeGroup> ageGroups,
    String accessCriteria,
    String redFlags,
    Contact contact,
    boolean retired,
    Instant retiredAt,
    Instant updatedAt,
    String updatedBy) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Contact(String phone, String email, String web) {}

  static LocalServiceView of(LocalService service) {
    ServiceDetails d = service.details();
    return new LocalServiceView(service.id(), d.name(), d.provider(), d.description(), d.areas(), d.needs(),
        d.ageGroups(), d.accessCriteria(), d.redFlags(), new Contact(d.phone(), d.email(), d.web()),
        service.isRetired(), service.retiredAt(), service.updatedAt(), service.updatedBy());
  }
}
