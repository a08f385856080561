-- Creates the Kringloop database and its owner on an external PostgreSQL (13 or newer; tested with 17).
-- Run as a superuser:   psql -U postgres -v password='a-strong-password' -f create-database.sql
-- Kringloop creates its schemas (engine, domain) and migrates them itself at start-up (Flyway).

CREATE ROLE kringloop LOGIN PASSWORD :'password';
CREATE DATABASE kringloop OWNER kringloop ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE kringloop FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE kringloop TO kringloop;
\connect kringloop
-- PostgreSQL 15+ no longer lets every role create objects in public; the owner may, which is all we need.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
