-- A care plan action may name the directory service that carries it out (Skills for Care function 7).
alter table care_plan_action add column service_id bigint references directory_service (id);
