package org.carepath.notification;

/**
 * A file sent with a letter, e.g. the care plan PDF. Attachments are not stored with the
 * notification: the sender renders them again, identically, when a failed letter is retried.
 */
public record Attachment(String filename, String contentType, byte[] content) {}
