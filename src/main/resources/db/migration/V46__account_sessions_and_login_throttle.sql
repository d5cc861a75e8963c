-- Raised by every change to what an account may do (grant, revocation, enabling, disabling, password reset or change):
-- a signed-in session compares it with the value it signed in with on each request and re-reads the account, or ends.
ALTER TABLE platform.app_user ADD COLUMN access_version bigint NOT NULL DEFAULT 0;

-- Failed sign-ins per account ('account:<name>') and per address ('address:<ip>'), shared by every node and kept
-- across restarts; each failure past a threshold lengthens the wait before the next attempt is checked. A count is
-- forgotten after a quiet period (see LoginThrottle).
CREATE TABLE platform.login_throttle (
    key          text        PRIMARY KEY,
    failures     integer     NOT NULL CHECK (failures > 0),
    last_failure timestamptz NOT NULL
);
CREATE INDEX login_throttle_last_failure ON platform.login_throttle (last_failure);
