-- A letter being handed to the mail server is claimed for a short lease (status SENDING): a second
-- run of the same letter job (a job that outlived its lock and was taken by another node) sees the
-- claim and steps back instead of sending the letter again.
alter table notification add column sending_until timestamp with time zone;
