/** SQLite: opening, migrations, backups, repositories, full-text search. */
package app.rapport.store;
