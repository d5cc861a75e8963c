package vn.chibo.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded cluster admit nobody without a password, and ChiBo connect as a role that owns its database but
 * is no superuser (so that no SQL it runs can read files or start programs as the server's account). A cluster made by
 * an older ChiBo (every local connection admitted as the superuser, everything owned by the superuser) is converted
 * the same way at its first start by this version: passwords set, the role created, ownership of ChiBo's schemas and
 * everything in them handed to the role, then the password rule put in force.
 */
final class ApplicationRole {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRole.class);

    /** Only password (SCRAM) connections, only from this machine, no replication. */
    static final String PG_HBA =
            """
            # Written by ChiBo: every connection needs a password (scram-sha-256), and only this machine may connect.
            # The passwords are in ../postgres-credentials.properties (readable by ChiBo's account only).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private ApplicationRole() {}

    /** Whether the cluster's connection rule is already ChiBo's password-only one. */
    static boolean inForce(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        return Files.exists(hba)
                && Files.readString(hba, StandardCharsets.UTF_8).equals(PG_HBA);
    }

    /**
     * Sets the passwords, creates (or corrects) the application's role, gives it the database and every object of
     * ChiBo's in it, then writes the password-only rule and has the server reload it. Each step may run again: a start
     * interrupted half-way finishes the work at the next one.
     */
    static void establish(Path dataDir, int port, EmbeddedCredentials credentials, boolean legacy)
            throws IOException, SQLException {
        if (legacy) {
            log.warn(
                    "The embedded PostgreSQL in {} was made by an older ChiBo and admitted every local connection as"
                            + " its superuser; converting it: passwords set (kept in {}), the role '{}' made owner of"
                            + " ChiBo's data, and connections without the password refused from now on",
                    dataDir,
                    dataDir.resolveSibling(EmbeddedCredentials.FILE),
                    EmbeddedCredentials.ROLE);
        }
        try (Connection superuser = connect(
                        port,
                        EmbeddedCredentials.DATABASE,
                        EmbeddedCredentials.SUPERUSER,
                        credentials.superuserPassword());
                Statement sql = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            sql.execute("ALTER ROLE " + EmbeddedCredentials.SUPERUSER + " PASSWORD "
                    + literal(credentials.superuserPassword()));
            String role = EmbeddedCredentials.ROLE;
            String attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
                    + literal(credentials.password());
            boolean exists;
            try (var rs = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                exists = rs.next();
            }
            sql.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + attributes);
            sql.execute("ALTER DATABASE " + EmbeddedCredentials.DATABASE + " OWNER TO " + role);
            sql.execute(TRANSFER_OWNERSHIP.formatted(EmbeddedCredentials.SUPERUSER, role));
            superuser.commit();
            Path hba = dataDir.resolve("pg_hba.conf");
            Path written = dataDir.resolve("pg_hba.conf.new");
            Files.writeString(written, PG_HBA, StandardCharsets.UTF_8);
            Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            superuser.setAutoCommit(true);
            sql.execute("SELECT pg_reload_conf()");
        }
        if (legacy) {
            log.info(
                    "The embedded PostgreSQL in {} now admits only ChiBo's role and its superuser, with passwords",
                    dataDir);
        }
    }

    /**
     * Hands every schema outside PostgreSQL's own, and every table, view, sequence, function and type in them that
     * the superuser owns, to the role; objects that belong to an extension stay the extension's (and its owner's).
     * Sequences that belong to a table's column follow their table.
     */
    private static final String TRANSFER_OWNERSHIP =
            """
            DO $transfer$
            DECLARE
                item record;
            BEGIN
                FOR item IN
                    SELECT n.nspname FROM pg_namespace n
                    WHERE n.nspowner = '%1$s'::regrole AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                                      AND d.objid = n.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER SCHEMA %%I OWNER TO %2$s', item.nspname);
                END LOOP;
                FOR item IN
                    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relowner = '%1$s'::regrole AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
                      AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                      AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
                    ORDER BY c.relkind = 'S', c.relkind = 'v' OR c.relkind = 'm'
                LOOP
                    EXECUTE format('ALTER %%s %%s OWNER TO %2$s',
                        CASE item.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                            WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                        item.name);
                END LOOP;
                FOR item IN
                    SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE p.proowner = '%1$s'::regrole AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                      AND d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER ROUTINE %%s OWNER TO %2$s', item.name);
                END LOOP;
                FOR item IN
                    SELECT t.oid::regtype AS name, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE t.typowner = '%1$s'::regrole AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
                      AND t.typtype IN ('e', 'd', 'r') AND t.typelem = 0
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                      AND d.objid = t.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER %%s %%s OWNER TO %2$s',
                        CASE item.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, item.name);
                END LOOP;
            END
            $transfer$""";

    static Connection connect(int port, String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(port, database), properties);
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A string literal; the passwords are generated base64url, but quote them properly all the same. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
