-- Finding pilots (GET /api/audit/pilots, /audit): each filter, newest proposal first, answered from an
-- index however many pilots there are. The person filter uses pilot_register_person_user (V4).
CREATE INDEX pilot_register_status ON pilot_register (status, proposed_at DESC, reference);
CREATE INDEX pilot_register_service_area ON pilot_register (service_area, proposed_at DESC, reference);
CREATE INDEX pilot_register_decision ON pilot_register (decision, proposed_at DESC, reference);
CREATE INDEX pilot_register_overrode ON pilot_register (overrode_recommendation, proposed_at DESC, reference);
-- the unfiltered list and date ranges, in the order they are shown
CREATE INDEX pilot_register_newest ON pilot_register (proposed_at DESC, reference);
