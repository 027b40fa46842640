package app.rapport;

import app.rapport.journal.BackupService;
import app.rapport.store.Backups;
import app.rapport.store.SqliteJournal;
import java.nio.file.Path;
import java.util.List;

/** The backups of the open journal on the SQLite store, for Settings and the command line: the composition root hands it over. */
public final class StoreBackupService implements BackupService {

    private final SqliteJournal journal;

    public StoreBackupService(SqliteJournal journal) {
        this.journal = journal;
    }

    @Override
    public List<Entry> list() {
        return Backups.list(journal.dataDir()).stream()
                .map(b -> new Entry(b.file(), b.kind().messageKey(), b.takenAt(), b.size())).toList();
    }

    @Override
    public Contents describe(Path backup) {
        return contents(backup);
    }

    /** What any journal file holds, checked completely; no journal needs to be open. */
    static Contents contents(Path file) {
        SqliteJournal.Contents c = SqliteJournal.describe(file);
        return new Contents(c.contacts(), c.encounters(), c.lastChange());
    }

    @Override
    public Path restore(Path backup) {
        return journal.restoreFrom(backup).file();
    }

    @Override
    public Policy policy() {
        Backups.Policy p = Backups.Policy.DEFAULT;
        return new Policy(p.lastBeforeOperations(), p.days(), p.budgetBytes());
    }

    @Override
    public void dailyBackupIfDue() {
        journal.dailyBackupQuietly();
    }

    @Override
    public Path backupNow() {
        return journal.backup(Backups.Kind.MANUAL).file();
    }

    @Override
    public void backupTo(Path target) {
        journal.backupTo(target);
    }
}
