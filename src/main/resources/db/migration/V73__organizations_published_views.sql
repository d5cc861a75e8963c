-- What other modules may read of the organizations schema in SQL: these views and nothing else. The tables behind them
-- belong to the organizations module and may change; the views keep their columns. Everything else about
-- organizations (permissions, letterheads, committees, units) comes through the module's Java API.

-- The current tree: join it to filter by OrganizationScope.sqlCondition("o.path") and to show an organization's name.
CREATE VIEW organizations.organization_tree AS
    SELECT id, name, type, parent_id, path, dissolved_on
    FROM organizations.organization;

COMMENT ON VIEW organizations.organization_tree IS
    'Published by the organizations module: the current tree (id, name, type, parent, ltree path, dissolution) for '
    'other modules to join and filter by scope. Columns stay stable; the table behind may change.';

-- The terms under which documents are numbered and committees elected.
CREATE VIEW organizations.term_period AS
    SELECT id, organization_id, name, starts_on, ends_on
    FROM organizations.term;

COMMENT ON VIEW organizations.term_period IS
    'Published by the organizations module: each term of an organization with its dates, for other modules to join. '
    'Columns stay stable; the table behind may change.';
