package org.carepath.carecoordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.carepath.careplan.AgreedPlan;
import org.carepath.casefile.CareCase;

/** When one action of a case's plan was reminded and escalated; keyed by the action's content and due date. */
@Entity
@Table(name = "action_follow_up")
class ActionFollowUp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(name = "action_key", nullable = false)
  private String actionKey;

  private Instant remindedAt;
  private Instant escalatedAt;

  @Version private long version;

  protected ActionFollowUp() {}

  ActionFollowUp(CareCase careCase, String actionKey) {
    this.careCase = careCase;
    this.actionKey = actionKey;
  }

  /** The same action, agency, keyworker and due date give the same key in every plan version. */
  static String keyOf(AgreedPlan.Action action) {
    String content = action.description() + "\n" + action.agency() + "\n" + action.keyworker().email() + "\n" + action.dueDate();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean reminded() { return remindedAt != null; }

  boolean escalated() { return escalatedAt != null; }

  void remind(Instant at) { remindedAt = at; }

  void escalate(Instant at) { escalatedAt = at; }
}
