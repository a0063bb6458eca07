package org.carepath.directory;

import java.util.Set;

/** What the directory says about a service, normalised (areas upper case, needs lower case). */
public record ServiceDetails(
    String name,
    Provider provider,
    String description,
    Set<String> areas,
    Set<String> needs,
    Set<AgeGroup> ageGroups,
    String accessCriteria,
    String redFlags,
    String phone,
    String email,
    String web) {

  /** Whether the service covers a postcode district: named, or everywhere ({@code ALL}). */
  public boolean covers(String district) {
    return areas.contains(district) || areas.contains(LocalServices.EVERYWHERE);
  }

  /** Whether the service is for people of this age group ({@code ALL} serves both). */
  public boolean serves(AgeGroup age) {
    return age == AgeGroup.ALL || ageGroups.contains(age) || ageGroups.contains(AgeGroup.ALL);
  }
}
