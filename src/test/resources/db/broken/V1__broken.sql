-- A migration that fails halfway, for DatabaseStartupIntegrationTests.
CREATE TABLE arrived (id int);
SELECT no_such_function();
