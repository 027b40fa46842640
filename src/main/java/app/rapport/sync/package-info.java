/**
 * Sync through a shared folder, end to end encrypted (issue 15). No JavaFX, no SQL, no network.
 *
 * <p>Design, in short (README "Sync" says more):
 * <ul>
 * <li>Each device has an id and its own append-only sequence of sealed change files,
 *     {@code <folder>/devices/<deviceId>/<seq>.rapport-sync}: one writer per file, written under a
 *     temporary name and renamed, so a sync tool never shows half a file under the final name.</li>
 * <li>Changes are found by diffing the journal, flattened through the interchange JSON
 *     ({@link JournalFlattening}), against the state last synced, per record and per field; no
 *     write of the journal is hooked.</li>
 * <li>Each change carries a hybrid logical clock ({@link Hlc}); each file the vector of files its
 *     device had read, which makes "concurrent" exact. Files are read in causal order only.</li>
 * <li>Merge ({@link SyncEngine}): a multi-value register per key; the newest clock wins, and
 *     concurrent different values are kept as "changes to review". Set elements (tags,
 *     participants, attendees) are add-wins; a record deleted on one device and edited
 *     concurrently on another stays (reported). The same files read give the same journal.</li>
 * </ul>
 */
package app.rapport.sync;
