/**
 * Files the admin drops or picks, as queue entries: a dropped folder is walked (the browser's entry
 * API), a picked folder (webkitdirectory) already lists its files with their relative paths.
 */
import type { QueuedFile } from './queue';

const read = (file: File) => async (): Promise<Uint8Array> => new Uint8Array(await file.arrayBuffer());

export function fromFileList(list: FileList | null): QueuedFile[] {
  const out: QueuedFile[] = [];
  if (!list) return out;
  for (let i = 0; i < list.length; i++) {
    const file = list[i];
    out.push({ name: file.webkitRelativePath || file.name, read: read(file) });
  }
  return out;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((ok, fail) => entry.file(ok, fail));
}

/** Every file under a dropped entry; hidden files skipped, like the CLI does. */
async function walk(entry: FileSystemEntry, out: QueuedFile[], limit: number): Promise<void> {
  if (out.length >= limit || entry.name.charAt(0) === '.') return;
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push({ name: entry.fullPath.replace(/^\//, ''), read: read(file) });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives a batch at a time, until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) return;
    batch.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of batch) await walk(child, out, limit);
  }
}

/** The files of a drop, folders walked, at most `limit` (a folder of a million files must not hang the page). */
export async function fromDrop(data: DataTransfer, limit: number): Promise<QueuedFile[]> {
  const entries: FileSystemEntry[] = [];
  for (let i = 0; i < data.items.length; i++) {
    const item = data.items[i];
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) return fromFileList(data.files);
  const out: QueuedFile[] = [];
  try {
    for (const entry of entries) await walk(entry, out, limit);
  } catch {
    // The browser would not list a folder: fall back to the plain files of the drop.
    return fromFileList(data.files);
  }
  return out;
}
