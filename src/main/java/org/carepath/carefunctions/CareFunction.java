package org.carepath.carefunctions;

/**
 * The functions of coordinating care (Skills for Care / HEE, "A guide to coordinating care", 2018,
 * section 7; seed 004): communication, and four areas of further functions. Reference data: the function
 * map and the learning needs of organisations and roles refer to them by code ({@code COM_01}, ...).
 */
public enum CareFunction {
  COM_01(Area.COMMUNICATION, "Build strong relationships with people who access care and support"),
  COM_02(Area.COMMUNICATION, "Work with families and carers closely to ensure good communication"),
  COM_03(Area.COMMUNICATION, "Check understanding with all those the person would like involved in their care"),
  COM_04(Area.COMMUNICATION, "Respond in a timely manner in all communication verbal and written"),
  COM_05(Area.COMMUNICATION, "Do administrative work to ensure continuity, good communication and quality assurance"),
  COM_06(Area.COMMUNICATION, "Follow up to make sure referrals have happened"),
  COM_07(Area.COMMUNICATION, "Support communication between all people, relatives and organisations"),
  COM_08(Area.COMMUNICATION, "Act as a negotiator to resolve conflicts between people, relatives, carers and organisations"),
  COM_09(Area.COMMUNICATION, "Demonstrate professional assertiveness appropriately and sensitively"),
  COM_10(Area.COMMUNICATION, "Support self-care using motivational interviewing"),
  SUP_01(Area.SUPPORTING_PEOPLE, "Conduct an initial assessment of needs in partnership with people who access care and support"),
  SUP_02(Area.SUPPORTING_PEOPLE, "Work with people to produce plans together, to best meet their needs and preferences"),
  SUP_03(Area.SUPPORTING_PEOPLE, "Support people to plan what they would want to happen in end of life, critical or changing situations"),
  SUP_04(Area.SUPPORTING_PEOPLE, "Support people to choose where they receive their care and support based on what is important to them and best suits their needs"),
  SUP_05(Area.SUPPORTING_PEOPLE, "Negotiate with and between organisations to ensure the best approach for people who access care and support"),
  SUP_06(Area.SUPPORTING_PEOPLE, "Support people to meet the outcomes that are important to them and to manage the different elements of their care plan, including coordinating medication"),
  SUP_07(Area.SUPPORTING_PEOPLE, "Review and adapt individual care plans as and when needed"),
  SUP_08(Area.SUPPORTING_PEOPLE, "Encourage and develop self-care work with people, maximising their independence"),
  SUP_09(Area.SUPPORTING_PEOPLE, "Reflect on and evaluate the experiences of people accessing care and support and community facilities"),
  SUP_10(Area.SUPPORTING_PEOPLE, "Act as an advocate for people within and between organisations"),
  SUP_11(Area.SUPPORTING_PEOPLE, "Promote the legal rights of choice for people who access care and support"),
  SUP_12(Area.SUPPORTING_PEOPLE, "Help people to access local organisations, including statutory, independent, private and voluntary organisations"),
  SUP_13(Area.SUPPORTING_PEOPLE, "Support people as part of the hospital discharge team"),
  SUP_14(Area.SUPPORTING_PEOPLE, "Support people in planning and managing a personal budget or personal health budget"),
  SUP_15(Area.SUPPORTING_PEOPLE, "Support people to attend appointments including help to transport between services and organisations"),
  INF_01(Area.INFORMATION_MANAGEMENT, "Actively coordinate the flow of information between people and organisations"),
  INF_02(Area.INFORMATION_MANAGEMENT, "Take and make referrals to and from other local organisations, including statutory, independent, private and voluntary organisations"),
  INF_03(Area.INFORMATION_MANAGEMENT, "Signpost people accessing your service to other local organisations"),
  INF_04(Area.INFORMATION_MANAGEMENT, "Complete accurate, timely and objective recording"),
  INF_05(Area.INFORMATION_MANAGEMENT, "Spend time keeping knowledge of health and social care policy, legislation and local initiatives up to date"),
  INF_06(Area.INFORMATION_MANAGEMENT, "Book and manage appointments for people, with their agreement"),
  INF_07(Area.INFORMATION_MANAGEMENT, "Maintain a database of local services (community mapping) to support people in their choice of provider"),
  INF_08(Area.INFORMATION_MANAGEMENT, "Build strategic networks to share and access information"),
  BUS_01(Area.BUSINESS_MANAGEMENT, "Ensure effective use of resources for your organisation and others in your area"),
  BUS_02(Area.BUSINESS_MANAGEMENT, "Audit and reflect on the service you provide to evidence impact"),
  BUS_03(Area.BUSINESS_MANAGEMENT, "Investigate and evaluate experiences of people who access care and support and act on findings"),
  BUS_04(Area.BUSINESS_MANAGEMENT, "Help shape the services and groups to reflect the needs of the local population"),
  LKE_01(Area.LOCAL_KNOWLEDGE_EXCHANGE, "Support colleagues to understand the range of local organisations and networks and what they offer"),
  LKE_02(Area.LOCAL_KNOWLEDGE_EXCHANGE, "Support the various roles in a multi-disciplinary team including people accessing care and support"),
  LKE_03(Area.LOCAL_KNOWLEDGE_EXCHANGE, "Act as a catalyst or starting point for integrated care"),
  LKE_04(Area.LOCAL_KNOWLEDGE_EXCHANGE, "Work to avoid duplication of service provision, regardless of sector"),
  LKE_05(Area.LOCAL_KNOWLEDGE_EXCHANGE, "Proactively act as a link and build networks and other local agencies and groups");

  /** The headings of section 7, in the guide's order. */
  public enum Area {
    COMMUNICATION("Communication"),
    SUPPORTING_PEOPLE("Activities that support people to fulfil health and wellbeing aims"),
    INFORMATION_MANAGEMENT("Information management"),
    BUSINESS_MANAGEMENT("Business management activities"),
    LOCAL_KNOWLEDGE_EXCHANGE("Local knowledge exchange activities");

    private final String label;

    Area(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Area area;
  private final String title;

  CareFunction(Area area, String title) {
    this.area = area;
    this.title = title;
  }

  public Area area() {
    return area;
  }

  public String title() {
    return title;
  }
}
