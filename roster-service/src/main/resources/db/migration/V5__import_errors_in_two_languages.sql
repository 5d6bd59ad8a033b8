-- Row errors of imports say why in both languages ({"indonesian": ..., "english": ...}); the API
-- shows the caller's. Errors recorded before carry their English text in both.
UPDATE import_job
   SET errors = (SELECT jsonb_agg(CASE WHEN jsonb_typeof(e -> 'message') = 'string'
                                       THEN jsonb_set(e, '{message}', jsonb_build_object('indonesian', e -> 'message', 'english', e -> 'message'))
                                       ELSE e END ORDER BY ordinality)
                   FROM jsonb_array_elements(errors) WITH ORDINALITY AS t(e, ordinality))
 WHERE jsonb_array_length(errors) > 0;
