package org.carepath.notification;

import java.util.List;

/** A rendered letter: template name, recipients (To first, then copies), subject and HTML body. */
record Letter(String template, List<String> recipients, String subject, String html) {}
