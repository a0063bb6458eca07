package org.carepath.carecoordination;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code carepath.care-plan}: how many working days after its due date an action counts as overdue
 * (the case manager is then asked to chase it), and where Gaps and Blocks reports go (the case
 * manager's line manager and the chair of the interagency network; for adults' cases, those of adult
 * services).
 */
@ConfigurationProperties("carepath.care-plan")
record CarePlanFollowUpProperties(Integer overdueAfterWorkingDays, GapsAndBlocks gapsAndBlocks,
    GapsAndBlocks adultGapsAndBlocks) {

  CarePlanFollowUpProperties {
    overdueAfterWorkingDays = overdueAfterWorkingDays == null ? 5 : overdueAfterWorkingDays;
    gapsAndBlocks = gapsAndBlocks == null ? new GapsAndBlocks(null, null) : gapsAndBlocks;
    adultGapsAndBlocks = adultGapsAndBlocks == null ? new GapsAndBlocks(null, null) : adultGapsAndBlocks;
  }

  record GapsAndBlocks(String lineManager, String networkChair) {}
}
