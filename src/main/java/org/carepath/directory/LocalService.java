package org.carepath.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** One service of the directory of local services; retired, never deleted. */
@Entity
@Table(name = "directory_service")
public class LocalService {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Provider provider;

  @Column(nullable = false)
  private String description;

  private String accessCriteria;
  private String redFlags;
  private String contactPhone;
  private String contactEmail;
  private String contactWeb;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "directory_service_area", joinColumns = @JoinColumn(name = "service_id"))
  @Column(name = "area", nullable = false)
  private Set<String> areas = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "directory_service_need", joinColumns = @JoinColumn(name = "service_id"))
  @Column(name = "need", nullable = false)
  private Set<String> needs = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "directory_service_age_group", joinColumns = @JoinColumn(name = "service_id"))
  @Column(name = "age_group", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<AgeGroup> ageGroups = new TreeSet<>();

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private String createdBy;

  @Column(nullable = false)
  private Instant updatedAt;

  @Column(nullable = false)
  private String updatedBy;

  private Instant retiredAt;
  private String retiredBy;

  @Version private long version;

  protected LocalService() {}

  LocalService(String by, Instant at) {
    this.createdBy = by;
    this.createdAt = at;
  }

  void describe(ServiceDetails details, String by, Instant at) {
    this.name = details.name();
    this.provider = details.provider();
    this.description = details.description();
    this.accessCriteria = details.accessCriteria();
    this.redFlags = details.redFlags();
    this.contactPhone = details.phone();
    this.contactEmail = details.email();
    this.contactWeb = details.web();
    this.areas.clear();
    this.areas.addAll(details.areas());
    this.needs.clear();
    this.needs.addAll(details.needs());
    this.ageGroups.clear();
    this.ageGroups.addAll(details.ageGroups());
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void retire(String by, Instant at) {
    this.retiredBy = by;
    this.retiredAt = at;
  }

  public Long id() {
    return id;
  }

  public ServiceDetails details() {
    return new ServiceDetails(name, provider, description, new TreeSet<>(areas), new TreeSet<>(needs),
        new TreeSet<>(ageGroups), accessCriteria, redFlags, contactPhone, contactEmail, contactWeb);
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Instant retiredAt() {
    return retiredAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
