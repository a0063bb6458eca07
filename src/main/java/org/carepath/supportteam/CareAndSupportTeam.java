package org.carepath.supportteam;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A local care and support team: its name and the GP practices (ODS codes) whose people it serves. */
@Entity
@Table(name = "care_and_support_team")
public class CareAndSupportTeam {

  /** Every team's Camunda group is this prefix and the team's id: its Tasklist queue and its rights. */
  public static final String GROUP_PREFIX = org.carepath.identity.StaffGroups.CARE_AND_SUPPORT_TEAM_PREFIX;

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "care_and_support_team_practice", joinColumns = @JoinColumn(name = "team_id"))
  @Column(name = "practice_code", nullable = false)
  private Set<String> gpPractices = new TreeSet<>();

  @Column(nullable = false)
  private Instant updatedAt;

  @Column(nullable = false)
  private String updatedBy;

  @Version private long version;

  protected CareAndSupportTeam() {}

  CareAndSupportTeam(String id) {
    this.id = id;
  }

  void update(String name, Collection<String> practices, String by, Instant at) {
    this.name = name;
    this.gpPractices.clear();
    this.gpPractices.addAll(practices);
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String group() {
    return GROUP_PREFIX + id;
  }

  public Set<String> gpPractices() {
    return new TreeSet<>(gpPractices);
  }
}
