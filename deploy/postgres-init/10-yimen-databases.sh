#!/bin/sh
# Runs once, when the PostgreSQL data volume is first created (docker-entrypoint-initdb.d):
# one role and one database per service, so no service can read another's tables.
set -eu

create() {
    role="$1"
    password="$2"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
}

create yimen_intake "${INTAKE_DB_PASSWORD:?INTAKE_DB_PASSWORD is not set}"
create yimen_eligibility "${ELIGIBILITY_DB_PASSWORD:?ELIGIBILITY_DB_PASSWORD is not set}"
create yimen_transfer "${TRANSFER_DB_PASSWORD:?TRANSFER_DB_PASSWORD is not set}"
