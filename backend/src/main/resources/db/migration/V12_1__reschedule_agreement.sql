-- An extension or shortening of a pair happens by mutual agreement (§4.10, §4.13 of the school regulations): the
-- history entry keeps who agreed — the mentor and each mentee, a minor's parent or guardian for them — with the
-- giver's name and the date, as a list of {participantId, participantName, side, givenBy, giverName, agreedOn}.
ALTER TABLE mentorship_event ADD COLUMN agreements jsonb;

-- Entries written before agreements were recorded keep none; every new change of the term must carry them.
ALTER TABLE mentorship_event ADD CONSTRAINT mentorship_event_term_agreed
    CHECK (kind NOT IN ('EXTENDED', 'SHORTENED') OR (agreements IS NOT NULL AND jsonb_array_length(agreements) > 0))
    NOT VALID;
