/**
 * "Try it": messages and files dropped or picked here are checked under the policy being edited, one
 * file per task with progress; a folder gives a table, stopped messages first.
 */
import { Button, MessageBar, MessageBarBody, ProgressBar, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Language } from '../model/finding';
import type { Policy } from '../policy/types';
import { STUDIO_MESSAGES } from '../strings/studio';
import { fromDrop, fromFileList } from './dropped';
import { MAX_FILES, runQueue, type Progress, type QueuedFile } from './queue';
import { CheckDetails, ResultsTable } from './Results';
import { stoppedFirst } from './try-it';

const useStyles = makeStyles({
  h2: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Hover },
  hidden: { display: 'none' },
  grow: { flexGrow: 1 },
});

/** Lets the browser paint and handle input between two files. */
const pause = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

/** Folders dropped are walked up to this many files; the queue checks the first MAX_FILES. */
const WALK_LIMIT = MAX_FILES * 10;

export interface TryItProps {
  policy: Policy;
  policyHasErrors: boolean;
  /** False while an edit waits for typing to pause: the results shown are for the policy before it. */
  policySettled: boolean;
  lang: Language;
  className?: string;
}

export function TryIt({ policy, policyHasErrors, policySettled, lang, className }: TryItProps) {
  const styles = useStyles();
  const t = STUDIO_MESSAGES[lang];
  const [files, setFiles] = useState<QueuedFile[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  // The policy (and language) the shown results were made with, so the page can say when they are current.
  const [ranWith, setRanWith] = useState<{ policy: Policy; lang: Language } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const run = useRef(0);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // webkitdirectory is not a React prop: set on the element.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  useEffect(() => {
    if (files.length === 0) return;
    const id = ++run.current;
    setRanWith({ policy, lang });
    setProgress({ done: 0, total: Math.min(files.length, MAX_FILES), skipped: Math.max(0, files.length - MAX_FILES), checks: [] });
    void runQueue(files, {
      policy,
      lang,
      pause,
      cancelled: () => run.current !== id,
      onProgress: (p) => {
        if (run.current === id) setProgress(p);
      },
      now: () => performance.now(),
    });
  }, [files, policy, lang]);

  const take = (list: QueuedFile[]) => {
    if (list.length === 0) return;
    setSelected(null);
    setFiles(list);
  };

  const checks = progress ? stoppedFirst(progress.checks) : [];
  const current =
    policySettled && !!progress && progress.done === progress.total && !!ranWith && ranWith.policy === policy && ranWith.lang === lang;
  const shown = files.length === 1 ? checks[0] : checks.filter((c) => c.file === selected)[0];

  return (
    <section className={className} aria-labelledby="try-heading" data-testid="try-it" data-current={current ? 'true' : 'false'}>
      <h2 id="try-heading" className={styles.h2}>
        {t.tryHeading({})}
      </h2>
      <p>{t.tryIntro({})}</p>
      <div
        className={mergeClasses(styles.drop, over && styles.over)}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void fromDrop(e.dataTransfer, WALK_LIMIT).then(take);
        }}
      >
        <span className={styles.grow}>{t.dropHere({})}</span>
        <input ref={filesInput} type="file" multiple className={styles.hidden} data-testid="message-files" onChange={(e) => take(fromFileList(e.target.files))} />
        <input ref={folderInput} type="file" multiple className={styles.hidden} data-testid="message-folder" onChange={(e) => take(fromFileList(e.target.files))} />
        <Button onClick={() => filesInput.current?.click()}>{t.chooseFiles({})}</Button>
        <Button onClick={() => folderInput.current?.click()}>{t.chooseFolder({})}</Button>
      </div>
      {policyHasErrors && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.usingLastValid({})}</MessageBarBody>
        </MessageBar>
      )}
      {progress && progress.total > 1 && (
        <div role="status" data-testid="progress" data-done={progress.done === progress.total ? 'true' : 'false'}>
          <p>{t.progress({ done: progress.done, total: progress.total })}</p>
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} aria-label={t.progress({ done: progress.done, total: progress.total })} />
          {progress.skipped > 0 && <p>{t.skipped({ count: progress.skipped })}</p>}
        </div>
      )}
      {files.length > 1 && <ResultsTable checks={checks} lang={lang} onShow={setSelected} />}
      {shown && <CheckDetails check={shown} lang={lang} />}
    </section>
  );
}
