-- The admin console at 100,000 members (issue 25, part 3).

-- Part-of-a-word search for the nickname and the Kakao name: every 1- and 2-letter piece of the
-- lower-cased text (pg_bigm's idea, in plain SQL so PostgreSQL and PGlite run the same migration with
-- no extension). pg_trgm does extract trigrams from Hangul here, but a 2-letter term — most Korean
-- searches ('지은', '운동') — yields no trigram from '%지은%', and its GIN index then reads every entry.
-- A term of 2+ letters is looked up by its 2-letter pieces, a 1-letter term by itself; the ILIKE beside
-- it (lib/admin/user-query.ts) keeps the exact semantics, the pieces only narrow the rows.
CREATE FUNCTION "admin_search_grams"(s text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT DISTINCT substr(lower(s), i, k.n) FROM generate_series(1, length(s)) AS i, (VALUES (1), (2)) AS k(n) WHERE i + k.n - 1 <= length(s))
$$;

CREATE FUNCTION "admin_search_needle"(q text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN length(q) < 2 THEN ARRAY[lower(q)]
              ELSE ARRAY(SELECT DISTINCT substr(lower(q), i, 2) FROM generate_series(1, length(q) - 1) AS i) END
$$;

CREATE INDEX "Profile_nickname_grams_idx" ON "Profile" USING GIN ("admin_search_grams"("nickname"));
CREATE INDEX "User_name_grams_idx" ON "User" USING GIN ("admin_search_grams"("name"));

-- Counts of the usual filters (status, gender, age; region) and the dashboard's tally by status and
-- gender, from the indexes alone.
CREATE INDEX "User_role_status_gender_birthDate_id_idx" ON "User"("role", "status", "gender", "birthDate", "id");
CREATE INDEX "Profile_region_userId_idx" ON "Profile"("region", "userId");
