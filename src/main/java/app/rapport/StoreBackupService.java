package app.rapport;

import app.rapport.store.Backups;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.settings.BackupService;
import java.nio.file.Path;
import java.util.List;

/** The Settings screen's backups, on the SQLite store: the composition root hands it over. */
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
        SqliteJournal.Contents c = SqliteJournal.describe(backup);
        return new Contents(c.contacts(), c.encounters(), c.lastChange());
    }

    @Override
    public void restore(Path backup) {
        journal.restoreFrom(backup);
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
}
