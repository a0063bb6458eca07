package org.carepath.casefile;

import java.util.List;

/**
 * Who a case is about and who hears about it, whichever pathway it is on: for a child, the parent or
 * carer of the referral, its referrer and the GP (copied unless the GP referred); for an adult, the
 * person and their carer, the referrer if any, and no GP (carepath holds only the practice code).
 * Letters, plan circulation, feedback and the person's own record read this instead of a pathway's
 * own intake, so care co-ordination serves both pathways with one model.
 *
 * @param personName the child's or the adult's name
 * @param person the people letters about the person's own care go to (the parent, or the adult and
 *     their carer), only those with an e-mail address
 * @param ownAddress an adult's own address (also first in {@code person}), or null: a child, or an
 *     adult who gave none
 * @param referrer who referred, or null when nobody did or they gave no address
 * @param gpCopy the GP copied on letters, or null
 * @param signature the team that signs letters
 * @param personConsentsToShare false when the person said nothing of theirs may go to other agencies
 */
public record CaseParties(
    Pathway pathway,
    String personName,
    List<Addressee> person,
    Addressee ownAddress,
    Addressee referrer,
    Addressee gpCopy,
    Signature signature,
    boolean personConsentsToShare) {

  public CaseParties {
    person = List.copyOf(person);
  }

  /**
   * The team that signs letters: {@code kind} picks the words from the message bundles
   * ({@code letter.signOff.<kind>}), {@code team} is a care and support team's place name or null.
   */
  public record Signature(String kind, String team) {

    public static final Signature ISCAN = new Signature("iscan", null);
    public static final Signature COMPLEX_NEEDS = new Signature("complexNeeds", null);

    public static Signature careAndSupport(String team) {
      return new Signature(team == null ? "careAndSupport" : "careAndSupportTeam", team);
    }

    /** In English, as plans and staff pages show it. */
    public String english() {
      return switch (kind) {
        case "iscan" -> "ISCAN care co-ordination team";
        case "complexNeeds" -> "Complex needs team";
        case "careAndSupportTeam" -> "Care and support team " + team;
        default -> "Care and support team";
      };
    }
  }

  /** The team that signs letters, in English. */
  public String signOff() {
    return signature.english();
  }

  /** The person and the others of {@link #person()}, each once: the names a letter to them greets. */
  public List<String> greetingNames() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(personName),
        person.stream().filter(p -> !p.equals(ownAddress)).map(Addressee::name)).distinct().toList();
  }

  /** A named reader with an e-mail address. */
  public record Addressee(String name, String email) {

    /** The addressee, or null without an address. */
    public static Addressee of(String name, String email) {
      return email == null || email.isBlank() ? null : new Addressee(name == null || name.isBlank() ? email : name, email.strip());
    }
  }

  public boolean adult() {
    return pathway == Pathway.ADULT;
  }
}
