package org.carepath.signposting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.carepath.casefile.CareCase;

/** The directory services chosen for an adult's simple local solution, in the order they are sent. */
@Entity
@Table(name = "signposting")
public class Signposting {

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @MapsId
  @OneToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "signposting_service", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  @Column(name = "service_id", nullable = false)
  private List<Long> serviceIds = new ArrayList<>();

  private String note;
  private String chosenBy;
  private Instant chosenAt;

  @Version private long version;

  protected Signposting() {}

  Signposting(CareCase careCase) {
    this.careCase = careCase;
  }

  void choose(List<Long> services, String note, String by, Instant at) {
    this.serviceIds.clear();
    this.serviceIds.addAll(services);
    this.note = note;
    this.chosenBy = by;
    this.chosenAt = at;
  }

  public CareCase getCareCase() { return careCase; }
  public List<Long> getServiceIds() { return List.copyOf(serviceIds); }
  public String getNote() { return note; }
  public String getChosenBy() { return chosenBy; }
  public Instant getChosenAt() { return chosenAt; }
}
